import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assignBooths } from '../../../shared/assignment/commands';
import { checkIntegrity, type Project } from '../../../shared/model/project';
import { generateShow } from '../../../shared/sample/generate';
import { applyOperationToDoc, readProject, writeProject } from '../../../shared/sync/doc-map';
import { applyGuardedUpdate } from '../../../shared/sync/guarded-apply';

const show = () => generateShow({ halls: 1, booths: 60, exhibitors: 30, seed: 4, assignedShare: 0 });

/** One assignment made on `client` (a copy of the server), as the update it sends. */
function assignOn(client: Y.Doc, p: Project, boothId: string, exhibitorId: string, by: string): Uint8Array {
  const sv = Y.encodeStateVector(client);
  const r = assignBooths(readProject(client), { exhibitorId, boothIds: [boothId] }, { by, at: '2027-01-01T00:00:00.000Z' });
  if (!r.ok) throw new Error(`${p.settings.id}: ${JSON.stringify(r)}`);
  applyOperationToDoc(client, r.op, 'local');
  return Y.encodeStateAsUpdate(client, sv);
}

describe('guarded apply: the server writes under one client id', () => {
  it('keeps its client id across accepted updates, so the state vector does not grow by one per update', () => {
    const p = show();
    const server = new Y.Doc();
    writeProject(server, p);
    const mirror = readProject(server);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const id = server.clientID;
    const ex = Object.keys(p.exhibitors).sort();
    const booths = Object.values(p.booths).filter((b) => b.status === 'available').slice(0, 30);
    for (const [i, b] of booths.entries()) {
      const sv = Y.encodeStateVector(server);
      const res = applyGuardedUpdate(server, assignOn(client, p, b.id, ex[i % ex.length]!, 'Li Na'), { name: 'Li Na', role: 'sales' }, mirror, 'c');
      expect(res.refused).toEqual([]);
      // The history entry the server wrote reaches the client as usual.
      Y.applyUpdate(client, Y.encodeStateAsUpdate(server, sv));
    }
    expect(server.clientID).toBe(id);
    // The show's writer, the client and the server: not one writer per update.
    expect(server.store.clients.size).toBe(2);
    expect(readProject(server).history.filter((h) => h.action === 'assign')).toHaveLength(30);
    expect(readProject(client)).toEqual(readProject(server));
    expect(checkIntegrity(readProject(server))).toEqual([]);
  });

  it('an update that carries the server’s own id makes the server write under a fresh one, as Yjs would', () => {
    const p = show();
    const server = new Y.Doc();
    writeProject(server, p);
    const mirror = readProject(server);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    // A client that (by chance or on purpose) writes under the server's id.
    client.clientID = server.clientID;
    const before = server.clientID;
    const b = Object.values(p.booths).find((x) => x.status === 'available')!;
    const res = applyGuardedUpdate(server, assignOn(client, p, b.id, Object.keys(p.exhibitors)[0]!, 'Li Na'), { name: 'Li Na', role: 'sales' }, mirror, 'c');
    expect(res.refused).toEqual([]);
    expect(server.clientID).not.toBe(before);
    // The history entry was written under the new id, next to the client's items, not over them.
    const history = readProject(server).history;
    expect(history.some((h) => h.boothId === b.id && h.action === 'assign' && h.by === 'Li Na')).toBe(true);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, Y.encodeStateAsUpdate(server));
    expect(readProject(copy)).toEqual(readProject(server));
  });
});

describe('guarded apply: records are plain JSON data', () => {
  it('refuses a record whose `__proto__` key became its prototype, and one holding undefined or bytes', () => {
    const p = show();
    const server = new Y.Doc();
    writeProject(server, p);
    const mirror = readProject(server);
    const booths = Object.values(p.booths);
    for (const [i, forge] of [
      // An own `id` left out and read through the prototype instead; one unknown field in its place.
      (b: Record<string, unknown>) => {
        const { id, ...rest } = b;
        const o = { ...rest, extra: 1 };
        Object.setPrototypeOf(o, { id });
        return o;
      },
      (b: Record<string, unknown>) => ({ ...b, label: undefined }),
      (b: Record<string, unknown>) => ({ ...b, label: new Uint8Array([1, 2]) }),
    ].entries()) {
      const booth = booths[i]!;
      const client = new Y.Doc();
      Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
      const sv = Y.encodeStateVector(client);
      // Written as a lying client would write it: Yjs encodes what it is given (own keys only).
      client.getMap('booths').set(booth.id, forge({ ...booth, notes: 'moved' }));
      let update = Y.encodeStateAsUpdate(client, sv);
      if (i === 0) {
        // The prototype itself travels as a `__proto__` key, which lib0 turns back into a prototype.
        const doc = new Y.Doc();
        Y.applyUpdate(doc, Y.encodeStateAsUpdate(server));
        const sv0 = Y.encodeStateVector(doc);
        const { id, ...rest } = booth;
        doc.getMap('booths').set(booth.id, JSON.parse(JSON.stringify({ ...rest, notes: 'moved', extra: 1 }).replace(/^\{/, `{"__proto__":{"id":${JSON.stringify(id)}},`)));
        update = Y.encodeStateAsUpdate(doc, sv0);
      }
      const res = applyGuardedUpdate(server, update, { name: 'Wang Fang', role: 'planner' }, mirror, 'c');
      expect(res.accepted).toEqual([]);
      expect(res.refused).toHaveLength(1);
      expect(res.refused[0]).toMatchObject({ root: 'booths', key: booth.id, reason: 'invalid' });
      expect(res.refused[0]!.detail).toMatch(/not plain JSON data/);
      expect(readProject(server).booths[booth.id]).toEqual(booth);
    }
    expect(checkIntegrity(readProject(server))).toEqual([]);
  });
});
