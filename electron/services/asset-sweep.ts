import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Project } from '../../shared/model/project';
import { assetsDirFor } from './assets';

/** Names the asset service gives stored drawings (`importAsset`); nothing else in the folder is touched. */
const ASSET_FILE = /^a_[A-Za-z0-9]+\.(png|jpg|drawing\.json)$/;

/**
 * Removes venue-drawing files beside a show that nothing can bring back any more: a drawing
 * that was replaced or removed leaves its file behind until then. A file stays while
 *
 * - the show names it (an asset record: the drawing in use, or one an undo may restore — the
 *   record goes only with the operation that dropped it),
 * - a kept backup of the show names it (restoring the backup needs its drawings), or
 * - it is newer than the show file (imported by a change not yet saved, which crash recovery may
 *   still restore).
 *
 * Run on open (no window holds an undo step of the show then). Returns the names removed.
 */
export async function sweepUnusedAssets(showPath: string, project: Project, backupPaths: readonly string[]): Promise<string[]> {
  const dir = assetsDirFor(showPath);
  const names = await readdir(dir).catch(() => [] as string[]);
  const candidates = names.filter((n) => ASSET_FILE.test(n));
  if (candidates.length === 0) return [];
  const used = new Set(Object.values(project.assets).map((a) => a.fileName));
  let unused = candidates.filter((n) => !used.has(n));
  if (unused.length === 0) return [];
  const showTime = (await stat(showPath)).mtimeMs;
  // A backup is searched as text: an asset's file name is a random id, found only where it is named.
  for (const path of backupPaths) {
    const text = await readFile(path, 'utf8').catch(() => '');
    unused = unused.filter((n) => !text.includes(`"${n}"`));
    if (unused.length === 0) return [];
  }
  const removed: string[] = [];
  for (const name of unused) {
    const path = join(dir, name);
    const info = await stat(path).catch(() => null);
    if (!info?.isFile() || info.mtimeMs > showTime) continue;
    await unlink(path).then(
      () => removed.push(name),
      () => undefined,
    );
  }
  return removed;
}
