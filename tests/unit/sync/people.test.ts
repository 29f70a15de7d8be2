import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncStore } from '../../../electron/sync-server/store';
import { assignBooths } from '../../../shared/assignment/commands';
import { generateShow } from '../../../shared/sample/generate';
import type { Project } from '../../../shared/model/project';
import { InviteReply, InvitesReply, PeopleReply } from '../../../shared/sync/protocol';
import { inviteIdOf } from '../../../renderer/sync/people-admin';
import type { SyncSession } from '../../../renderer/sync/session';
import { person, session, settled, startTestServer, until, type TestServer } from './helpers';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function sharedShow(): Promise<{ t: TestServer; name: string }> {
  const t = await startTestServer();
  cleanups.push(() => t.close());
  const p = generateShow({ halls: 1, booths: 20, exhibitors: 10, seed: 3, assignedShare: 0 });
  const admin = session(t.server.url, p.settings.id, t.adminToken);
  cleanups.push(() => admin.destroy());
  await admin.ready();
  admin.upload(p);
  await settled(admin);
  return { t, name: p.settings.id };
}

/** Li Na (sales) on a shared show, connected. */
async function liNaOnShow(extra: Parameters<typeof session>[3] = {}) {
  const { t, name } = await sharedShow();
  const token = await person(t, 'sales', 'Li Na');
  const a = session(t.server.url, name, token, extra);
  cleanups.push(() => a.destroy());
  await a.ready();
  const id = (await people(t)).find((p) => p.name === 'Li Na')!.id;
  return { t, name, token, a, id };
}

/** Li Na's copy assigns a free booth (valid locally) and sends it; the booth's id. */
function assignSomething(a: SyncSession): { id: string } {
  const p0: Project = a.project();
  const booth = Object.values(p0.booths).find((b) => b.status === 'available')!;
  const r = assignBooths(p0, { exhibitorId: Object.keys(p0.exhibitors)[0]!, boothIds: [booth.id] }, { by: 'Li Na', at: new Date().toISOString() });
  if (!r.ok) throw new Error('refused locally');
  a.commit(r.op);
  return { id: booth.id };
}

const call = (t: TestServer, token: string, method: 'GET' | 'POST', path: string, body?: unknown) =>
  fetch(`${t.http}${path}`, { method, headers: { authorization: `Bearer ${token}` }, ...(body ? { body: JSON.stringify(body) } : {}) });

async function people(t: TestServer) {
  const res = await call(t, t.adminToken, 'GET', '/api/people');
  expect(res.status).toBe(200);
  return PeopleReply.parse(await res.json());
}

describe('people and invites', () => {
  it('an admin lists the invites not used yet and withdraws one: its code no longer joins; a used one leaves the list; nobody else may list or withdraw', async () => {
    const t = await startTestServer();
    cleanups.push(() => t.close());
    const make = async (role: string) => ((await (await call(t, t.adminToken, 'POST', '/api/invites', { role })).json()) as { invite: string }).invite;
    const list = async (token = t.adminToken) => {
      const res = await call(t, token, 'GET', '/api/invites');
      expect(res.status).toBe(200);
      return InvitesReply.parse(await res.json());
    };
    const joinWith = (invite: string, name: string) => fetch(`${t.http}/api/join`, { method: 'POST', body: JSON.stringify({ invite, name }) });
    // The admin's own first invite was used when they joined: not listed.
    expect(await list()).toEqual([]);
    const forSales = await make('sales');
    const forViewer = await make('viewer');
    const invites = await list();
    expect(invites.map((i) => [i.id, i.role])).toEqual([
      [await inviteIdOf(forSales), 'sales'],
      [await inviteIdOf(forViewer), 'viewer'],
    ]);
    // The list never carries a code that joins.
    expect(JSON.stringify(invites)).not.toContain(forSales);

    const planner = await person(t, 'planner', 'Tran Van');
    expect((await call(t, planner, 'GET', '/api/invites')).status).toBe(403);
    expect((await call(t, planner, 'POST', `/api/invites/${invites[0]!.id}/withdraw`)).status).toBe(403);
    expect((await call(t, t.adminToken, 'POST', '/api/invites/not-an-id/withdraw')).status).toBe(400);

    expect((await call(t, t.adminToken, 'POST', `/api/invites/${invites[0]!.id}/withdraw`)).status).toBe(200);
    expect((await joinWith(forSales, 'Li Na')).status).toBe(403);
    expect((await call(t, t.adminToken, 'POST', `/api/invites/${invites[0]!.id}/withdraw`)).status).toBe(404);
    expect((await list()).map((i) => i.role)).toEqual(['viewer']);

    // A used invite leaves the list, and cannot be withdrawn (the person is removed instead).
    expect((await joinWith(forViewer, 'Guest')).status).toBe(200);
    expect(await list()).toEqual([]);
    expect((await call(t, t.adminToken, 'POST', `/api/invites/${invites[1]!.id}/withdraw`)).status).toBe(404);
    expect((await people(t)).map((p) => p.name)).toEqual(['Admin Wang', 'Tran Van', 'Guest']);
  });

  it('an invite expires after the days chosen (7 unless said): refused as invite-expired and no longer listed; one still in time joins', async () => {
    const DAY = 86_400_000;
    let ahead = 0;
    const t = await startTestServer({ now: () => new Date(Date.now() + ahead) });
    cleanups.push(() => t.close());
    const make = (body: unknown) => call(t, t.adminToken, 'POST', '/api/invites', body);
    const list = async () => InvitesReply.parse(await (await call(t, t.adminToken, 'GET', '/api/invites')).json());
    const joinWith = (invite: string, name: string) => fetch(`${t.http}/api/join`, { method: 'POST', body: JSON.stringify({ invite, name }) });

    const oneDay = InviteReply.parse(await (await make({ role: 'sales', days: 1 })).json());
    const byDefault = InviteReply.parse(await (await make({ role: 'viewer' })).json());
    expect(Date.parse(oneDay.expires) - Date.now()).toBeGreaterThan(DAY - 60_000);
    expect(Date.parse(oneDay.expires) - Date.now()).toBeLessThanOrEqual(DAY);
    expect(Date.parse(byDefault.expires) - Date.parse(oneDay.expires)).toBeGreaterThan(6 * DAY - 60_000);
    expect((await list()).map((i) => [i.id, i.role, i.expires])).toEqual([
      [await inviteIdOf(oneDay.invite), 'sales', oneDay.expires],
      [await inviteIdOf(byDefault.invite), 'viewer', byDefault.expires],
    ]);
    for (const days of [0, 31, 1.5, '7', null]) expect((await make({ role: 'sales', days })).status, String(days)).toBe(400);

    // Two days on: the one-day invite is refused with its own reason and leaves the list.
    ahead = 2 * DAY;
    const late = await joinWith(oneDay.invite, 'Li Na');
    expect([late.status, await late.json()]).toEqual([403, { error: 'invite-expired' }]);
    expect((await list()).map((i) => i.role)).toEqual(['viewer']);
    // Unknown stays unknown (not "expired"), and the seven-day one still joins.
    expect(await (await joinWith('not-a-code-at-all', 'X')).json()).toEqual({ error: 'invite-invalid' });
    expect((await joinWith(byDefault.invite, 'Guest')).status).toBe(200);
    expect((await people(t)).map((p) => p.name)).toEqual(['Admin Wang', 'Guest']);
  });

  it('invites stored before invites expired get their made time + 7 days when the store opens', () => {
    const dir = mkdtempSync(joinPath(tmpdir(), 'pavilion-invites-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const hash = (code: string) => createHash('sha256').update(code).digest('hex');
    const ago = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    // The invites table as servers before this change wrote it.
    const old = new Database(joinPath(dir, 'pavilion-server.sqlite'));
    old.exec('CREATE TABLE invites (code_hash TEXT PRIMARY KEY, role TEXT NOT NULL, created_at TEXT NOT NULL, used_by TEXT)');
    const add = old.prepare('INSERT INTO invites (code_hash, role, created_at) VALUES (?, ?, ?)');
    add.run(hash('made-ten-days-ago'), 'sales', ago(10));
    add.run(hash('made-yesterday-x'), 'planner', ago(1));
    old.close();

    const store = new SyncStore(dir);
    // The one made ten days ago has expired: not listed as waiting.
    const listed = store.unusedInvites();
    expect(listed.map((i) => [i.id, i.role])).toEqual([[`i_${hash('made-yesterday-x').slice(0, 16)}`, 'planner']]);
    expect(Date.parse(listed[0]!.expires) - Date.parse(listed[0]!.since)).toBe(7 * 86_400_000);
    expect(store.redeemInvite('made-ten-days-ago', 'Late')).toEqual({ ok: false, error: 'invite-expired' });
    expect(store.redeemInvite('made-yesterday-x', 'In Time')).toMatchObject({ ok: true, person: { name: 'In Time', role: 'planner' } });
    // Opening again does not add the column twice.
    store.close();
    const again = new SyncStore(dir);
    cleanups.push(() => again.close());
    expect(again.redeemInvite('made-ten-days-ago', 'Late')).toEqual({ ok: false, error: 'invite-expired' });
  });

  it('an admin sees who has access with their role; nobody else may list, invite or revoke', async () => {
    const { t } = await sharedShow();
    const sales = await person(t, 'sales', 'Li Na');
    const planner = await person(t, 'planner', 'Tran Van');
    expect((await people(t)).map((p) => [p.name, p.role])).toEqual([
      ['Admin Wang', 'admin'],
      ['Li Na', 'sales'],
      ['Tran Van', 'planner'],
    ]);
    const liNa = (await people(t)).find((p) => p.name === 'Li Na')!;
    for (const token of [sales, planner]) {
      expect((await call(t, token, 'GET', '/api/people')).status).toBe(403);
      expect((await call(t, token, 'POST', '/api/invites', { role: 'viewer' })).status).toBe(403);
      expect((await call(t, token, 'POST', `/api/people/${liNa.id}/revoke`)).status).toBe(403);
    }
    expect((await call(t, 'not-a-token', 'GET', '/api/people')).status).toBe(401);
    // Still there: nothing was revoked by the refused calls.
    expect((await people(t)).map((p) => p.name)).toContain('Li Na');
  });

  it('revoking a person closes their copy and their token: a change they make afterwards never reaches the show', async () => {
    const { t, name, token, a, id } = await liNaOnShow();

    const res = await call(t, t.adminToken, 'POST', `/api/people/${id}/revoke`);
    expect(res.status).toBe(200);
    expect((await people(t)).map((p) => p.name)).toEqual(['Admin Wang']);
    expect((await call(t, token, 'GET', '/api/me')).status).toBe(401);
    await until(a, () => a.status === 'revoked');

    // A change made after the revocation is not kept, whatever the copy does.
    const booth = assignSomething(a);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const saved = (await (await call(t, t.adminToken, 'GET', `/api/shows/${name}/export`)).json()) as Project;
    expect(saved.assignments[booth.id]).toBeUndefined();
    // And the token opens nothing any more.
    const again = session(t.server.url, name, token);
    cleanups.push(() => again.destroy());
    await expect(again.ready()).rejects.toThrow();
  });

  it('revoked on another instance sharing the data folder: the next update is refused and closes the copy', async () => {
    const { t, name, a, id } = await liNaOnShow();
    // The shared store loses the person; this instance's connection is still open.
    expect(t.server.store.revokePerson(id)).toBe(true);
    expect(a.status).toBe('connected');
    const booth = assignSomething(a);
    await until(a, () => a.status === 'revoked');
    const saved = (await (await call(t, t.adminToken, 'GET', `/api/shows/${name}/export`)).json()) as Project;
    expect(saved.assignments[booth.id]).toBeUndefined();
  });

  it("an admin changes a person's role: their copy is admitted again with it at once; a viewer's change is then refused", async () => {
    const roles: string[] = [];
    const { t, name, token, a, id } = await liNaOnShow({ onRoleChanged: (me) => roles.push(me.role) });
    expect(a.me?.role).toBe('sales');

    // Nobody but an admin, not oneself, only a known person and a real role.
    expect((await call(t, token, 'POST', `/api/people/${id}/role`, { role: 'admin' })).status).toBe(403);
    const me = (await people(t)).find((p) => p.you)!;
    expect((await call(t, t.adminToken, 'POST', `/api/people/${me.id}/role`, { role: 'viewer' })).status).toBe(400);
    expect((await call(t, t.adminToken, 'POST', '/api/people/u_nobody/role', { role: 'viewer' })).status).toBe(404);
    expect((await call(t, t.adminToken, 'POST', `/api/people/${id}/role`, { role: 'owner' })).status).toBe(400);
    expect(a.me?.role).toBe('sales');

    expect((await call(t, t.adminToken, 'POST', `/api/people/${id}/role`, { role: 'viewer' })).status).toBe(200);
    expect((await people(t)).find((p) => p.id === id)!.role).toBe('viewer');
    await until(a, () => a.me?.role === 'viewer' && a.status === 'connected');
    expect(roles).toEqual(['viewer']);
    expect(((await (await call(t, token, 'GET', '/api/me')).json()) as { role: string }).role).toBe('viewer');

    // The copy goes on (not revoked), but a change it sends now is refused as a viewer's.
    const booth = assignSomething(a);
    await until(a, () => a.conflicts.length > 0);
    const saved = (await (await call(t, t.adminToken, 'GET', `/api/shows/${name}/export`)).json()) as Project;
    expect(saved.assignments[booth.id]).toBeUndefined();
  });

  it('a role changed on another instance sharing the data folder: the next update closes the copy, which is admitted again with the new role', async () => {
    const { t, name, a, id } = await liNaOnShow();
    // The shared store has the new role; this instance's connection was admitted with the old one.
    expect(t.server.store.setRole(id, 'viewer')).toBe(true);
    const booth = assignSomething(a);
    await until(a, () => a.me?.role === 'viewer');
    await until(a, () => a.conflicts.length > 0);
    const saved = (await (await call(t, t.adminToken, 'GET', `/api/shows/${name}/export`)).json()) as Project;
    expect(saved.assignments[booth.id]).toBeUndefined();
  });

  it('an admin cannot revoke themselves; an unknown person is reported', async () => {
    const { t } = await sharedShow();
    const me = (await people(t))[0]!;
    expect((await call(t, t.adminToken, 'POST', `/api/people/${me.id}/revoke`)).status).toBe(400);
    expect((await call(t, t.adminToken, 'POST', '/api/people/u_nobody/revoke')).status).toBe(404);
    expect((await call(t, t.adminToken, 'POST', '/api/people/..%2Fx/revoke')).status).toBe(400);
    expect((await people(t)).map((p) => p.name)).toEqual(['Admin Wang']);
  });
});
