import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import type { OpenedProject, Result } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { applyOperation, type Operation } from '../../../shared/ops/operation';
import { addHallOp, tempDir } from './helpers';

const NAME = { zh: '展会', en: 'Show' };

function opened(r: Result<OpenedProject>): OpenedProject {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A show, a service with a recovery folder, and a way to "crash" (drop the service without closing). */
async function setup() {
  const dir = await tempDir();
  const path = join(dir, 'show.pavilion.json');
  const recoveryDir = join(dir, 'user-data', 'recovery');
  const make = () => new ProjectService({ recoveryDir, warn: () => undefined });
  const service = make();
  const p = opened(await service.createProject({ path, name: NAME }));
  return { dir, path, recoveryDir, make, service, p };
}

/** Two operations made one after the other on `doc`, as the renderer queues them. */
function twoOps(doc: Project): { ops: Operation[]; after: Project } {
  const a = addHallOp(doc, 'h_a');
  const mid = applyOperation(doc, a);
  const b = addHallOp(mid, 'h_b');
  return { ops: [a, b], after: applyOperation(mid, b) };
}

describe('crash recovery of unsaved work', () => {
  it('round trip: stash → crash → reopen says so → restore applies, saves and clears', async () => {
    const { path, recoveryDir, make, service, p } = await setup();
    const { ops } = twoOps(p.project);
    const stashed = await service.stashUnsaved({ handle: p.handle, baseRevision: 0, ops });
    expect(stashed.ok).toBe(true);
    const files = await readdir(recoveryDir);
    expect(files).toEqual([expect.stringMatching(/^[0-9a-f]{32}\.json$/)]);
    const stash = JSON.parse(await readFile(join(recoveryDir, files[0]!), 'utf8'));
    expect(stash).toMatchObject({ format: 'pavilion-recovery', path, baseRevision: 0, ops: [{ id: ops[0]!.id }, { id: ops[1]!.id }] });

    // The app dies without closing; its marker names a live process (this one), so take over.
    const again = make();
    const reopened = opened(await again.openProject({ path, takeOver: true }));
    expect(reopened.recovery).toEqual({ savedAt: stashed.ok ? stashed.value.savedAt : '', opCount: 2, baseRevision: 0 });
    const restored = await again.restoreUnsaved({ handle: reopened.handle });
    if (!restored.ok) throw new Error(JSON.stringify(restored.error));
    expect(restored.value).toMatchObject({ revision: 1, applied: [ops[0]!.id, ops[1]!.id], rejected: [] });
    expect(Object.keys(restored.value.project.halls).sort()).toEqual(['h_a', 'h_b']);
    expect(JSON.parse(await readFile(path, 'utf8')).revision).toBe(1);
    expect(await readdir(recoveryDir)).toEqual([]);
    // Nothing left to offer on the next open.
    await again.closeProject({ handle: reopened.handle });
    expect(opened(await again.openProject({ path })).recovery).toBeUndefined();
    await again.close();
  });

  it('a commit of the stashed operations clears the stash; one of only some leaves the rest', async () => {
    const { recoveryDir, service, p } = await setup();
    const { ops } = twoOps(p.project);
    await service.stashUnsaved({ handle: p.handle, baseRevision: 0, ops });
    expect((await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [ops[0]!] })).ok).toBe(true);
    const left = JSON.parse(await readFile(join(recoveryDir, (await readdir(recoveryDir))[0]!), 'utf8'));
    expect(left).toMatchObject({ baseRevision: 1, ops: [{ id: ops[1]!.id }] });
    expect((await service.commitOperations({ handle: p.handle, baseRevision: 1, ops: [ops[1]!] })).ok).toBe(true);
    expect(await readdir(recoveryDir)).toEqual([]);
    // A stash that arrives after its operations were committed keeps nothing.
    await service.stashUnsaved({ handle: p.handle, baseRevision: 0, ops });
    expect(await readdir(recoveryDir)).toEqual([]);
    await service.close();
  });

  it('operations that no longer fit: conflict, the stash is kept; partial restores what fits and sets the rest aside', async () => {
    const { path, recoveryDir, make, service, p } = await setup();
    const { ops } = twoOps(p.project);
    await service.stashUnsaved({ handle: p.handle, baseRevision: 0, ops });
    // Meanwhile the show got its own hall h_b (another Pavilion, before the crash).
    const rival = { ...addHallOp(p.project, 'h_b'), id: 'op_rival' };
    rival.changes = rival.changes.map((c) => (c.c === 'halls' ? { ...c, after: { ...c.after!, code: 'ZZ' } } : c)) as Operation['changes'];
    expect((await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [rival] })).ok).toBe(true);

    const again = make();
    const reopened = opened(await again.openProject({ path, takeOver: true }));
    expect(reopened.recovery?.opCount).toBe(2);
    const refused = await again.restoreUnsaved({ handle: reopened.handle });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', conflict: { reason: 'does-not-fit' } } });
    expect(await readdir(recoveryDir)).toHaveLength(1);
    expect(JSON.parse(await readFile(path, 'utf8')).revision).toBe(1);

    const partial = await again.restoreUnsaved({ handle: reopened.handle, partial: true });
    if (!partial.ok) throw new Error(JSON.stringify(partial.error));
    expect(partial.value.applied).toEqual([ops[0]!.id]);
    expect(partial.value.rejected).toMatchObject([{ opId: ops[1]!.id, reason: 'does-not-fit', label: 'ops.addHall' }]);
    expect(partial.value.project.halls.h_b?.code).toBe('ZZ');
    const left = await readdir(recoveryDir);
    expect(left).toEqual([expect.stringMatching(/\.restored-\d{8}T\d{9}Z\.json$/)]);
    await again.close();
  });

  it('discardUnsaved throws the stash away; read-only windows cannot stash', async () => {
    const { path, recoveryDir, make, service, p } = await setup();
    await service.stashUnsaved({ handle: p.handle, baseRevision: 0, ops: twoOps(p.project).ops });
    expect(await service.discardUnsaved({ handle: p.handle })).toEqual({ ok: true, value: null });
    expect(await readdir(recoveryDir)).toEqual([]);
    expect(await service.restoreUnsaved({ handle: p.handle })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const viewer = make();
    const ro = opened(await viewer.openProject({ path, readOnly: true }));
    expect(await viewer.stashUnsaved({ handle: ro.handle, baseRevision: 0, ops: [] })).toMatchObject({ ok: false, error: { code: 'permission' } });
    expect(await viewer.stashUnsaved({ handle: 'nope', baseRevision: 0, ops: [] })).toMatchObject({ ok: false, error: { code: 'unknown-handle' } });
    await service.close();
  });

  it('a damaged stash is set aside, not offered, and never stops the open', async () => {
    const { path, recoveryDir, service, p } = await setup();
    await service.stashUnsaved({ handle: p.handle, baseRevision: 0, ops: twoOps(p.project).ops });
    const [file] = await readdir(recoveryDir);
    await writeFile(join(recoveryDir, file!), '{"format":"pavilion-recovery","ops":[{"id":');
    const warnings: string[] = [];
    const again = new ProjectService({ recoveryDir, warn: (m) => warnings.push(m) });
    const reopened = opened(await again.openProject({ path, takeOver: true }));
    expect(reopened.recovery).toBeUndefined();
    expect(warnings.join()).toMatch(/damaged/);
    expect(await readdir(recoveryDir)).toEqual([expect.stringMatching(/\.damaged-/)]);
    await again.close();
  });
});
