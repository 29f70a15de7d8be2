import { InviteReply, InvitesReply, PeopleReply, type InviteInfo, type PersonInfo } from '../../shared/sync/protocol';
import type { Role } from '../../shared/sync/roles';
import { httpOf, serverAccess, SharingError } from './sharing';

/**
 * An admin's calls about who has access to the server's shows: the list of people, a new
 * invite for a role, the invites not used yet and withdrawing one, taking a person's access
 * away. The server checks the role on each; a refusal comes back as `admin-only`, anything
 * else unexpected as `unreachable`.
 */
async function call(method: 'GET' | 'POST', path: string, body?: unknown): Promise<unknown> {
  const a = serverAccess();
  if (!a) throw new SharingError('unreachable');
  let res: Response;
  try {
    res = await fetch(`${httpOf(a.server)}${path}`, {
      method,
      headers: { authorization: `Bearer ${a.token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  } catch {
    throw new SharingError('unreachable');
  }
  if (res.status === 403 || res.status === 401) throw new SharingError('admin-only');
  if (res.status === 400 && (path.endsWith('/revoke') || path.endsWith('/role'))) throw new SharingError('self');
  // Used or withdrawn meanwhile (by its person, or another admin): gone either way; the list says which.
  if (res.status === 404 && path.endsWith('/withdraw')) return {};
  if (!res.ok) throw new SharingError('unreachable');
  return res.json();
}

export async function listPeople(): Promise<PersonInfo[]> {
  const parsed = PeopleReply.safeParse(await call('GET', '/api/people'));
  if (!parsed.success) throw new SharingError('unreachable');
  return parsed.data;
}

/** A one-use invite code for `role`, working for `days`, to hand to the person it is for; and when it expires. */
export async function makeInvite(role: Role, days: number): Promise<{ code: string; expires: string }> {
  const reply = InviteReply.safeParse(await call('POST', '/api/invites', { role, days }));
  if (!reply.success) throw new SharingError('unreachable');
  return { code: reply.data.invite, expires: reply.data.expires };
}

export async function revokeAccess(personId: string): Promise<void> {
  await call('POST', `/api/people/${encodeURIComponent(personId)}/revoke`);
}

/** Invites made and not used yet (their codes are not kept: each is named by an id). */
export async function listInvites(): Promise<InviteInfo[]> {
  const parsed = InvitesReply.safeParse(await call('GET', '/api/invites'));
  if (!parsed.success) throw new SharingError('unreachable');
  return parsed.data;
}

/** Withdraws an invite not used yet: its code no longer lets anyone join. */
export async function withdrawInvite(id: string): Promise<void> {
  await call('POST', `/api/invites/${encodeURIComponent(id)}/withdraw`);
}

/** The id the server lists an invite under (the start of its code's SHA-256), to match the code on screen. */
export async function inviteIdOf(code: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(code)));
  return `i_${[...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Gives a person another role; their copy reconnects with it at once. */
export async function changeRole(personId: string, role: Role): Promise<void> {
  await call('POST', `/api/people/${encodeURIComponent(personId)}/role`, { role });
}
