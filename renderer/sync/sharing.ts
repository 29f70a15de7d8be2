import { createStore } from 'zustand/vanilla';
import type { Assignment, Booth, Exhibitor } from '../../shared/model/entities';
import type { Change } from '../../shared/ops/operation';
import { causeOf, JoinReply } from '../../shared/sync/protocol';
import type { Role } from '../../shared/sync/roles';
import { api } from '../app/api/client';
import { setSharedUserName } from '../editor/assignment/user';
import { editor } from '../editor/instance';
import { sessionStore, type PeerSelection } from '../editor/session-store';
import type { Presence, SyncConflict, SyncSession, SyncStatus } from './session';

export interface SharingState {
  status: 'off' | SyncStatus;
  server: string | null;
  show: string | null;
  me: { name: string; role: Role } | null;
  people: Presence[];
  conflicts: SyncConflict[];
  /** The last refusal, as words for the user (shown once, then cleared). */
  notice: SharingNotice | null;
  /** The admin's People and invites dialog is open. */
  peopleDialog: boolean;
  /** The Share… / Join… / Share on this computer… dialog open now (none: null). */
  dialog: 'share' | 'join' | 'here' | null;
  /** This app's own server while it runs ("Share on this computer"). */
  hostedHere: { url: string; addresses: string[] } | null;
}

/** A refusal in words: `key` under `sync.refused.*` with its arguments. */
export interface SharingNotice {
  id: number;
  key: string;
  args: Record<string, string>;
}

export const sharingStore = createStore<SharingState>(() => ({
  status: 'off',
  server: null,
  show: null,
  me: null,
  people: [],
  conflicts: [],
  notice: null,
  peopleDialog: false,
  dialog: null,
  hostedHere: null,
}));

let session: SyncSession | null = null;
/** The server and this person's token while shared (the admin's HTTP calls use them). */
let access: { server: string; token: string } | null = null;
let unsubscribe: (() => void) | null = null;
let noticeId = 1;

/** `ws://host:port` (what the server prints) → the same server's HTTP address. */
export function httpOf(server: string): string {
  const u = new URL(server.trim());
  if (u.protocol !== 'ws:' && u.protocol !== 'wss:' && u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not-a-server-address');
  u.protocol = u.protocol === 'wss:' || u.protocol === 'https:' ? 'https:' : 'http:';
  return u.origin;
}

const wsOf = (server: string) => httpOf(server).replace(/^http/, 'ws');

export type JoinError =
  | 'address'
  | 'unreachable'
  | 'invite-invalid'
  | 'invite-expired'
  | 'not-admin'
  | 'no-show'
  | 'already-shared'
  | 'refused'
  | 'self'
  | 'admin-only'
  | 'port-in-use'
  | 'port-permission'
  | 'host-failed';

export class SharingError extends Error {
  constructor(readonly code: JoinError) {
    super(code);
  }
}

async function redeem(server: string, invite: string, name: string): Promise<JoinReply> {
  let http: string;
  try {
    http = httpOf(server);
  } catch {
    throw new SharingError('address');
  }
  let res: Response;
  try {
    res = await fetch(`${http}/api/join`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ invite: invite.trim(), name: name.trim() }) });
  } catch {
    throw new SharingError('unreachable');
  }
  if (res.status === 403 || res.status === 400) {
    // An expired invite is told apart: the person asks for a new one rather than retyping this one.
    const body = (await res.json().catch(() => null)) as { error?: unknown } | null;
    throw new SharingError(body?.error === 'invite-expired' ? 'invite-expired' : 'invite-invalid');
  }
  if (!res.ok) throw new SharingError('unreachable');
  const reply = JoinReply.safeParse(await res.json());
  if (!reply.success) throw new SharingError('unreachable');
  return reply.data;
}

/**
 * Words for refused keys, naming the booth and, when someone got there first, who and to whom;
 * when other booths of the same claim were undone with it, how many booths the change lost.
 */
function describeRefusal({ keys, op }: SyncConflict): SharingNotice {
  const doc = editor.store.getState().doc;
  const causes = keys.filter((k) => k.reason !== 'claim');
  const first = causes.find((k) => k.root === 'assignments') ?? causes.find((k) => k.root === 'booths') ?? causeOf(keys)!;
  // The booth as the window has it, else as the refused change wrote it: the refusal can reach
  // the window while its copy of the show is being brought up to date after a reconnect.
  const written = op.changes.find((ch): ch is Extract<Change, { c: 'booths' }> => ch.c === 'booths' && ch.id === first.key);
  const booth = (doc?.booths[first.key] as Booth | undefined) ?? written?.after ?? written?.before;
  const args: Record<string, string> = { booth: booth?.number ?? first.key, count: String(keys.length) };
  if (causes.length < keys.length) {
    const booths = new Set(keys.filter((k) => k.root === 'booths' || k.root === 'assignments').map((k) => k.key));
    return { id: noticeId++, key: 'sync.refused.wholeClaim', args: { ...args, count: String(booths.size), reason: first.reason } };
  }
  if (first.reason === 'stale' && first.root === 'assignments' && first.current) {
    const a = first.current as Assignment;
    const ex = doc?.exhibitors[a.exhibitorId] as Exhibitor | undefined;
    args.holderZh = ex?.name.zh || ex?.name.en || a.exhibitorId;
    args.holderEn = ex?.name.en || ex?.name.zh || a.exhibitorId;
    args.by = a.by;
    return { id: noticeId++, key: 'sync.refused.takenBy', args };
  }
  return { id: noticeId++, key: `sync.refused.${first.reason}`, args };
}

function attach(s: SyncSession, server: string, show: string, token: string): void {
  session = s;
  access = { server, token };
  sharingStore.setState({ status: s.status, server, show, me: s.me, people: s.presence(), conflicts: [...s.conflicts] });
  showPeersOnPlan(s.presence());
  // Local edits go to the server at once (the store's idle delay is for the disk).
  let lastSelection: string[] = [];
  const offDoc = editor.store.subscribe((st) => {
    if (st.handle === `shared:${show}` && st.queue.length > 0) void editor.flush();
  });
  const offSel = sessionStore.subscribe((st) => {
    if (st.selection === lastSelection) return;
    lastSelection = st.selection;
    const doc = editor.store.getState().doc;
    const hall = st.selection.length > 0 ? (doc?.booths[st.selection[0]!]?.hallId ?? null) : null;
    s.setPresence(hall, st.selection);
  });
  unsubscribe = () => {
    offDoc();
    offSel();
  };
}

/**
 * The live session's code (Yjs, Hocuspocus' client, the shared document's mapping) is loaded
 * when a show is first shared or joined, not with the window: most windows never share, and
 * the start of the app waits for every script it loads.
 */
async function sessionFor(server: string, show: string, token: string): Promise<SyncSession> {
  const { SyncSession } = await import('./session');
  return new SyncSession({
    url: wsOf(server),
    show,
    token,
    onRemote: (op, history) => editor.applyRemote(op, history),
    onRefused: (c) => sharingStore.setState((st) => ({ conflicts: [...st.conflicts, c], notice: describeRefusal(c) })),
    onStatus: (status) => sharingStore.setState({ status }),
    onPresence: (people) => {
      sharingStore.setState({ people });
      showPeersOnPlan(people);
    },
    onRoleChanged: (me) => {
      // What this copy may do follows at once: a viewer's copy is read-only, any other is not.
      editor.store.setState({ readOnly: me.role === 'viewer' });
      sharingStore.setState({ me, notice: { id: noticeId++, key: 'sync.roleChanged', args: { role: me.role } } });
    },
  });
}

/** Others' selections go to the plan (session state: never in the document, never undone). */
function showPeersOnPlan(people: Presence[]): void {
  const peers = people.filter((p) => p.selection.length > 0).map((p) => ({ key: p.clientId, name: p.name, color: p.color, boothIds: p.selection }));
  const cur = sessionStore.getState().peers;
  // Awareness also ticks for cursor-free heartbeats: an unchanged picture is not redrawn.
  if (peers.length === 0 && cur.length === 0) return;
  if (peers.length === cur.length && peers.every((p, i) => samePeer(p, cur[i]!))) return;
  sessionStore.setState({ peers });
}

function samePeer(a: PeerSelection, b: PeerSelection): boolean {
  return a.key === b.key && a.name === b.name && a.color === b.color && a.boothIds.length === b.boothIds.length && a.boothIds.every((id, i) => id === b.boothIds[i]);
}

/** Loads the shared show into the editor; edits then go through the session. */
function openInEditor(s: SyncSession, show: string): void {
  editor.setHost({
    commitOperations: async (req) => {
      if (!req.handle.startsWith('shared:')) return api().commitOperations(req);
      for (const op of req.ops) s.commit(op);
      return { ok: true, value: { revision: req.baseRevision + 1, savedAt: new Date().toISOString(), history: [] } };
    },
    stashUnsaved: async (req) => (req.handle.startsWith('shared:') ? { ok: true, value: { savedAt: new Date().toISOString() } } : api().stashUnsaved(req)),
  });
  setSharedUserName(s.me?.name ?? null);
  editor.load({ handle: `shared:${show}`, path: '', project: s.project(), readOnly: s.me?.role === 'viewer', migratedFrom: null });
  sharingStore.setState({ me: s.me });
}

/** Share…: puts the open show on a server (an admin invite), then works on it there. */
export async function shareCurrentShow(server: string, invite: string, name: string): Promise<void> {
  const doc = editor.store.getState().doc;
  if (!doc) throw new SharingError('no-show');
  if (!(await editor.flush())) throw new SharingError('refused');
  const reply = await redeem(server, invite, name);
  if (reply.role !== 'admin') throw new SharingError('not-admin');
  rememberToken(server, reply.token);
  await uploadAndOpen(server, reply.token);
}

/** Puts the window's show (as it stands now) on the server and switches the window to the shared copy. */
async function uploadAndOpen(server: string, token: string): Promise<void> {
  const doc = editor.store.getState().doc;
  if (!doc) throw new SharingError('no-show');
  const show = doc.settings.id;
  const s = await sessionFor(server, show, token);
  try {
    await s.ready();
    s.upload(doc);
    await s.flushed(60_000);
  } catch (e) {
    s.destroy();
    throw e instanceof SharingError ? e : new SharingError(String((e as Error).message).includes('already') ? 'already-shared' : 'unreachable');
  }
  const old = editor.store.getState().handle;
  attach(s, server, show, token);
  openInEditor(s, show);
  if (old && !old.startsWith('shared:')) void api().closeProject({ handle: old }).catch(() => undefined);
}

/**
 * Share on this computer: starts the app's own server (or reuses it) and puts the open show
 * on it as its admin. When this computer shares the show already (shared before, the app
 * restarted), the window opens the shared copy: it is the one the others have been changing.
 * Returns the addresses others join at.
 */
export async function shareOnThisComputer(port: number, name: string): Promise<{ port: number; addresses: string[]; reopened: boolean }> {
  const doc = editor.store.getState().doc;
  if (!doc) throw new SharingError('no-show');
  if (!(await editor.flush())) throw new SharingError('refused');
  const res = await api().startOfficeServer({ port });
  if (!res.ok) throw new SharingError(res.error.code === 'port-in-use' ? 'port-in-use' : res.error.code === 'permission' ? 'port-permission' : 'host-failed');
  const here = res.value;
  sharingStore.setState({ hostedHere: { url: here.url, addresses: here.addresses } });
  const reply = await redeem(here.url, here.invite, name);
  rememberToken(here.url, reply.token);
  let reopened = false;
  try {
    await uploadAndOpen(here.url, reply.token);
  } catch (e) {
    if (!(e instanceof SharingError && e.code === 'already-shared')) throw e;
    await openShared(here.url, reply.token, doc.settings.id);
    reopened = true;
  }
  return { port: here.port, addresses: here.addresses, reopened };
}

/** Join…: an invite for this server, then the show it holds (the first, or the one named). */
export async function joinShow(server: string, invite: string, name: string, showId?: string): Promise<void> {
  const reply = await redeem(server, invite, name);
  rememberToken(server, reply.token);
  await openShared(server, reply.token, showId);
}

export async function openShared(server: string, token: string, showId?: string): Promise<void> {
  let show = showId;
  if (!show) {
    const res = await fetch(`${httpOf(server)}/api/shows`, { headers: { authorization: `Bearer ${token}` } }).catch(() => null);
    if (!res?.ok) throw new SharingError('unreachable');
    const shows = (await res.json()) as { id: string }[];
    if (shows.length === 0) throw new SharingError('no-show');
    show = shows[0]!.id;
  }
  if (!(await editor.flush())) throw new SharingError('refused');
  leaveShared();
  const s = await sessionFor(server, show, token);
  try {
    await s.ready();
  } catch {
    s.destroy();
    throw new SharingError('unreachable');
  }
  const old = editor.store.getState().handle;
  attach(s, server, show, token);
  openInEditor(s, show);
  if (old && !old.startsWith('shared:')) void api().closeProject({ handle: old }).catch(() => undefined);
}

/** Stops sharing in this window: the editor lets the shared show go. */
export function leaveShared(): void {
  unsubscribe?.();
  unsubscribe = null;
  session?.destroy();
  session = null;
  access = null;
  if (editor.store.getState().handle?.startsWith('shared:')) editor.unload();
  editor.setHost(api());
  setSharedUserName(null);
  sharingStore.setState({ status: 'off', server: null, show: null, me: null, people: [], conflicts: [], peopleDialog: false, dialog: null });
  if (sessionStore.getState().peers.length > 0) sessionStore.setState({ peers: [] });
}

export function goOffline(): void {
  session?.goOffline();
}

export function goOnline(): void {
  void session?.goOnline();
}

export function dismissConflict(id: string): void {
  sharingStore.setState((s) => ({ conflicts: s.conflicts.filter((c) => c.id !== id) }));
}

/** A person's token is kept per server so a reload reconnects without a new invite. */
function rememberToken(server: string, token: string): void {
  try {
    window.localStorage.setItem(`pavilion.sync.${httpOf(server)}`, token);
  } catch {
    // storage unavailable: the invite is needed again next time
  }
}

/** The server and token of the shared show open now (the admin's calls), or null. */
export function serverAccess(): { server: string; token: string } | null {
  return access;
}
