import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import { serializeProject } from '../../../electron/services/project-format';
import { assignBooths } from '../../../shared/assignment/commands';
import type { OpenedProject, Result } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { generateShow } from '../../../shared/sample/generate';
import { tempDir } from './helpers';

function opened(r: Result<OpenedProject>): OpenedProject {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** Above the indentation limit, so saves go through the chunk cache and are written in parts. */
const SHOW = generateShow({ halls: 4, booths: 2100, exhibitors: 900, seed: 5 });

async function largeShow() {
  const dir = await tempDir();
  const path = join(dir, 'show.pavilion.json');
  await writeFile(path, serializeProject(SHOW));
  const service = new ProjectService({ warn: () => undefined });
  const p = opened(await service.openProject({ path }));
  return { path, service, handle: p.handle };
}

/** Commits one assignment of the `i`-th available booth. */
async function assignOne(service: ProjectService, handle: string, i: number) {
  const doc = service.current(handle)!;
  const booth = Object.values(doc.booths).filter((b) => b.status === 'available')[i]!;
  const cmd = assignBooths(doc, { exhibitorId: Object.keys(doc.exhibitors)[i]!, boothIds: [booth.id] }, { by: 't', at: '2027-01-01T00:00:00.000Z' });
  if (!cmd.ok) throw new Error('refused');
  return service.commitOperations({ handle, baseRevision: doc.revision, ops: [cmd.op] });
}

describe('saving a large show', () => {
  it('writes exactly serializeProject of the document, commit after commit', async () => {
    const { path, service, handle } = await largeShow();
    for (let i = 0; i < 3; i++) {
      expect((await assignOne(service, handle, i)).ok).toBe(true);
      const doc: Project = service.current(handle)!;
      expect(await readFile(path, 'utf8')).toBe(serializeProject(doc));
    }
    await service.close();
  });

  it('knows its own file by content: a copy or a touch is no conflict, one changed byte is', async () => {
    const { path, service, handle } = await largeShow();
    expect((await assignOne(service, handle, 0)).ok).toBe(true);
    // Rewritten with the same bytes and a later time: a new signature, the same content.
    const ours = await readFile(path);
    await writeFile(path, ours);
    const later = new Date(Date.now() + 5000);
    await utimes(path, later, later);
    expect((await assignOne(service, handle, 1)).ok).toBe(true);

    // The same length, one byte different deep inside the booths: another program's work.
    const now = await readFile(path);
    const at = now.indexOf('"number":"', Math.floor(now.length / 3)) + '"number":"'.length;
    now[at] = now[at] === 0x5a ? 0x59 : 0x5a;
    await writeFile(path, now);
    const r = await assignOne(service, handle, 2);
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', conflict: { reason: 'changed-on-disk' } } });
    expect((await readFile(path)).equals(now)).toBe(true);
    await service.close();
  });

  it('a second open of an unchanged file keeps the document it has; a changed file replaces it', async () => {
    const { path, service, handle } = await largeShow();
    expect((await assignOne(service, handle, 0)).ok).toBe(true);
    const before = service.current(handle)!;
    const again = opened(await service.openProject({ path, readOnly: true }));
    expect(service.current(again.handle)).toBe(before);
    const changed = { ...before, revision: before.revision + 5 };
    await writeFile(path, serializeProject(changed));
    const third = opened(await service.openProject({ path, readOnly: true }));
    expect(service.current(third.handle)!.revision).toBe(before.revision + 5);
    await service.close();
  });
});
