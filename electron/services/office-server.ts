import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import type { OfficeServer, Result } from '../../shared/ipc/contract';
import { errnoCode, fail, ok } from './errors';
import type { RunningSyncServer } from '../sync-server/server';

/** Where the app's own server keeps its shows, people and snapshots (inside the settings folder). */
export const OFFICE_SERVER_DIR = 'server';

/**
 * "Share on this computer": the Pavilion server run inside the app for the office network, so
 * a team without a server machine can still work on one show together. It is the same server
 * as `npm run server` (rules, claims, SQLite, snapshots), listening on every network address;
 * it runs until the app closes or `stop`. Loaded only when first asked for: the sync engine is
 * not part of the app's start.
 */
export class OfficeServerService {
  private running: Promise<RunningSyncServer> | null = null;

  constructor(private readonly settingsDir: string) {}

  async start(req: { port: number }): Promise<Result<OfficeServer>> {
    if (!this.running) {
      const starting = (async () => {
        const { startSyncServer } = await import('../sync-server/server');
        return startSyncServer({ port: req.port, host: '0.0.0.0', dataDir: join(this.settingsDir, OFFICE_SERVER_DIR) });
      })();
      this.running = starting;
      starting.catch(() => {
        if (this.running === starting) this.running = null;
      });
    }
    let server: RunningSyncServer;
    try {
      server = await this.running;
    } catch (e) {
      const code = errnoCode(e);
      if (code === 'EADDRINUSE') return fail('port-in-use', { details: [`port ${req.port} is used by another program`] });
      if (code === 'EACCES') return fail('permission', { details: [`port ${req.port} needs other permissions`] });
      return fail('io', { details: [String((e as Error).message ?? e)] });
    }
    // A one-use admin invite this window redeems at once: the one a new server made for its
    // first admin (used now, so it does not linger unused), else a fresh one.
    const first = server.adminInvite;
    server.adminInvite = null;
    const invite = first ?? server.store.createInvite('admin').code;
    return ok({ url: `ws://127.0.0.1:${server.port}`, port: server.port, addresses: lanAddresses(server.port), invite });
  }

  /** Stops the server; everyone on it is disconnected (their copies keep their work offline). */
  async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (!running) return;
    const server = await running.catch(() => null);
    await server?.close();
  }
}

/** The addresses others on the network reach this computer at (IPv4 first, then IPv6). */
export function lanAddresses(port: number): string[] {
  const v4: string[] = [];
  const v6: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) {
      if (a.internal) continue;
      if (a.family === 'IPv4') v4.push(`ws://${a.address}:${port}`);
      // Link-local IPv6 addresses need a zone id no one can type; leave them out.
      else if (!a.address.startsWith('fe80:')) v6.push(`ws://[${a.address}]:${port}`);
    }
  }
  return [...v4, ...v6];
}
