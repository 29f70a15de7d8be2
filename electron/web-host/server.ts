import { createReadStream } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { SHOW_BYTES_HEADER } from '../../shared/ipc/project-wire';
import { InvalidPayloadError } from '../../shared/ipc/schemas';
import { loadContentSecurityPolicy } from '../services/csp';
import { createDispatcher, isApiMethod } from '../services/dispatch';
import { showBytesSink, type HostApi, type OpenCall, type ShowBytesSink } from '../services/show-bytes';
import { clipMessage } from '../../shared/text/clip';
import { apiReplyParts } from './reply';
import { contentTypeFor, resolveStaticFile } from '../services/static-path';
import { ConnectionGuard, type ConnectionLimits } from './connection-guard';
import { hostAllowed, newToken, originAllowed, TOKEN_HEADER, tokenMatches } from './security';

/** Generous for a 20,000-booth commit, small enough that a runaway client cannot exhaust memory. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

export interface WebHostOptions {
  /** The full API (services plus the browser dialogs). */
  api: HostApi;
  /** The built renderer (`dist/`). */
  distDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed token (tests); a fresh random one per launch by default. */
  token?: string;
  maxBodyBytes?: number;
  /** The page's policy; read from `<distDir>/index.html` by default. */
  contentSecurityPolicy?: string;
  /** Where unexpected failures are reported (console.error by default). */
  logError?: (message: string) => void;
  /** Connection cap and timeouts (see `ConnectionGuard`). */
  limits?: ConnectionLimits;
}

export interface RunningWebHost {
  /** `http://127.0.0.1:<port>/?token=<token>`: the address to open. */
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Browser mode's host: the same API as the desktop app over `POST /api/<method>`, and the
 * built renderer as static files, on 127.0.0.1 only. Every API call needs the per-launch
 * token; the Host and Origin headers are checked so no other site can reach it, and no
 * CORS headers are ever sent.
 */
export async function startWebHost(opts: WebHostOptions): Promise<RunningWebHost> {
  const token = opts.token ?? newToken();
  const maxBody = opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const csp = opts.contentSecurityPolicy ?? (await loadContentSecurityPolicy(join(opts.distDir, 'index.html')));
  const dispatch = createDispatcher(opts.api);
  const logError = opts.logError ?? ((m: string) => console.error(m));
  let port = 0;

  const baseHeaders = (): Record<string, string> => ({
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  });

  /** JSON in parts, sent one after the other (a reply may splice in a show's file text). */
  const sendParts = (res: ServerResponse, status: number, parts: readonly (string | Uint8Array)[], extra: Record<string, string> = {}) => {
    let length = 0;
    for (const part of parts) length += typeof part === 'string' ? Buffer.byteLength(part) : part.byteLength;
    res.writeHead(status, {
      ...baseHeaders(),
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Length': String(length),
      'Cache-Control': 'no-store',
      ...extra,
    });
    for (let i = 0; i < parts.length - 1; i++) res.write(parts[i]!);
    res.end(parts[parts.length - 1]);
  };
  const sendJson = (res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) => sendParts(res, status, [JSON.stringify(body)], extra);

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (req.method !== 'POST') throw Object.assign(new HttpError(405, 'use POST'), { allow: 'POST' });
    const presented = req.headers[TOKEN_HEADER];
    if (!tokenMatches(Array.isArray(presented) ? undefined : presented, token)) throw new HttpError(401, 'missing or wrong access token');
    if (!isApiMethod(method)) throw new HttpError(404, `unknown method: ${method}`);
    const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type !== 'application/json') throw new HttpError(415, 'the body must be application/json');
    const raw = await readBody(req, maxBody);
    let body: unknown;
    try {
      body = raw.length === 0 ? {} : JSON.parse(raw.toString('utf8'));
    } catch {
      throw new HttpError(400, 'the body is not JSON');
    }
    if (!body || typeof body !== 'object' || Array.isArray(body)) throw new HttpError(400, 'the body must be an object {"arg": …}');
    const ahead = req.headers[SHOW_BYTES_HEADER.toLowerCase()] === 'accept' ? showBytesAhead(res) : null;
    let value: unknown;
    try {
      value = await dispatch(method, (body as { arg?: unknown }).arg, ahead?.call ?? {});
    } catch (e) {
      if (ahead?.sink) {
        // The status went out with the bytes: the failure is the reply after all of them.
        await ahead.sink.end();
        const message = clipMessage(e instanceof Error ? e.message : String(e));
        logError(clipMessage(`Pavilion host: ${method} failed after sending the show: ${e instanceof Error && e.stack ? e.stack : message}`));
        res.end(JSON.stringify({ ok: false, message }));
        return;
      }
      if (e instanceof InvalidPayloadError) throw new HttpError(400, e.message);
      throw e;
    }
    if (!ahead?.sink) return sendParts(res, 200, apiReplyParts(value));
    // After the bytes, the reply (no Content-Length: the body's length was not known up front).
    const parts = apiReplyParts(value, await ahead.sink.end());
    for (let i = 0; i < parts.length - 1; i++) res.write(parts[i]!);
    res.end(parts[parts.length - 1]);
  }

  /**
   * `openProject` for a window that accepts the show's bytes ahead of the reply: the status,
   * `X-Pavilion-Show-Bytes: <length>` and the bytes go out as the file is read; the reply
   * follows once the host has loaded them (`sink.end()` resolves when the bytes have left, so
   * the host's parse does not hold the transfer up: both would want the event loop).
   */
  function showBytesAhead(res: ServerResponse): { call: OpenCall; sink: ShowBytesSink | null } {
    const ahead: { call: OpenCall; sink: ShowBytesSink | null } = {
      sink: null,
      call: {
        sendShowBytes: (length) => {
          if (ahead.sink || res.headersSent) return null;
          res.writeHead(200, {
            ...baseHeaders(),
            'Content-Type': 'application/octet-stream',
            'Cache-Control': 'no-store',
            [SHOW_BYTES_HEADER]: String(length),
          });
          ahead.sink = showBytesSink(length, (chunk) => new Promise<void>((done) => res.write(chunk, () => done())));
          return ahead.sink;
        },
      },
    };
    return ahead;
  }

  async function handleStatic(req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') throw Object.assign(new HttpError(405, 'use GET'), { allow: 'GET, HEAD' });
    const file = await resolveStaticFile(opts.distDir, pathname);
    if (!file) throw new HttpError(404, 'not found');
    const isPage = file.endsWith('.html');
    res.writeHead(200, {
      ...baseHeaders(),
      'Content-Type': contentTypeFor(file),
      // The page is small and must never be stale; hashed assets could be cached, but a local
      // server gains nothing from it and a rebuilt app must show at once.
      'Cache-Control': isPage ? 'no-store' : 'no-cache',
    });
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    await new Promise<void>((resolveDone, reject) => {
      const stream = createReadStream(file);
      stream.on('error', reject);
      res.on('close', () => {
        stream.destroy();
        resolveDone();
      });
      stream.pipe(res);
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const presented = req.headers[TOKEN_HEADER];
    const done = guard.begin(req.socket, tokenMatches(Array.isArray(presented) ? undefined : presented, token));
    res.once('close', done);
    try {
      if (!hostAllowed(req.headers.host, port)) throw new HttpError(421, 'this host only answers to 127.0.0.1 and localhost');
      if (!originAllowed(req.headers.origin, port) || req.headers['sec-fetch-site'] === 'cross-site') {
        throw new HttpError(403, 'requests from other sites are refused');
      }
      const pathname = new URL(req.url ?? '/', `http://127.0.0.1:${port}`).pathname;
      if (pathname.startsWith('/api/')) await handleApi(req, res, pathname.slice('/api/'.length));
      else await handleStatic(req, res, pathname);
    } catch (e) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      if (e instanceof HttpError) {
        const extra: Record<string, string> = {};
        const allow = (e as { allow?: string }).allow;
        if (allow) extra.Allow = allow;
        // After refusing an oversized body, do not keep reading it.
        if (e.status === 413) extra.Connection = 'close';
        sendJson(res, e.status, { ok: false, message: clipMessage(e.message) }, extra);
        if (e.status === 413) req.destroy();
        return;
      }
      // Clipped: a failure can quote what a client sent.
      const message = clipMessage(e instanceof Error ? e.message : String(e));
      logError(clipMessage(`Pavilion host: ${req.method} ${req.url?.split('?')[0]} failed: ${e instanceof Error && e.stack ? e.stack : message}`));
      sendJson(res, 500, { ok: false, message });
    }
  }

  // Timeouts are checked every second (Node's default is every 30 s).
  const server: Server = createServer({ connectionsCheckingInterval: 1000 }, (req, res) => void handle(req, res));
  const guard = new ConnectionGuard(server, opts.limits);
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        server.closeAllConnections();
      }),
  };
}

/** Reads a request body, refusing (413) past `limit` bytes, by header or by count. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.reject(new HttpError(413, `the body is larger than ${limit} bytes`));
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        reject(new HttpError(413, `the body is larger than ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (done) return;
      done = true;
      resolveBody(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      if (done) return;
      done = true;
      reject(e);
    });
  });
}
