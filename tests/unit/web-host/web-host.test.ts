import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { extractContentSecurityPolicy } from '../../../electron/services/csp';
import { createServices, withDialogs, type PavilionServices } from '../../../electron/services/pavilion-services';
import { browserDialogs } from '../../../electron/web-host/browser-dialogs';
import { startWebHost, type RunningWebHost } from '../../../electron/web-host/server';
import type { CommitResult, OpenedProject, Result } from '../../../shared/ipc/contract';
import { readFileSync } from 'node:fs';
import { addHallOp, tempDir } from '../services/helpers';

const RENDERER_CSP = extractContentSecurityPolicy(readFileSync(join(process.cwd(), 'renderer', 'index.html'), 'utf8'));

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request (fetch would not let us send a foreign Host header or a raw path). */
function send(port: number, opts: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method: opts.method ?? 'GET', path: opts.path, headers: { Host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (opts.body !== undefined) req.write(opts.body);
    req.end();
  });
}

let host: RunningWebHost;
let services: PavilionServices;
let base: string;

function api(method: string, arg?: unknown, headers: Record<string, string> = {}) {
  return send(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', 'X-Pavilion-Token': host.token, ...headers },
    body: JSON.stringify(arg === undefined ? {} : { arg }),
  });
}

async function call<T>(method: string, arg?: unknown): Promise<T> {
  const r = await api(method, arg);
  expect(r.status, r.body).toBe(200);
  const body = JSON.parse(r.body) as { ok: boolean; value: T };
  expect(body.ok).toBe(true);
  return body.value;
}

beforeEach(async () => {
  base = await tempDir('pavilion-host-');
  const dist = join(base, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await copyFile(join(process.cwd(), 'renderer', 'index.html'), join(dist, 'index.html'));
  await writeFile(join(dist, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(join(base, 'secret.txt'), 'TOP-SECRET');
  services = await createServices({
    dataDir: join(base, 'data'),
    documentsDir: join(base, 'Documents'),
    resourcesDir: join(base, 'resources'),
    mode: 'browser',
    appVersion: '0.0.1',
    systemLocale: 'en-US',
    defaultUserName: 'tester',
    warn: () => undefined,
  });
  host = await startWebHost({ api: withDialogs(services, browserDialogs(services)), distDir: dist, maxBodyBytes: 256 * 1024, logError: () => undefined });
});

afterEach(async () => {
  await host.close();
  await services.close();
});

describe('web host: address and token', () => {
  it('listens on a random loopback port and prints a tokenised URL', () => {
    expect(host.port).toBeGreaterThan(0);
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+$/);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('refuses API calls without the token or with a wrong one (401)', async () => {
    const missing = await api('getAppInfo', undefined, { 'X-Pavilion-Token': '' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ ok: false });
    const wrong = await api('getAppInfo', undefined, { 'X-Pavilion-Token': `${host.token.slice(0, -1)}x` });
    expect(wrong.status).toBe(401);
    // The token in the query string is not enough for the API.
    const inQuery = await send(host.port, { method: 'POST', path: `/api/getAppInfo?token=${host.token}`, headers: { 'Content-Type': 'application/json' }, body: '{}' });
    expect(inQuery.status).toBe(401);
    expect((await api('getAppInfo')).status).toBe(200);
  });

  it('answers only to 127.0.0.1 and localhost with its own port as Host (DNS rebinding)', async () => {
    for (const bad of ['evil.example:80', `evil.example:${host.port}`, '127.0.0.1', `127.0.0.1:${host.port + 1}`, `[::1]:${host.port}`]) {
      const r = await api('getAppInfo', undefined, { Host: bad });
      expect(r.status, bad).toBe(421);
    }
    expect((await send(host.port, { path: '/', headers: { Host: 'evil.example' } })).status).toBe(421);
    expect((await api('getAppInfo', undefined, { Host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('refuses requests from other origins and never sends CORS headers', async () => {
    const cross = await api('getAppInfo', undefined, { Origin: 'http://evil.example' });
    expect(cross.status).toBe(403);
    expect((await api('getAppInfo', undefined, { Origin: 'null' })).status).toBe(403);
    const same = await api('getAppInfo', undefined, { Origin: `http://127.0.0.1:${host.port}` });
    expect(same.status).toBe(200);
    const preflight = await send(host.port, { method: 'OPTIONS', path: '/api/getAppInfo', headers: { Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' } });
    expect(preflight.status).toBe(403);
    for (const r of [cross, same, preflight]) {
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });
});

describe('web host: API', () => {
  it('404s an unknown method (with a valid token) and 405s a GET', async () => {
    expect((await api('deleteEverything')).status).toBe(404);
    expect((await api('constructor')).status).toBe(404);
    expect((await send(host.port, { path: '/api/getAppInfo', headers: { 'X-Pavilion-Token': host.token } })).status).toBe(405);
  });

  it('400s malformed payloads with a message, and 415s a non-JSON content type', async () => {
    const notJson = await send(host.port, { method: 'POST', path: '/api/getAppInfo', headers: { 'Content-Type': 'application/json', 'X-Pavilion-Token': host.token }, body: '{nope' });
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toEqual({ ok: false, message: 'the body is not JSON' });
    const notObject = await send(host.port, { method: 'POST', path: '/api/getAppInfo', headers: { 'Content-Type': 'application/json', 'X-Pavilion-Token': host.token }, body: '[1]' });
    expect(notObject.status).toBe(400);
    const badArg = await api('openProject', { path: 42 });
    expect(badArg.status).toBe(400);
    expect(JSON.parse(badArg.body).message).toMatch(/openProject.*path/);
    const extraKey = await api('closeProject', { handle: 'x', evil: true });
    expect(extraKey.status).toBe(400);
    const form = await send(host.port, { method: 'POST', path: '/api/getAppInfo', headers: { 'Content-Type': 'text/plain', 'X-Pavilion-Token': host.token }, body: '{}' });
    expect(form.status).toBe(415);
  });

  it('413s a body over the limit', async () => {
    const big = await api('listDirectory', { dir: 'x'.repeat(300 * 1024) });
    expect(big.status).toBe(413);
  });

  it('returns expected failures as Result values', async () => {
    const r = await call<Result<OpenedProject>>('openProject', { path: join(base, 'missing.pavilion.json') });
    expect(r).toEqual({ ok: false, error: { code: 'not-found', path: join(base, 'missing.pavilion.json') } });
  });

  it('offers the in-page chooser instead of dialogs', async () => {
    expect(await call('chooseProjectToOpen')).toEqual({ kind: 'in-app', dir: join(base, 'Documents') });
    expect(await call('chooseProjectSaveLocation', { suggestedName: 'Expo' })).toEqual({ kind: 'in-app', dir: join(base, 'Documents') });
    expect(await call('getAppInfo')).toMatchObject({ mode: 'browser', version: '0.0.1' });
  });

  it('creates, commits, closes and reopens a show over HTTP', async () => {
    const path = join(base, 'Documents', 'expo.pavilion.json');
    const listing = await call<Result<{ dir: string }>>('listDirectory', { dir: null });
    expect(listing).toMatchObject({ ok: true, value: { dir: join(base, 'Documents') } });
    const created = await call<Result<OpenedProject>>('createProject', { path, name: { zh: '博览会', en: 'Expo' } });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const op = addHallOp(created.value.project, 'h_a1', 2);
    const committed = await call<Result<CommitResult>>('commitOperations', { handle: created.value.handle, baseRevision: 0, ops: [op] });
    expect(committed).toMatchObject({ ok: true, value: { revision: 1 } });
    const stale = await call<Result<CommitResult>>('commitOperations', { handle: created.value.handle, baseRevision: 0, ops: [op] });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await call('closeProject', { handle: created.value.handle })).toBeUndefined();
    const reopened = await call<Result<OpenedProject>>('openProject', { path });
    expect(reopened.ok && reopened.value.project.revision).toBe(1);
    expect(reopened.ok && Object.keys(reopened.value.project.booths)).toHaveLength(2);
    expect(await call('getSettings')).toMatchObject({ lastProject: path, recentFiles: [path] });
  });
});

describe('web host: static files', () => {
  it('serves the page with the renderer CSP, nosniff and the right content types', async () => {
    expect(RENDERER_CSP).toMatch(/default-src 'self'/);
    const page = await send(host.port, { path: `/?token=${host.token}` });
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(RENDERER_CSP);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.body).toContain('<div id="root">');
    const js = await send(host.port, { path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers['content-security-policy']).toBe(RENDERER_CSP);
    const head = await send(host.port, { method: 'HEAD', path: '/index.html' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('never serves files outside the built app', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/assets/%2e%2e%5c..%5csecret.txt', '//..//secret.txt', '/..%00/secret.txt']) {
      const r = await send(host.port, { path });
      expect(r.status, path).toBe(404);
      expect(r.body).not.toContain('TOP-SECRET');
    }
    expect((await send(host.port, { path: '/nope.js' })).status).toBe(404);
    // A link inside the build pointing out of it is not followed.
    await symlink(join(base, 'secret.txt'), join(base, 'dist', 'assets', 'leak.txt'));
    const leak = await send(host.port, { path: '/assets/leak.txt' });
    expect(leak.status).toBe(404);
    expect(leak.body).not.toContain('TOP-SECRET');
    expect((await send(host.port, { method: 'POST', path: '/index.html' })).status).toBe(405);
  });
});
