import { API_METHODS, type ApiMethod, type PavilionApi, type PavilionBridge } from '../../../shared/ipc/contract';
import { SHOW_BYTES_HEADER, withSentShow, type SentShow } from '../../../shared/ipc/project-wire';
import { HostCallError } from '../../editor/host-errors';
import { readShowThenReply } from './show-then-reply';

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
    const headers: Record<string, string> = { 'Content-Type': 'application/json', 'X-Pavilion-Token': opts.token ?? '' };
    // A show's file bytes may come ahead of the reply, parsed here while the host checks them.
    if (method === 'openProject') headers[SHOW_BYTES_HEADER] = 'accept';
    try {
      res = await doFetch(`${base}/api/${method}`, { method: 'POST', headers, body: JSON.stringify(arg === undefined ? {} : { arg }) });
    } catch (e) {
      throw new HostCallError(method, 'transport', e instanceof Error ? e.message : String(e));
    }
    const ahead = res.headers.get(SHOW_BYTES_HEADER);
    if (ahead !== null && res.ok) {
      let framed: { reply: unknown; sent: SentShow };
      try {
        framed = await readShowThenReply(res, Number(ahead));
      } catch (e) {
        throw new HostCallError(method, 'transport', e instanceof Error ? e.message : String(e));
      }
      const body = framed.reply as HostReply;
      if (!body || typeof body !== 'object' || body.ok !== true) {
        throw new HostCallError(method, 'host', body && body.ok === false && body.message ? body.message : 'the host sent no reply after the show');
      }
      try {
        return withSentShow(body.value, framed.sent);
      } catch (e) {
        throw new HostCallError(method, 'host', e instanceof Error ? e.message : String(e));
      }
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
