import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerIpcHandlers, UntrustedSenderError, type IpcMainLike } from '../../../electron/main/ipc';
import type { SenderEventLike } from '../../../electron/main/sender';
import { buildBridge } from '../../../electron/preload/bridge';
import { API_METHODS, CHANNELS, type PavilionApi } from '../../../shared/ipc/contract';
import { InvalidPayloadError, REQUEST_SCHEMAS } from '../../../shared/ipc/schemas';

const APP = { senderFrame: { url: 'app://pavilion/index.html' } };
const FOREIGN: SenderEventLike[] = [
  { senderFrame: { url: 'https://evil.example/' } },
  { senderFrame: { url: 'file:///tmp/x.html' } },
  { senderFrame: { url: 'app://pavilion.evil/index.html' } },
  { senderFrame: null },
];
/** Payloads no method accepts: wrong types, arrays, an object with an unknown key. */
const MALFORMED: unknown[] = [42, 'text', [], [{}], { __unknown__: true }, { path: 5, handle: 7, dir: 8 }];

function setup() {
  const handlers = new Map<string, (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike = { handle: (c, l) => void handlers.set(c, l), removeHandler: (c) => void handlers.delete(c) };
  const calls: string[] = [];
  const api = Object.fromEntries(API_METHODS.map((m) => [m, async () => (calls.push(m), { ok: true, value: null })])) as unknown as PavilionApi;
  registerIpcHandlers(ipc, api);
  return { handlers, calls };
}

describe('every IPC channel of the contract', () => {
  it('channels, schemas and the preload bridge list the same methods, channel names unique', () => {
    expect(Object.keys(REQUEST_SCHEMAS).sort()).toEqual([...API_METHODS].sort());
    expect(new Set(Object.values(CHANNELS)).size).toBe(API_METHODS.length);
    const bridge = buildBridge({ invoke: async () => null, on: () => undefined, removeListener: () => undefined });
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'onMenuCommand'].sort());
  });

  for (const method of API_METHODS) {
    it(`${method}: refuses foreign senders and malformed payloads before the service runs`, async () => {
      const { handlers, calls } = setup();
      const handler = handlers.get(CHANNELS[method])!;
      expect(handler).toBeTypeOf('function');
      for (const event of FOREIGN) await expect(handler(event, undefined)).rejects.toBeInstanceOf(UntrustedSenderError);
      for (const payload of MALFORMED) await expect(handler(APP, payload), JSON.stringify(payload)).rejects.toBeInstanceOf(InvalidPayloadError);
      expect(calls).toEqual([]);
    });
  }
});

/** Every source file under a folder (TypeScript and JavaScript). */
function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sources(full));
    else if (/\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name)) out.push(full);
  }
  return out;
}

describe('hardening of the sources', () => {
  it('nothing calls shell.openExternal (or openPath): no link from untrusted data ever leaves the app', () => {
    const offenders = [...sources('electron'), ...sources('renderer'), ...sources('shared')].filter((f) => /\b(openExternal|openPath)\s*\(/.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the desktop main process checks every path from the renderer (allow-list) and the browser host too', () => {
    const main = readFileSync('electron/main/index.ts', 'utf8');
    expect(main).toMatch(/guardPaths\(/);
    expect(main).toMatch(/new PickedPaths\(/);
    expect(main).toMatch(/rememberPicks\(/);
    expect(readFileSync('electron/web-host/cli.ts', 'utf8')).toMatch(/guardPaths\(.*browserPathPolicy\(\)\)/);
  });
});
