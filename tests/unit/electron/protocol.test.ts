import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, APP_START_URL, createAppProtocolHandler } from '../../../electron/main/protocol';
import { extractContentSecurityPolicy } from '../../../electron/services/csp';
import { tempDir } from '../services/helpers';

const CSP = extractContentSecurityPolicy(readFileSync(join(process.cwd(), 'renderer', 'index.html'), 'utf8'))!;

async function setup() {
  const base = await tempDir();
  const dist = join(base, 'dist');
  await mkdir(join(dist, 'assets'), { recursive: true });
  await writeFile(join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
  await writeFile(join(dist, 'assets', 'app.js'), 'export {}');
  await writeFile(join(base, 'secret.txt'), 'TOP-SECRET');
  return createAppProtocolHandler({ distDir: dist, contentSecurityPolicy: CSP });
}

describe('app:// protocol', () => {
  it('is registered as a standard, secure scheme', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(APP_START_URL).toBe('app://pavilion/index.html');
  });

  it('serves the built app with the CSP header and content types', async () => {
    const handle = await setup();
    const page = await handle(new Request(APP_START_URL));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('root');
    const root = await handle(new Request('app://pavilion/'));
    expect(root.status).toBe(200);
    const js = await handle(new Request('app://pavilion/assets/app.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('never serves outside the build, nor for another host', async () => {
    const handle = await setup();
    for (const url of ['app://pavilion/%2e%2e/secret.txt', 'app://pavilion/assets/..%2f..%2fsecret.txt', 'app://pavilion/..%5csecret.txt', 'app://other/index.html', 'app://pavilion/missing.js']) {
      const r = await handle(new Request(url));
      expect(r.status, url).toBe(404);
      expect(await r.text()).not.toContain('TOP-SECRET');
    }
    expect((await handle(new Request(APP_START_URL, { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('allows compiling WebAssembly (the HiGHS optimiser in its worker) and nothing more of eval', () => {
    const directives = new Map(
      CSP.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name!, values];
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(CSP).not.toMatch(/'unsafe-eval'/);
    // Workers (the allocation worker among them) are served with this header; they cannot be loaded from elsewhere.
    expect(directives.get('worker-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });
});
