import { randomBytes } from 'node:crypto';
import * as nodeFs from 'node:fs';
import { readFile, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import lockfile from 'proper-lockfile';
import { errnoCode } from '../errors';
import { isProcessAlive, thisHostName } from './host-identity';

/** A lock not refreshed for this long belongs to a process that died or hung: it may be taken. */
export const LOCK_STALE_MS = 10_000;
/** How often a held lock is refreshed (well inside the stale time). */
export const LOCK_UPDATE_MS = 2_000;
/** How long a writer waits for another one; longer than the stale time, so a dead one's lock is taken over. */
export const LOCK_WAIT_MS = 15_000;

const OWNER_FILE = 'owner.json';

/** The short lock held while a show file is checked and written: a hidden folder beside it. */
export function writeLockPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock`);
}

/** Another writer held the lock for longer than we were willing to wait. */
export class LockBusyError extends Error {
  constructor(readonly target: string) {
    super(`another program is writing ${target}`);
    this.name = 'LockBusyError';
  }
}

export interface WriteLock {
  /** False once the lock was found taken over or gone (see `onCompromised` of proper-lockfile). */
  readonly held: boolean;
  /**
   * Checks on disk, right now, that the lock is still ours. The refresh timer notices a
   * takeover only every few seconds; a writer asks this just before replacing the file.
   */
  verify(): Promise<boolean>;
  /** Gives the lock up. Never throws: a lock already lost has nothing left to release. */
  release(): Promise<void>;
}

export interface WriteLockOptions {
  staleMs?: number;
  updateMs?: number;
  waitMs?: number;
  /** Where a lost lock is reported (it never throws). */
  warn?: (message: string) => void;
}

interface LockOwner {
  pid: number;
  host: string;
  token: string;
}

/** Name of the folder a lock is prepared in before it is put in place. */
export function isLockTempName(target: string, name: string): boolean {
  const prefix = `.${basename(target)}.lock.`;
  return name.startsWith(prefix) && /^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length));
}

/**
 * The file system proper-lockfile works with: node's, except that the lock folder is created
 * with its owner inside (so a lock left by a killed process of this computer is taken over at
 * once instead of after the stale time), and removing it removes that file too. The folder
 * is prepared under a temporary name and renamed into place, so a lock without its owner
 * never exists, however the process is killed; the rename fails when a lock is there (a
 * lock folder is never empty). proper-lockfile sets the folder's time after this returns,
 * so its refresh check is unaffected.
 */
function lockFs(owner: LockOwner): object {
  return {
    ...nodeFs,
    mkdir(path: string, callback: (err: NodeJS.ErrnoException | null) => void) {
      const prepared = `${path}.${randomBytes(6).toString('hex')}.tmp`;
      const cleanup = (err: NodeJS.ErrnoException) => nodeFs.rm(prepared, { recursive: true, force: true }, () => callback(err));
      nodeFs.mkdir(prepared, (err) => {
        if (err) return callback(err);
        nodeFs.writeFile(join(prepared, OWNER_FILE), JSON.stringify(owner), (writeErr) => {
          if (writeErr) return cleanup(writeErr);
          nodeFs.rename(prepared, path, (renameErr) => {
            if (!renameErr) return callback(null);
            const taken = renameErr.code === 'ENOTEMPTY' || renameErr.code === 'EEXIST' || (renameErr.code === 'EPERM' && nodeFs.existsSync(path));
            cleanup(taken ? Object.assign(new Error(`EEXIST: ${path}`), { code: 'EEXIST' }) : renameErr);
          });
        });
      });
    },
    rmdir(path: string, callback: (err: NodeJS.ErrnoException | null) => void) {
      nodeFs.rm(path, { recursive: true }, callback);
    },
    rmdirSync(path: string) {
      nodeFs.rmSync(path, { recursive: true });
    },
  };
}

async function readOwner(lockPath: string): Promise<LockOwner | null> {
  try {
    const raw = JSON.parse(await readFile(join(lockPath, OWNER_FILE), 'utf8')) as Partial<LockOwner>;
    if (typeof raw.pid === 'number' && typeof raw.host === 'string' && typeof raw.token === 'string') return raw as LockOwner;
  } catch {
    // Missing (killed between creating the folder and writing it) or damaged: unknown owner.
  }
  return null;
}

/**
 * Removes a lock whose owner was a process of this computer that no longer runs. The folder
 * is checked to be the same one (inode and time) just before removal, so a lock a live
 * process took meanwhile is left alone.
 */
async function removeIfOwnerDead(lockPath: string): Promise<boolean> {
  const before = await stat(lockPath).catch(() => null);
  if (!before) return true;
  const owner = await readOwner(lockPath);
  if (!owner || owner.host !== thisHostName() || isProcessAlive(owner.pid)) return false;
  const now = await stat(lockPath).catch(() => null);
  if (!now) return true;
  if (now.ino !== before.ino || now.mtimeMs !== before.mtimeMs) return false;
  await rm(lockPath, { recursive: true, force: true });
  return true;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Takes the write lock of `target` (proper-lockfile, a folder beside it), waiting for another
 * writer up to `waitMs`. A lock older than `staleMs` without refresh, or owned by a dead
 * process of this computer, is taken over. Throws LockBusyError after waiting in vain, or
 * the system error when the lock cannot be created at all (read-only folder…).
 */
export async function acquireWriteLock(target: string, opts: WriteLockOptions = {}): Promise<WriteLock> {
  const lockPath = writeLockPath(target);
  const warn = opts.warn ?? ((m: string) => console.warn(m));
  const deadline = Date.now() + (opts.waitMs ?? LOCK_WAIT_MS);
  const owner: LockOwner = { pid: process.pid, host: thisHostName(), token: randomBytes(12).toString('base64url') };
  let held = true;
  let delay = 5;
  for (;;) {
    let release: () => Promise<void>;
    try {
      release = await lockfile.lock(target, {
        realpath: false,
        lockfilePath: lockPath,
        stale: opts.staleMs ?? LOCK_STALE_MS,
        update: opts.updateMs ?? LOCK_UPDATE_MS,
        retries: 0,
        fs: lockFs(owner),
        // The default throws from a timer, which would bring the whole app down.
        onCompromised: (err) => {
          held = false;
          warn(`Pavilion: the write lock of ${target} was lost (${err.message}); the save checks the file before replacing it.`);
        },
      });
    } catch (e) {
      if (errnoCode(e) !== 'ELOCKED') throw e;
      if (await removeIfOwnerDead(lockPath).catch(() => false)) continue;
      if (Date.now() >= deadline) throw new LockBusyError(target);
      await sleep(delay + Math.random() * delay);
      delay = Math.min(delay * 2, 100);
      continue;
    }
    return {
      get held() {
        return held;
      },
      async verify() {
        if (!held) return false;
        const current = await readOwner(lockPath);
        return current?.token === owner.token;
      },
      async release() {
        if (!held) return;
        held = false;
        // A lock taken over since is someone else's now: removing it would let a third in.
        if ((await readOwner(lockPath))?.token !== owner.token) return;
        try {
          await release();
        } catch (e) {
          warn(`Pavilion: could not release the write lock of ${target}: ${String(e)}`);
        }
      },
    };
  }
}
