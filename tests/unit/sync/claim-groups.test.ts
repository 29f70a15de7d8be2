import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignBooths, moveExhibitor } from '../../../shared/assignment/commands';
import type { Booth } from '../../../shared/model/entities';
import { checkIntegrity, type Project } from '../../../shared/model/project';
import type { Operation } from '../../../shared/ops/operation';
import { generateShow } from '../../../shared/sample/generate';
import { applyOperationToDoc, readProject, writeProject } from '../../../shared/sync/doc-map';
import { applyGuardedUpdate } from '../../../shared/sync/guarded-apply';
import { attachShow } from '../../../electron/sync-server/documents';
import { todayUtc } from '../../../shared/sync/holds';

const author = { name: 'Wang Fang', role: 'admin' as const };
const ctx = () => ({ by: author.name, at: new Date().toISOString() });

/**
 * A server whose first free booth is held for exhibitor `holder` until next week, and a client
 * with a copy of it. `free` are the next free booths; `x` and `z` two other exhibitors.
 */
function serverAndClient() {
  const p = generateShow({ halls: 1, booths: 30, exhibitors: 10, seed: 7, assignedShare: 0 });
  const [holder, x, z] = Object.keys(p.exhibitors).sort() as [string, string, string];
  const [held, ...free] = Object.values(p.booths).filter((b) => b.status === 'available') as [Booth, ...Booth[]];
  const until = todayUtc(new Date(Date.now() + 7 * 86_400_000));
  p.booths[held.id] = { ...held, status: 'hold', claim: { exhibitorId: holder, until, note: '' } };
  const server = new Y.Doc();
  writeProject(server, p);
  const mirror = readProject(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, mirror, client, held: held.id, free: free.map((b) => b.id), holder, x, z };
}

/** Commands run on `view` (what the sender believes) and written to `client` as ONE update. */
function oneUpdate(client: Y.Doc, view: Project, build: (view: Project) => Operation[]): Uint8Array {
  const sv = Y.encodeStateVector(client);
  client.transact(() => {
    for (const op of build(view)) applyOperationToDoc(client, op, 'local');
  }, 'local');
  return Y.encodeStateAsUpdate(client, sv);
}

function ok(r: ReturnType<typeof assignBooths>): Operation {
  if (!r.ok) throw new Error(JSON.stringify(r.refusals));
  return r.op;
}

/** The client's view with `boothId` free (it did not see, or does not respect, the hold on it). */
function ignoringHold(client: Y.Doc, boothId: string): Project {
  const view = readProject(client);
  view.booths[boothId] = { ...view.booths[boothId]!, status: 'available', claim: null };
  return view;
}

const refusals = (res: ReturnType<typeof applyGuardedUpdate>) => res.refused.map((r) => [r.root, r.key, r.reason]).sort();

describe('multi-booth claims on the server: all or nothing per exhibitor', () => {
  it('a three-booth claim with one booth held for another exhibitor keeps none of it; another exhibitor’s claim, an exhibitor edit and a layout edit in the same update are kept', () => {
    const { server, mirror, client, held, free, holder, x, z } = serverAndClient();
    const [b2, b3, forZ, layout] = free as [string, string, string, string];
    const update = oneUpdate(client, ignoringHold(client, held), (view) => {
      const claim = ok(assignBooths(view, { exhibitorId: x, boothIds: [held, b2, b3] }, ctx()));
      const other = ok(assignBooths(view, { exhibitorId: z, boothIds: [forZ] }, ctx()));
      const ex = view.exhibitors[x]!;
      const booth = view.booths[layout]!;
      const edits: Operation = {
        id: 'edits',
        label: 'edit',
        changes: [
          { c: 'exhibitors', id: x, before: ex, after: { ...ex, notes: 'Wants a corner' } },
          { c: 'booths', id: layout, before: booth, after: { ...booth, notes: 'Column behind' } },
        ],
      } as Operation;
      return [claim, other, edits];
    });

    const res = applyGuardedUpdate(server, update, author, mirror, 'c');
    expect(refusals(res)).toEqual(
      [
        ['assignments', held, 'held'],
        ['booths', held, 'held'],
        ['assignments', b2, 'claim'],
        ['booths', b2, 'claim'],
        ['assignments', b3, 'claim'],
        ['booths', b3, 'claim'],
      ].sort(),
    );
    expect(res.refused.find((r) => r.key === b2 && r.root === 'assignments')!.detail).toBe(`${mirror.booths[held]!.number} of the same claim was not kept`);

    const now = readProject(server);
    for (const id of [held, b2, b3]) expect(now.assignments[id], id).toBeUndefined();
    expect(now.booths[held]).toMatchObject({ status: 'hold', claim: { exhibitorId: holder } });
    expect([now.booths[b2]!.status, now.booths[b3]!.status]).toEqual(['available', 'available']);
    // Judged on their own, as before.
    expect(now.assignments[forZ]?.exhibitorId).toBe(z);
    expect(now.exhibitors[x]!.notes).toBe('Wants a corner');
    expect(now.booths[layout]!.notes).toBe('Column behind');
    expect(checkIntegrity(now)).toEqual([]);
    expect(mirror).toEqual({ ...now, history: mirror.history });

    // The broadcast rolls the sender's copy back as a whole.
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
    expect(readProject(client)).toEqual(now);
  });

  it('two people race: one booth of a three-booth claim was taken first, so the other two are not kept; a claim for another exhibitor in the same update is', () => {
    const { server, mirror, client: a, free, x, z } = serverAndClient();
    const [b1, b2, b3, forZ] = free as [string, string, string, string];
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(server));
    // B takes b2 for z first.
    const first = oneUpdate(b, readProject(b), (view) => [ok(assignBooths(view, { exhibitorId: z, boothIds: [b2] }, ctx()))]);
    expect(applyGuardedUpdate(server, first, author, mirror, 'b').refused).toEqual([]);
    // A, not having seen it, asks for b1..b3 for x, and forZ for z.
    const second = oneUpdate(a, readProject(a), (view) => [
      ok(assignBooths(view, { exhibitorId: x, boothIds: [b1, b2, b3] }, ctx())),
      ok(assignBooths(view, { exhibitorId: z, boothIds: [forZ] }, ctx())),
    ]);
    const res = applyGuardedUpdate(server, second, author, mirror, 'a');
    expect(refusals(res)).toEqual(
      [
        ['assignments', b2, 'stale'],
        ['booths', b2, 'stale'],
        ['assignments', b1, 'claim'],
        ['booths', b1, 'claim'],
        ['assignments', b3, 'claim'],
        ['booths', b3, 'claim'],
      ].sort(),
    );
    const now = readProject(server);
    expect([b1, b2, b3, forZ].map((id) => now.assignments[id]?.exhibitorId ?? null)).toEqual([null, z, null, z]);
    expect(checkIntegrity(now)).toEqual([]);
  });

  it('a move whose target is held for someone else leaves the exhibitor on the booth they had', () => {
    const { server, mirror, client, held, free, x } = serverAndClient();
    const [from] = free as [string];
    const given = oneUpdate(client, readProject(client), (view) => [ok(assignBooths(view, { exhibitorId: x, boothIds: [from] }, ctx()))]);
    expect(applyGuardedUpdate(server, given, author, mirror, 'c').refused).toEqual([]);
    const move = oneUpdate(client, ignoringHold(client, held), (view) => [ok(moveExhibitor(view, { exhibitorId: x, from, to: held }, ctx()))]);
    const res = applyGuardedUpdate(server, move, author, mirror, 'c');
    expect(res.refused.filter((r) => r.key === from).map((r) => r.reason)).toEqual(['claim', 'claim']);
    const now = readProject(server);
    expect(now.assignments[from]?.exhibitorId).toBe(x);
    expect(now.assignments[held]).toBeUndefined();
    expect(checkIntegrity(now)).toEqual([]);
  });

  it('two people moving the same exhibitor from the same booth to two booths at once: one move wins, the other is refused whole', () => {
    const { server, client, free, x } = serverAndClient();
    // The server's state of the show, as it keeps it for every loaded show.
    const { mirror, takenFrom } = attachShow(server);
    const [from, toA, toB] = free as [string, string, string];
    const given = oneUpdate(client, readProject(client), (view) => [ok(assignBooths(view, { exhibitorId: x, boothIds: [from] }, ctx()))]);
    expect(applyGuardedUpdate(server, given, author, mirror, 'c').refused).toEqual([]);
    // A second person's copy, in step with the server; both move X from the same booth.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(server));
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const first = oneUpdate(client, readProject(client), (view) => [ok(moveExhibitor(view, { exhibitorId: x, from, to: toA }, ctx()))]);
    const second = oneUpdate(other, readProject(other), (view) => [ok(moveExhibitor(view, { exhibitorId: x, from, to: toB }, { by: 'Li Na', at: new Date().toISOString() }))]);
    expect(applyGuardedUpdate(server, first, author, mirror, 'a', new Set(), takenFrom).refused).toEqual([]);
    expect(takenFrom.get(from)).toBe(x);
    const res = applyGuardedUpdate(server, second, { name: 'Li Na', role: 'sales' }, mirror, 'b', new Set(), takenFrom);
    expect(res.accepted).toEqual([]);
    // The source's record is stale (the first move emptied it; its assignment is gone already,
    // so deleting it again changes nothing); the target falls with it.
    expect(res.refused.filter((r) => r.key === from).map((r) => [r.root, r.reason])).toEqual([['booths', 'stale']]);
    expect(res.refused.filter((r) => r.key === toB).map((r) => r.reason).sort()).toEqual(['claim', 'claim']);
    const now = readProject(server);
    expect(Object.values(now.assignments).filter((a) => a.exhibitorId === x).map((a) => a.boothId)).toEqual([toA]);
    expect(now.booths[toB]!.status).toBe('available');
    expect(checkIntegrity(now)).toEqual([]);
  });
});
