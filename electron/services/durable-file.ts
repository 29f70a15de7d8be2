import { randomBytes } from 'node:crypto';
import { open, realpath, stat, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { errnoCode, ServiceError } from './errors';
import { nodeDurableFs, type DurableFileHandle, type DurableFs } from './reliability/fs-port';

/** Files larger than this are refused before reading: a show of 20,000 booths is ~40 MB. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export interface DurableWriteOptions {
  /** Fail with EEXIST instead of replacing an existing file (used when creating a show). */
  exclusive?: boolean;
  /** The file system calls to make (a recording one in power-loss tests). */
  fs?: DurableFs;
  /**
   * Runs once the new content is safely on disk, just before it replaces the target: the
   * last moment to keep the old version (backups) or to give up (a write lock found taken
   * over). Throwing cancels the write; the target is then untouched.
   */
  beforeReplace?: (target: string) => Promise<void>;
}

/** Name of the temporary file a write goes through: hidden, beside the target, unique. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** Whether a name in a folder is one of `tempPathFor(target)`'s temporary files. */
export function isTempNameFor(target: string, name: string): boolean {
  const prefix = `.${basename(target)}.`;
  return name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length));
}

const isWindows = process.platform === 'win32';

/**
 * Writes a file so that a crash or power cut leaves either the old or the new content, never
 * a mix: the data goes to a temporary file in the same folder, is flushed to disk, renamed
 * over the target, and the folder entry is flushed too. The temporary file is removed when
 * anything fails, and the target is then untouched. `data` may come in parts (written in
 * order, as one file).
 */
export async function writeFileDurably(path: string, data: string | Uint8Array | readonly Uint8Array[], opts: DurableWriteOptions = {}): Promise<void> {
  const fs = opts.fs ?? nodeDurableFs;
  // Write through a symlink (dotfile managers, a show linked into a shared folder) rather
  // than replacing the link with a plain file.
  const target = await realpath(path).catch(() => path);
  const dir = dirname(target);
  const tmp = tempPathFor(target);
  // Keep the permissions the user gave the existing file (rename would otherwise reset them).
  const previous = await stat(target).catch(() => null);
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const parts: readonly Uint8Array[] = bytes instanceof Uint8Array ? [bytes] : bytes;
  let handle: DurableFileHandle | undefined;
  let created = false;
  try {
    handle = await fs.createExclusive(tmp, 0o666);
    created = true;
    if (previous) await handle.chmod(previous.mode & 0o7777);
    if (parts.length === 1) await handle.write(parts[0]!);
    else if (handle.writeParts) await handle.writeParts(parts);
    else for (const part of parts) await handle.write(part);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await opts.beforeReplace?.(target);
    if (opts.exclusive) await publishExclusive(fs, tmp, target);
    else await renameWithRetry(fs, tmp, target);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    if (created) await fs.unlink(tmp).catch(() => undefined);
    throw e;
  }
  // The new content is in place: the save happened, and saying otherwise would leave the user
  // believing the file unchanged. A folder that fails to flush is retried by the next save
  // (every save flushes its folder) and reported to the log.
  await syncDirectory(fs, dir).catch((e: unknown) => console.warn(`Pavilion: saved ${target}, but flushing its folder failed (${String(e)}); the next save flushes it again.`));
}

/**
 * Puts the finished temporary file in place only if nothing is there yet. A hard link is
 * atomic and fails on an existing target; file systems without links fall back to a check
 * followed by a rename (a tiny race, acceptable where the platform offers nothing better).
 */
async function publishExclusive(fs: DurableFs, tmp: string, target: string): Promise<void> {
  try {
    await fs.link(tmp, target);
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'EEXIST') throw e;
    if (code !== 'ENOTSUP' && code !== 'EPERM' && code !== 'ENOSYS' && code !== 'EXDEV' && code !== 'EMLINK' && code !== 'EOPNOTSUPP') throw e;
    const existing = await stat(target).catch(() => null);
    if (existing) throw Object.assign(new Error(`EEXIST: file already exists, '${target}'`), { code: 'EEXIST', path: target });
    await renameWithRetry(fs, tmp, target);
    return;
  }
  await fs.unlink(tmp).catch(() => undefined);
}

/** Windows refuses renames over a file another program (a virus scanner) briefly holds open. */
export async function renameWithRetry(fs: DurableFs, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      const code = errnoCode(e);
      if (!isWindows || attempt >= 8 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw e;
      await new Promise((r) => setTimeout(r, 25 * (attempt + 1)));
    }
  }
}

/**
 * Flushes a folder's entries after a rename or link. File systems that cannot do it are
 * skipped; the rename already happened, so only a real disk error is worth reporting.
 */
export async function syncDirectory(fs: DurableFs, dir: string): Promise<void> {
  try {
    await fs.syncDir(dir);
  } catch (e) {
    if (errnoCode(e) === 'EIO') throw e;
  }
}

/**
 * Reads a text file, refusing anything that is not a regular file or is larger than
 * `maxBytes` before reading a byte of it (so a wrong pick in a file chooser cannot exhaust
 * memory). Throws `ServiceError` `too-large` / `not-a-file`, or the system error.
 */
export async function readTextCapped(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  return decodeText(await readBytesCapped(path, maxBytes));
}

/**
 * Each piece of a file as soon as it is read, in order (`readBytesCapped`'s `onPiece`).
 * `size` is the file's size as `stat` gave it before the read; the pieces add up to it unless
 * the file changes while it is read (they may then stop short, or go beyond it).
 */
export type OnPiece = (piece: Buffer, size: number) => void;

/** The first piece handed to `onPiece`: enough for a file's head, and soon in. */
const FIRST_PIECE_BYTES = 256 * 1024;
/** Later pieces: few trips through the thread pool, yet the first bytes travel while the rest is read. */
const PIECE_BYTES = 8 * 1024 * 1024;

/**
 * A file's bytes, with the checks of `readTextCapped` (for comparing a file with what we
 * wrote). With `onPiece`, the file is read in pieces handed over as they come (the browser
 * host sends a show's first megabytes to the window while it reads the rest).
 */
export async function readBytesCapped(path: string, maxBytes = DEFAULT_MAX_BYTES, onPiece?: OnPiece): Promise<Buffer> {
  // stat before open: opening a FIFO for reading would block until someone writes to it.
  const info = await stat(path);
  if (!info.isFile()) throw new ServiceError({ code: 'not-a-file', path });
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
  const handle = await open(path, 'r');
  try {
    const buf = await readWhole(handle, info.size, onPiece);
    // The file may have grown between stat and read.
    if (buf.length > maxBytes) throw tooLarge(path, buf.length, maxBytes);
    return buf;
  } finally {
    await handle.close();
  }
}

/**
 * The whole file in as few reads as the kernel allows: one read of the size `stat` gave into
 * one buffer (in a few large pieces with `onPiece`). `handle.readFile()` reads 512 KiB at a
 * time, one trip through the thread pool and the event loop each: 150 trips for a 75 MB show,
 * which took 0.4–1 s in a busy host against ~60 ms for one read. A file that changed size
 * since `stat` is read again the usual way.
 */
async function readWhole(handle: FileHandle, size: number, onPiece?: OnPiece): Promise<Buffer> {
  const buf = Buffer.allocUnsafe(size + 1);
  let filled = 0;
  while (filled <= size) {
    const want = onPiece ? Math.min(filled === 0 ? FIRST_PIECE_BYTES : PIECE_BYTES, size + 1 - filled) : size + 1 - filled;
    const { bytesRead } = await handle.read(buf, filled, want, filled);
    if (bytesRead === 0) break;
    onPiece?.(buf.subarray(filled, filled + bytesRead), size);
    filled += bytesRead;
  }
  if (filled === size) return buf.subarray(0, size);
  return handle.readFile();
}

/** UTF-8 text of a file's bytes, without a byte-order mark. */
export function decodeText(bytes: Buffer): string {
  const text = bytes.toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function tooLarge(path: string, size: number, maxBytes: number): ServiceError {
  return new ServiceError({ code: 'too-large', path, details: [`${size} bytes; the limit is ${maxBytes} bytes`] });
}

export interface DurableJsonFileOptions<T> {
  /** Turns the data into file text; 2-space indented JSON by default. */
  serialize?: (data: T) => string;
  maxBytes?: number;
  /** Refuse to replace an existing file on write (first write of a new show). */
  exclusive?: boolean;
}

/**
 * A lowdb adapter for a JSON file written with `writeFileDurably`. `read` returns null when
 * the file does not exist and throws (SyntaxError, `too-large`…) when it cannot be used, so
 * the owner decides what to do with a damaged file.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private readonly serialize: (data: T) => string;
  private readonly maxBytes: number;
  exclusive: boolean;

  constructor(
    readonly path: string,
    opts: DurableJsonFileOptions<T> = {},
  ) {
    this.serialize = opts.serialize ?? ((data) => `${JSON.stringify(data, null, 2)}\n`);
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    this.exclusive = opts.exclusive ?? false;
  }

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readTextCapped(this.path, this.maxBytes);
    } catch (e) {
      if (errnoCode(e) === 'ENOENT') return null;
      throw e;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, this.serialize(data), { exclusive: this.exclusive });
  }
}
