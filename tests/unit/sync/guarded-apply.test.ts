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
