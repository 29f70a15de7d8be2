import { readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempPathFor } from '../../../electron/services/durable-file';
import { ProjectService } from '../../../electron/services/project-service';
import { openMarkerPath } from '../../../electron/services/reliability/open-marker';
import type { OpenedProject, Result } from '../../../shared/ipc/contract';
import { Assignment, Exhibitor } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { operation } from '../../../shared/ops/build';
import { applyOperation, type Operation } from '../../../shared/ops/operation';
import { addHallOp, booth, names, tempDir } from './helpers';

const NAME = { zh: '展会', en: 'Show' };

function opened(r: Result<OpenedProject>): OpenedProject {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

describe('Save As through a link', () => {
  it('refuses a *.pavilion.json name that links to a file that is not a show, and leaves that file alone', async () => {
    const dir = await tempDir();
    const svc = new ProjectService();
    const a = opened(await svc.createProject({ path: join(dir, 'a.pavilion.json'), name: NAME }));
    const notes = join(dir, 'notes.txt');
    await writeFile(notes, 'my notes\n');
    const link = join(dir, 'trap.pavilion.json');
    await symlink(notes, link);
    const r = await svc.saveProjectAs({ handle: a.handle, path: link });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await readFile(notes, 'utf8')).toBe('my notes\n');
    // The window still edits its own show.
    expect((await svc.commitOperations({ handle: a.handle, baseRevision: 0, ops: [addHallOp(a.project, 'h_1')] })).ok).toBe(true);
    await svc.close();
  });

  it('follows a link to another show deliberately, keeping a backup of the show it replaces', async () => {
    const dir = await tempDir();
    const svc = new ProjectService();
    const other = join(dir, 'real.pavilion.json');
    const o = opened(await svc.createProject({ path: other, name: { zh: '旧', en: 'Old' } }));
    await svc.closeProject({ handle: o.handle });
    const before = await readFile(other, 'utf8');
    const link = join(dir, 'linked.pavilion.json');
    await symlink(other, link);
    const a = opened(await svc.createProject({ path: join(dir, 'a.pavilion.json'), name: NAME }));
    const r = await svc.saveProjectAs({ handle: a.handle, path: link });
    expect(r.ok).toBe(true);
    expect(JSON.parse(await readFile(other, 'utf8')).settings.name.en).toBe('Show');
    const backups = await svc.listBackups({ path: other });
    if (!backups.ok) throw new Error('no backups');
    expect(backups.value.length).toBe(1);
    expect(await readFile(backups.value[0]!.path, 'utf8')).toBe(before);
    await svc.close();
  });
});

describe('every path that commits writes history', () => {
  it('assignments applied by reload-and-re-apply get their who/when entries', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const ana = new ProjectService({ userName: () => 'Ana', now: () => new Date('2026-11-23T09:00:00.000Z') });
    const a = opened(await ana.createProject({ path, name: NAME }));
    let doc: Project = a.project;
    const seed = operation(doc, 'seed')
      .put('halls', addHallOp(doc, 'h_1').changes[0]!.after as never)
      .put('booths', booth('b_1', 'h_1', 'A1'))
      .put('exhibitors', Exhibitor.parse({ id: 'ex_1', name: { zh: '甲', en: 'A' }, country: 'CN' }))
      .build();
    expect((await ana.commitOperations({ handle: a.handle, baseRevision: 0, ops: [seed] })).ok).toBe(true);
    doc = applyOperation(doc, seed);
    // Another program moves the file on, so Ana's assignment goes through reload and re-apply.
    const bo = new ProjectService({ userName: () => 'Bo' });
    const b = opened(await bo.openProject({ path, takeOver: true }));
    expect((await bo.commitOperations({ handle: b.handle, baseRevision: 1, ops: [addHallOp(b.project, 'h_2')] })).ok).toBe(true);
    const assign: Operation = operation(doc, 'ops.assignBooth')
      .update('booths', 'b_1', { status: 'assigned' })
      .put('assignments', Assignment.parse({ id: 'b_1', boothId: 'b_1', exhibitorId: 'ex_1', at: '2026-11-23T09:00:00.000Z', by: 'Ana' }))
      .build();
    const r = await ana.reloadAndReapply({ handle: a.handle, ops: [assign] });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.value.applied).toEqual([assign.id]);
    const onDisk = JSON.parse(await readFile(path, 'utf8')) as Project;
    expect(onDisk.history).toMatchObject([{ action: 'assign', boothId: 'b_1', exhibitorId: 'ex_1', by: 'Ana', at: '2026-11-23T09:00:00.000Z' }]);
    expect(r.value.project.history).toHaveLength(1);
    await ana.close();
    await bo.close();
  });
});

describe('take-over', () => {
  it('the holder learns of it at the next save, nothing is written, and a copy keeps the work', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const ana = new ProjectService({ userName: () => 'Ana' });
    const bo = new ProjectService({ userName: () => 'Bo' });
    const a = opened(await ana.createProject({ path, name: NAME }));
    opened(await bo.openProject({ path, takeOver: true }));
    const onDisk = await readFile(path, 'utf8');
    const op = addHallOp(a.project, 'h_ana');
    const r = await ana.commitOperations({ handle: a.handle, baseRevision: 0, ops: [op] });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', conflict: { reason: 'taken-over', holder: { userName: 'Bo' } } } });
    expect(await readFile(path, 'utf8')).toBe(onDisk);
    const copy = await ana.saveProjectAs({ handle: a.handle, path: join(dir, 'copy.pavilion.json') });
    expect(copy.ok).toBe(true);
    if (copy.ok) expect((await ana.commitOperations({ handle: a.handle, baseRevision: 0, ops: [op] })).ok).toBe(true);
    await ana.close();
    await bo.close();
  });
});

describe('open cleans up after a killed writer', () => {
  it('removes an old temporary file of the open marker (lock-info)', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const svc = new ProjectService({ lock: { staleMs: 1000 } });
    const a = opened(await svc.createProject({ path, name: NAME }));
    await svc.close();
    void a;
    const leftover = tempPathFor(openMarkerPath(path));
    await writeFile(leftover, '{"format":"pavilion-open-marker"');
    const old = new Date(Date.now() - 60_000);
    await utimes(leftover, old, old);
    const again = new ProjectService({ lock: { staleMs: 1000 } });
    opened(await again.openProject({ path }));
    expect((await names(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await again.close();
  });
});
