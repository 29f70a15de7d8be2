import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignBooths } from '../../../shared/assignment/commands';
import { checkIntegrity } from '../../../shared/model/project';
import { applyOperation, invertOperation } from '../../../shared/ops/operation';
import { generateShow } from '../../../shared/sample/generate';
import {
  applyOperationToDoc,
  ensureRoots,
  isEmptyShow,
  keyChangesOfTransaction,
  operationOfKeyChanges,
  readProject,
  writeProject,
} from '../../../shared/sync/doc-map';
import { guardKeyChanges } from '../../../shared/sync/guard';
import { applyGuardedUpdate } from '../../../shared/sync/guarded-apply';
import { keysOfUpdate } from '../../../shared/sync/update-keys';

const show = () => generateShow({ halls: 2, booths: 80, exhibitors: 50, seed: 3, assignedShare: 0.3 });

describe('show ⇄ Y.Doc', () => {
  it('round-trips a show exactly and replays operations as key changes on another copy', () => {
    const p = show();
    const a = new Y.Doc();
    expect(isEmptyShow(a)).toBe(true);
    writeProject(a, p);
    expect(readProject(a, p.revision)).toEqual(p);

    const b = new Y.Doc();
    ensureRoots(b);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const seen: ReturnType<typeof keyChangesOfTransaction>[] = [];
    b.on('afterTransaction', (tr: Y.Transaction) => seen.push(keyChangesOfTransaction(tr)));
    a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u));

    const booth = Object.values(p.booths).find((x) => x.status === 'available')!;
    const r = assignBooths(p, { exhibitorId: Object.keys(p.exhibitors)[0]!, boothIds: [booth.id] }, { by: 'Li Na', at: '2027-01-01T00:00:00.000Z' });
    if (!r.ok) throw new Error('refused');
    applyOperationToDoc(a, r.op, 'local');
    const op = operationOfKeyChanges(seen.at(-1)!, 'remote');
    // The operation the other copy sees applies to the show as it was, and gives the same result.
    const next = applyOperation(p, op);
    expect(next.assignments[booth.id]).toEqual(r.op.changes.find((c) => c.c === 'assignments')!.after);
    expect(readProject(b)).toEqual({ ...applyOperation(p, r.op), revision: 0 });
    // Undo is an operation like any other.
    applyOperationToDoc(a, invertOperation(r.op), 'local');
    expect(readProject(b).assignments[booth.id]).toBeUndefined();
  });

  it('reads the keys of an update before applying it, and refuses nested types', () => {
    const server = new Y.Doc();
    writeProject(server, show());
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const sv = Y.encodeStateVector(client);
    client.getMap('exhibitors').set('ex_new', { id: 'ex_new' });
    client.getMap('exhibitors').set('ex_new', { id: 'ex_new', v: 2 });
    const shape = keysOfUpdate(server, Y.encodeStateAsUpdate(client, sv));
    expect(shape).toMatchObject({ ok: true, keys: [{ root: 'exhibitors', key: 'ex_new', base: '' }] });

    const sv2 = Y.encodeStateVector(client);
    client.getMap('booths').set('nested', new Y.Map());
    expect(keysOfUpdate(server, Y.encodeStateAsUpdate(client, sv2))).toEqual({ ok: false, reason: 'foreign-type' });
    expect(keysOfUpdate(server, new Uint8Array([1, 2, 3, 250]))).toMatchObject({ ok: false });
  });

  it('the first write on a key wins on the server whatever order Yjs would give, and the loser is restored', () => {
    const p = show();
    const server = new Y.Doc();
    writeProject(server, p);
    const mirror = readProject(server);
    const [c1, c2] = [new Y.Doc(), new Y.Doc()];
    for (const c of [c1, c2]) Y.applyUpdate(c, Y.encodeStateAsUpdate(server));
    const booth = Object.values(p.booths).find((x) => x.status === 'available')!;
    const ex = Object.keys(p.exhibitors).sort();
    const updates: Uint8Array[] = [];
    [c1, c2].forEach((c, i) => {
      const sv = Y.encodeStateVector(c);
      const by = `P${i}`;
      const r = assignBooths(p, { exhibitorId: ex[i]!, boothIds: [booth.id] }, { by, at: '2027-01-01T00:00:00.000Z' });
      if (!r.ok) throw new Error('refused');
      applyOperationToDoc(c, r.op, 'local');
      updates.push(Y.encodeStateAsUpdate(c, sv));
    });
    const first = applyGuardedUpdate(server, updates[1]!, { name: 'P1', role: 'sales' }, mirror, 'c2');
    expect(first.refused).toEqual([]);
    const second = applyGuardedUpdate(server, updates[0]!, { name: 'P0', role: 'sales' }, mirror, 'c1');
    expect(second.refused.map((r) => r.reason)).toEqual(['stale', 'stale']);
    expect((server.getMap('assignments').get(booth.id) as { exhibitorId: string }).exhibitorId).toBe(ex[1]);
    expect(readProject(server).assignments[booth.id]!.by).toBe('P1');
    expect(checkIntegrity(readProject(server))).toEqual([]);
    // Both clients converge on the server's state.
    for (const c of [c1, c2]) Y.applyUpdate(c, Y.encodeStateAsUpdate(server));
    expect((c1.getMap('assignments').get(booth.id) as { exhibitorId: string }).exhibitorId).toBe(ex[1]);
  });

  it('guard: integrity issues on untouched records refuse the whole update', () => {
    const p = show();
    const hall = Object.values(p.halls)[0]!;
    const mirror = structuredClone(p);
    const refused = guardKeyChanges(mirror, { name: 'Zhou', role: 'planner' }, [{ root: 'halls', key: hall.id, before: hall, after: null }], false);
    expect(refused).toMatchObject([{ root: 'halls', key: hall.id, reason: 'integrity' }]);
    expect(mirror.halls[hall.id]).toEqual(hall);
  });
});
