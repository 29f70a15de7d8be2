import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { AppInfo, PavilionApi } from '../../shared/ipc/contract';
import { listDirectory } from './list-directory';
import { ProjectService } from './project-service';
import { SampleService } from './sample-service';
import { SettingsService } from './settings-service';

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
export interface PavilionServices extends Omit<PavilionApi, DialogMethod> {
  readonly settings: SettingsService;
  readonly projects: ProjectService;
  readonly samples: SampleService;
  readonly documentsDir: string;
  /**
   * Makes a show the one the renderer opens at start (`--project`, a file given to the app by
   * the OS): it becomes `settings.lastProject` and the first recent file.
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
  const projects = new ProjectService({ maxBytes: opts.maxBytes, onProjectUsed: (path) => settings.noteProject(path) });
  const samples = new SampleService({ resourcesDir: opts.resourcesDir, documentsDir, projects });
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
    openProject: (req) => projects.openProject(req),
    openSample: () => samples.openSample(),
    commitOperations: (req) => projects.commitOperations(req),
    saveProjectAs: (req) => projects.saveProjectAs(req),
    closeProject: (req) => projects.closeProject(req),
    setStartupProject: (path) => settings.noteProject(resolve(path)),
    async chooserStartDir() {
      const recent = settings.get().recentFiles[0];
      if (recent) {
        const dir = dirname(recent);
        if (await stat(dir).then((s) => s.isDirectory(), () => false)) return dir;
      }
      return documentsDir;
    },
    async close() {
      await projects.flush();
      await settings.flush();
    },
  };
}

/** The full API: the services plus a host's dialogs. */
export function withDialogs(services: PavilionServices, dialogs: HostDialogs): PavilionApi {
  return {
    getAppInfo: services.getAppInfo,
    getSettings: services.getSettings,
    updateSettings: services.updateSettings,
    chooseProjectToOpen: dialogs.chooseProjectToOpen,
    chooseProjectSaveLocation: dialogs.chooseProjectSaveLocation,
    listDirectory: services.listDirectory,
    createProject: services.createProject,
    openProject: services.openProject,
    openSample: services.openSample,
    commitOperations: services.commitOperations,
    saveProjectAs: services.saveProjectAs,
    closeProject: services.closeProject,
  };
}
