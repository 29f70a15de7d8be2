import { createServer as createHttp, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo } from 'node:net';
import { Hocuspocus, type Connection, type Document, type Extension } from '@hocuspocus/server';
import { Redis } from 'ioredis';
import * as decoding from 'lib0/decoding';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { isEmptyShow, readProject } from '../../shared/sync/doc-map';
import { applyGuardedUpdate } from '../../shared/sync/guarded-apply';
import { INVITE_ID, InviteRequest, JoinRequest, PERSON_ID, RoleRequest, SHOW_NAME, type ServerMessage } from '../../shared/sync/protocol';
import { keysOfUpdate } from '../../shared/sync/update-keys';
import { ClaimRegister } from './claims';
import { UpdateRelay } from './redis-relay';
import { attachShow, showState } from './documents';
import { acknowledgeApplied, answerFirstSync } from './answered-here';
import { fullState } from './full-state';
import { ShowPersistence } from './persistence';
import { writeSnapshots } from './snapshots';
import { SyncStore, type Person } from './store';

export interface SyncServerOptions {
  port: number;
  host?: string;
  dataDir: string;
  redisUrl?: string;
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** Largest message a client may send (a whole show when it is shared). */
  maxMessageBytes?: number;
  /** The clock invites expire by (tests move it rather than wait days). */
  now?: () => Date;
}

export interface RunningSyncServer {
  url: string;
  port: number;
  store: SyncStore;
  hocuspocus: Hocuspocus;
  /** A one-time admin invite while nobody has joined yet. */
  adminInvite: string | null;
  close(): Promise<void>;
}

const MESSAGE_SYNC = 0;
const MESSAGE_SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** The Yjs update a client message carries, if it carries one. */
function updateOf(data: Uint8Array): Uint8Array | null {
  const d = decoding.createDecoder(data);
  decoding.readVarString(d);
  const type = decoding.readVarUint(d);
  if (type !== MESSAGE_SYNC && type !== MESSAGE_SYNC_REPLY) return null;
  const step = decoding.readVarUint(d);
  return step === SYNC_STEP_2 || step === SYNC_UPDATE ? decoding.readVarUint8Array(d) : null;
}

const closeWith = (code: number, reason: string) => Object.assign(new Error(reason), { code, reason });

function send(connection: Connection, msg: ServerMessage): void {
  connection.sendStateless(JSON.stringify(msg));
}

async function readBody(req: IncomingMessage, limit = 64 * 1024): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new Error('too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
}

function reply(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'access-control-allow-origin': '*' });
  res.end(JSON.stringify(body));
}

/**
 * The Pavilion server: Hocuspocus over our own HTTP(S) server, the show kept in SQLite, other
 * instances joined through Redis. Every update a client sends goes through the rules before it
 * is stored or broadcast (`applyGuardedUpdate`); refused parts are restored in the same
 * transaction and the sender is told which and why.
 */
export async function startSyncServer(opts: SyncServerOptions): Promise<RunningSyncServer> {
  const store = new SyncStore(opts.dataDir, opts.now);
  const maxBytes = opts.maxMessageBytes ?? 64 * 1024 * 1024;
  let redis: Redis | null = null;
  let claims: ClaimRegister | null = null;
  const extensions: Extension[] = [];

  const logged = new WeakSet<Y.Doc>();
  const persistence = new ShowPersistence(store);
  extensions.push(persistence);
  if (opts.redisUrl) {
    const u = new URL(opts.redisUrl);
    const conn = { host: u.hostname, port: Number(u.port || 6379), options: { maxRetriesPerRequest: 2, lazyConnect: false } };
    extensions.push(new UpdateRelay({ host: conn.host, port: conn.port, options: conn.options, disconnectDelay: 200 }));
    redis = new Redis(conn.port, conn.host, conn.options);
    redis.on('error', () => undefined); // ioredis reconnects; a refused check is reported per update
    claims = new ClaimRegister(redis);
  }

  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: 1000,
    maxDebounce: 5000,
    extensions,
    async onAuthenticate({ token, documentName }) {
      if (!SHOW_NAME.test(documentName)) throw closeWith(4404, 'unknown-show');
      const person = store.personByToken(token);
      if (!person) throw closeWith(4401, 'unauthorized');
      return { person };
    },
    async afterLoadDocument({ document, documentName }) {
      attachShow(document);
      if (!logged.has(document)) {
        logged.add(document);
        // Appended before the broadcast leaves the process: an acknowledged change survives kill -9.
        document.on('update', (update: Uint8Array) => store.append(documentName, update));
      }
    },
    async connected({ connection, context }) {
      const person = (context as { person: Person }).person;
      send(connection, { t: 'welcome', name: person.name, role: person.role });
    },
    async beforeHandleMessage({ connection, update: data, document, context, documentName }) {
      if (data.length > maxBytes) throw closeWith(4413, 'message-too-large');
      let update: Uint8Array | null;
      try {
        if (answerFirstSync(connection, document, data)) return;
        update = updateOf(data);
      } catch {
        throw closeWith(4400, 'malformed-message');
      }
      if (!update) return;
      const person = (context as { person: Person }).person;
      // Access revoked or the role changed since the connection was made (here or on an instance
      // sharing the data folder): the update is not taken with rights the person no longer has.
      const roleNow = store.roleOf(person.id);
      if (!roleNow) throw closeWith(4403, 'revoked');
      if (roleNow !== person.role) throw closeWith(4409, 'role-changed');
      const state = showState(document);
      const run = async () => {
        const shape = keysOfUpdate(document, update);
        if (!shape.ok) throw closeWith(4400, `refused-update: ${shape.reason}`);
        let stale = new Map<string, string>();
        if (claims) {
          try {
            stale = await claims.stale(documentName, shape.keys);
          } catch {
            // Redis unreachable: this instance decides alone (it cannot hear the others anyway).
          }
          await waitForItems(document, [...stale.values()]);
        }
        const res = applyGuardedUpdate(document, update, { name: person.name, role: person.role }, state.mirror, connection, new Set(stale.keys()), state.takenFrom);
        if (process.env.PAVILION_SYNC_DEBUG) console.error('guard', person.name, JSON.stringify(res.refused.map((r) => [r.root, r.key, r.reason, r.detail])), res.accepted.length);
        if (res.refused.length > 0) {
          send(connection, {
            t: 'refused',
            keys: res.refused.slice(0, 100_000).map((r) => ({ root: r.root, key: r.key, reason: r.reason, detail: r.detail, current: r.current ?? null })),
          });
          if (claims) {
            const byKey = new Map(shape.keys.map((k) => [`${k.root}\u0000${k.key}`, k]));
            const moves = res.refused.flatMap((r) => {
              const k = `${r.root}\u0000${r.key}`;
              const head = res.heads.get(k);
              const sent = byKey.get(k);
              return head && sent ? [{ root: r.root, key: r.key, from: stale.get(k) ?? sent.head, to: head }] : [];
            });
            await claims.settle(documentName, moves).catch(() => undefined);
          }
        }
      };
      const next = state.queue.then(run);
      state.queue = next.catch(() => undefined);
      await next;
      acknowledgeApplied(connection, document, data);
    },
  });

  const handleRequest = async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const url = new URL(req.url ?? '/', 'http://x');
      const bearer = (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'authorization, content-type', 'access-control-allow-methods': 'GET, POST' });
        return res.end();
      }
      if (req.method === 'POST' && url.pathname === '/api/join') {
        const body = JoinRequest.safeParse(await readBody(req));
        if (!body.success) return reply(res, 400, { error: 'bad-request' });
        const joined = store.redeemInvite(body.data.invite, body.data.name);
        if (!joined.ok) return reply(res, 403, { error: joined.error });
        return reply(res, 200, { token: joined.token, name: joined.person.name, role: joined.person.role });
      }
      const person = bearer ? store.personByToken(bearer) : null;
      if (url.pathname.startsWith('/api/') && !person) return reply(res, 401, { error: 'unauthorized' });
      if (req.method === 'GET' && url.pathname === '/api/me') return reply(res, 200, { name: person!.name, role: person!.role });
      if (req.method === 'POST' && url.pathname === '/api/invites') {
        if (person!.role !== 'admin') return reply(res, 403, { error: 'admin-only' });
        const body = InviteRequest.safeParse(await readBody(req));
        if (!body.success) return reply(res, 400, { error: 'bad-request' });
        const made = store.createInvite(body.data.role, body.data.days);
        return reply(res, 200, { invite: made.code, expires: made.expires });
      }
      if (req.method === 'GET' && url.pathname === '/api/invites') {
        if (person!.role !== 'admin') return reply(res, 403, { error: 'admin-only' });
        return reply(res, 200, store.unusedInvites());
      }
      const withdraw = /^\/api\/invites\/([^/]+)\/withdraw$/.exec(url.pathname);
      if (req.method === 'POST' && withdraw) {
        if (person!.role !== 'admin') return reply(res, 403, { error: 'admin-only' });
        if (!INVITE_ID.test(withdraw[1]!)) return reply(res, 400, { error: 'bad-request' });
        if (!store.withdrawInvite(withdraw[1]!)) return reply(res, 404, { error: 'unknown-invite' });
        return reply(res, 200, { withdrawn: withdraw[1] });
      }
      if (req.method === 'GET' && url.pathname === '/api/people') {
        if (person!.role !== 'admin') return reply(res, 403, { error: 'admin-only' });
        return reply(res, 200, store.people().map((p) => (p.id === person!.id ? { ...p, you: true } : p)));
      }
      const revoke = /^\/api\/people\/([^/]+)\/revoke$/.exec(url.pathname);
      if (req.method === 'POST' && revoke) {
        if (person!.role !== 'admin') return reply(res, 403, { error: 'admin-only' });
        const id = revoke[1]!;
        if (!PERSON_ID.test(id)) return reply(res, 400, { error: 'bad-request' });
        // An admin does not lock themselves out (the server may have no other admin).
        if (id === person!.id) return reply(res, 400, { error: 'self' });
        if (!store.revokePerson(id)) return reply(res, 404, { error: 'unknown-person' });
        closeConnectionsOf(hocuspocus, id);
        return reply(res, 200, { revoked: id });
      }
      const roleOf = /^\/api\/people\/([^/]+)\/role$/.exec(url.pathname);
      if (req.method === 'POST' && roleOf) {
        if (person!.role !== 'admin') return reply(res, 403, { error: 'admin-only' });
        const id = roleOf[1]!;
        const body = RoleRequest.safeParse(await readBody(req));
        if (!PERSON_ID.test(id) || !body.success) return reply(res, 400, { error: 'bad-request' });
        // Not one's own: the last admin could leave the server without one.
        if (id === person!.id) return reply(res, 400, { error: 'self' });
        if (!store.setRole(id, body.data.role)) return reply(res, 404, { error: 'unknown-person' });
        // Their connections were admitted with the old role: they reconnect and are admitted anew.
        closeConnectionsOf(hocuspocus, id, { code: 4409, reason: 'role-changed' });
        return reply(res, 200, { id, role: body.data.role });
      }
      if (req.method === 'GET' && url.pathname === '/api/shows') {
        const names = new Set([...store.documentNames(), ...hocuspocus.documents.keys()]);
        return reply(res, 200, [...names].sort().map((id) => ({ id })));
      }
      const exp = /^\/api\/shows\/([A-Za-z0-9_-]{1,64})\/export$/.exec(url.pathname);
      if (req.method === 'GET' && exp) {
        const loaded = hocuspocus.documents.get(exp[1]!);
        const doc = loaded ?? new Y.Doc();
        if (!loaded) {
          const state = store.load(exp[1]!);
          if (state) Y.applyUpdate(doc, state);
        }
        if (isEmptyShow(doc)) return reply(res, 404, { error: 'unknown-show' });
        return reply(res, 200, readProject(doc));
      }
      if (url.pathname === '/' || url.pathname === '/health') return reply(res, 200, { ok: true, server: 'pavilion' });
      return reply(res, 404, { error: 'not-found' });
    } catch {
      if (!res.headersSent) reply(res, 400, { error: 'bad-request' });
    }
  };

  const http: HttpServer = opts.tls ? createHttps({ cert: opts.tls.cert, key: opts.tls.key }, handleRequest) : createHttp(handleRequest);
  const wss = new WebSocketServer({ noServer: true, maxPayload: maxBytes });
  http.on('upgrade', (request, socket, head) => {
    wss.handleUpgrade(request, socket, head, (ws) => {
      ws.on('error', () => undefined);
      hocuspocus.handleConnection(ws, request);
    });
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.port, host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const snapshots = setInterval(() => void writeSnapshots(store).catch(() => undefined), 3_600_000);
  snapshots.unref();
  void writeSnapshots(store).catch(() => undefined);

  return {
    url: `${opts.tls ? 'wss' : 'ws'}://${host}:${port}`,
    port,
    store,
    hocuspocus,
    adminInvite: store.firstAdminInvite(),
    async close() {
      persistence.close();
      clearInterval(snapshots);
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => http.close(() => resolve()));
      // Store every loaded show before closing the database.
      for (const [name, doc] of hocuspocus.documents) store.save(name, fullState(doc), store.lastSeq(name));
      await hocuspocus.hooks('onDestroy', { instance: hocuspocus }).catch(() => undefined);
      redis?.disconnect();
      store.close();
    },
  };
}

/**
 * Closes a revoked person's open connections on this instance: their copy stops receiving and
 * sending at once, and reconnecting fails (their token is gone). On an instance sharing the data
 * folder, their next update is refused and closes the connection (`beforeHandleMessage`).
 */
function closeConnectionsOf(hocuspocus: Hocuspocus, personId: string, why = { code: 4403, reason: 'revoked' }): void {
  for (const doc of hocuspocus.documents.values()) {
    for (const c of doc.getConnections()) {
      if ((c.context as { person?: Person } | undefined)?.person?.id === personId) c.close(why);
    }
  }
}

/** Waits (briefly) until the document holds the given items (`client:clock`), e.g. another instance's winning write. */
async function waitForItems(doc: Document, items: string[], timeoutMs = 2000): Promise<void> {
  const has = () =>
    items.every((it) => {
      const [client, clock] = it.split(':').map(Number);
      return Y.getState(doc.store, client!) > clock!;
    });
  if (items.length === 0 || has()) return;
  await new Promise<void>((resolve) => {
    const t = setTimeout(done, timeoutMs);
    function done() {
      clearTimeout(t);
      doc.off('update', check);
      resolve();
    }
    function check() {
      if (has()) done();
    }
    doc.on('update', check);
  });
}
