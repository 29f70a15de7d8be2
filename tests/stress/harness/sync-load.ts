import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Assignment, Booth, HistoryEntry } from '../../../shared/model/entities';
import { checkIntegrity, type Project } from '../../../shared/model/project';
import type { Operation } from '../../../shared/ops/operation';
import { generateShow } from '../../../shared/sample/generate';
import { SyncSession } from '../../../renderer/sync/session';
import { QuietWebSocket } from '../../unit/sync/quiet-ws';
import { freePort, startRedis } from '../../unit/sync/redis';
import { startServerProcess, type ServerProcess } from './sync-server-process';

export interface SyncLoadOptions {
  booths: number;
  clients: number;
  actionsPerClient: number;
  /** Booths the clients compete for (smaller: more collisions). */
  pool: number;
  /** Pause between one person's actions, ms (people click, wait for the answer, click again). */
  thinkMs: number;
  /** Also time a new client receiving a show of this many booths (0: skip). */
  joinBooths: number;
  /** Server instances joined by Redis (default 2). */
  instances?: number;
  /** Extra node arguments for each server process (profiling: `--cpu-prof`, `--cpu-prof-dir=…`). */
  serverNodeArgs?: readonly string[];
  seed?: number;
}

export interface SyncLoadResult {
  actions: number;
  acknowledged: number;
  refused: number;
  lostAcknowledged: number;
  doubleBooked: number;
  integrityIssues: number;
  diverged: number;
  propagation: { samples: number; p50: number; p95: number; max: number };
  /** Every propagation sample, ms (a change made by one person, seen by another). */
  latencies: number[];
  serverPeakRss: number[];
  /** How long the people's actions took, start to last answer. */
  seconds: number;
  joinMs: number | null;
  /** Yjs client ids in the final document: every writer that ever wrote (people and server instances). */
  writers: number;
  errors: string[];
}

interface Done {
  person: string;
  op: Operation;
  kind: 'assign' | 'hold' | 'release' | 'move';
}

const pct = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]! : NaN);

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`${res.url}: ${res.status}`);
  return (await res.json()) as T;
}

async function joinAs(http: string, adminToken: string, role: string, name: string): Promise<string> {
  const { invite } = await json<{ invite: string }>(await fetch(`${http}/api/invites`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` }, body: JSON.stringify({ role }) }));
  return (await json<{ token: string }>(await fetch(`${http}/api/join`, { method: 'POST', body: JSON.stringify({ invite, name }) }))).token;
}

/** A small deterministic random stream (the load is the same on every run). */
function rng(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

/** One person's next action, built from what their copy shows now (as the app would). */
function nextAction(s: SyncSession, name: string, pool: string[], exhibitors: string[], mine: Set<string>, rand: () => number): { op: Operation; kind: Done['kind'] } | null {
  const booths = s.doc.getMap('booths');
  const assignments = s.doc.getMap('assignments');
  const at = new Date().toISOString();
  const r = rand();
  const pickFree = (): Booth | null => {
    for (let i = 0; i < 20; i++) {
      const b = booths.get(pool[Math.floor(rand() * pool.length)]!) as Booth | undefined;
      if (b && b.status === 'available') return b;
    }
    return null;
  };
  const ex = exhibitors[Math.floor(rand() * exhibitors.length)]!;
  const id = `op-${name}-${Math.floor(rand() * 1e9).toString(36)}`;
  const assign = (b: Booth, exhibitorId: string) => [
    { c: 'booths' as const, id: b.id, before: b, after: { ...b, status: 'assigned' as const, claim: null } },
    { c: 'assignments' as const, id: b.id, before: null, after: { id: b.id, boothId: b.id, exhibitorId, at, by: name } satisfies Assignment },
  ];
  const release = (b: Booth) => {
    const a = (assignments.get(b.id) as Assignment | undefined) ?? null;
    return [
      ...(a ? [{ c: 'assignments' as const, id: b.id, before: a, after: null }] : []),
      { c: 'booths' as const, id: b.id, before: b, after: { ...b, status: 'available' as const, claim: null } },
    ];
  };
  const mineNow = [...mine].map((bid) => booths.get(bid) as Booth).filter((b) => b && b.status !== 'available');
  if ((r < 0.15 || r >= 0.9) && mineNow.length > 0) {
    const b = mineNow[Math.floor(rand() * mineNow.length)]!;
    if (r >= 0.9 && b.status === 'assigned') {
      const to = pickFree();
      const a = assignments.get(b.id) as Assignment | undefined;
      if (to && a) return { kind: 'move', op: { id, label: 'assignment.move', changes: [...release(b), ...assign(to, a.exhibitorId)] } };
    }
    return { kind: 'release', op: { id, label: 'assignment.release', changes: release(b) } };
  }
  const b = pickFree();
  if (!b) return null;
  if (r < 0.3) {
    return { kind: 'hold', op: { id, label: 'assignment.hold', changes: [{ c: 'booths', id: b.id, before: b, after: { ...b, status: 'hold', claim: { exhibitorId: ex, until: null, note: `t:${Date.now()}` } } }] } };
  }
  return { kind: 'assign', op: { id, label: 'assignment.assign', changes: assign(b, ex) } };
}

/**
 * Many people selling one show through two server instances joined by Redis: each person acts,
 * waits for the server's answer, thinks, acts again. Measures how fast a change reaches
 * everyone else, and checks afterwards that every acknowledged change is in the server's
 * history under its author, that no booth was ever sold twice, and that every copy agrees.
 */
export async function runSyncLoad(o: SyncLoadOptions): Promise<SyncLoadResult> {
  const t0 = performance.now();
  const errors: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-sync-load-'));
  const redis = await startRedis();
  const servers: ServerProcess[] = [];
  const sessions: SyncSession[] = [];
  try {
    const start = async () => servers.push(await startServerProcess({ port: await freePort(), data: dir, redis: redis.url, nodeArgs: o.serverNodeArgs }));
    await start();
    const http = servers[0]!.http;
    const adminToken = (await json<{ token: string }>(await fetch(`${http}/api/join`, { method: 'POST', body: JSON.stringify({ invite: servers[0]!.adminInvite, name: 'Admin' }) }))).token;
    // `instances: 1` is the baseline the bench compares two instances against.
    for (let i = 1; i < (o.instances ?? 2); i++) await start();

    const p = generateShow({ halls: Math.max(1, Math.min(15, Math.round(o.booths / 500))), booths: o.booths, exhibitors: Math.round(o.booths * 0.47), seed: o.seed ?? 5, assignedShare: 0.3 });
    const name = p.settings.id;
    const admin = new SyncSession({ url: servers[0]!.url, show: name, token: adminToken, WebSocketPolyfill: QuietWebSocket });
    sessions.push(admin);
    await admin.ready();
    admin.upload(p);
    await admin.flushed(60_000);

    const free = Object.values(p.booths).filter((b) => b.status === 'available').map((b) => b.id);
    const pool = free.slice(0, Math.min(o.pool, free.length));
    const exhibitors = Object.keys(p.exhibitors).sort();
    const latencies: number[] = [];
    let loadStarted = 0;
    const people = await Promise.all(Array.from({ length: o.clients }, (_, i) => joinAs(http, adminToken, 'sales', `Sales ${i + 1}`)));
    const clients = people.map((token, i) => {
      const s = new SyncSession({
        url: servers[i % servers.length]!.url,
        show: name,
        token,
        WebSocketPolyfill: QuietWebSocket,
        onRemote: (op) => {
          const now = Date.now();
          for (const ch of op.changes) {
            if (ch.c === 'assignments' && ch.after && ch.before === null && loadStarted > 0 && ch.after.by !== `Sales ${i + 1}`) {
              const at = Date.parse(ch.after.at);
              if (at >= loadStarted) latencies.push(now - at);
            }
          }
        },
      });
      sessions.push(s);
      return s;
    });
    await Promise.all(clients.map((c) => c.ready()));

    loadStarted = Date.now();
    const done: Done[] = [];
    let refused = 0;
    let actions = 0;
    await Promise.all(
      clients.map(async (s, i) => {
        const person = `Sales ${i + 1}`;
        const rand = rng((o.seed ?? 5) * 1000 + i + 1);
        const mine = new Set<string>();
        for (let k = 0; k < o.actionsPerClient; k++) {
          const next = nextAction(s, person, pool, exhibitors, mine, rand);
          if (!next) continue;
          actions++;
          const before = s.conflicts.length;
          s.commit(next.op);
          await s.flushed(30_000);
          if (s.conflicts.length > before) refused++;
          else {
            done.push({ person, op: next.op, kind: next.kind });
            for (const ch of next.op.changes) {
              if (ch.c !== 'booths') continue;
              if (ch.after && ch.after.status !== 'available') mine.add(ch.id);
              else mine.delete(ch.id);
            }
          }
          if (o.thinkMs > 0) await new Promise((r) => setTimeout(r, o.thinkMs * (0.5 + rand())));
        }
      }),
    );
    const seconds = (Date.now() - loadStarted) / 1000;
    void t0;

    // Everyone converges on the server's show.
    const server = await json<Project>(await fetch(`${servers[servers.length - 1]!.http}/api/shows/${name}/export`, { headers: { authorization: `Bearer ${adminToken}` } }));
    const same = (c: SyncSession) => {
      const a = c.doc.getMap('assignments');
      if (a.size !== Object.keys(server.assignments).length) return false;
      for (const [k, v] of Object.entries(server.assignments)) if ((a.get(k) as Assignment | undefined)?.exhibitorId !== v.exhibitorId) return false;
      return true;
    };
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && !clients.every(same)) await new Promise((r) => setTimeout(r, 50));
    const diverged = clients.filter((c) => !same(c)).length;

    // Every acknowledged assignment is in the history under its author; replaying the history
    // booth by booth never assigns a booth that was already assigned.
    const history = server.history as HistoryEntry[];
    const key = (h: { action: string; boothId: string; by: string }) => `${h.action}|${h.boothId}|${h.by}`;
    const counts = new Map<string, number>();
    for (const h of history) counts.set(key(h), (counts.get(key(h)) ?? 0) + 1);
    let lost = 0;
    for (const d of done) {
      for (const ch of d.op.changes) {
        if (ch.c !== 'assignments' || !ch.after) continue;
        const k = key({ action: 'assign', boothId: ch.id, by: d.person });
        const n = counts.get(k) ?? 0;
        if (n === 0) lost++;
        else counts.set(k, n - 1);
      }
    }
    const holder = new Map<string, string | null>();
    for (const [id, a] of Object.entries(p.assignments)) holder.set(id, a.exhibitorId);
    let doubleBooked = 0;
    for (const h of history.slice(p.history.length)) {
      if (h.action === 'assign') {
        if (holder.get(h.boothId)) doubleBooked++;
        holder.set(h.boothId, h.exhibitorId);
      } else if (h.action === 'unassign') holder.set(h.boothId, null);
    }
    for (const [id, ex] of holder) if ((server.assignments[id]?.exhibitorId ?? null) !== ex) doubleBooked++;

    let joinMs: number | null = null;
    if (o.joinBooths > 0) {
      const big = generateShow({ halls: 15, booths: o.joinBooths, exhibitors: Math.round(o.joinBooths * 0.47), seed: 9 });
      const up = new SyncSession({ url: servers[0]!.url, show: big.settings.id, token: adminToken, WebSocketPolyfill: QuietWebSocket });
      sessions.push(up);
      await up.ready();
      up.upload(big);
      await up.flushed(120_000);
      const reader = await joinAs(http, adminToken, 'viewer', 'Newcomer');
      const start = performance.now();
      const fresh = new SyncSession({ url: servers[servers.length - 1]!.url, show: big.settings.id, token: reader, WebSocketPolyfill: QuietWebSocket });
      sessions.push(fresh);
      await fresh.ready();
      const got = fresh.project();
      joinMs = performance.now() - start;
      if (Object.keys(got.booths).length !== o.joinBooths) errors.push(`new client received ${Object.keys(got.booths).length} of ${o.joinBooths} booths`);
    }

    return {
      actions,
      acknowledged: done.length,
      refused,
      lostAcknowledged: lost,
      doubleBooked,
      integrityIssues: checkIntegrity(server).length,
      diverged,
      propagation: { samples: latencies.length, p50: pct(latencies, 50), p95: pct(latencies, 95), max: Math.max(0, ...latencies) },
      latencies,
      serverPeakRss: servers.map((s) => s.peakRss()),
      seconds,
      joinMs,
      writers: admin.doc.store.clients.size,
      errors,
    };
  } finally {
    for (const s of sessions) s.destroy();
    await Promise.all(servers.map((s) => s.stop()));
    await redis.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
