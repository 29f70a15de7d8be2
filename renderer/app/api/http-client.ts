import { API_METHODS, type ApiMethod, type PavilionApi, type PavilionBridge } from '../../../shared/ipc/contract';
import { HostCallError } from '../../editor/host-errors';

export interface HttpClientOptions {
  /** Access token from the page address; sent with every call. */
  token: string | null;
  /** Origin of the browser host; the page's own origin by default. */
  baseUrl?: string;
  fetch?: typeof fetch;
}

type HostReply = { ok: true; value: unknown } | { ok: false; message?: string };

/**
 * The contract over HTTP for browser mode: `POST /api/<method>` with `{"arg": …}` and the
 * token header. Same interface as the Electron bridge; menu events do not exist here (the
 * toolbar covers them), so `onMenuCommand` subscribes to nothing.
 */
export function createHttpClient(opts: HttpClientOptions): PavilionBridge {
  const doFetch = opts.fetch ?? globalThis.fetch.bind(globalThis);
  const base = opts.baseUrl ?? '';

  async function call(method: ApiMethod, arg: unknown): Promise<unknown> {
    let res: Response;
    try {
      res = await doFetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Pavilion-Token': opts.token ?? '' },
        body: JSON.stringify(arg === undefined ? {} : { arg }),
      });
    } catch (e) {
      throw new HostCallError(method, 'transport', e instanceof Error ? e.message : String(e));
    }
    let body: HostReply | null = null;
    try {
      body = (await res.json()) as HostReply;
    } catch {
      body = null;
    }
    if (res.status === 401 || res.status === 403) {
      throw new HostCallError(method, 'unauthorized', body && !body.ok ? (body.message ?? res.statusText) : res.statusText, res.status);
    }
    if (!res.ok || !body || body.ok !== true) {
      const message = body && body.ok === false && body.message ? body.message : `HTTP ${res.status} ${res.statusText}`;
      throw new HostCallError(method, 'host', message, res.status);
    }
    return body.value;
  }

  const api = {} as Record<ApiMethod, (arg?: unknown) => Promise<unknown>>;
  for (const method of API_METHODS) api[method] = (arg?: unknown) => call(method, arg);
  return {
    ...(api as unknown as PavilionApi),
    onMenuCommand: () => () => undefined,
  };
}
