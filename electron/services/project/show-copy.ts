import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Result } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { checkProject } from '../../../shared/model/rules';
import { writeFileDurably } from '../durable-file';
import { fail, ok } from '../errors';
import { hasProjectExtension } from '../project-format';
import { isInsideBackups } from '../reliability/file-checks';
import type { DurableFs } from '../reliability/fs-port';
import type { OpenMarkers } from '../reliability/open-marker';
import type { KeyedQueue } from '../serial-queue';
import { ProjectSerializer } from '../serialize-project';
import type { ShowWriter } from './show-writer';
import { showTarget } from './targets';

export interface ShowCopyDeps {
  queue: KeyedQueue;
  writer: ShowWriter;
  markers: OpenMarkers;
  fs: DurableFs;
  maxBytes: number;
  now: () => Date;
  /** Whether a window has the file of this key open (it is not replaced under it). */
  isOpen(key: string): boolean;
}

/**
 * Writes a show the host does not hold as a file (a show shared through a server) as an
 * ordinary local show, the way Save As writes its new file: checked as an open would check it
 * first, under the file's write lock, a replaced show kept as a backup, an atomic and flushed
 * write. The window stays on what it has open; the copy is not tracked until someone opens it.
 */
export async function saveShowCopy(deps: ShowCopyDeps, req: { path: string; project: unknown }): Promise<Result<{ path: string; savedAt: string }>> {
  const path = resolve(req.path);
  if (!hasProjectExtension(path)) return fail('bad-extension', { path });
  if (isInsideBackups(path)) return fail('not-allowed', { path, details: ['shows are not saved inside a backups folder'] });
  const valid = checkProject(req.project);
  // A copy that would not open again is not written (the user keeps working on the shared show).
  if (!valid.ok) return fail('open.invalid', { path, details: valid.problems });
  const project = req.project as Project;
  const target = await showTarget(path);
  if (!target.ok) return target;
  const key = target.value;
  if (isInsideBackups(key)) return fail('not-allowed', { path, details: ['shows are not saved inside a backups folder'] });
  return deps.queue.run(key, async () => {
    if (deps.isOpen(key)) return fail('exists', { path, details: ['the file is open in another window'] });
    const info = await stat(key).catch(() => null);
    if (info && !info.isFile()) return fail('not-a-file', { path });
    const holder = info ? await deps.markers.otherHolder(key) : null;
    if (holder) return fail('locked', { path, holder });
    const bytes = await new ProjectSerializer().serialize(project);
    const size = bytes.reduce((n, b) => n + b.length, 0);
    if (size > deps.maxBytes) return fail('too-large', { path, details: [`the show is ${size} bytes, a show file opens up to ${deps.maxBytes}`] });
    return deps.writer.underLock(key, path, async () => {
      // The user agreed to replace that file; a show is still kept as a backup of it.
      if (info) await deps.writer.keepReplacedShow(key);
      await writeFileDurably(key, bytes, { fs: deps.fs });
      return ok({ path, savedAt: deps.now().toISOString() });
    });
  });
}
