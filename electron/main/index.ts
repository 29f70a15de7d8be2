/**
 * Electron main process: one window, the app served from `app://pavilion/`, the services
 * behind IPC. Kept thin: what can be decided without Electron lives in the modules beside
 * it and in `electron/services`.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { join } from 'node:path';
import { EVENT_CHANNELS, type MenuCommand } from '../../shared/ipc/contract';
import { loadContentSecurityPolicy } from '../services/csp';
import { guardPaths, PickedPaths, rememberPicks } from '../services/path-guard';
import { createServices, withDialogs, type PavilionServices } from '../services/pavilion-services';
import { hasProjectExtension } from '../services/project-format';
import type { HostApi } from '../services/show-bytes';
import { boundsToSave, restoreBounds } from './bounds';
import { createNativeDialogs } from './dialogs';
import { registerIpcHandlers } from './ipc';
import { createPrintService } from './print';
import { buildMenuTemplate, menuLanguage } from './menu';
import { APP_SCHEME, APP_SCHEME_PRIVILEGES, APP_START_URL, createAppProtocolHandler } from './protocol';
import { createMainWindowOptions, denyAllPermissions, guardWebContents } from './window';

protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let services: PavilionServices | null = null;
let systemLocale = 'en';
/** Show files handed over by the OS (double-click, "Open with") before the services exist. */
const pendingFiles: string[] = [];

function filesInArgv(argv: readonly string[]): string[] {
  return argv.slice(1).filter((a) => !a.startsWith('-') && hasProjectExtension(a));
}

/** A show handed over by the OS becomes the one the renderer opens at its start. */
async function takeFile(path: string): Promise<void> {
  if (!services) {
    pendingFiles.push(path);
    return;
  }
  await services.setStartupProject(path);
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(EVENT_CHANNELS.menuCommand, command);
}

function refreshMenu(): void {
  if (!services) return;
  const language = menuLanguage(services.settings.get().language, systemLocale);
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ language, isPackaged: app.isPackaged, platform: process.platform, send: sendMenuCommand })));
}

function createWindow(svc: PavilionServices): BrowserWindow {
  const workAreas = screen.getAllDisplays().map((d) => d.workArea);
  const bounds = restoreBounds(svc.settings.get().window, workAreas);
  const { maximized, ...initial } = bounds;
  const win = new BrowserWindow(createMainWindowOptions(join(app.getAppPath(), 'dist-electron', 'preload.cjs'), initial));
  if (maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    void svc.settings.update({ window: boundsToSave(win.getNormalBounds(), win.isMaximized()) }).catch((e: unknown) => console.warn(`Pavilion: window position not saved: ${String(e)}`));
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  void win.loadURL(APP_START_URL);
  return win;
}

async function start(): Promise<void> {
  systemLocale = app.getPreferredSystemLanguages()[0] ?? app.getLocale();
  const appRoot = app.getAppPath();
  const distDir = join(appRoot, 'dist');
  const svc = await createServices({
    dataDir: app.getPath('userData'),
    documentsDir: process.env.PAVILION_DOCUMENTS_DIR || app.getPath('documents'),
    resourcesDir: app.isPackaged ? process.resourcesPath : join(appRoot, 'resources'),
    mode: 'electron',
    appVersion: app.getVersion(),
    systemLocale,
  });
  services = svc;
  for (const file of pendingFiles.splice(0)) await svc.setStartupProject(file);

  denyAllPermissions(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ distDir, contentSecurityPolicy: await loadContentSecurityPolicy(join(distDir, 'index.html')) }));

  // Paths from the renderer are honoured only when the user chose them in a dialog this
  // session, or they are shows opened before (recent files).
  const picked = new PickedPaths({
    remembered: () => {
      const s = svc.settings.get();
      return s.lastProject ? [...s.recentFiles, s.lastProject] : s.recentFiles;
    },
    caseInsensitive: process.platform === 'win32' || process.platform === 'darwin',
  });
  const dialogs = rememberPicks(
    createNativeDialogs({
      dialog,
      getWindow: () => mainWindow,
      startDir: () => svc.chooserStartDir(),
      language: () => menuLanguage(svc.settings.get().language, systemLocale),
    }),
    picked,
  );
  const api: HostApi = guardPaths(
    {
      ...withDialogs(svc, dialogs),
      // Printing needs Chromium: a hidden print window here (browser mode answers `unsupported`).
      ...createPrintService({ project: (handle) => svc.projects.documentOf(handle), parent: () => mainWindow, readAsset: (req) => svc.readAsset(req) }),
      // The menu speaks the app's language, so it is rebuilt when the language changes.
      updateSettings: async (patch) => {
        const next = await svc.updateSettings(patch);
        if (patch.language !== undefined) refreshMenu();
        return next;
      },
    },
    picked,
  );
  registerIpcHandlers(ipcMain, api);
  refreshMenu();
  mainWindow = createWindow(svc);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  for (const file of filesInArgv(process.argv)) void takeFile(file);

  app.on('second-instance', (_event, argv) => {
    // The renderer has no "open this file now" event in the contract: a show passed to a
    // second launch is put first in recent files, and the window comes forward.
    for (const file of filesInArgv(argv)) void takeFile(file);
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void takeFile(path);
  });

  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));

  app.whenReady().then(start).catch((e: unknown) => {
    console.error(`Pavilion could not start: ${String(e)}`);
    app.exit(1);
  });

  app.on('activate', () => {
    if (!mainWindow && services) mainWindow = createWindow(services);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Pending writes finish before the process goes away.
  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed || !services) return;
    event.preventDefault();
    services
      .close()
      .catch((e: unknown) => console.error(`Pavilion: error while finishing writes: ${String(e)}`))
      .finally(() => {
        flushed = true;
        app.quit();
      });
  });
}
