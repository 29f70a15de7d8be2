import { constants as fsConstants } from 'node:fs';
import { access, lstat, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isTempNameFor } from '../durable-file';
import { BACKUP_DIR } from './backups';
import type { DurableFs } from './fs-port';
import { openMarkerPath } from './open-marker';
import { isLockTempName } from './write-lock';

export async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Replacing a file needs write access to it (the user's intent) and to its folder (the rename). */
export async function isWritable(path: string): Promise<boolean> {
  try {
    await access(path, fsConstants.W_OK);
    await access(dirname(path), fsConstants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether a path lies in a backups folder (never a place to create or save a show). */
export function isInsideBackups(path: string): boolean {
  return path.split(/[\\/]/).includes(BACKUP_DIR);
}

/**
 * Removes temporary files a killed writer left beside `target`: of the show itself, of its
 * write lock and of its open marker (`.lock-info`). Called while holding the
 * write lock, so no live writer of ours is using them; `minAgeMs` spares a writer whose
 * lock was taken over but which is still finishing.
 */
export async function sweepTempFiles(fs: DurableFs, target: string, minAgeMs: number, now: number): Promise<number> {
  const dir = dirname(target);
  const marker = openMarkerPath(target);
  let removed = 0;
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const isFile = isTempNameFor(target, name) || isTempNameFor(marker, name);
    if (!isFile && !isLockTempName(target, name)) continue;
    const info = await stat(join(dir, name)).catch(() => null);
    if (!info || now - info.mtimeMs < minAgeMs) continue;
    // Lock folders prepared by a writer killed before it put them in place.
    const removal = isFile ? fs.unlink(join(dir, name)) : rm(join(dir, name), { recursive: true, force: true });
    await removal.then(
      () => void removed++,
      () => undefined,
    );
  }
  return removed;
}

/** Ids of the operations committed lately, bounded, to recognise a stash that arrives late. */
export class RecentIds {
  private readonly order: string[] = [];
  private readonly set = new Set<string>();

  constructor(private readonly limit = 5000) {}

  add(ids: Iterable<string>): void {
    for (const id of ids) {
      if (this.set.has(id)) continue;
      this.set.add(id);
      this.order.push(id);
      if (this.order.length > this.limit) this.set.delete(this.order.shift()!);
    }
  }

  has(id: string): boolean {
    return this.set.has(id);
  }
}
