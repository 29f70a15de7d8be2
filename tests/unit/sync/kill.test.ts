import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignBooths } from '../../../shared/assignment/commands';
import { checkIntegrity } from '../../../shared/model/project';
import { generateShow } from '../../../shared/sample/generate';
import { SyncSession } from '../../../renderer/sync/session';
import { startServerProcess } from '../../stress/harness/sync-server-process';
import { join } from './helpers';
import { freePort } from './redis';
import { QuietWebSocket } from './quiet-ws';

describe('server killed mid-write', () => {
  it('kill -9 while people assign: every acknowledged change is there after a restart, the show is valid', async () => {
    const dir = mkdtempSync(joinPath(tmpdir(), 'pavilion-sync-kill-'));
    const port = await freePort();
    let server = await startServerProcess({ port, data: dir });
    const sessions: SyncSession[] = [];
    try {
      const admin = await join(server.http, server.adminInvite!, 'Admin');
      const p = generateShow({ halls: 1, booths: 200, exhibitors: 80, seed: 4, assignedShare: 0.1 });
      const s = new SyncSession({ url: server.url, show: p.settings.id, token: admin.token, WebSocketPolyfill: QuietWebSocket });
      sessions.push(s);
      await s.ready();
      s.upload(p);
      await s.flushed();
      const free = Object.values(p.booths).filter((b) => b.status === 'available').map((b) => b.id);
      const acked: string[] = [];
      const ex = Object.keys(p.exhibitors)[0]!;
      // Keep assigning; kill the server at a moment the client does not choose.
      const killAt = 15 + Math.floor(Math.random() * 10);
      for (let i = 0; i < killAt; i++) {
        const r = assignBooths(s.project(), { exhibitorId: ex, boothIds: [free[i]!] }, { by: 'Admin', at: new Date().toISOString() });
        if (!r.ok) throw new Error('refused');
        s.commit(r.op);
        if (i < killAt - 1) {
          await s.flushed();
          acked.push(free[i]!);
        }
      }
      await server.stop('SIGKILL');
      s.destroy();
      server = await startServerProcess({ port, data: dir });
      const again = new SyncSession({ url: server.url, show: p.settings.id, token: admin.token, WebSocketPolyfill: QuietWebSocket });
      sessions.push(again);
      await again.ready();
      const after = again.project();
      for (const id of acked) expect(after.assignments[id]?.exhibitorId).toBe(ex);
      expect(checkIntegrity(after)).toEqual([]);
    } finally {
      for (const s of sessions) s.destroy();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
