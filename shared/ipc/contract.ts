import type { Project } from '../model/project';
import type { Bilingual } from '../model/primitives';
import type { Operation } from '../ops/operation';
import type { LoadError } from '../model/load';

export type Language = 'zh-CN' | 'en';

export interface AppInfo {
  name: string;
  version: string;
  /** `electron` in the desktop app, `browser` when served by `npm run serve`. */
  mode: 'electron' | 'browser';
  platform: string;
  /** The operating system's preferred language, e.g. `zh-CN` or `en-US`. */
  systemLocale: string;
}

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized?: boolean;
}

export interface AppSettings {
  /** null until the user picks one: the first start follows the system language. */
  language: Language | null;
  /** Written into the history of every assignment change. */
  userName: string;
  /** Most recent first, at most 10. */
  recentFiles: string[];
  lastProject: string | null;
  window: WindowBounds | null;
}

export type SettingsPatch = Partial<Pick<AppSettings, 'language' | 'userName' | 'window'>>;

/**
 * Expected failures travel as values so the renderer can say them in the user's language;
 * `code` is a locale key suffix under `errors.`.
 */
export type ApiErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'bad-extension'
  | 'exists'
  | 'permission'
  | 'too-large'
  | 'io'
  | 'unknown-handle'
  | 'conflict'
  | 'unsupported'
  | `open.${LoadError['code']}`;

export interface ApiError {
  code: ApiErrorCode;
  /** File concerned, when there is one. */
  path?: string;
  /** Schema version in a file written by a newer Pavilion. */
  version?: number;
  /** Readable detail for support (schema problems, system error text); not translated. */
  details?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export interface OpenedProject {
  /** Names this open project in later calls; paths cross the boundary only when opening. */
  handle: string;
  path: string;
  project: Project;
  readOnly: boolean;
  /** Schema version the file was migrated from, or null. The file itself is not rewritten until saved. */
  migratedFrom: number | null;
}

export interface CommitRequest {
  handle: string;
  /** The revision the renderer's copy is based on. */
  baseRevision: number;
  ops: Operation[];
}

export interface CommitResult {
  revision: number;
  savedAt: string;
}

export interface DirEntry {
  name: string;
  kind: 'dir' | 'project' | 'file';
}

export interface DirListing {
  dir: string;
  parent: string | null;
  entries: DirEntry[];
}

export interface CreateProjectRequest {
  path: string;
  name: Bilingual;
  venue?: Bilingual;
  start?: string | null;
  end?: string | null;
}

/**
 * Where a dialog wants the file: a path, nothing (cancelled), or "ask in the page" where the
 * host has no native dialogs (browser mode), starting in `dir`.
 */
export type PathChoice = { kind: 'path'; path: string } | { kind: 'cancel' } | { kind: 'in-app'; dir: string };

/**
 * Everything the renderer may ask of the host. Each method takes at most one argument (a
 * plain object validated on arrival) and returns a Promise. Preload, main and the browser
 * host are all built from this interface and `CHANNELS`.
 */
export interface PavilionApi {
  getAppInfo(): Promise<AppInfo>;
  getSettings(): Promise<AppSettings>;
  updateSettings(patch: SettingsPatch): Promise<AppSettings>;
  chooseProjectToOpen(): Promise<PathChoice>;
  chooseProjectSaveLocation(req: { suggestedName: string }): Promise<PathChoice>;
  /** Folder listing for the in-page file chooser of browser mode. */
  listDirectory(req: { dir: string | null }): Promise<Result<DirListing>>;
  createProject(req: CreateProjectRequest): Promise<Result<OpenedProject>>;
  openProject(req: { path: string; readOnly?: boolean }): Promise<Result<OpenedProject>>;
  /** Opens the bundled sample show (a copy in the user's folder, so the original stays clean). */
  openSample(): Promise<Result<OpenedProject>>;
  /** Applies operations to the open project and writes it durably. */
  commitOperations(req: CommitRequest): Promise<Result<CommitResult>>;
  saveProjectAs(req: { handle: string; path: string }): Promise<Result<OpenedProject>>;
  closeProject(req: { handle: string }): Promise<void>;
}

export type ApiMethod = keyof PavilionApi;

/** The one map of channel names; nothing else spells them. */
export const CHANNELS = {
  getAppInfo: 'pavilion:app:info',
  getSettings: 'pavilion:settings:get',
  updateSettings: 'pavilion:settings:update',
  chooseProjectToOpen: 'pavilion:dialog:open-project',
  chooseProjectSaveLocation: 'pavilion:dialog:save-project',
  listDirectory: 'pavilion:fs:list-directory',
  createProject: 'pavilion:project:create',
  openProject: 'pavilion:project:open',
  openSample: 'pavilion:project:open-sample',
  commitOperations: 'pavilion:project:commit',
  saveProjectAs: 'pavilion:project:save-as',
  closeProject: 'pavilion:project:close',
} as const satisfies Record<ApiMethod, `pavilion:${string}`>;

export const API_METHODS = Object.keys(CHANNELS) as ApiMethod[];

/** Commands the desktop app's menu sends to the renderer (browser mode has its own toolbar). */
export type MenuCommand =
  | 'file.new'
  | 'file.open'
  | 'file.openSample'
  | 'file.save'
  | 'file.saveAs'
  | 'edit.undo'
  | 'edit.redo'
  | 'view.zoomIn'
  | 'view.zoomOut'
  | 'view.zoomToFit'
  | 'view.language.zh-CN'
  | 'view.language.en'
  | 'help.about';

export const EVENT_CHANNELS = {
  menuCommand: 'pavilion:event:menu-command',
} as const;

/** What the preload puts on `window.pavilion`: the API plus event subscriptions. */
export interface PavilionBridge extends PavilionApi {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
