import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createServices, withDialogs } from '../../../electron/services/pavilion-services';
import { serializeProject } from '../../../electron/services/project-format';
import { rememberFileJson } from '../../../electron/services/project-json';
import { browserDialogs } from '../../../electron/web-host/browser-dialogs';
import { apiReplyParts } from '../../../electron/web-host/reply';
import { startWebHost } from '../../../electron/web-host/server';
import type { OpenedProject, Result } from '../../../shared/ipc/contract';
import { loadProjectText } from '../../../shared/model/load';
import { generateShow } from '../../../shared/sample/generate';
import { tempDir } from '../services/helpers';

const body = (parts: (string | Uint8Array)[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p))).toString('utf8');

describe('apiReplyParts', () => {
  const text = serializeProject(generateShow({ halls: 1, booths: 30, exhibitors: 8, seed: 2 }));

  it('splices in the known file text of the show a result carries, parsing to what JSON.stringify would give', () => {
    const loaded = loadProjectText(text);
    if (!loaded.ok) throw new Error('sample did not load');
    rememberFileJson(loaded.project, Buffer.from(text, 'utf8'));
    const result: Result<OpenedProject> = { ok: true, value: { handle: 'h1', path: '/x/展会.pavilion.json', project: loaded.project, readOnly: false, migratedFrom: null } };
    const parts = apiReplyParts(result);
    const out = body(parts);
    // The file's own indentation is there: its text went out as it is.
    expect(out).toContain(text);
    expect(JSON.parse(out)).toStrictEqual(JSON.parse(JSON.stringify({ ok: true, value: result })));
  });

  it('stringifies everything else as before', () => {
    const other = loadProjectText(text);
    if (!other.ok) throw new Error('sample did not load');
    const values: unknown[] = [
      { ok: true, value: { handle: 'h', project: other.project } },
      { ok: false, error: { code: 'open.invalid', details: ['x'] } },
      { ok: true, value: null },
      undefined,
      [1, 2],
    ];
    for (const value of values) expect(apiReplyParts(value)).toEqual([JSON.stringify({ ok: true, value })]);
  });
});

describe('web host: opening a show sends its file text', () => {
  async function host() {
    const base = await tempDir('pavilion-reply-');
    const dist = join(base, 'dist');
    const services = await createServices({ dataDir: join(base, 'data'), documentsDir: base, resourcesDir: join(base, 'resources'), mode: 'browser', appVersion: '0', systemLocale: 'en', warn: () => undefined });
    const running = await startWebHost({ api: withDialogs(services, browserDialogs(services)), distDir: dist, contentSecurityPolicy: "default-src 'self'", logError: () => undefined });
    const open = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${running.port}/api/openProject`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Pavilion-Token': running.token },
        body: JSON.stringify({ arg: { path } }),
      });
      const raw = await res.text();
      expect(res.status).toBe(200);
      expect(Number(res.headers.get('content-length'))).toBe(Buffer.byteLength(raw));
      return { raw, reply: JSON.parse(raw) as { ok: true; value: Result<OpenedProject> } };
    };
    return { base, services, open, close: async () => (await running.close(), await services.close()) };
  }

  it('as it is when it is the project; stringified when validation changed it', async () => {
    const { base, services, open, close } = await host();
    const text = serializeProject(generateShow({ halls: 2, booths: 50, exhibitors: 20, seed: 9 }));
    const path = join(base, 'show.pavilion.json');
    await writeFile(path, `\uFEFF${text}`);
    const { raw, reply } = await open(path);
    expect(raw).toContain(text);
    if (!reply.value.ok) throw new Error(JSON.stringify(reply.value.error));
    expect(reply.value.value.project).toStrictEqual(services.projects.current(reply.value.value.handle));

    const legacy = join(base, 'legacy.pavilion.json');
    await writeFile(legacy, JSON.stringify({ ...JSON.parse(text), legacy: true }, null, 2));
    const second = await open(legacy);
    expect(second.raw).not.toContain('\n');
    if (!second.reply.value.ok) throw new Error(JSON.stringify(second.reply.value.error));
    expect(second.reply.value.value.project).toStrictEqual(services.projects.current(second.reply.value.value.handle));
    expect('legacy' in second.reply.value.value.project).toBe(false);
    await close();
  });
});
