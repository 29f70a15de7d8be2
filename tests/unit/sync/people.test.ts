import { afterEach, describe, expect, it } from 'vitest';
import { assignBooths } from '../../../shared/assignment/commands';
import { generateShow } from '../../../shared/sample/generate';
import type { Project } from '../../../shared/model/project';
import { InvitesReply, PeopleReply } from '../../../shared/sync/protocol';
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
