import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The renderer is untrusted territory (it shows text from imported spreadsheets): no Node,
 * its own JavaScript world, the OS sandbox, and only the preload's bridge to the host.
 */
export const SECURE_WEB_PREFERENCES: Readonly<WebPreferences> = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
});

export const DEFAULT_WINDOW_SIZE = { width: 1440, height: 900 } as const;
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

export interface InitialBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** Options of the one main window. Shown once the page has painted, to avoid a white flash. */
export function createMainWindowOptions(preloadPath: string, bounds: InitialBounds = DEFAULT_WINDOW_SIZE): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Pavilion',
    backgroundColor: '#ffffff',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath },
  };
}

/** The parts of `webContents` the guards use. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: { preventDefault(): void }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

/**
 * The app is one page: it never navigates, opens windows or embeds webviews. Any attempt
 * (a link in imported data, a dropped file) is stopped; `will-frame-navigate` also covers
 * subframes (an iframe smuggled into a printed or published page), which `will-navigate` misses.
 */
export function guardWebContents(contents: GuardedContents): void {
  const stop = (event: { preventDefault(): void }) => event.preventDefault();
  contents.on('will-navigate', stop);
  contents.on('will-frame-navigate', stop);
  contents.on('will-redirect', stop);
  contents.on('will-attach-webview', stop);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The parts of `session` the permission lock uses. */
export interface PermissionSession {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
}

/** The app needs no browser permission (camera, notifications, geolocation…): all are denied. */
export function denyAllPermissions(session: PermissionSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
