import { z } from 'zod';
import { ROLES } from './roles';

/**
 * Messages the server sends a client beside the Yjs sync (Hocuspocus stateless messages, JSON).
 * `welcome`: who the server authenticated. `refused`: keys of the client's last update that
 * were not kept (already restored in the broadcast), each with why and what the key holds now.
 */
export const RefusedKey = z.object({
  root: z.string().max(32),
  key: z.string().max(200),
  reason: z.enum(['read-only', 'role', 'stale', 'invalid', 'integrity', 'author', 'history', 'held', 'claim']),
  detail: z.string().max(2000).optional(),
  current: z.unknown().optional(),
});
export type RefusedKey = z.infer<typeof RefusedKey>;

/** The key that made the server refuse, not one kept back only as part of the same claim. */
export const causeOf = (keys: readonly RefusedKey[]): RefusedKey | undefined => keys.find((k) => k.reason !== 'claim') ?? keys[0];

export const ServerMessage = z.discriminatedUnion('t', [
  z.object({ t: z.literal('welcome'), name: z.string().max(200), role: z.enum(ROLES) }),
  z.object({ t: z.literal('refused'), keys: z.array(RefusedKey).max(100_000) }),
]);
export type ServerMessage = z.infer<typeof ServerMessage>;

/** The HTTP side of the server (same port): joining with an invite, inviting, exporting. */
export const JoinRequest = z.object({ invite: z.string().min(8).max(200), name: z.string().trim().min(1).max(200) });
export const JoinReply = z.object({ token: z.string(), name: z.string(), role: z.enum(ROLES) });
export type JoinReply = z.infer<typeof JoinReply>;
/**
 * How long a new invite works, in days: a code handed over and forgotten must not stay a way in
 * for good. The People dialog offers the choices; the server takes any whole number up to the most.
 */
export const INVITE_DAYS = { default: 7, most: 30, choices: [1, 7, 30] } as const;
/** `POST /api/invites` (admin): a one-use invite for `role`, working for `days`. */
export const InviteRequest = z.object({ role: z.enum(ROLES), days: z.number().int().min(1).max(INVITE_DAYS.most).default(INVITE_DAYS.default) });
export const InviteReply = z.object({ invite: z.string(), expires: z.string().max(64) });
/** `POST /api/people/<id>/role`: the person's new role. */
export const RoleRequest = z.object({ role: z.enum(ROLES) });
/** `GET /api/people` (admin): who has access to the server's shows. */
export const PersonInfo = z.object({ id: z.string().max(64), name: z.string().max(200), role: z.enum(ROLES), since: z.string().max(64), you: z.boolean().optional() });
export type PersonInfo = z.infer<typeof PersonInfo>;
export const PeopleReply = z.array(PersonInfo).max(100_000);
/** An invite not used yet and not expired, as an admin sees it (`GET /api/invites`): never its code. */
export const InviteInfo = z.object({ id: z.string().max(64), role: z.enum(ROLES), since: z.string().max(64), expires: z.string().max(64) });
export type InviteInfo = z.infer<typeof InviteInfo>;
export const InvitesReply = z.array(InviteInfo).max(100_000);
/** An invite's id in `POST /api/invites/<id>/withdraw`: the start of its code's hash. */
export const INVITE_ID = /^i_[0-9a-f]{16}$/;
/** A person's id in `POST /api/people/<id>/revoke`. */
export const PERSON_ID = /^u_[A-Za-z0-9_-]{1,40}$/;

/** Document names on the server: a show's id. */
export const SHOW_NAME = /^[A-Za-z0-9_-]{1,64}$/;
