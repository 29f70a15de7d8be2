import { PeopleReply, type PersonInfo } from '../../shared/sync/protocol';
import type { Role } from '../../shared/sync/roles';
import { httpOf, serverAccess, SharingError } from './sharing';

/**
 * An admin's calls about who has access to the server's shows: the list of people, a new
 * invite for a role, taking a person's access away. The server checks the role on each; a
 * refusal comes back as `admin-only`, anything else unexpected as `unreachable`.
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
  if (res.status === 400 && path.endsWith('/revoke')) throw new SharingError('self');
  if (!res.ok) throw new SharingError('unreachable');
  return res.json();
}

export async function listPeople(): Promise<PersonInfo[]> {
  const parsed = PeopleReply.safeParse(await call('GET', '/api/people'));
  if (!parsed.success) throw new SharingError('unreachable');
  return parsed.data;
}

/** A one-use invite code for `role`, to hand to the person it is for. */
export async function makeInvite(role: Role): Promise<string> {
  const reply = (await call('POST', '/api/invites', { role })) as { invite?: unknown };
  if (typeof reply.invite !== 'string') throw new SharingError('unreachable');
  return reply.invite;
}

export async function revokeAccess(personId: string): Promise<void> {
  await call('POST', `/api/people/${encodeURIComponent(personId)}/revoke`);
}
