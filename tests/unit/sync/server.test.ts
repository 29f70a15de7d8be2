import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { assignBooths, moveExhibitor } from '../../../shared/assignment/commands';
import { generateShow } from '../../../shared/sample/generate';
import { checkIntegrity, type Project } from '../../../shared/model/project';
import { applyOperation } from '../../../shared/ops/operation';
import type { SyncConflict } from '../../../renderer/sync/session';
import { person, session, settled, startTestServer, until, type TestServer } from './helpers';
import { QuietWebSocket } from './quiet-ws';

const show = () => generateShow({ halls: 2, booths: 60, exhibitors: 40, seed: 7, assignedShare: 0.3 });
const freeBooth = (p: Project, skip: string[] = []) => Object.values(p.booths).find((b) => b.status === 'available' && !skip.includes(b.id))!;
const someExhibitor = (p: Project, i = 0) => Object.keys(p.exhibitors).sort()[i]!;

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function sharedShow(): Promise<{ t: TestServer; p: Project; name: string }> {
  const t = await startTestServer();
  cleanups.push(() => t.close());
  const p = show();
  const name = p.settings.id;
  const admin = session(t.server.url, name, t.adminToken);
  cleanups.push(() => admin.destroy());
  await admin.ready();
  admin.upload(p);
  await settled(admin);
  return { t, p, name };
}

/** A shared show with two sales people connected (Li Na as `a`, Tran Van as `b`); the changes the server refused either. */
async function twoSalesPeople() {
  const { t, p, name } = await sharedShow();
  const conflicts: SyncConflict[] = [];
  const a = session(t.server.url, name, await person(t, 'sales', 'Li Na'), { onRefused: (c) => conflicts.push(c) });
  const b = session(t.server.url, name, await person(t, 'sales', 'Tran Van'), { onRefused: (c) => conflicts.push(c) });
  cleanups.push(() => a.destroy(), () => b.destroy());
  await Promise.all([a.ready(), b.ready()]);
  return { t, p, name, a, b, conflicts };
}

describe('sync server', () => {
  it('shares a show: a second person receives it whole and sees an assignment made by the first', async () => {
    const { t, p, name } = await sharedShow();
    const a = session(t.server.url, name, await person(t, 'sales', 'Li Na'));
    const b = session(t.server.url, name, await person(t, 'sales', 'Tran Van'));
    cleanups.push(() => a.destroy(), () => b.destroy());
    await Promise.all([a.ready(), b.ready()]);
    expect(Object.keys(b.project().booths)).toHaveLength(Object.keys(p.booths).length);
    expect(b.me).toEqual({ name: 'Tran Van', role: 'sales' });

    const booth = freeBooth(a.project());
    const res = assignBooths(a.project(), { exhibitorId: someExhibitor(p), boothIds: [booth.id] }, { by: 'Li Na', at: new Date().toISOString() });
    if (!res.ok) throw new Error('assign refused');
    a.commit(res.op);
    await until(b, () => b.project().assignments[booth.id]?.exhibitorId === someExhibitor(p));
    expect(b.project().booths[booth.id]!.status).toBe('assigned');
    // The history names the person the server authenticated.
    await until(b, () => b.project().history.some((h) => h.boothId === booth.id && h.action === 'assign'));
    expect(b.project().history.find((h) => h.boothId === booth.id && h.action === 'assign')!.by).toBe('Li Na');
    expect(checkIntegrity(b.project())).toEqual([]);
  });

  it('a newcomer receives the show in one sync answer, and each change a client sends is applied once', async () => {
    const { t, p, name } = await sharedShow();
    let fullAnswers = 0;
    class Counting extends QuietWebSocket {
      constructor(...args: ConstructorParameters<typeof QuietWebSocket>) {
        super(...args);
        this.on('message', (data: Buffer | ArrayBuffer) => {
          const d = decoding.createDecoder(new Uint8Array(data));
          decoding.readVarString(d);
          if (decoding.readVarUint(d) === 0 && decoding.readVarUint(d) === 1 && decoding.readVarUint8Array(d).length > 1000) fullAnswers++;
        });
      }
    }
    const doc = t.server.hocuspocus.documents.get(name)!;
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    const a = session(t.server.url, name, await person(t, 'sales', 'Li Na'), { WebSocketPolyfill: Counting });
    cleanups.push(() => a.destroy());
    await a.ready();
    expect(Object.keys(a.project().booths)).toHaveLength(Object.keys(p.booths).length);

    const assign = async (i: number) => {
      const booth = freeBooth(a.project());
      const res = assignBooths(a.project(), { exhibitorId: someExhibitor(p, i), boothIds: [booth.id] }, { by: 'Li Na', at: new Date().toISOString() });
      if (!res.ok) throw new Error('assign refused');
      a.commit(res.op);
      // Acknowledged once the server has run everything this client sent before (its answer to the server's first step included).
      await settled(a);
      expect(doc.getMap('assignments').get(booth.id)).toMatchObject({ exhibitorId: someExhibitor(p, i) });
    };
    await assign(0);
    transactions = 0;
    await assign(1);
    expect(transactions).toBe(1);
    expect(fullAnswers).toBe(1);
  });

  it('two people take the same booth at once: exactly one wins, the other is told and keeps the intent', async () => {
    const { t, p, name, a, b, conflicts } = await twoSalesPeople();
    const booth = freeBooth(p);
    const at = new Date().toISOString();
    const ra = assignBooths(a.project(), { exhibitorId: someExhibitor(p, 0), boothIds: [booth.id] }, { by: 'Li Na', at });
    const rb = assignBooths(b.project(), { exhibitorId: someExhibitor(p, 1), boothIds: [booth.id] }, { by: 'Tran Van', at });
    if (!ra.ok || !rb.ok) throw new Error('assign refused locally');
    a.commit(ra.op);
    b.commit(rb.op);
    await Promise.all([settled(a), settled(b)]);
    await until(a, () => conflicts.length === 1);
    const winner = t.server.hocuspocus.documents.get(name)!.getMap('assignments').get(booth.id) as { exhibitorId: string; by: string };
    expect([someExhibitor(p, 0), someExhibitor(p, 1)]).toContain(winner.exhibitorId);
    // Both copies end where the server is; the loser's intent is in its conflicts list.
    await until(a, () => a.project().assignments[booth.id]?.exhibitorId === winner.exhibitorId);
    await until(b, () => b.project().assignments[booth.id]?.exhibitorId === winner.exhibitorId);
    const loser = winner.by === 'Li Na' ? b : a;
    expect(loser.conflicts).toHaveLength(1);
    expect(loser.conflicts[0]!.keys.find((k) => k.root === 'assignments')).toMatchObject({ reason: 'stale', key: booth.id });
    expect(loser.conflicts[0]!.op.label).toBe((winner.by === 'Li Na' ? rb : ra).op.label);
    expect(checkIntegrity(a.project())).toEqual([]);
  });

  it('two people move the same exhibitor from the same booth to two booths at once: one move is kept, the other refused whole', async () => {
    const { t, p, name, a, b, conflicts } = await twoSalesPeople();
    const x = someExhibitor(p, 3);
    const from = freeBooth(p);
    const given = assignBooths(a.project(), { exhibitorId: x, boothIds: [from.id] }, { by: 'Li Na', at: new Date().toISOString() });
    if (!given.ok) throw new Error('assign refused locally');
    a.commit(given.op);
    await settled(a);
    await until(b, () => b.project().assignments[from.id]?.exhibitorId === x);
    const before = { ...b.project().assignments };
    const toA = freeBooth(p, [from.id]);
    const toB = freeBooth(p, [from.id, toA.id]);
    const at = new Date().toISOString();
    const ma = moveExhibitor(a.project(), { exhibitorId: x, from: from.id, to: toA.id }, { by: 'Li Na', at });
    const mb = moveExhibitor(b.project(), { exhibitorId: x, from: from.id, to: toB.id }, { by: 'Tran Van', at });
    if (!ma.ok || !mb.ok) throw new Error('move refused locally');
    a.commit(ma.op);
    b.commit(mb.op);
    await Promise.all([settled(a), settled(b)]);
    await until(a, () => conflicts.length === 1);
    const booths = (q: Project) => Object.keys(q.assignments).filter((k) => q.assignments[k]!.exhibitorId === x).sort();
    const server = () => t.server.hocuspocus.documents.get(name)!.getMap('assignments').toJSON() as Project['assignments'];
    const now = booths({ assignments: server() } as Project);
    // The exhibitor left the source for exactly one of the two targets; the other person is told and keeps the intent.
    expect(now).not.toContain(from.id);
    const kept = now.filter((id) => id === toA.id || id === toB.id);
    expect(kept).toHaveLength(1);
    expect(now).toEqual(booths({ assignments: before } as Project).filter((id) => id !== from.id).concat(kept).sort());
    const loser = kept[0] === toA.id ? b : a;
    await until(loser, () => loser.conflicts.length === 1);
    expect(loser.conflicts[0]!.op.label).toBe((loser === b ? mb : ma).op.label);
    await until(a, () => booths(a.project()).join() === now.join());
    await until(b, () => booths(b.project()).join() === now.join());
    expect(checkIntegrity(b.project())).toEqual([]);
  });

  it('a viewer cannot edit: the change is refused, rolled back on the viewer and never reaches others', async () => {
    const { t, p, name } = await sharedShow();
    const conflicts: SyncConflict[] = [];
    const v = session(t.server.url, name, await person(t, 'viewer', 'Guest'), { onRefused: (c) => conflicts.push(c) });
    const s = session(t.server.url, name, await person(t, 'sales', 'Li Na'));
    cleanups.push(() => v.destroy(), () => s.destroy());
    await Promise.all([v.ready(), s.ready()]);
    const booth = freeBooth(p);
    const res = assignBooths(v.project(), { exhibitorId: someExhibitor(p), boothIds: [booth.id] }, { by: 'Guest', at: new Date().toISOString() });
    if (!res.ok) throw new Error('refused locally');
    v.commit(res.op);
    await until(v, () => conflicts.length === 1 && !v.project().assignments[booth.id]);
    expect(conflicts[0]!.keys.every((k) => k.reason === 'read-only')).toBe(true);
    expect(s.project().assignments[booth.id]).toBeUndefined();
    expect(t.server.hocuspocus.documents.get(name)!.getMap('assignments').get(booth.id)).toBeUndefined();
  });

  it('refuses by role and by integrity, restoring the record', async () => {
    const { t, p, name } = await sharedShow();
    const conflicts: SyncConflict[] = [];
    const planner = session(t.server.url, name, await person(t, 'planner', 'Planner Zhou'), { onRefused: (c) => conflicts.push(c) });
    const sales = session(t.server.url, name, await person(t, 'sales', 'Li Na'), { onRefused: (c) => conflicts.push(c) });
    cleanups.push(() => planner.destroy(), () => sales.destroy());
    await Promise.all([planner.ready(), sales.ready()]);
    // A planner may not sell.
    const booth = freeBooth(p);
    const res = assignBooths(planner.project(), { exhibitorId: someExhibitor(p), boothIds: [booth.id] }, { by: 'Planner Zhou', at: new Date().toISOString() });
    if (!res.ok) throw new Error('refused locally');
    planner.commit(res.op);
    await until(planner, () => conflicts.length === 1);
    expect(conflicts[0]!.keys.map((k) => k.reason)).toContain('role');
    // Sales writing an assignment to an exhibitor that does not exist breaks integrity.
    const booth2 = freeBooth(p, [booth.id]);
    const at = new Date().toISOString();
    sales.commit({
      id: 'op-bad',
      label: 'ops.assign',
      changes: [
        { c: 'assignments', id: booth2.id, before: null, after: { id: booth2.id, boothId: booth2.id, exhibitorId: 'ex_missing', at, by: 'Li Na' } },
        { c: 'booths', id: booth2.id, before: booth2, after: { ...booth2, status: 'assigned' } },
      ],
    });
    await until(sales, () => conflicts.length === 2 && !sales.project().assignments[booth2.id] && sales.project().booths[booth2.id]!.status === 'available');
    expect(conflicts[1]!.keys.map((k) => k.reason)).toContain('integrity');
    // Writing someone else's name into an assignment is refused.
    const r3 = assignBooths(sales.project(), { exhibitorId: someExhibitor(p), boothIds: [booth2.id] }, { by: 'Somebody Else', at });
    if (!r3.ok) throw new Error('refused locally');
    sales.commit(r3.op);
    await until(sales, () => conflicts.length === 3);
    expect(conflicts[2]!.keys.map((k) => k.reason)).toContain('author');
    expect(checkIntegrity(sales.project())).toEqual([]);
  });

  it('works offline and syncs when back; what conflicts is reported, nothing else is lost', async () => {
    const { t, p, name } = await sharedShow();
    const conflicts: SyncConflict[] = [];
    const a = session(t.server.url, name, await person(t, 'sales', 'Li Na'), { onRefused: (c) => conflicts.push(c) });
    const b = session(t.server.url, name, await person(t, 'sales', 'Tran Van'));
    cleanups.push(() => a.destroy(), () => b.destroy());
    await Promise.all([a.ready(), b.ready()]);
    a.goOffline();
    expect(a.status).toBe('offline');
    const [b1, b2] = [freeBooth(p), freeBooth(p, [freeBooth(p).id])];
    const at = new Date().toISOString();
    // Offline: A takes b1 and b2; meanwhile B takes b2 online.
    let doc = a.project();
    for (const id of [b1.id, b2.id]) {
      const r = assignBooths(doc, { exhibitorId: someExhibitor(p, 0), boothIds: [id] }, { by: 'Li Na', at });
      if (!r.ok) throw new Error('refused');
      doc = applyOperation(doc, r.op);
      a.commit(r.op);
    }
    const rb = assignBooths(b.project(), { exhibitorId: someExhibitor(p, 1), boothIds: [b2.id] }, { by: 'Tran Van', at });
    if (!rb.ok) throw new Error('refused');
    b.commit(rb.op);
    await settled(b);
    expect(a.unsynced).toBe(true);
    await a.goOnline();
    await until(a, () => a.project().assignments[b2.id]?.exhibitorId === someExhibitor(p, 1) && a.project().assignments[b1.id]?.exhibitorId === someExhibitor(p, 0));
    await until(b, () => b.project().assignments[b1.id]?.exhibitorId === someExhibitor(p, 0));
    await until(a, () => conflicts.length === 1);
    expect(conflicts[0]!.keys.some((k) => k.key === b2.id && k.reason === 'stale')).toBe(true);
    expect(checkIntegrity(a.project())).toEqual([]);
  });

  it('refuses wrong tokens and keeps the show across a restart', async () => {
    const { t, name } = await sharedShow();
    const bad = session(t.server.url, name, 'not-a-token');
    cleanups.push(() => bad.destroy());
    await expect(bad.ready()).rejects.toThrow();
    const sales = await person(t, 'sales', 'Li Na');
    const a = session(t.server.url, name, sales);
    await a.ready();
    const p0 = a.project();
    const booth = freeBooth(p0);
    const r = assignBooths(p0, { exhibitorId: someExhibitor(p0), boothIds: [booth.id] }, { by: 'Li Na', at: new Date().toISOString() });
    if (!r.ok) throw new Error('refused');
    a.commit(r.op);
    await settled(a);
    a.destroy();
    const dir = t.dir;
    await t.server.close();
    const t2 = await startTestServer({ dataDir: dir });
    cleanups.push(() => t2.server.close());
    const again = session(t2.server.url, name, sales);
    cleanups.push(() => again.destroy());
    await again.ready();
    expect(again.project().assignments[booth.id]?.by).toBe('Li Na');
    const res = await fetch(`${t2.http}/api/shows/${name}/export`, { headers: { authorization: `Bearer ${sales}` } });
    expect(res.status).toBe(200);
    const exported = (await res.json()) as Project;
    expect(exported.assignments[booth.id]?.exhibitorId).toBe(r.op.changes.find((c) => c.c === 'assignments')!.after && someExhibitor(p0));
  });
});
