import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { startSyncServer, type RunningSyncServer, type SyncServerOptions } from '../../../electron/sync-server/server';
import { QuietWebSocket } from './quiet-ws';
import type { Role } from '../../../shared/sync/roles';
import { SyncSession, type SyncSessionOptions } from '../../../renderer/sync/session';

export interface TestServer {
  server: RunningSyncServer;
  dir: string;
  http: string;
  adminToken: string;
  close(): Promise<void>;
}

export async function startTestServer(opts: Partial<SyncServerOptions> = {}): Promise<TestServer> {
  const dir = opts.dataDir ?? mkdtempSync(joinPath(tmpdir(), 'pavilion-sync-'));
  const server = await startSyncServer({ port: 0, dataDir: dir, ...opts });
  const http = server.url.replace(/^ws/, 'http');
  let adminToken = '';
  if (server.adminInvite) adminToken = (await join(http, server.adminInvite, 'Admin Wang')).token;
  return {
    server,
    dir,
    http,
    adminToken,
    async close() {
      await server.close();
      if (!opts.dataDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function join(http: string, invite: string, name: string): Promise<{ token: string; name: string; role: Role }> {
  const res = await fetch(`${http}/api/join`, { method: 'POST', body: JSON.stringify({ invite, name }) });
  if (!res.ok) throw new Error(`join failed: ${res.status}`);
  return (await res.json()) as { token: string; name: string; role: Role };
}

export async function invite(http: string, adminToken: string, role: Role): Promise<string> {
  const res = await fetch(`${http}/api/invites`, { method: 'POST', headers: { authorization: `Bearer ${adminToken}` }, body: JSON.stringify({ role }) });
  if (!res.ok) throw new Error(`invite failed: ${res.status}`);
  return ((await res.json()) as { invite: string }).invite;
}

export async function person(t: TestServer, role: Role, name: string): Promise<string> {
  return (await join(t.http, await invite(t.http, t.adminToken, role), name)).token;
}

export function session(url: string, show: string, token: string, extra: Partial<SyncSessionOptions> = {}): SyncSession {
  return new SyncSession({ url, show, token, WebSocketPolyfill: QuietWebSocket, ...extra });
}

/** Resolves when `check` holds, testing after every document change and every few milliseconds. */
export function until(s: SyncSession, check: () => boolean, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (check()) return resolve();
    const stop = () => {
      clearTimeout(t);
      clearInterval(poll);
      s.doc.off('update', on);
    };
    const t = setTimeout(() => {
      stop();
      reject(new Error('condition not met in time'));
    }, timeoutMs);
    const on = () => {
      if (check()) {
        stop();
        resolve();
      }
    };
    const poll = setInterval(on, 10);
    s.doc.on('update', on);
  });
}

/** Resolves when the session has no change waiting for the server. */
export function settled(s: SyncSession, timeoutMs = 5000): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const tick = () => {
      if (!s.unsynced) return resolve();
      if (Date.now() - started > timeoutMs) return reject(new Error('changes not acknowledged in time'));
      setTimeout(tick, 5);
    };
    tick();
  });
}
