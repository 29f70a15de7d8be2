import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { API_METHODS, type AppInfo, type PavilionApi } from '../../shared/ipc/contract';
import { SCHEMA_VERSION } from '../../shared/model/project';
import { AssetService } from './assets';
import { ImportExportService } from './import-export-service';
import { listDirectory } from './list-directory';
import { OfficeServerService } from './office-server';
import { ProjectService } from './project-service';
import type { HostApi, OpenCall } from './show-bytes';
import { SampleService } from './sample-service';
import { SettingsService } from './settings-service';

/** The record of shows this build checked or wrote (`CheckedShows`), inside the settings folder. */
export const CHECKED_SHOWS_FILE = 'checked-shows.json';

/** Crash-recovery stashes, inside the settings folder. */
export const RECOVERY_DIR = 'recovery';

/** The methods only a host with a user interface can answer (native dialogs or the in-page chooser). */
export type DialogMethod = 'chooseProjectToOpen' | 'chooseProjectSaveLocation';
export type HostDialogs = Pick<PavilionApi, DialogMethod>;

export interface ServicesOptions {
  /** Settings folder (Electron: `app.getPath('userData')`). */
  dataDir: string;
  /** Start of file choosers and home of the sample copy. */
  documentsDir: string;
  /** Folder holding `samples/`. */
  resourcesDir: string;
  mode: AppInfo['mode'];
  appVersion: string;
  systemLocale: string;
  /** Name for change history until the user sets one (default: the OS user name). */
  defaultUserName?: string;
  /** Largest show file accepted, in bytes. */
  maxBytes?: number;
  warn?: (message: string) => void;
}

/** Everything of `PavilionApi` except dialogs, plus what the hosts need to run it. */
export interface PavilionServices extends Omit<HostApi, DialogMethod> {
  readonly settings: SettingsService;
  readonly projects: ProjectService;
  readonly samples: SampleService;
  readonly documentsDir: string;
  /**
   * Makes a show the one the renderer opens at start (`--project`, a file given to the app by
   * the OS): it becomes `settings.lastProject` and the first recent file, and is loaded
   * ahead of the window's open (`ProjectService.preload`).
   */
  setStartupProject(path: string): Promise<void>;
  /** Where a file chooser starts: the folder of the most recent show if it still exists, else documents. */
  chooserStartDir(): Promise<string>;
  /** Waits for pending writes; call before the process exits. */
  close(): Promise<void>;
}

/** Builds the services both hosts (Electron main and the browser host) run. */
export async function createServices(opts: ServicesOptions): Promise<PavilionServices> {
  const documentsDir = resolve(opts.documentsDir);
  const settings = await SettingsService.open({ dataDir: opts.dataDir, defaultUserName: opts.defaultUserName, warn: opts.warn });
  const projects = new ProjectService({
    maxBytes: opts.maxBytes,
    onProjectUsed: (path) => settings.noteProject(path),
    recoveryDir: join(opts.dataDir, RECOVERY_DIR),
    checkedShows: { file: join(opts.dataDir, CHECKED_SHOWS_FILE), build: `${opts.appVersion}/${SCHEMA_VERSION}` },
    userName: () => settings.get().userName,
    warn: opts.warn,
  });
  // A starting window opens the last project at once: have it loaded by then.
  const last = settings.get().lastProject;
  if (last) projects.preload(last);
  const assets = new AssetService((handle) => projects.fileOf(handle));
  const importExport = new ImportExportService((handle) => projects.documentOf(handle));
  const samples = new SampleService({ resourcesDir: opts.resourcesDir, documentsDir, projects });
  const office = new OfficeServerService(opts.dataDir);
  const info: AppInfo = {
    name: 'Pavilion',
    version: opts.appVersion,
    mode: opts.mode,
    platform: process.platform,
    systemLocale: opts.systemLocale,
  };

  return {
    settings,
    projects,
    samples,
    documentsDir,
    getAppInfo: async () => ({ ...info }),
    getSettings: async () => settings.get(),
    updateSettings: (patch) => settings.update(patch),
    listDirectory: (req) => listDirectory(req.dir, documentsDir),
    createProject: (req) => projects.createProject(req),
    // The transport's `OpenCall` comes as a second argument (see `createDispatcher`).
    openProject: (req, call?: OpenCall) => projects.openProject(req, call),
    openSample: () => samples.openSample(),
    commitOperations: (req) => projects.commitOperations(req),
    saveProjectAs: (req) => projects.saveProjectAs(req),
    saveProjectCopy: (req) => projects.saveProjectCopy(req),
    closeProject: (req) => projects.closeProject(req),
    stashUnsaved: (req) => projects.stashUnsaved(req),
    restoreUnsaved: (req) => projects.restoreUnsaved(req),
    discardUnsaved: (req) => projects.discardUnsaved(req),
    reloadAndReapply: (req) => projects.reloadAndReapply(req),
    listBackups: (req) => projects.listBackups(req),
    openBackup: (req) => projects.openBackup(req),
    restoreBackup: (req) => projects.restoreBackup(req),
    importAsset: (req) => assets.importAsset(req),
    readAsset: (req) => assets.readAsset(req),
    parseImportFile: (req) => importExport.parseImportFile(req),
    renderExport: (req) => importExport.renderExport(req),
    // Printing needs a browser engine: the desktop app's main process overrides these
    // (electron/main/print.ts); in browser mode the renderer prints with the browser itself.
    printToPdf: async () => ({ ok: false, error: { code: 'unsupported', details: ['printing to PDF is done by the browser in browser mode'] } }),
    printToPrinter: async () => ({ ok: false, error: { code: 'unsupported', details: ['printing is done by the browser in browser mode'] } }),
    startOfficeServer: (req) => office.start(req),
    async setStartupProject(path) {
      await settings.noteProject(resolve(path));
      projects.preload(path);
    },
    async chooserStartDir() {
      const recent = settings.get().recentFiles[0];
      if (recent) {
        const dir = dirname(recent);
        if (await stat(dir).then((s) => s.isDirectory(), () => false)) return dir;
      }
      return documentsDir;
    },
    async close() {
      await office.stop();
      await projects.close();
      await settings.flush();
    },
  };
}

/** The full API: the services plus a host's dialogs, method by method from the contract. */
export function withDialogs(services: PavilionServices, dialogs: HostDialogs): HostApi {
  const api: Record<string, unknown> = {};
  for (const method of API_METHODS) {
    api[method] = method === 'chooseProjectToOpen' || method === 'chooseProjectSaveLocation' ? dialogs[method] : services[method];
  }
  return api as unknown as HostApi;
}
