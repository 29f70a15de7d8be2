import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { HistoryEntry } from '../../shared/model/entities';
import type { Project } from '../../shared/model/project';
import type { Operation } from '../../shared/ops/operation';
import {
  applyOperationToDoc,
  ensureRoots,
  historyOfKeyChanges,
  isEmptyShow,
  keyChangesOfTransaction,
  operationOfKeyChanges,
  readProject,
  writeProject,
} from '../../shared/sync/doc-map';
import { ServerMessage, type RefusedKey } from '../../shared/sync/protocol';
import type { Role } from '../../shared/sync/roles';

/** `revoked`: an admin took this person's access away; the copy no longer connects. */
export type SyncStatus = 'connecting' | 'connected' | 'offline' | 'revoked';

/** A local change the server did not keep: kept here to resolve, never silently dropped. */
export interface SyncConflict {
  id: string;
  /** The operation as it was made (its intent). */
  op: Operation;
  keys: RefusedKey[];
  at: string;
}

export interface SyncSessionOptions {
  url: string;
  show: string;
  token: string;
  /** Node has no WebSocket before 22; tests pass `ws`. */
  WebSocketPolyfill?: unknown;
  /** Changes that reached this copy from elsewhere (other people, the server's restorations). */
  onRemote?: (op: Operation, history: HistoryEntry[]) => void;
  onRefused?: (conflict: SyncConflict) => void;
  onStatus?: (status: SyncStatus) => void;
  onPresence?: (people: Presence[]) => void;
  /** The server admitted this person again with another role (an admin changed it). */
  onRoleChanged?: (me: { name: string; role: Role }) => void;
}

export interface Presence {
  clientId: number;
  name: string;
  role: Role | null;
  color: string;
  hallId: string | null;
  selection: string[];
}

/** Colours for other people's outlines (none of them the plan's own selection blue). */
const PRESENCE_COLOURS = ['#e8590c', '#2f9e44', '#c2255c', '#6741d9', '#0c8599', '#f08c00', '#5c940d', '#862e9c'];

/**
 * A person's colour, from their name: the same on every copy and after they reconnect (their
 * presence id is new on each connection, so it cannot pick the colour).
 */
export function presenceColour(name: string): string {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619);
  return PRESENCE_COLOURS[(h >>> 0) % PRESENCE_COLOURS.length]!;
}

const LOCAL = Symbol('pavilion-local');

/**
 * One show shared through a Pavilion server. Local operations become one Y transaction each;
 * whatever else reaches the document (another person, the server restoring a refused change)
 * comes back through `onRemote` as an operation the editor applies and redraws incrementally.
 * While offline the document keeps local changes and the provider sends them on reconnect;
 * the server decides, and whatever it refuses arrives as a conflict with the original intent.
 */
export class SyncSession {
  readonly doc = new Y.Doc();
  readonly provider: HocuspocusProvider;
  private readonly socket: HocuspocusProviderWebsocket;
  me: { name: string; role: Role } | null = null;
  status: SyncStatus = 'connecting';
  readonly conflicts: SyncConflict[] = [];
  /** Recent local operations by the keys they wrote, to name the intent of a refusal. */
  private readonly recent: Operation[] = [];
  private syncedOnce: Promise<void>;
  private welcomed: Promise<void>;
  private remoteSeq = 0;

  constructor(private readonly opts: SyncSessionOptions) {
    ensureRoots(this.doc);
    this.socket = new HocuspocusProviderWebsocket({
      url: opts.url,
      WebSocketPolyfill: opts.WebSocketPolyfill,
      delay: 250,
      minDelay: 250,
      maxDelay: 3000,
    } as ConstructorParameters<typeof HocuspocusProviderWebsocket>[0]);
    let resolveSynced!: () => void;
    let rejectSynced!: (e: Error) => void;
    this.syncedOnce = new Promise((resolve, reject) => {
      resolveSynced = resolve;
      rejectSynced = reject;
    });
    let resolveWelcome!: () => void;
    this.welcomed = new Promise((resolve) => (resolveWelcome = resolve));
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: opts.show,
      token: opts.token,
      document: this.doc,
      onSynced: () => resolveSynced(),
      onAuthenticationFailed: ({ reason }) => rejectSynced(new Error(reason || 'unauthorized')),
      onStateless: ({ payload }) => {
        const msg = ServerMessage.safeParse(safeJson(payload));
        if (!msg.success) return;
        if (msg.data.t === 'welcome') {
          const before = this.me;
          this.me = { name: msg.data.name, role: msg.data.role };
          if (before && before.role !== this.me.role) this.opts.onRoleChanged?.(this.me);
          this.provider.setAwarenessField('user', { name: msg.data.name, role: msg.data.role });
          resolveWelcome();
        } else this.refused(msg.data.keys);
      },
      onStatus: ({ status }) => {
        if (this.status !== 'revoked') this.setStatus(status === 'connected' ? 'connected' : status === 'connecting' ? 'connecting' : 'offline');
      },
      onClose: ({ event }) => {
        if (event.reason === 'role-changed') {
          // Admitted with the old role: connect again, to be admitted with the new one (the
          // server closed this show's channel only; the socket itself stays open until dropped).
          this.goOffline();
          void this.goOnline();
          return;
        }
        if (event.reason !== 'revoked') return;
        // Reconnecting would only be refused: stop, and say so.
        this.socket.shouldConnect = false;
        this.socket.disconnect();
        this.setStatus('revoked');
      },
      onAwarenessChange: () => this.opts.onPresence?.(this.presence()),
    });
    this.provider.attach();
    this.doc.on('afterTransaction', (tr: Y.Transaction) => {
      if (tr.origin === LOCAL) return;
      const changes = keyChangesOfTransaction(tr);
      if (changes.length === 0) return;
      this.opts.onRemote?.(operationOfKeyChanges(changes, `remote-${++this.remoteSeq}`), historyOfKeyChanges(changes));
    });
  }

  private setStatus(s: SyncStatus) {
    if (s === this.status) return;
    this.status = s;
    this.opts.onStatus?.(s);
  }

  /** Resolves once the first sync with the server is done and the server said who we are. */
  async ready(): Promise<void> {
    await this.syncedOnce;
    await this.welcomed;
  }

  /** Puts a show on the server (Share…): only into an empty name, in one transaction. */
  upload(p: Project): void {
    if (!isEmptyShow(this.doc)) throw new Error('the server already holds a show under this name');
    writeProject(this.doc, p, LOCAL);
  }

  project(): Project {
    return readProject(this.doc);
  }

  /** Sends one local operation (already applied to the local store) as one Y transaction. */
  commit(op: Operation): void {
    applyOperationToDoc(this.doc, op, LOCAL);
    this.recent.push(op);
    if (this.recent.length > 500) this.recent.splice(0, this.recent.length - 500);
  }

  /** Resolves when the server has acknowledged every change sent so far. */
  flushed(timeoutMs = 10_000): Promise<void> {
    if (!this.provider.hasUnsyncedChanges) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => {
        this.provider.off('unsyncedChanges', on);
        reject(new Error('changes not acknowledged in time'));
      }, timeoutMs);
      const on = ({ number }: { number: number }) => {
        if (number > 0) return;
        clearTimeout(t);
        this.provider.off('unsyncedChanges', on);
        resolve();
      };
      this.provider.on('unsyncedChanges', on);
    });
  }

  /** True while changes wait for the server's acknowledgement (offline or in flight). */
  get unsynced(): boolean {
    return this.provider.hasUnsyncedChanges;
  }

  /** Drops the connection (the copy keeps working locally); `goOnline` reconnects and resyncs. */
  goOffline(): void {
    this.socket.shouldConnect = false;
    this.socket.disconnect();
    this.setStatus('offline');
  }

  async goOnline(): Promise<void> {
    // A socket still closing counts as connected to the provider: wait for its close first.
    if (this.socket.webSocket && this.socket.status === 'connected') {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.socket.off('disconnect', done);
          resolve();
        };
        this.socket.on('disconnect', done);
      });
    }
    await this.socket.connect();
  }

  setPresence(hallId: string | null, selection: string[]): void {
    this.provider.setAwarenessField('view', { hallId, selection: selection.slice(0, 200) });
  }

  presence(): Presence[] {
    const out: Presence[] = [];
    this.provider.awareness?.getStates().forEach((state, clientId) => {
      if (clientId === this.doc.clientID) return;
      const user = state.user as { name?: string; role?: Role } | undefined;
      const view = state.view as { hallId?: string | null; selection?: string[] } | undefined;
      if (!user?.name) return;
      out.push({
        clientId,
        name: user.name,
        role: user.role ?? null,
        color: presenceColour(user.name),
        hallId: view?.hallId ?? null,
        selection: view?.selection ?? [],
      });
    });
    return out;
  }

  private refused(keys: RefusedKey[]) {
    const hit = new Set(keys.map((k) => `${k.root}\u0000${k.key}`));
    // The most recent local operation that wrote a refused key names the intent.
    let op: Operation | undefined;
    for (let i = this.recent.length - 1; i >= 0 && !op; i--) {
      const cand = this.recent[i]!;
      if (cand.changes.some((ch) => hit.has(ch.c === 'settings' ? `meta\u0000settings` : `${ch.c}\u0000${ch.id}`))) op = cand;
    }
    const conflict: SyncConflict = {
      id: `conflict-${Date.now().toString(36)}-${this.conflicts.length}`,
      op: op ?? { id: 'unknown', label: 'sync.unknown', changes: [] },
      keys,
      at: new Date().toISOString(),
    };
    this.conflicts.push(conflict);
    this.opts.onRefused?.(conflict);
  }

  destroy(): void {
    this.provider.destroy();
    this.socket.destroy();
    this.doc.destroy();
  }
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return null;
  }
}
