import { readFile, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import type { OpenedProject, Result } from '../../../shared/ipc/contract';
import { Exhibitor } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { operation } from '../../../shared/ops/build';
import { applyOperation } from '../../../shared/ops/operation';
import { addHallOp, booth, tempDir } from './helpers';

const NAME = { zh: '展会', en: 'Show' };

function opened(r: Result<OpenedProject>): OpenedProject {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** One show open in two Pavilions (two services), the second having taken over. */
async function twoPavilions() {
  const dir = await tempDir();
  const path = join(dir, 'show.pavilion.json');
  const ana = new ProjectService({ userName: () => 'Ana' });
  const bo = new ProjectService({ userName: () => 'Bo' });
  const a = opened(await ana.createProject({ path, name: NAME }));
  const b = opened(await bo.openProject({ path, takeOver: true }));
  // Ana's next save tells her that Bo took the show over; nothing of hers is written.
  const told = await ana.commitOperations({ handle: a.handle, baseRevision: 0, ops: [addHallOp(a.project, 'h_told')] });
  expect(told).toMatchObject({ ok: false, error: { code: 'conflict', path, conflict: { reason: 'taken-over', ourRevision: 0, holder: { userName: 'Bo' } } } });
  return { dir, path, ana, bo, a, b };
}

const exhibitor = (id: string) => Exhibitor.parse({ id, name: { zh: id, en: id }, country: 'CN' });

describe('two Pavilions on one show', () => {
  it('the second writer is told who changed the file, nothing is overwritten, and reloadAndReapply lands both', async () => {
    const { path, ana, bo, a, b } = await twoPavilions();
    const bosOp = addHallOp(b.project, 'h_bo');
    expect((await bo.commitOperations({ handle: b.handle, baseRevision: 0, ops: [bosOp] })).ok).toBe(true);
    const onDisk = await readFile(path, 'utf8');

    const anasOp = addHallOp(a.project, 'h_ana');
    const refused = await ana.commitOperations({ handle: a.handle, baseRevision: 0, ops: [anasOp] });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'conflict', path, conflict: { reason: 'changed-on-disk', ourRevision: 0, diskRevision: 1, holder: { userName: 'Bo' } } },
    });
    if (!refused.ok) expect(Number.isNaN(Date.parse(refused.error.conflict!.diskSavedAt!))).toBe(false);
    expect(await readFile(path, 'utf8')).toBe(onDisk);

    const merged = await ana.reloadAndReapply({ handle: a.handle, ops: [anasOp] });
    if (!merged.ok) throw new Error(JSON.stringify(merged.error));
    expect(merged.value).toMatchObject({ revision: 2, applied: [anasOp.id], rejected: [] });
    expect(merged.value.savedAt).not.toBeNull();
    expect(Object.keys(JSON.parse(await readFile(path, 'utf8')).halls).sort()).toEqual(['h_ana', 'h_bo']);
    // Ana is now in step with the disk; Bo is the one behind.
    expect((await ana.commitOperations({ handle: a.handle, baseRevision: 2, ops: [addHallOp(merged.value.project, 'h_more')] })).ok).toBe(true);
    expect(await bo.commitOperations({ handle: b.handle, baseRevision: 1, ops: [addHallOp(b.project, 'h_x')] })).toMatchObject({ ok: false, error: { conflict: { reason: 'changed-on-disk' } } });
    await ana.close();
    await bo.close();
  });

  it('two writers that both saved revision 1 are told apart by content, not by revision number', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const ana = new ProjectService();
    const a = opened(await ana.createProject({ path, name: NAME }));
    expect((await ana.commitOperations({ handle: a.handle, baseRevision: 0, ops: [addHallOp(a.project, 'h_a')] })).ok).toBe(true);
    // A writer that missed the lock also went from revision 0 to 1, with other content.
    const theirs = { ...a.project, revision: 1, settings: { ...a.project.settings, name: { zh: '他们', en: 'Theirs' } } };
    await writeFile(path, JSON.stringify(theirs));
    const mine = ana.current(a.handle)!;
    const r = await ana.commitOperations({ handle: a.handle, baseRevision: 1, ops: [addHallOp(mine, 'h_b')] });
    expect(r).toMatchObject({ ok: false, error: { conflict: { reason: 'changed-on-disk', ourRevision: 1, diskRevision: 1 } } });
    expect(JSON.parse(await readFile(path, 'utf8')).settings.name.en).toBe('Theirs');
    await ana.close();
  });

  it('a file touched or rewritten with the same content is not a conflict', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const service = new ProjectService();
    const p = opened(await service.createProject({ path, name: NAME }));
    const text = await readFile(path, 'utf8');
    await writeFile(path, text);
    const later = new Date(Date.now() + 5000);
    await utimes(path, later, later);
    expect((await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [addHallOp(p.project, 'h_1')] })).ok).toBe(true);
    await service.close();
  });

  it('a stale base (another window of this app committed) is a conflict of its own kind', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const service = new ProjectService();
    const one = opened(await service.createProject({ path, name: NAME }));
    const two = opened(await service.openProject({ path }));
    expect((await service.commitOperations({ handle: one.handle, baseRevision: 0, ops: [addHallOp(one.project, 'h_1')] })).ok).toBe(true);
    const op = addHallOp(two.project, 'h_2');
    expect(await service.commitOperations({ handle: two.handle, baseRevision: 0, ops: [op] })).toMatchObject({ ok: false, error: { conflict: { reason: 'stale-base', ourRevision: 1 } } });
    const merged = await service.reloadAndReapply({ handle: two.handle, ops: [op] });
    expect(merged).toMatchObject({ ok: true, value: { revision: 2, applied: [op.id] } });
    await service.close();
  });

  it('reloadAndReapply reports what no longer fits or breaks the rules, applies the rest, and counts what is already in', async () => {
    const { path, ana, bo, a, b } = await twoPavilions();
    // Ana's queue: add exhibitor e1, add hall h_a, rename the show, add hall h_dup.
    const addE1 = operation(a.project, 'ops.addExhibitor').put('exhibitors', exhibitor('e1')).build();
    const afterE1 = applyOperation(a.project, addE1);
    const addHa = addHallOp(afterE1, 'h_a');
    const afterHa = applyOperation(afterE1, addHa);
    const rename = operation(afterHa, 'ops.renameShow').settings({ name: { zh: '安娜', en: 'Ana' } }).build();
    const afterRename = applyOperation(afterHa, rename);
    const addDup = addHallOp(afterRename, 'h_dup');
    // Bo meanwhile: the same hall h_a (already in, identical), his own rename, hall h_dup of his own.
    const bosHa = { ...addHallOp(b.project, 'h_a'), id: 'op_bo_ha' };
    const bosRename = operation(b.project, 'ops.renameShow').settings({ name: { zh: '博', en: 'Bo' } }).build();
    const bosDup = addHallOp(b.project, 'h_dup');
    (bosDup.changes[0]!.after as { code: string }).code = 'B9';
    expect((await bo.commitOperations({ handle: b.handle, baseRevision: 0, ops: [bosHa, bosRename, bosDup] })).ok).toBe(true);

    const merged = await ana.reloadAndReapply({ handle: a.handle, ops: [addE1, addHa, rename, addDup] });
    if (!merged.ok) throw new Error(JSON.stringify(merged.error));
    expect(merged.value.applied).toEqual([addE1.id, addHa.id]);
    expect(merged.value.rejected.map((r) => [r.opId, r.reason])).toEqual([
      [rename.id, 'does-not-fit'],
      [addDup.id, 'does-not-fit'],
    ]);
    const disk = JSON.parse(await readFile(path, 'utf8')) as Project;
    expect(disk.settings.name.en).toBe('Bo');
    expect(Object.keys(disk.exhibitors)).toEqual(['e1']);
    expect(disk.halls.h_dup?.code).toBe('B9');

    // An assignment to an exhibitor Bo deleted meanwhile breaks the rules: left out, reported.
    const current = merged.value.project;
    const addBooth = operation(current, 'ops.addBooth').put('booths', booth('b_1', 'h_a', 'A1')).build();
    expect((await ana.commitOperations({ handle: a.handle, baseRevision: current.revision, ops: [addBooth] })).ok).toBe(true);
    const withBooth = applyOperation(current, addBooth);
    const assign = operation(withBooth, 'ops.assignBooth')
      .put('assignments', { id: 'b_1', boothId: 'b_1', exhibitorId: 'e1', at: '2027-01-01T00:00:00.000Z', by: 'Ana' })
      .update('booths', 'b_1', { status: 'assigned' })
      .build();
    const bosView = opened(await bo.openProject({ path, takeOver: true }));
    expect((await bo.commitOperations({ handle: bosView.handle, baseRevision: bosView.project.revision, ops: [operation(bosView.project, 'ops.deleteExhibitor').remove('exhibitors', 'e1').build()] })).ok).toBe(true);
    const again = await ana.reloadAndReapply({ handle: a.handle, ops: [assign] });
    if (!again.ok) throw new Error(JSON.stringify(again.error));
    expect(again.value).toMatchObject({ applied: [], savedAt: null, rejected: [{ opId: assign.id, reason: 'breaks-rules' }] });
    await ana.close();
    await bo.close();
  });

  it('reloadAndReapply on a file someone broke: the open error with backups, nothing written', async () => {
    const { path, ana, a } = await twoPavilions();
    expect((await ana.commitOperations({ handle: a.handle, baseRevision: 0, ops: [addHallOp(a.project, 'h_1')] })).ok).toBe(true);
    await writeFile(path, 'not json at all');
    const r = await ana.reloadAndReapply({ handle: a.handle, ops: [] });
    expect(r).toMatchObject({ ok: false, error: { code: 'open.not-json', backups: [{ revision: 0 }] } });
    expect(await readFile(path, 'utf8')).toBe('not json at all');
    await ana.close();
  });
});
