import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import { assignBooths } from '../../../shared/assignment/commands';
import { holdBooths } from '../../../shared/assignment/claims';
import type { CommitResult, Result } from '../../../shared/ipc/contract';
import { invertOperation, applyOperation } from '../../../shared/ops/operation';
import { newId } from '../../../shared/model/ids';
import type { Project } from '../../../shared/model/project';
import { tempDir } from '../services/helpers';
import { exhibitor, show } from './fixtures';

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

async function openShow(userName: string) {
  const dir = await tempDir();
  const path = join(dir, 'show.pavilion.json');
  const service = new ProjectService({ userName: () => userName });
  const created = value(await service.createProject({ path, name: { zh: '测试展', en: 'Test Show' } }));
  // Fill the new show through one commit (halls, booths, an exhibitor).
  const base = show(3);
  base.exhibitors.e1 = exhibitor('e1', 'Viettel', '越南电信', 'VN');
  const seed = {
    id: newId('op'),
    label: 'test.seed',
    changes: [
      ...Object.values(base.halls).map((h) => ({ c: 'halls' as const, id: h.id, before: null, after: h })),
      ...Object.values(base.booths).map((b) => ({ c: 'booths' as const, id: b.id, before: null, after: b })),
      { c: 'exhibitors' as const, id: 'e1', before: null, after: base.exhibitors.e1! },
    ],
  };
  const r0 = value(await service.commitOperations({ handle: created.handle, baseRevision: 0, ops: [seed] }));
  let doc: Project = { ...applyOperation(created.project, seed), revision: r0.revision };
  return { service, path, handle: created.handle, get doc() { return doc; }, set doc(d: Project) { doc = d; } };
}

describe('history on commit', () => {
  it('records who, when and what for assignment changes, in the file and in the result', async () => {
    const s = await openShow('Li Ming');
    const ctx = { by: 'Li Ming', at: new Date().toISOString() };
    const assign = assignBooths(s.doc, { exhibitorId: 'e1', boothIds: ['b1', 'b2'] }, ctx);
    if (!assign.ok) throw new Error('refused');
    const afterAssign = applyOperation(s.doc, assign.op);
    const hold = holdBooths(afterAssign, { exhibitorId: 'e1', boothIds: ['b3'], until: '2099-01-31' }, ctx);
    if (!hold.ok) throw new Error('refused');
    const res: CommitResult = value(await s.service.commitOperations({ handle: s.handle, baseRevision: s.doc.revision, ops: [assign.op, hold.op] }));
    expect(res.history?.map((h) => [h.action, h.boothId, h.exhibitorId, h.by])).toEqual([
      ['assign', 'b1', 'e1', 'Li Ming'],
      ['assign', 'b2', 'e1', 'Li Ming'],
      ['hold', 'b3', 'e1', 'Li Ming'],
    ]);
    const onDisk = JSON.parse(await readFile(s.path, 'utf8')) as Project;
    expect(onDisk.history).toEqual(res.history);
    expect(onDisk.history[2]!.detail).toContain('until 2099-01-31');

    // Undo is a new operation: the log records it as an unassign, and keeps the assign.
    const undo = invertOperation(assign.op, newId('op'));
    const res2 = value(await s.service.commitOperations({ handle: s.handle, baseRevision: res.revision, ops: [undo] }));
    // The inverse undoes the booths in reverse order.
    expect(res2.history?.map((h) => [h.action, h.boothId])).toEqual([
      ['unassign', 'b2'],
      ['unassign', 'b1'],
    ]);
    const final = JSON.parse(await readFile(s.path, 'utf8')) as Project;
    expect(final.history.map((h) => h.action)).toEqual(['assign', 'assign', 'hold', 'unassign', 'unassign']);
  });

  it('adds no history (and no field) for changes that are not assignments', async () => {
    const s = await openShow('Li Ming');
    const rename = { id: newId('op'), label: 'ops.renameShow', changes: [{ c: 'settings' as const, before: s.doc.settings, after: { ...s.doc.settings, name: { zh: '新名', en: 'New' } } }] };
    const res = value(await s.service.commitOperations({ handle: s.handle, baseRevision: s.doc.revision, ops: [rename] }));
    expect(res.history).toBeUndefined();
  });
});

