import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { registerIpcHandlers, type IpcMainLike } from '../../../electron/main/ipc';
import type { SenderEventLike } from '../../../electron/main/sender';
import { serializeProject } from '../../../electron/services/project-format';
import { createServices, withDialogs, type PavilionServices } from '../../../electron/services/pavilion-services';
import { browserDialogs } from '../../../electron/web-host/browser-dialogs';
import { tempDir } from '../services/helpers';
import { packProjectJson, rememberFileJson, rememberWrittenJson } from '../../../electron/services/project-json';
import { API_METHODS, type OpenedProject, type PavilionApi, type Result } from '../../../shared/ipc/contract';
import { PROJECT_JSON_KEY, unpackProjectJson } from '../../../shared/ipc/project-wire';
import { loadProjectText } from '../../../shared/model/load';
import { generateShow } from '../../../shared/sample/generate';
import { createApiClient } from '../../../renderer/app/api/client';

const text = serializeProject(generateShow({ halls: 2, booths: 40, exhibitors: 12, seed: 3 }));

function loaded() {
  const l = loadProjectText(text);
  if (!l.ok) throw new Error('sample did not load');
  return l.project;
}

/** What Electron's structured clone would hand the window for a reply: plain data, bytes as a Uint8Array. */
const clone = <T>(v: T): T => structuredClone(v);

describe('a show crosses IPC as its file text', () => {
  it('sends the known file bytes in place of the project, and the window parses back an equal reply', () => {
    const project = loaded();
    rememberFileJson(project, Buffer.from(text, 'utf8'));
    const reply: Result<OpenedProject> = { ok: true, value: { handle: 'h1', path: '/x/展会.pavilion.json', project, readOnly: false, migratedFrom: null, heldBy: { name: '李', since: '2026-01-01T00:00:00Z' } as never } };
    const packed = packProjectJson(reply) as { ok: true; value: Record<string, unknown> };
    expect(packed.value.project).toBeUndefined();
    expect(packed.value[PROJECT_JSON_KEY]).toBeInstanceOf(Uint8Array);
    const back = unpackProjectJson(clone(packed));
    expect(back).toStrictEqual(clone(reply));
  });

  it('joins the chunks a save wrote', () => {
    const project = loaded();
    const half = Math.floor(text.length / 2);
    rememberWrittenJson(project, [Buffer.from(text.slice(0, half), 'utf8'), Buffer.from(text.slice(half), 'utf8')]);
    const reply = { ok: true, value: { handle: 'h', path: '/p', project, readOnly: false, migratedFrom: null } };
    expect(unpackProjectJson(clone(packProjectJson(reply)))).toStrictEqual(clone(reply));
  });

  it('leaves every other reply as it is', () => {
    const unknownText = loaded();
    const values: unknown[] = [
      { ok: true, value: { handle: 'h', project: unknownText } },
      { ok: false, error: { code: 'open.invalid', details: ['x'] } },
      { ok: true, value: null },
      { language: 'en' },
      undefined,
      null,
      [1, 2],
    ];
    for (const v of values) {
      expect(packProjectJson(v)).toBe(v);
      expect(unpackProjectJson(v)).toBe(v);
    }
    // A value that already has a project is not touched on the way back either.
    const both = { ok: true, value: { project: 1, [PROJECT_JSON_KEY]: new Uint8Array([49]) } };
    expect(unpackProjectJson(both)).toBe(both);
  });

  it('the main process packs and the window client unpacks, end to end through the handlers', async () => {
    const project = loaded();
    rememberFileJson(project, Buffer.from(text, 'utf8'));
    const opened: Result<OpenedProject> = { ok: true, value: { handle: 'h9', path: '/a.pavilion.json', project, readOnly: true, migratedFrom: 3 } };
    const api = Object.fromEntries(API_METHODS.map((m) => [m, async () => (m === 'openProject' ? opened : { ok: true, value: m })])) as unknown as PavilionApi;
    const handlers = new Map<string, (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>>();
    const ipc: IpcMainLike = { handle: (c, l) => void handlers.set(c, l), removeHandler: (c) => void handlers.delete(c) };
    registerIpcHandlers(ipc, api, () => true);
    const { CHANNELS } = await import('../../../shared/ipc/contract');
    const bridge = Object.fromEntries(API_METHODS.map((m) => [m, async (arg?: unknown) => clone(await handlers.get(CHANNELS[m])!({ senderFrame: { url: 'app://pavilion/' } }, arg))]));
    const client = createApiClient({ pavilion: { ...bridge, onMenuCommand: () => () => undefined } } as unknown as Window);
    expect(await client.openProject({ path: '/a.pavilion.json' })).toStrictEqual(clone(opened));
    expect(await client.getSettings()).toStrictEqual({ ok: true, value: 'getSettings' });
  });

  it('a show the main process checked before (the app started again) crosses as its file text before main has parsed it', async () => {
    const base = await tempDir('pavilion-ipc-');
    const path = join(base, 'show.pavilion.json');
    await writeFile(path, text);
    const start = () => createServices({ dataDir: join(base, 'data'), documentsDir: base, resourcesDir: join(base, 'resources'), mode: 'electron', appVersion: '1.0.0', systemLocale: 'en', warn: () => undefined });
    const { CHANNELS } = await import('../../../shared/ipc/contract');
    const windowOf = (services: PavilionServices) => {
      const handlers = new Map<string, (event: SenderEventLike, ...args: unknown[]) => Promise<unknown>>();
      registerIpcHandlers({ handle: (c, l) => void handlers.set(c, l), removeHandler: (c) => void handlers.delete(c) }, withDialogs(services, browserDialogs(services)), () => true);
      const bridge = Object.fromEntries(API_METHODS.map((m) => [m, async (arg?: unknown) => clone(await handlers.get(CHANNELS[m])!({ senderFrame: { url: 'app://pavilion/' } }, arg))]));
      return createApiClient({ pavilion: { ...bridge, onMenuCommand: () => () => undefined } } as unknown as Window);
    };
    const first = await start();
    const a = await windowOf(first).openProject({ path });
    expect(a.ok && first.projects.current(a.value.handle)).toBeTruthy();
    // Another show last, so that the next start does not load this one ahead (`preload`).
    await writeFile(join(base, 'other.pavilion.json'), serializeProject(generateShow({ halls: 1, booths: 5, exhibitors: 2, seed: 4 })));
    expect((await windowOf(first).openProject({ path: join(base, 'other.pavilion.json') })).ok).toBe(true);
    await first.close();

    const again = await start();
    const b = await windowOf(again).openProject({ path });
    if (!b.ok) throw new Error(JSON.stringify(b.error));
    expect(again.projects.current(b.value.handle)).toBeNull();
    expect(b.value.project).toStrictEqual(JSON.parse(text));
    expect(await again.projects.documentOf(b.value.handle)).toStrictEqual(b.value.project);
    await again.close();
  });
});
