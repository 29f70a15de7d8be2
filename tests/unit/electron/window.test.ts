import { describe, expect, it } from 'vitest';
import { createMainWindowOptions, denyAllPermissions, guardWebContents, SECURE_WEB_PREFERENCES, type GuardedContents } from '../../../electron/main/window';
import { boundsToSave, restoreBounds } from '../../../electron/main/bounds';

describe('main window options', () => {
  it('isolate and sandbox the renderer, with the preload as its only bridge', () => {
    const o = createMainWindowOptions('/app/dist-electron/preload.cjs');
    expect(o.webPreferences).toMatchObject({
      preload: '/app/dist-electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    });
    expect(o.show).toBe(false);
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it('use the given bounds', () => {
    expect(createMainWindowOptions('/p', { x: 5, y: 6, width: 1000, height: 700 })).toMatchObject({ x: 5, y: 6, width: 1000, height: 700 });
  });
});

type Listener = (event: { preventDefault(): void }) => void;

function fakeContents() {
  const listeners = new Map<string, Listener[]>();
  let openHandler: ((d: { url: string }) => { action: 'deny' }) | null = null;
  const contents: GuardedContents = {
    on(event: string, listener: Listener) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
      return contents;
    },
    setWindowOpenHandler(h) {
      openHandler = h;
    },
  };
  const fire = (name: string) => {
    let prevented = false;
    for (const l of listeners.get(name) ?? []) l({ preventDefault: () => (prevented = true) });
    return prevented;
  };
  return { contents, fire, open: (url: string) => openHandler?.({ url }) };
}

describe('guardWebContents', () => {
  it('stops navigation (in any frame), redirects and webviews, and denies new windows', () => {
    const f = fakeContents();
    guardWebContents(f.contents);
    expect(f.fire('will-navigate')).toBe(true);
    expect(f.fire('will-frame-navigate')).toBe(true);
    expect(f.fire('will-redirect')).toBe(true);
    expect(f.fire('will-attach-webview')).toBe(true);
    expect(f.open('https://example.com')).toEqual({ action: 'deny' });
    expect(f.open('app://pavilion/index.html')).toEqual({ action: 'deny' });
  });
});

describe('denyAllPermissions', () => {
  it('answers every permission request and check with no', () => {
    let request: ((wc: unknown, p: string, cb: (granted: boolean) => void) => void) | null = null;
    let check: (() => boolean) | null = null;
    denyAllPermissions({ setPermissionRequestHandler: (h) => (request = h), setPermissionCheckHandler: (h) => (check = h) });
    const answers: boolean[] = [];
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read']) request!(null, p, (g) => answers.push(g));
    expect(answers).toEqual([false, false, false, false]);
    expect(check!()).toBe(false);
  });
});

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

  it('reuse a saved position that is on a screen', () => {
    expect(restoreBounds({ x: 100, y: 80, width: 1200, height: 800, maximized: true }, screen)).toEqual({ x: 100, y: 80, width: 1200, height: 800, maximized: true });
  });

  it('centre a window whose saved position is off every screen (monitor unplugged)', () => {
    expect(restoreBounds({ x: 3000, y: 100, width: 1200, height: 800 }, screen)).toEqual({ width: 1200, height: 800, maximized: false });
    expect(restoreBounds({ x: 100, y: -500, width: 1200, height: 800 }, screen)).toEqual({ width: 1200, height: 800, maximized: false });
  });

  it('limit the size to the screen and default without saved bounds', () => {
    expect(restoreBounds({ width: 5000, height: 4000 }, screen)).toMatchObject({ width: 1920, height: 1040 });
    expect(restoreBounds(null, screen)).toEqual({ width: 1440, height: 900, maximized: false });
  });

  it('save whole numbers within the contract limits', () => {
    expect(boundsToSave({ x: 10.4, y: 20.6, width: 1200.2, height: 100 }, false)).toEqual({ x: 10, y: 21, width: 1200, height: 200, maximized: false });
  });
});
