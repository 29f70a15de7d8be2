import type { Booth } from '../model/entities';
import { jsonEqual } from '../ops/operation';
import { HISTORY, META, type KeyChange } from './doc-keys';

/**
 * Who may change what on a shared show. admin: everything (and people and invites); planner:
 * the layout (halls, zones, booths' shape and numbering, facilities, drawings, settings),
 * blocking and unblocking booths; sales: exhibitors, holds, reservations and assignments;
 * viewer: nothing.
 */
export const ROLES = ['admin', 'planner', 'sales', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (v: unknown): v is Role => typeof v === 'string' && (ROLES as readonly string[]).includes(v);

/**
 * Why the server refused a key change; the client translates `sync.refused.<code>`. `claim`:
 * kept back because another booth of the same exhibitor's claim in the update was refused.
 */
export type RefusalReason = 'read-only' | 'role' | 'stale' | 'invalid' | 'integrity' | 'author' | 'history' | 'held' | 'claim';

export interface Author {
  name: string;
  role: Role;
}

const LAYOUT_STATUSES = new Set(['available', 'blocked']);

function withoutClaim(b: Booth): Omit<Booth, 'status' | 'claim'> {
  const { status: _s, claim: _c, ...rest } = b;
  return rest;
}

function boothRefusal(role: Role, before: Booth | null, after: Booth | null): RefusalReason | null {
  if (role === 'admin') return null;
  if (role === 'planner') {
    // Layout work may create, move, reshape and delete free booths and block them, never touch a sale.
    const bOk = before === null || (LAYOUT_STATUSES.has(before.status) && before.claim === null);
    const aOk = after === null || (LAYOUT_STATUSES.has(after.status) && after.claim === null);
    if (bOk && aOk) return null;
    if (before && after && jsonEqual(before.status, after.status) && jsonEqual(before.claim, after.claim)) return null;
    return 'role';
  }
  if (role === 'sales') {
    if (!before || !after) return 'role';
    if (!jsonEqual(withoutClaim(before), withoutClaim(after))) return 'role';
    if ((before.status === 'blocked') !== (after.status === 'blocked')) return 'role';
    return null;
  }
  return 'read-only';
}

/** Whether `author` may make this key change (null: allowed). Integrity is checked separately. */
export function roleRefusal(author: Author, ch: KeyChange, showIsEmpty: boolean): RefusalReason | null {
  const { role } = author;
  if (role === 'viewer') return 'read-only';
  // Only an admin puts a show on the server (Share…), history included; nobody else writes into an empty name.
  if (showIsEmpty) return role === 'admin' ? null : 'role';
  if (ch.root === HISTORY) return 'history';
  if (ch.root === META) {
    if (ch.key === 'settings' && (role === 'admin' || role === 'planner')) return null;
    return 'role';
  }
  switch (ch.root) {
    case 'halls':
    case 'zones':
    case 'facilities':
    case 'assets':
      return role === 'admin' || role === 'planner' ? null : 'role';
    case 'exhibitors':
      return role === 'admin' || role === 'sales' ? null : 'role';
    case 'assignments': {
      if (role !== 'admin' && role !== 'sales') return 'role';
      const a = ch.after as { by?: string } | null;
      // The record names who assigned: it must be the person the server authenticated.
      if (a && a.by !== author.name) return 'author';
      return null;
    }
    case 'booths':
      return boothRefusal(role, ch.before as Booth | null, ch.after as Booth | null);
    default:
      return 'role';
  }
}
