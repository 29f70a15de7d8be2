import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, withDialogs, type PavilionServices } from '../../../electron/services/pavilion-services';
import { serializeProject } from '../../../electron/services/project-format';
import { ProjectService } from '../../../electron/services/project-service';
import { isJsonOfBytes, looksCurrent, showBytesSink, type OpenCall } from '../../../electron/services/show-bytes';
import { browserDialogs } from '../../../electron/web-host/browser-dialogs';
import { startWebHost, type RunningWebHost } from '../../../electron/web-host/server';
import { createHttpClient } from '../../../renderer/app/api/http-client';
import { initI18n } from '../../../renderer/app/i18n';
import { describeError } from '../../../renderer/panels/common/describe-error';
import { PROJECT_SENT_KEY, SHOW_BYTES_HEADER } from '../../../shared/ipc/project-wire';
import type { OpenedProject, Result } from '../../../shared/ipc/contract';
import { generateShow } from '../../../shared/sample/generate';
import { tempDir } from '../services/helpers';

const FIXTURES = join(process.cwd(), 'tests', 'fixtures');
const show = (seed: number) => serializeProject(generateShow({ halls: 2, booths: 60, exhibitors: 20, seed }));

let base: string;
let services: PavilionServices;
let host: RunningWebHost;
/** What the browser host sent ahead of each reply, and the reply's JSON after it. */
let seen: { ahead: number | null; reply: unknown }[];

/** The page's real HTTP client against the real browser host, recording each raw reply. */
function client() {
  const recording = (async (url: string | URL | Request, init?: RequestInit) => {
    const res = await fetch(url, init);
    const raw = Buffer.from(await res.arrayBuffer());
    const ahead = res.headers.get(SHOW_BYTES_HEADER);
    const n = ahead === null ? 0 : Number(ahead);
    seen.push({ ahead: ahead === null ? null : n, reply: JSON.parse(raw.subarray(n).toString('utf8')) });
    return new Response(raw, { status: res.status, headers: res.headers });
  }) as typeof fetch;
  return createHttpClient({ token: host.token, baseUrl: `http://127.0.0.1:${host.port}`, fetch: recording });
}

beforeEach(async () => {
  base = await tempDir('pavilion-ahead-');
  seen = [];
  services = await createServices({ dataDir: join(base, 'data'), documentsDir: base, resourcesDir: join(base, 'resources'), mode: 'browser', appVersion: '0', systemLocale: 'en', warn: () => undefined });
  host = await startWebHost({ api: withDialogs(services, browserDialogs(services)), distDir: join(base, 'dist'), contentSecurityPolicy: "default-src 'self'", logError: () => undefined });
});

afterEach(async () => {
  await host.close();
  await services.close();
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const path = join(base, name);
  await writeFile(path, content);
  return path;
}

describe('opening a show in the browser host: the file bytes ahead of the verdict', () => {
  it('a current-version show: bytes first, then a reply that vouches for them; the page gets the host’s document', async () => {
    const text = show(1);
    const path = await file('show.pavilion.json', `\uFEFF${text}`);
    const res = await client().openProject({ path });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(seen[0]!.ahead).toBe(Buffer.byteLength(text) + 3);
    const reply = seen[0]!.reply as { ok: true; value: { ok: true; value: Record<string, unknown> } };
    expect(reply.value.value[PROJECT_SENT_KEY]).toBe(true);
    expect('project' in reply.value.value).toBe(false);
    expect(res.value.project).toStrictEqual(services.projects.current(res.value.handle));
    expect(res.value.path).toBe(path);
  });

  it('a show of several megabytes, sent in pieces while the host reads it: the page gets it whole, vouched for', async () => {
    const text = serializeProject(generateShow({ halls: 8, booths: 6000, exhibitors: 2500, seed: 13 }));
    const path = await file('big.pavilion.json', text);
    const res = await client().openProject({ path });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(seen[0]!.ahead).toBe(Buffer.byteLength(text));
    const reply = seen[0]!.reply as { ok: true; value: { ok: true; value: Record<string, unknown> } };
    expect(reply.value.value[PROJECT_SENT_KEY]).toBe(true);
    expect(res.value.project).toStrictEqual(services.projects.current(res.value.handle));
  });

  it('a file that needs migration is not sent ahead; the reply carries the migrated document', async () => {
    const path = await file('old.pavilion.json', await readFile(join(FIXTURES, 'v1', 'complete.json')));
    const res = await client().openProject({ path });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(seen[0]!.ahead).toBeNull();
    expect(res.value.migratedFrom).toBe(1);
    expect(res.value.project).toStrictEqual(services.projects.current(res.value.handle));
  });

  it('a file validation changes (an unknown field dropped) was sent ahead, but the page gets the host’s document from the reply', async () => {
    const doc = JSON.parse(show(2)) as Record<string, unknown>;
    const path = await file('legacy.pavilion.json', JSON.stringify({ ...doc, legacy: true }));
    const res = await client().openProject({ path });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(seen[0]!.ahead).toBeGreaterThan(0);
    const reply = seen[0]!.reply as { value: { value: Record<string, unknown> } };
    expect(PROJECT_SENT_KEY in reply.value.value).toBe(false);
    expect('legacy' in res.value.project).toBe(false);
    expect(res.value.project).toStrictEqual(services.projects.current(res.value.handle));
  });

  it('an invalid file is never shown: sent ahead, refused in the reply, and the error reads in the user’s language', async () => {
    const doc = JSON.parse(show(3)) as { booths: Record<string, { shape: { w: number } }> };
    Object.values(doc.booths)[0]!.shape.w = -5;
    const path = await file('bad.pavilion.json', JSON.stringify(doc));
    const res = await client().openProject({ path });
    expect(seen[0]!.ahead).toBeGreaterThan(0);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('open.invalid');
    expect('project' in (res as unknown as Record<string, unknown>)).toBe(false);
    expect(services.projects.current('anything')).toBeNull();
    const zh = initI18n('zh-CN');
    const message = describeError(zh.t, { code: res.error.code, path: res.error.path, details: res.error.details });
    expect(message.message).toBe(zh.t('errors.open.invalid'));
    expect(message.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a file cut short after a current-version header is refused, not shown', async () => {
    const text = show(4);
    const path = await file('cut.pavilion.json', text.slice(0, Math.floor(text.length / 2)));
    const res = await client().openProject({ path });
    expect(seen[0]!.ahead).toBeGreaterThan(0);
    expect(res.ok || res.error.code).toBe('open.not-json');
  });

  it('a client that does not ask for the bytes ahead gets the plain reply', async () => {
    const path = await file('plain.pavilion.json', show(5));
    const raw = await fetch(`http://127.0.0.1:${host.port}/api/openProject`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Pavilion-Token': host.token },
      body: JSON.stringify({ arg: { path } }),
    });
    expect(raw.headers.get(SHOW_BYTES_HEADER)).toBeNull();
    const body = (await raw.json()) as { ok: true; value: Result<OpenedProject> };
    expect(body.value.ok && body.value.value.project.settings.id).toBeTruthy();
  });

  it('a show this build checked before: after a restart, the reply follows the bytes without waiting for the host’s parse', async () => {
    const text = show(6);
    const path = await file('again.pavilion.json', text);
    const first = await client().openProject({ path });
    if (!first.ok) throw new Error(JSON.stringify(first.error));
    // Another show last, so that the next start does not load this one ahead (`preload`).
    expect((await client().openProject({ path: await file('other.pavilion.json', show(7)) })).ok).toBe(true);
    await host.close();
    await services.close();
    // The app started again: same settings folder.
    services = await createServices({ dataDir: join(base, 'data'), documentsDir: base, resourcesDir: join(base, 'resources'), mode: 'browser', appVersion: '0', systemLocale: 'en', warn: () => undefined });
    host = await startWebHost({ api: withDialogs(services, browserDialogs(services)), distDir: join(base, 'dist'), contentSecurityPolicy: "default-src 'self'", logError: () => undefined });
    const res = await client().openProject({ path });
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(seen[2]!.ahead).toBe(Buffer.byteLength(text));
    const reply = seen[2]!.reply as { ok: true; value: { ok: true; value: Record<string, unknown> } };
    expect(reply.value.value[PROJECT_SENT_KEY]).toBe(true);
    expect(res.value.project).toStrictEqual(JSON.parse(text));
    // The host loads its own copy after the reply; it is the page's document.
    expect(await services.projects.documentOf(res.value.handle)).toStrictEqual(res.value.project);
    // Opened again without the bytes ahead (a window of another kind): the reply carries the file's text.
    await client().closeProject({ handle: res.value.handle });
    const plain = await fetch(`http://127.0.0.1:${host.port}/api/openProject`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Pavilion-Token': host.token },
      body: JSON.stringify({ arg: { path, readOnly: true } }),
    });
    const body = (await plain.json()) as { ok: true; value: Result<OpenedProject> };
    expect(body.value.ok && body.value.value.project).toStrictEqual(JSON.parse(text));
  });
});

/** An `OpenCall` recording the pieces it was sent and what was sent in all; `atEnd` runs once, when the last byte is in. */
function recordingCall(atEnd?: () => Promise<void>) {
  const got: { pieces: number; sent: Buffer | null } = { pieces: 0, sent: null };
  const call: OpenCall = {
    sendShowBytes: (length) => {
      const sink = showBytesSink(length, async () => void got.pieces++);
      return {
        write: (piece) => sink.write(piece),
        end: async () => {
          const sent = await sink.end();
          if (!got.sent) {
            got.sent = sent;
            await atEnd?.();
          }
          return sent;
        },
      };
    },
  };
  return { call, got };
}

describe('ProjectService.openProject with an OpenCall', () => {
  it('a large show goes out in pieces as it is read; what was sent is the host’s own buffer, vouched for', async () => {
    const text = serializeProject(generateShow({ halls: 6, booths: 3000, exhibitors: 1200, seed: 12 }));
    expect(Buffer.byteLength(text)).toBeGreaterThan(1024 * 1024);
    const path = await file('large.pavilion.json', text);
    const service = new ProjectService({ warmUpDelayMs: 60_000 });
    const { call, got } = recordingCall();
    const res = await service.openProject({ path }, call);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(got.pieces).toBeGreaterThan(1);
    expect(got.sent!.toString('utf8')).toBe(text);
    expect(isJsonOfBytes(res.value.project, got.sent!)).toBe(true);
    await service.close();
  });

  it('a file that is not a current-version show is not sent at all', async () => {
    const path = await file('v1.pavilion.json', await readFile(join(FIXTURES, 'v1', 'complete.json')));
    const service = new ProjectService({ warmUpDelayMs: 60_000 });
    const { call, got } = recordingCall();
    const res = await service.openProject({ path }, call);
    expect(res.ok).toBe(true);
    expect(got.sent).toBeNull();
    await service.close();
  });

  it('a file changed between the read and the verdict: the verdict is about the bytes sent, which are what the host holds', async () => {
    const first = show(6);
    const path = await file('moving.pavilion.json', first);
    const service = new ProjectService({ warmUpDelayMs: 60_000 });
    // Another program replaces the file while the host is about to parse what it read.
    const { call, got } = recordingCall(() => writeFile(path, show(7)));
    const res = await service.openProject({ path }, call);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const sent = got.sent;
    expect(sent!.toString('utf8')).toBe(first);
    expect(isJsonOfBytes(res.value.project, sent!)).toBe(true);
    expect(service.current(res.value.handle)).toStrictEqual(JSON.parse(first));
    // Bytes that are not what the host loaded are never vouched for.
    expect(isJsonOfBytes(res.value.project, Buffer.from(show(7)))).toBe(false);
    await service.close();
  });

  it('a preloaded show the file no longer holds: the new bytes are sent, loaded and vouched for', async () => {
    const path = await file('pre.pavilion.json', show(8));
    const service = new ProjectService({ warmUpDelayMs: 60_000 });
    service.preload(path);
    const next = show(9);
    await writeFile(path, next);
    const { call, got } = recordingCall();
    const res = await service.openProject({ path }, call);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    const sent = got.sent;
    expect(sent!.toString('utf8')).toBe(next);
    expect(isJsonOfBytes(res.value.project, sent!)).toBe(true);
    expect(res.value.project).toStrictEqual(JSON.parse(next));
    await service.close();
  });

  it('looksCurrent reads only the head: current version as Pavilion writes it, compact or indented', async () => {
    expect(looksCurrent(Buffer.from(show(1)))).toBe(true);
    expect(looksCurrent(Buffer.from(JSON.stringify(JSON.parse(show(1)))))).toBe(true);
    expect(looksCurrent(await readFile(join(FIXTURES, 'v1', 'complete.json')))).toBe(false);
    expect(looksCurrent(await readFile(join(FIXTURES, 'broken', 'newer-version.json')))).toBe(false);
    expect(looksCurrent(Buffer.from('{"schemaVersion":2,"format":"pavilion-project"}'))).toBe(false);
  });
});

describe('showBytesSink', () => {
  const chunks = (into: Buffer[]) => async (c: Buffer) => void into.push(Buffer.from(c));

  it('pieces of one buffer, one after the other, are sent as they come and come back as a view of that buffer', async () => {
    const file = Buffer.from('{"format":"pavilion-project","schemaVersion":2}');
    const out: Buffer[] = [];
    const sink = showBytesSink(file.length, chunks(out));
    sink.write(file.subarray(0, 10));
    sink.write(file.subarray(10));
    const sent = await sink.end();
    expect(out.map(String)).toEqual([file.subarray(0, 10).toString(), file.subarray(10).toString()]);
    expect(sent.equals(file)).toBe(true);
    expect(sent.buffer).toBe(file.buffer);
    expect(await sink.end()).toBe(sent);
  });

  it('a file that grew while read: only the announced length goes out', async () => {
    const out: Buffer[] = [];
    const sink = showBytesSink(5, chunks(out));
    sink.write(Buffer.from('abc'));
    sink.write(Buffer.from('defgh'));
    sink.write(Buffer.from('ijk'));
    expect((await sink.end()).toString()).toBe('abcde');
    expect(Buffer.concat(out).toString()).toBe('abcde');
  });

  it('a file that ended short (or a read that failed) is made up with spaces, so the reply comes after the announced length', async () => {
    const out: Buffer[] = [];
    const sink = showBytesSink(8, chunks(out));
    sink.write(Buffer.from('{"a":'));
    expect((await sink.end()).toString()).toBe('{"a":   ');
    expect(Buffer.concat(out).toString()).toBe('{"a":   ');
    sink.write(Buffer.from('late'));
    expect(Buffer.concat(out)).toHaveLength(8);
  });
});
