import { lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Result } from '../../../shared/ipc/contract';
import { errnoCode, fail, fsApiError, ok } from '../errors';
import { hasProjectExtension } from '../project-format';

/**
 * The real path a show named `path` is written to (the key of its write queue): the file's
 * own real path when it exists, else its folder's real path plus its name.
 *
 * Links are resolved here, before anything is checked, and followed only deliberately: a
 * name that is a link to another show (`*.pavilion.json`, a show kept in a shared folder)
 * is written through; a link to anything else (a text file, a folder, a device) is refused,
 * so saving a show under that name can never replace a file that is not a show.
 */
export async function showTarget(path: string): Promise<Result<string>> {
  const dir = dirname(path);
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) return fail('not-found', { path: dir });
  } catch (e) {
    return { ok: false, error: fsApiError(e, dir) };
  }
  let real: string | null = null;
  try {
    real = await realpath(path);
  } catch (e) {
    if (errnoCode(e) !== 'ENOENT') return { ok: false, error: fsApiError(e, path) };
  }
  if (real === null) {
    // Nothing there, or a link to nothing: renaming onto the name replaces the link itself.
    const link = await lstat(path).catch(() => null);
    if (link?.isSymbolicLink()) return fail('not-allowed', { path, details: ['the name is a link to a file that does not exist'] });
    return ok(join(await realpath(dir), basename(path)));
  }
  if (real !== join(await realpath(dir), basename(path)) && !hasProjectExtension(real)) {
    return fail('not-allowed', { path, details: [`the name is a link to ${real}, which is not a show`] });
  }
  return ok(real);
}
