import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignBooths } from '../../../shared/assignment/commands';
import type { Booth } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { generateShow } from '../../../shared/sample/generate';
import { applyOperationToDoc, readProject, writeProject } from '../../../shared/sync/doc-map';
import { applyGuardedUpdate } from '../../../shared/sync/guarded-apply';
import { todayUtc } from '../../../shared/sync/holds';

const day = (offset: number) => todayUtc(new Date(Date.now() + offset * 86_400_000));

/** A server holding a show whose first free booth is held for exhibitor `holder` until `until`. */
function serverWithHold(until: string | null) {
  const p = generateShow({ halls: 1, booths: 30, exhibitors: 10, seed: 5, assignedShare: 0 });
  const [holder, other] = Object.keys(p.exhibitors).sort() as [string, string];
  const booth = Object.values(p.booths).find((b) => b.status === 'available')!;
  p.booths[booth.id] = { ...booth, status: 'hold', claim: { exhibitorId: holder, until, note: '' } };
  const server = new Y.Doc();
  writeProject(server, p);
  const mirror = readProject(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, mirror, client, boothId: booth.id, holder, other };
}

/**
 * The update of a client that assigns the booth as if it were free (it did not see the hold, or
 * does not respect it): built on the server's current record, so first-write-wins lets it by.
 */
function assignAnyway(client: Y.Doc, boothId: string, exhibitorId: string): Uint8Array {
  const sv = Y.encodeStateVector(client);
  const view: Project = readProject(client);
  const b = view.booths[boothId] as Booth;
  view.booths[boothId] = { ...b, status: 'available', claim: null };
  const r = assignBooths(view, { exhibitorId, boothIds: [boothId] }, { by: 'Tran Van', at: new Date().toISOString() });
  if (!r.ok) throw new Error(JSON.stringify(r));
  // Written over the held record as the server has it (the op's `before` is the free booth).
  applyOperationToDoc(client, r.op, 'local');
  return Y.encodeStateAsUpdate(client, sv);
}

const author = { name: 'Tran Van', role: 'sales' as const };

describe('holds with expiry across people', () => {
  it('refuses assigning a booth held for another exhibitor until the hold expires, and restores it', () => {
    const { server, mirror, client, boothId, holder, other } = serverWithHold(day(3));
    const res = applyGuardedUpdate(server, assignAnyway(client, boothId, other), author, mirror, 'c');
    expect(res.refused.map((r) => [r.root, r.key, r.reason])).toEqual(
      expect.arrayContaining([
        ['booths', boothId, 'held'],
        ['assignments', boothId, 'held'],
      ]),
    );
    const now = readProject(server);
    expect(now.assignments[boothId]).toBeUndefined();
    expect(now.booths[boothId]).toMatchObject({ status: 'hold', claim: { exhibitorId: holder, until: day(3) } });
    expect(mirror.booths[boothId]!.status).toBe('hold');
  });

  it('a hold without expiry holds until released; a hold expiring today still holds', () => {
    for (const until of [null, day(0)]) {
      const { server, mirror, client, boothId, other } = serverWithHold(until);
      const res = applyGuardedUpdate(server, assignAnyway(client, boothId, other), author, mirror, 'c');
      expect(res.refused.some((r) => r.reason === 'held'), String(until)).toBe(true);
      expect(readProject(server).assignments[boothId], String(until)).toBeUndefined();
    }
  });

  it('lets the holder have the booth, and treats an expired hold as free', () => {
    const own = serverWithHold(day(3));
    const r1 = applyGuardedUpdate(own.server, assignAnyway(own.client, own.boothId, own.holder), author, own.mirror, 'c');
    expect(r1.refused).toEqual([]);
    expect(readProject(own.server).assignments[own.boothId]?.exhibitorId).toBe(own.holder);

    const expired = serverWithHold(day(-1));
    const r2 = applyGuardedUpdate(expired.server, assignAnyway(expired.client, expired.boothId, expired.other), author, expired.mirror, 'c');
    expect(r2.refused).toEqual([]);
    expect(readProject(expired.server).assignments[expired.boothId]?.exhibitorId).toBe(expired.other);
    expect(readProject(expired.server).booths[expired.boothId]!.status).toBe('assigned');
  });
});
