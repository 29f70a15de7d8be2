import { link, mkdir, open, rename, unlink, type FileHandle } from 'node:fs/promises';
import { errnoCode } from '../errors';

/** A file opened for writing by a `DurableFs`. */
export interface DurableFileHandle {
  /** Writes all of `data` at the current position. */
  write(data: Uint8Array): Promise<void>;
  /**
   * Writes all of `parts`, one after the other, at the current position — in as few system
   * calls as the platform allows (a large show is saved as ~200 cached pieces, not copied
   * into one buffer first). Optional: without it each part is a `write`.
   */
  writeParts?(parts: readonly Uint8Array[]): Promise<void>;
  chmod(mode: number): Promise<void>;
  /** fsync: the data is on the disk when this resolves. */
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Every file system call that changes what a disk holds, as the durable writers make them.
 * Injectable so a test can record the calls and work out what a power cut at any point
 * would leave behind; reads (stat, readdir, readFile) go to `node:fs` directly since they
 * change nothing.
 */
export interface DurableFs {
  /** Creates a new file (fails with EEXIST when the name is taken) and opens it for writing. */
  createExclusive(path: string, mode: number): Promise<DurableFileHandle>;
  rename(from: string, to: string): Promise<void>;
  /** A second name for an existing file (hard link). */
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** Creates a folder; resolves false when it already existed. */
  mkdir(path: string): Promise<boolean>;
  /** Flushes a folder's entries (created, renamed, removed names) to the disk. */
  syncDir(dir: string): Promise<void>;
}

const isWindows = process.platform === 'win32';
/** Buffers one writev call takes (the POSIX minimum of IOV_MAX; Linux allows 1024 too). */
const IOV_MAX = 1024;

class NodeFileHandle implements DurableFileHandle {
  constructor(private readonly handle: FileHandle) {}
  async write(data: Uint8Array): Promise<void> {
    await this.handle.writeFile(data);
  }
  async writeParts(parts: readonly Uint8Array[]): Promise<void> {
    let pending = parts.filter((p) => p.length > 0);
    while (pending.length > 0) {
      const batch = pending.slice(0, IOV_MAX);
      const wanted = batch.reduce((n, p) => n + p.length, 0);
      const { bytesWritten } = await this.handle.writev(batch);
      if (bytesWritten === 0 && wanted > 0) throw Object.assign(new Error('writev wrote nothing'), { code: 'EIO' });
      // A short write (rare on a regular file) goes on from where it stopped.
      let skip = bytesWritten;
      let i = 0;
      while (i < batch.length && skip >= batch[i]!.length) skip -= batch[i++]!.length;
      pending = [...(i < batch.length ? [batch[i]!.subarray(skip)] : []), ...batch.slice(i + 1), ...pending.slice(batch.length)];
    }
  }
  async chmod(mode: number): Promise<void> {
    if (!isWindows) await this.handle.chmod(mode);
  }
  async sync(): Promise<void> {
    await this.handle.sync();
  }
  async close(): Promise<void> {
    await this.handle.close();
  }
}

/** The real file system. */
export const nodeDurableFs: DurableFs = {
  async createExclusive(path, mode) {
    return new NodeFileHandle(await open(path, 'wx', mode));
  },
  rename: (from, to) => rename(from, to),
  link: (existing, newPath) => link(existing, newPath),
  unlink: (path) => unlink(path),
  async mkdir(path) {
    try {
      await mkdir(path);
      return true;
    } catch (e) {
      if (errnoCode(e) === 'EEXIST') return false;
      throw e;
    }
  },
  async syncDir(dir) {
    // Windows cannot open a folder for flushing; NTFS journals renames itself.
    if (isWindows) return;
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
};
