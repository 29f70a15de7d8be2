import { randomBytes } from 'node:crypto';
import { link, open, realpath, rename, rm, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Adapter } from 'lowdb';
import { errnoCode, ServiceError } from './errors';

/** Files larger than this are refused before reading: a show of 20,000 booths is ~40 MB. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

export interface DurableWriteOptions {
  /** Fail with EEXIST instead of replacing an existing file (used when creating a show). */
  exclusive?: boolean;
}

/** Name of the temporary file a write goes through: hidden, beside the target, unique. */
export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

const isWindows = process.platform === 'win32';

/**
 * Writes a file so that a crash or power cut leaves either the old or the new content, never
 * a mix: the data goes to a temporary file in the same folder, is flushed to disk, renamed
 * over the target, and the folder entry is flushed too. The temporary file is removed when
 * anything fails, and the target is then untouched.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array, opts: DurableWriteOptions = {}): Promise<void> {
  // Write through a symlink (dotfile managers, a show linked into a shared folder) rather
  // than replacing the link with a plain file.
  const target = await realpath(path).catch(() => path);
  const dir = dirname(target);
  const tmp = tempPathFor(target);
  // Keep the permissions the user gave the existing file (rename would otherwise reset them).
  const previous = await stat(target).catch(() => null);
  let handle: FileHandle | undefined;
  try {
    handle = await open(tmp, 'wx', 0o666);
    if (previous && !isWindows) await handle.chmod(previous.mode & 0o7777);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (opts.exclusive) await publishExclusive(tmp, target);
    else await renameWithRetry(tmp, target);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  await syncDirectory(dir);
}

/**
 * Puts the finished temporary file in place only if nothing is there yet. A hard link is
 * atomic and fails on an existing target; file systems without links fall back to a check
 * followed by a rename (a tiny race, acceptable where the platform offers nothing better).
 */
async function publishExclusive(tmp: string, target: string): Promise<void> {
  try {
    await link(tmp, target);
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'EEXIST') throw e;
    if (code !== 'ENOTSUP' && code !== 'EPERM' && code !== 'ENOSYS' && code !== 'EXDEV' && code !== 'EMLINK' && code !== 'EOPNOTSUPP') throw e;
    const existing = await stat(target).catch(() => null);
    if (existing) throw Object.assign(new Error(`EEXIST: file already exists, '${target}'`), { code: 'EEXIST', path: target });
    await renameWithRetry(tmp, target);
    return;
  }
  await unlink(tmp).catch(() => undefined);
}

/** Windows refuses renames over a file another program (a virus scanner) briefly holds open. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (e) {
      const code = errnoCode(e);
      if (!isWindows || attempt >= 8 || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw e;
      await new Promise((r) => setTimeout(r, 25 * (attempt + 1)));
    }
  }
}

/** Flushes the folder entry of a rename. Platforms and file systems that cannot do it are skipped. */
async function syncDirectory(dir: string): Promise<void> {
  if (isWindows) return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch (e) {
    const code = errnoCode(e);
    // The rename already happened; only a real disk error is worth reporting.
    if (code === 'EIO') throw e;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * Reads a text file, refusing anything that is not a regular file or is larger than
 * `maxBytes` before reading a byte of it (so a wrong pick in a file chooser cannot exhaust
 * memory). Throws `ServiceError` `too-large` / `not-a-file`, or the system error.
 */
export async function readTextCapped(path: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  // stat before open: opening a FIFO for reading would block until someone writes to it.
  const info = await stat(path);
  if (!info.isFile()) throw new ServiceError({ code: 'not-a-file', path });
  if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
  const handle = await open(path, 'r');
  try {
    const buf = await handle.readFile();
    // The file may have grown between stat and read.
    if (buf.length > maxBytes) throw tooLarge(path, buf.length, maxBytes);
    const text = buf.toString('utf8');
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } finally {
    await handle.close();
  }
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
