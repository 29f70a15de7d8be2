import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { CustomScheme } from 'electron';
import { contentTypeFor, resolveStaticPath } from '../services/static-path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'pavilion';
/** The only origin allowed to call the API: the app's own pages. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * `app://` is a standard, secure scheme so the page gets a real origin (not file://, which
 * would share one origin with every local file) and ES modules, fetch and code caching work.
 * It must be registered before the app is ready.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

export interface AppProtocolOptions {
  /** The built renderer (`dist/`, inside app.asar when packaged). */
  distDir: string;
  /** Sent with every file, same policy as the page's meta tag. */
  contentSecurityPolicy: string;
}

/**
 * Serves `app://pavilion/<path>` from the built renderer, never outside it. Kept free of
 * Electron objects (plain `Request` in, `Response` out) so it is tested in Node. Paths are
 * checked lexically only: symlink resolution is not available inside app.asar, and the
 * build contains no links.
 */
export function createAppProtocolHandler(opts: AppProtocolOptions): (request: Request) => Promise<Response> {
  const headers = (extra: Record<string, string> = {}) => ({
    'Content-Security-Policy': opts.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    ...extra,
  });
  const refuse = (status: number, text: string) => new Response(text, { status, headers: headers({ 'Content-Type': 'text/plain; charset=utf-8' }) });

  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return refuse(400, 'bad address');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return refuse(404, 'not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'method not allowed');
    let file = resolveStaticPath(opts.distDir, url.pathname);
    if (!file) return refuse(404, 'not found');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: headers({ 'Content-Type': contentTypeFor(file), 'Cache-Control': 'no-cache' }),
      });
    } catch {
      return refuse(404, 'not found');
    }
  };
}
