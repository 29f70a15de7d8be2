import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../renderer/app/api/http-client';
import { takeAccessToken, TOKEN_STORAGE_KEY } from '../../../renderer/app/api/token';
import { HostCallError, toUiError } from '../../../renderer/editor/host-errors';
import { API_METHODS } from '../../../shared/ipc/contract';

type Call = { url: string; init: RequestInit };

function fakeFetch(reply: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = [];
  const f = (async (url: string | URL | Request, init?: RequestInit) => {
    const call = { url: String(url), init: init ?? {} };
    calls.push(call);
    return reply(call);
  }) as typeof fetch;
  return { f, calls };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('HTTP api client', () => {
  it('posts {arg} to /api/<method> with the token and returns the value', async () => {
    const { f, calls } = fakeFetch(() => json(200, { ok: true, value: { ok: true, value: { dir: '/d', parent: null, entries: [] } } }));
    const client = createHttpClient({ token: 'tok123', fetch: f });
    const res = await client.listDirectory({ dir: '/d' });
    expect(res).toEqual({ ok: true, value: { dir: '/d', parent: null, entries: [] } });
    expect(calls[0]!.url).toBe('/api/listDirectory');
    expect(calls[0]!.init.method).toBe('POST');
    expect((calls[0]!.init.headers as Record<string, string>)['X-Pavilion-Token']).toBe('tok123');
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({ arg: { dir: '/d' } });
  });

  it('omits arg for methods without one', async () => {
    const { f, calls } = fakeFetch(() => json(200, { ok: true, value: { language: null } }));
    await createHttpClient({ token: 't', fetch: f }).getSettings();
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({});
  });

  it('has every contract method and a no-op menu subscription', () => {
    const client = createHttpClient({ token: 't', fetch: fakeFetch(() => json(200, {})).f });
    for (const m of API_METHODS) expect(typeof client[m]).toBe('function');
    const off = client.onMenuCommand(() => undefined);
    expect(typeof off).toBe('function');
    off();
  });

  it('turns refusals and host failures into HostCallError with the host message', async () => {
    const denied = createHttpClient({ token: 'bad', fetch: fakeFetch(() => json(401, { ok: false, message: 'bad token' })).f });
    await expect(denied.getSettings()).rejects.toMatchObject({ reason: 'unauthorized', message: 'bad token', status: 401 });
    const broken = createHttpClient({ token: 't', fetch: fakeFetch(() => json(400, { ok: false, message: 'invalid payload for openProject: path: Too small' })).f });
    const err = await broken.openProject({ path: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostCallError);
    expect(toUiError(err)).toEqual({ code: 'host', details: ['invalid payload for openProject: path: Too small'] });
  });

  it('reports an unreachable host as a transport error', async () => {
    const down = createHttpClient({ token: 't', fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))).f });
    const err = await down.getAppInfo().catch((e: unknown) => e);
    expect(toUiError(err).code).toBe('transport');
  });
});

class MemoryStorage implements Storage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  clear() {
    this.m.clear();
  }
  getItem(k: string) {
    return this.m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.m.delete(k);
  }
  setItem(k: string, v: string) {
    this.m.set(k, v);
  }
}

describe('access token', () => {
  it('takes the token from the address, keeps it for the tab and removes it from the address bar', () => {
    const storage = new MemoryStorage();
    const replaced: string[] = [];
    const history = { state: null, replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url) } as unknown as History;
    const loc = { href: 'http://127.0.0.1:4000/?token=abc&x=1#h' } as Location;
    expect(takeAccessToken(loc, storage, history)).toBe('abc');
    expect(storage.getItem(TOKEN_STORAGE_KEY)).toBe('abc');
    expect(replaced).toEqual(['/?x=1#h']);
    // After a reload the address has no token; the tab still has it.
    expect(takeAccessToken({ href: 'http://127.0.0.1:4000/' } as Location, storage, history)).toBe('abc');
    expect(replaced).toHaveLength(1);
  });
});
