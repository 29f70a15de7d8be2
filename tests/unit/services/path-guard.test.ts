import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPathPolicy, guardPaths, isNormalAbsolute, PickedPaths, rememberPicks } from '../../../electron/services/path-guard';
import { API_METHODS, type ApiMethod, type PavilionApi } from '../../../shared/ipc/contract';

const SHOW = '/home/ana/Shows/expo.pavilion.json';
const BACKUP = '/home/ana/Shows/.pavilion-backups/expo.pavilion.json/20270301T090000000Z-r3.pavilion.json';

/**
 * A payload per method naming `path` wherever the method takes a path; methods without a
 * path get a plain payload. Every contract method must be listed, so a new method with a
 * path cannot slip past the guard unnoticed.
 */
const PAYLOADS: Record<ApiMethod, ((path: string) => unknown) | null> = {
  getAppInfo: null,
  getSettings: null,
  updateSettings: null,
  chooseProjectToOpen: null,
  chooseProjectSaveLocation: null,
  listDirectory: (path) => ({ dir: path }),
  createProject: (path) => ({ path, name: { zh: '展', en: 'Show' } }),
  openProject: (path) => ({ path }),
  openSample: null,
  commitOperations: null,
  saveProjectAs: (path) => ({ handle: 'h', path }),
  saveProjectCopy: (path) => ({ path, project: {} }),
  closeProject: null,
  stashUnsaved: null,
  restoreUnsaved: null,
  discardUnsaved: null,
  reloadAndReapply: null,
  listBackups: (path) => ({ path }),
  openBackup: (path) => ({ path }),
  restoreBackup: (path) => ({ path, backup: path }),
  // File names only (never paths): checked by their own services.
  importAsset: null,
  readAsset: null,
  parseImportFile: null,
  renderExport: null,
  // Print options and a handle: no path (the PDF is a download).
  printToPdf: null,
  printToPrinter: null,
  // A port number: no path (the server's folder is the app's own).
  startOfficeServer: null,
};

function recordingApi() {
  const calls: string[] = [];
  const api = Object.fromEntries(API_METHODS.map((m) => [m, async () => (calls.push(m), { ok: true, value: m })])) as unknown as PavilionApi;
  return { api, calls };
}

const call = (api: PavilionApi, m: ApiMethod, arg: unknown) => (api[m] as (a: unknown) => Promise<unknown>)(arg);

describe('isNormalAbsolute', () => {
  it('accepts absolute normalized paths only', () => {
    for (const ok of ['/', '/home/ana/x.pavilion.json', '/home/ana/']) expect(isNormalAbsolute(ok), ok).toBe(true);
    for (const bad of ['x.pavilion.json', './x.pavilion.json', '/home/ana/../bo/x.pavilion.json', '/home//ana/x', '/home/./ana', '/a\0b', '']) expect(isNormalAbsolute(bad), bad).toBe(false);
  });
});

describe('guardPaths', () => {
  it('lists every contract method (so a new one with a path must be considered)', () => {
    expect(Object.keys(PAYLOADS).sort()).toEqual([...API_METHODS].sort());
  });

  it('browser mode: any absolute normalized path; relative or ../ paths are refused before the service runs', async () => {
    for (const [method, payload] of Object.entries(PAYLOADS) as [ApiMethod, ((p: string) => unknown) | null][]) {
      if (!payload) continue;
      const { api, calls } = recordingApi();
      const guarded = guardPaths(api, browserPathPolicy());
      for (const bad of ['shows/expo.pavilion.json', '/home/ana/../../etc/expo.pavilion.json']) {
        expect(await call(guarded, method, payload(bad)), `${method} ${bad}`).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
      }
      expect(calls).toEqual([]);
      expect(await call(guarded, method, payload(SHOW))).toEqual({ ok: true, value: method });
    }
    const { api } = recordingApi();
    expect(await guardPaths(api, browserPathPolicy()).listDirectory({ dir: null })).toEqual({ ok: true, value: 'listDirectory' });
  });

  it('desktop app: only paths chosen in a dialog this session, or in recent files; never folder listings', async () => {
    const recent = ['/home/ana/Shows/old.pavilion.json'];
    const picked = new PickedPaths({ remembered: () => recent });
    const { api, calls } = recordingApi();
    const dialogs = rememberPicks(
      {
        chooseProjectToOpen: async () => ({ kind: 'path', path: SHOW }),
        chooseProjectSaveLocation: async () => ({ kind: 'path', path: '/home/ana/Shows/new.pavilion.json' }),
      },
      picked,
    );
    const guarded = guardPaths(api, picked);
    // Before any dialog: refused, every method with a path.
    for (const [method, payload] of Object.entries(PAYLOADS) as [ApiMethod, ((p: string) => unknown) | null][]) {
      if (payload) expect(await call(guarded, method, payload(method === 'openBackup' ? BACKUP : SHOW)), method).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    }
    expect(calls).toEqual([]);
    expect(await guarded.openProject({ path: recent[0]! })).toEqual({ ok: true, value: 'openProject' });
    // A recent file may be opened, not overwritten by save-as or create.
    expect(await guarded.saveProjectAs({ handle: 'h', path: recent[0]! })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });

    await dialogs.chooseProjectToOpen();
    await dialogs.chooseProjectSaveLocation({ suggestedName: 'new' });
    expect(await guarded.openProject({ path: SHOW })).toEqual({ ok: true, value: 'openProject' });
    expect(await guarded.saveProjectAs({ handle: 'h', path: '/home/ana/Shows/new.pavilion.json' })).toEqual({ ok: true, value: 'saveProjectAs' });
    expect(await guarded.createProject({ path: '/home/ana/Shows/new.pavilion.json', name: { zh: 'a', en: 'a' } })).toEqual({ ok: true, value: 'createProject' });
    expect(await guarded.openBackup({ path: BACKUP })).toEqual({ ok: true, value: 'openBackup' });
    expect(await guarded.restoreBackup({ path: SHOW, backup: BACKUP })).toEqual({ ok: true, value: 'restoreBackup' });
    // Backups of other shows, lookalikes and traversal stay out.
    expect(await guarded.openBackup({ path: '/home/ana/Other/.pavilion-backups/x.pavilion.json/20270301T090000000Z-r3.pavilion.json' })).toMatchObject({ ok: false });
    expect(await guarded.openBackup({ path: '/home/ana/Shows/.pavilion-backups/expo.pavilion.json/../../../../etc/passwd' })).toMatchObject({ ok: false });
    expect(await guarded.openProject({ path: '/home/ana/Shows/x/../expo.pavilion.json' })).toMatchObject({ ok: false });
    expect(await guarded.listDirectory({ dir: '/home/ana' })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await guarded.listDirectory({ dir: null })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
  });

  it('compares without case where the file system does', async () => {
    const picked = new PickedPaths({ remembered: () => [], caseInsensitive: true });
    picked.allow(join('/Users/Ana', 'Expo.pavilion.json'));
    expect(picked.check('open', '/users/ana/expo.pavilion.json')).toBeNull();
    const strict = new PickedPaths({ remembered: () => [] });
    strict.allow('/Users/Ana/Expo.pavilion.json');
    expect(strict.check('open', '/users/ana/expo.pavilion.json')).not.toBeNull();
  });
});
