import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assignBooths } from '../../../shared/assignment/commands';
import { checkIntegrity } from '../../../shared/model/project';
import { generateShow } from '../../../shared/sample/generate';
import type { SyncConflict } from '../../../renderer/sync/session';
import { person, session, settled, startTestServer, until, type TestServer } from './helpers';
import { startRedis } from './redis';

describe('two server instances joined by Redis', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let one: TestServer;
  let two: TestServer;
  let dir: string;
  beforeAll(async () => {
    redis = await startRedis();
    dir = mkdtempSync(joinPath(tmpdir(), 'pavilion-sync-redis-'));
    one = await startTestServer({ dataDir: dir, redisUrl: redis.url });
    two = await startTestServer({ dataDir: dir, redisUrl: redis.url });
    two.adminToken = one.adminToken;
    two.http = two.server.url.replace(/^ws/, 'http');
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await redis?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('people on different instances see each other, and a booth taken on both at once goes to exactly one', async () => {
    const p = generateShow({ halls: 2, booths: 60, exhibitors: 40, seed: 11, assignedShare: 0.2 });
    const name = p.settings.id;
    const admin = session(one.server.url, name, one.adminToken);
    await admin.ready();
    admin.upload(p);
    await settled(admin);
    const conflicts: SyncConflict[] = [];
    const a = session(one.server.url, name, await person(one, 'sales', 'Li Na'), { onRefused: (c) => conflicts.push(c) });
    const b = session(two.server.url, name, await person(one, 'sales', 'Tran Van'), { onRefused: (c) => conflicts.push(c) });
    try {
      await Promise.all([a.ready(), b.ready()]);
      expect(Object.keys(b.project().booths)).toHaveLength(60);
      const free = Object.values(p.booths).filter((x) => x.status === 'available');
      const ex = Object.keys(p.exhibitors).sort();
      const at = new Date().toISOString();
      const r = assignBooths(a.project(), { exhibitorId: ex[0]!, boothIds: [free[0]!.id] }, { by: 'Li Na', at });
      if (!r.ok) throw new Error('refused');
      a.commit(r.op);
      await until(b, () => b.project().assignments[free[0]!.id]?.exhibitorId === ex[0]);

      // Ten booths, each taken at the same moment by A (instance one) and B (instance two).
      for (let i = 1; i <= 10; i++) {
        const id = free[i]!.id;
        const ra = assignBooths(a.project(), { exhibitorId: ex[1]!, boothIds: [id] }, { by: 'Li Na', at });
        const rb = assignBooths(b.project(), { exhibitorId: ex[2]!, boothIds: [id] }, { by: 'Tran Van', at });
        if (!ra.ok || !rb.ok) throw new Error('refused locally');
        a.commit(ra.op);
        b.commit(rb.op);
      }
      await Promise.all([settled(a), settled(b)]);
      const ids = free.slice(1, 11).map((x) => x.id);
      const agreed = () => ids.every((id) => a.project().assignments[id] && a.project().assignments[id]!.exhibitorId === b.project().assignments[id]?.exhibitorId);
      await until(a, agreed);
      await until(b, agreed);
      // Every booth went to exactly one of them, and the other was told about exactly that booth.
      await until(a, () => conflicts.reduce((n, c) => n + c.keys.filter((k) => k.root === 'assignments').length, 0) === 10);
      const lost = new Set(conflicts.flatMap((c) => c.keys.filter((k) => k.root === 'assignments').map((k) => k.key)));
      expect([...lost].sort()).toEqual([...ids].sort());
      for (const doc of [a.project(), b.project()]) {
        expect(checkIntegrity(doc)).toEqual([]);
        for (const id of ids) expect(doc.booths[id]!.status).toBe('assigned');
      }
    } finally {
      a.destroy();
      b.destroy();
      admin.destroy();
    }
  });

  it('a show put on the server through one instance is opened by the other before anyone joins there; a newcomer there receives it whole', async () => {
    const p = generateShow({ halls: 2, booths: 80, exhibitors: 30, seed: 13, assignedShare: 0.2 });
    const name = p.settings.id;
    const admin = session(one.server.url, name, one.adminToken);
    try {
      await admin.ready();
      expect(two.server.hocuspocus.documents.has(name)).toBe(false);
      admin.upload(p);
      await settled(admin);
      const held = () => two.server.hocuspocus.documents.get(name)?.getMap('booths').size === 80;
      await until(admin, held);
      const viewer = session(two.server.url, name, await person(one, 'viewer', 'Newcomer'));
      try {
        await viewer.ready();
        expect(viewer.project()).toEqual(admin.project());
      } finally {
        viewer.destroy();
      }
    } finally {
      admin.destroy();
    }
  });

  it('a large show put on one instance reaches a person already waiting for it on the other', async () => {
    const p = generateShow({ halls: 4, booths: 2000, exhibitors: 600, seed: 17 });
    const name = p.settings.id;
    const admin = session(one.server.url, name, one.adminToken);
    const waiting = session(two.server.url, name, await person(one, 'viewer', 'Early'));
    try {
      await Promise.all([admin.ready(), waiting.ready()]);
      admin.upload(p);
      await settled(admin, 20_000);
      await until(waiting, () => Object.keys(waiting.project().booths).length === 2000, 20_000);
      expect(waiting.project()).toEqual(admin.project());
    } finally {
      waiting.destroy();
      admin.destroy();
    }
  });

  it('a large show put on one instance while no other has it open is not published to Redis', async () => {
    // A pattern subscription sees every show's channel without counting as one of its subscribers.
    const watcher = new Redis(redis.url);
    const large: string[] = [];
    watcher.on('pmessageBuffer', (_pattern: Buffer, channel: Buffer, message: Buffer) => {
      if (message.length > 1024 * 1024) large.push(channel.toString());
    });
    await watcher.psubscribe('hocuspocus:*');
    const p = generateShow({ halls: 4, booths: 2000, exhibitors: 600, seed: 19 });
    const name = p.settings.id;
    const admin = session(one.server.url, name, one.adminToken);
    try {
      await admin.ready();
      admin.upload(p);
      await settled(admin, 20_000);
      // The other instance opens it (from SQLite) and syncs with this one: nothing large crosses Redis.
      await until(admin, () => two.server.hocuspocus.documents.get(name)?.getMap('booths').size === 2000, 20_000);
      const viewer = session(two.server.url, name, await person(one, 'viewer', 'Later'));
      try {
        await viewer.ready();
        expect(viewer.project()).toEqual(admin.project());
      } finally {
        viewer.destroy();
      }
      expect(large).toEqual([]);
    } finally {
      admin.destroy();
      watcher.disconnect();
    }
  });

  it('a change the other instance missed (a Redis message lost) reaches it by the next catch-up, within about a second', async () => {
    const p = generateShow({ halls: 1, booths: 30, exhibitors: 20, seed: 12, assignedShare: 0 });
    const name = p.settings.id;
    const admin = session(one.server.url, name, one.adminToken);
    await admin.ready();
    admin.upload(p);
    await settled(admin);
    const a = session(one.server.url, name, await person(one, 'sales', 'Li Na'));
    const b = session(two.server.url, name, await person(one, 'sales', 'Tran Van'));
    try {
      await Promise.all([a.ready(), b.ready()]);
      const ex = Object.keys(p.exhibitors).sort();
      // Let the instances' own sync from the joins finish, so it cannot carry what follows.
      await new Promise((r) => setTimeout(r, 300));
      // Written on instance one as if it had come through Redis: it is not relayed to two.
      const doc = one.server.hocuspocus.documents.get(name)!;
      doc.transact(() => doc.getMap('exhibitors').set('ex_missed', { ...p.exhibitors[ex[0]!]!, id: 'ex_missed' }), '__hocuspocus__redis__origin__');
      await until(a, () => a.project().exhibitors.ex_missed !== undefined);
      // The next ordinary change is relayed as it is, and arms the catch-up.
      const booth = Object.values(p.booths).find((x) => x.status === 'available')!;
      const r = assignBooths(a.project(), { exhibitorId: ex[1]!, boothIds: [booth.id] }, { by: 'Li Na', at: new Date().toISOString() });
      if (!r.ok) throw new Error('refused');
      a.commit(r.op);
      await until(b, () => b.project().assignments[booth.id]?.exhibitorId === ex[1]);
      await until(b, () => b.project().exhibitors.ex_missed !== undefined, 3000);
      expect(checkIntegrity(b.project())).toEqual([]);
    } finally {
      a.destroy();
      b.destroy();
      admin.destroy();
    }
  });
});
