import { describe, expect, it } from 'vitest';
import { registerIpcHandlers, UntrustedSenderError, type IpcMainLike } from '../../../electron/main/ipc';
import { isTrustedSender, type SenderEventLike } from '../../../electron/main/sender';
import { API_METHODS, CHANNELS, type PavilionApi } from '../../../shared/ipc/contract';
import { InvalidPayloadError } from '../../../shared/ipc/schemas';

const frame = (url: string | null): SenderEventLike => ({ senderFrame: url === null ? null : { url } });

describe('isTrustedSender', () => {
  it('accepts only pages of app://pavilion', () => {
    expect(isTrustedSender(frame('app://pavilion/index.html'))).toBe(true);
    expect(isTrustedSender(frame('app://pavilion/'))).toBe(true);
    expect(isTrustedSender(frame('app://pavilion/index.html?x=1#y'))).toBe(true);
    for (const bad of ['app://evil/index.html', 'app://pavilion.evil/', 'app://user@pavilion/', 'app://pavilion:8080/', 'https://pavilion/', 'file:///app/dist/index.html', 'http://127.0.0.1:3000/', 'devtools://devtools/', 'about:blank', 'not a url', '']) {
      expect(isTrustedSender(frame(bad)), bad).toBe(false);
    }
    expect(isTrustedSender(frame(null))).toBe(false);
  });
});

/** A stand-in for ipcMain that records the handlers registered on it. */
function fakeIpcMain() {
  const handlers = new Map<string, (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>>();
  const ipc: IpcMainLike = {
    handle: (channel, listener) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, listener);
    },
    removeHandler: (channel) => void handlers.delete(channel),
  };
  return { ipc, handlers };
}

/** An API recording what reached it. */
function recordingApi() {
  const calls: [string, unknown][] = [];
  const api = Object.fromEntries(
    API_METHODS.map((m) => [
      m,
      async (arg: unknown) => {
        calls.push([m, arg]);
        return m === 'getSettings' ? { language: null } : { ok: true, value: m };
      },
    ]),
  ) as unknown as PavilionApi;
  return { api, calls };
}

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel, and removes them', () => {
    const { ipc, handlers } = fakeIpcMain();
    const { api } = recordingApi();
    const remove = registerIpcHandlers(ipc, api);
    expect([...handlers.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    remove();
    expect(handlers.size).toBe(0);
  });

  it('refuses callers that are not the app page before the service runs', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const { api, calls } = recordingApi();
    registerIpcHandlers(ipc, api);
    await expect(handlers.get(CHANNELS.getSettings)!(frame('https://evil.example/'))).rejects.toBeInstanceOf(UntrustedSenderError);
    await expect(handlers.get(CHANNELS.openProject)!(frame(null), { path: '/x.pavilion.json' })).rejects.toBeInstanceOf(UntrustedSenderError);
    expect(calls).toEqual([]);
  });

  it('parses payloads with the contract schema before the service runs', async () => {
    const { ipc, handlers } = fakeIpcMain();
    const { api, calls } = recordingApi();
    registerIpcHandlers(ipc, api);
    const app = frame('app://pavilion/index.html');
    await expect(handlers.get(CHANNELS.openProject)!(app, { path: 5 })).rejects.toBeInstanceOf(InvalidPayloadError);
    await expect(handlers.get(CHANNELS.getSettings)!(app, { sneaky: true })).rejects.toBeInstanceOf(InvalidPayloadError);
    expect(calls).toEqual([]);
    expect(await handlers.get(CHANNELS.openProject)!(app, { path: '/x.pavilion.json', readOnly: true })).toEqual({ ok: true, value: 'openProject' });
    expect(await handlers.get(CHANNELS.getSettings)!(app)).toEqual({ language: null });
    expect(calls).toEqual([
      ['openProject', { path: '/x.pavilion.json', readOnly: true }],
      ['getSettings', undefined],
    ]);
  });
});
