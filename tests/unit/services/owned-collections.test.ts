import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OwnedCollections } from '../../../electron/services/project/owned-collections';
import { buildCommit } from '../../../electron/services/project/build-commit';
import { ProjectService } from '../../../electron/services/project-service';
import { serializeProject } from '../../../electron/services/project-format';
import { ProjectSerializer } from '../../../electron/services/serialize-project';
import { assignBooths, moveExhibitor, unassignBooths } from '../../../shared/assignment/commands';
import type { Project } from '../../../shared/model/project';
import { applyOperation, invertOperation, OperationConflictError, type Operation } from '../../../shared/ops/operation';
import { generateShow } from '../../../shared/sample/generate';
import { tempDir } from './helpers';

const CTX = { by: 't', at: '2027-01-01T00:00:00.000Z' };
/** Above the indentation limit: saves go through the serializer's chunk cache. */
const SHOW = generateShow({ halls: 3, booths: 2100, exhibitors: 900, seed: 11 });

/** A mix of what commits do: assignments (adds), moves (replacements), unassignments (removals). */
function edits(doc: Project, n: number): Operation[] {
  const ops: Operation[] = [];
  let cur = doc;
  const exhibitors = Object.keys(doc.exhibitors);
  for (let i = 0; ops.length < n; i++) {
    const free = Object.values(cur.booths).filter((b) => b.status === 'available');
    const taken = Object.values(cur.assignments);
    let r;
    if (i % 3 === 2 && taken.length > 0) r = unassignBooths(cur, { boothIds: [taken[i % taken.length]!.boothId] });
    else if (i % 3 === 1 && taken.length > 0) {
      const a = taken[taken.length - 1]!;
      r = moveExhibitor(cur, { exhibitorId: a.exhibitorId, from: a.boothId, to: free[i]!.id }, CTX);
    } else r = assignBooths(cur, { exhibitorId: exhibitors[i % exhibitors.length]!, boothIds: [free[i]!.id] }, CTX);
    if (!r.ok) continue;
    ops.push(r.op);
    cur = applyOperation(cur, r.op);
  }
  return ops;
}

describe('a show changed in place by the service', () => {
  it('gives the same document, key order included, as the pure operations, and never changes what it did not copy', () => {
    const ops = edits(SHOW, 12);
    const shown = serializeProject(SHOW);
    const owned = new OwnedCollections();
    let pure = SHOW;
    let host = SHOW;
    for (const op of ops) {
      pure = applyOperation(pure, op);
      host = owned.apply(host, op, owned.begin());
      expect(serializeProject(host)).toBe(serializeProject(pure));
    }
    // The second commit onwards wrote in place: the copies, not the document handed in.
    expect(host.booths).not.toBe(SHOW.booths);
    expect(serializeProject(SHOW)).toBe(shown);
  });

  it('takes a refused commit back exactly, in place, and after a hand-out on copies', () => {
    const [first, second] = edits(SHOW, 2) as [Operation, Operation];
    const owned = new OwnedCollections();
    const base = buildCommit(SHOW, [first], CTX, owned);
    if (!base.ok) throw new Error('refused');
    const doc = base.next;
    const before = serializeProject(doc);

    // A conflict in the middle of a commit: the first op was written in place, then undone.
    const booth = Object.values(doc.booths)[5]!;
    const stale: Operation = { id: 'op_stale', label: 'x', changes: [{ c: 'booths', id: booth.id, before: { ...booth, number: 'not so' }, after: booth }] };
    const refused = buildCommit(doc, [second, stale], CTX, owned);
    expect(refused).toMatchObject({ ok: false, reason: 'does-not-fit' });
    expect(serializeProject(doc)).toBe(before);

    // A commit whose write failed: undone in place (the same collections).
    const built = buildCommit(doc, [second], CTX, owned);
    if (!built.ok) throw new Error('refused');
    expect(built.next.booths).toBe(doc.booths);
    expect(serializeProject(doc)).not.toBe(before);
    expect(built.undo(doc)).toBe(doc);
    expect(serializeProject(doc)).toBe(before);

    // Handed out while the write was going on: what went out stays as it was seen.
    const again = buildCommit(doc, [second], CTX, owned);
    if (!again.ok) throw new Error('refused');
    owned.release();
    const seen = serializeProject(doc);
    const restored = again.undo(doc);
    expect(serializeProject(doc)).toBe(seen);
    expect(restored).not.toBe(doc);
    expect(serializeProject(restored)).toBe(before);
  });

  it('applies an operation that changes one entity twice as the pure path does, and refuses the same conflicts', () => {
    const [op] = edits(SHOW, 1) as [Operation];
    const ch = op.changes.find((c) => c.c === 'booths')!;
    if (ch.c !== 'booths' || !ch.after) throw new Error('no booth change');
    const twice: Operation = { ...op, changes: [...op.changes, { c: 'booths', id: ch.id, before: ch.after, after: { ...ch.after, number: 'X-1' } }] };
    const owned = new OwnedCollections();
    // Copied (and owned) by the first, written in place by the next two.
    let host = owned.apply(SHOW, op, owned.begin());
    host = owned.apply(host, invertOperation(op), owned.begin());
    expect(serializeProject(owned.apply(host, twice, owned.begin()))).toBe(serializeProject(applyOperation(SHOW, twice)));
    const wrong: Operation = { ...op, changes: [{ ...ch, before: { ...ch.before!, number: 'nope' } }] };
    expect(() => owned.apply(host, wrong, owned.begin())).toThrow(OperationConflictError);
    expect(() => applyOperation(SHOW, wrong)).toThrow(OperationConflictError);
  });

  it('a save after in-place commits writes serializeProject of the document; a cached serializer follows the writes', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    await writeFile(path, serializeProject(SHOW));
    const service = new ProjectService({ warn: () => undefined, warmUpDelayMs: 0 });
    const opened = await service.openProject({ path });
    if (!opened.ok) throw new Error('open failed');
    const { handle } = opened.value;
    // Kept on this side, as the window does: `current()` would hand the show out (and end the in-place writes).
    let doc = opened.value.project;
    const fresh = new ProjectSerializer();
    for (const op of edits(doc, 9)) {
      const r = await service.commitOperations({ handle, baseRevision: doc.revision, ops: [op] });
      if (!r.ok) throw new Error(`commit failed: ${r.error.code}`);
      doc = { ...applyOperation(doc, op), revision: r.value.revision, history: [...doc.history, ...(r.value.history ?? [])] };
      const text = await readFile(path, 'utf8');
      expect(text).toBe(serializeProject(doc));
      expect(Buffer.concat(await fresh.serialize(doc)).toString('utf8')).toBe(text);
    }
    // A refused write (the file changed underneath): the show in memory is the disk's again.
    await writeFile(path, serializeProject({ ...doc, revision: doc.revision + 7 }));
    const [late] = edits(doc, 1) as [Operation];
    const refused = await service.commitOperations({ handle, baseRevision: doc.revision, ops: [late] });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(serializeProject(service.current(handle)!)).toBe(serializeProject(doc));
    await service.close();
  });
  it('the serializer follows in-place writes chunk by chunk, undone ones and keys added again included', async () => {
    const owned = new OwnedCollections();
    const ops = edits(SHOW, 24);
    let doc = owned.apply(SHOW, ops[0]!, owned.begin());
    const ser = new ProjectSerializer();
    const bytes = async (d: Project) => Buffer.concat(await ser.serialize(d)).toString('utf8');
    expect(await bytes(doc)).toBe(serializeProject(doc));
    for (let i = 1; i < ops.length; i++) {
      const built = buildCommit(doc, [ops[i]!], CTX, owned);
      if (!built.ok) throw new Error('refused');
      expect(await bytes(built.next)).toBe(serializeProject(built.next));
      // Changed in place: patched, not walked (removals copy their collection, which is walked).
      if (!ops[i]!.changes.some((ch) => ch.after === null)) expect(ser.lastRun.walked).toBe(0);
      if (i % 4 !== 0) {
        doc = built.next;
        continue;
      }
      // Not written: undone (an added key deleted again), then committed again (added again, at the end).
      doc = built.undo(doc);
      expect(await bytes(doc)).toBe(serializeProject(doc));
      const again = buildCommit(doc, [ops[i]!], CTX, owned);
      if (!again.ok) throw new Error('refused');
      doc = again.next;
      expect(await bytes(doc)).toBe(serializeProject(doc));
    }
    // A key that sorts among the numbers is not at the end: the booths are walked again.
    const booth = Object.values(doc.booths)[3]!;
    const numeric: Operation = { id: 'op_n', label: 'x', changes: [{ c: 'booths', id: '123', before: null, after: { ...booth, id: '123', number: 'N-123' } }] };
    doc = owned.apply(doc, numeric, owned.begin());
    expect(await bytes(doc)).toBe(serializeProject(doc));
    expect(ser.lastRun.walked).toBeGreaterThan(2000);
  });
});
