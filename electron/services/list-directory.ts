import { mkdir, readdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { DirEntry, DirListing, Result } from '../../shared/ipc/contract';
import { fail, fsApiError, ok } from './errors';
import { hasProjectExtension } from './project-format';

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/**
 * A folder's contents for the in-page file chooser of browser mode: folders first, then
 * files, each group in natural order; hidden entries (dot files) left out; show files marked
 * `project`. `dir` null means the documents folder (created when missing, as a fresh
 * account may not have one yet).
 */
export async function listDirectory(dir: string | null, documentsDir: string): Promise<Result<DirListing>> {
  const target = resolve(dir ?? documentsDir);
  if (dir === null) await mkdir(target, { recursive: true }).catch(() => undefined);
  try {
    const info = await stat(target);
    if (!info.isDirectory()) return fail('not-found', { path: target, details: ['not a folder'] });
    const dirents = await readdir(target, { withFileTypes: true });
    const entries: DirEntry[] = [];
    for (const d of dirents) {
      if (d.name.startsWith('.')) continue;
      let isDir = d.isDirectory();
      let isFile = d.isFile();
      if (d.isSymbolicLink()) {
        // Follow links to say what they point at; a dangling link is left out.
        const to = await stat(join(target, d.name)).catch(() => null);
        if (!to) continue;
        isDir = to.isDirectory();
        isFile = to.isFile();
      }
      if (isDir) entries.push({ name: d.name, kind: 'dir' });
      else if (isFile) entries.push({ name: d.name, kind: hasProjectExtension(d.name) ? 'project' : 'file' });
    }
    entries.sort((a, b) => Number(b.kind === 'dir') - Number(a.kind === 'dir') || collator.compare(a.name, b.name));
    const parent = dirname(target);
    return ok({ dir: target, parent: parent === target ? null : parent, entries });
  } catch (e) {
    return { ok: false, error: fsApiError(e, target) };
  }
}
