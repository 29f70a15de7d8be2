import type { CommandId } from '../commands/catalog';
import type { Project } from '../model/project';
import type { Bilingual } from '../model/primitives';
import type { Operation } from '../ops/operation';
import type { LoadError } from '../model/load';
import type { Asset, HistoryEntry } from '../model/entities';
import type { SpreadsheetResult } from '../exhibitors/import/types';
import type { PrintOptions } from '../print/layout';

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
  /** Whether the user has given or confirmed the name (asked at first start; the OS login until then). */
  userNameConfirmed: boolean;
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
  /** The disk (or the user's quota) is full: nothing was written. */
  | 'disk-full'
  | 'unknown-handle'
  | 'conflict'
  | 'unsupported'
  /** Someone else (another user, computer or Pavilion) has the show open: see `holder`. */
  | 'locked'
  /** Another Pavilion is writing the file right now and did not finish in time; try again. */
  | 'busy'
  /** The path was not chosen by the user in this session (desktop app) or is not absolute. */
  | 'not-allowed'
  /** A file's content is damaged or not what its header claims (venue drawings). */
  | 'corrupt'
  /** Another program already listens on the network port asked for ("Share on this computer"). */
  | 'port-in-use'
  | `open.${LoadError['code']}`;

/** Who has a show open for editing, from the marker Pavilion keeps beside the file. */
export interface OpenHolder {
  /** The holder's user name from Pavilion's settings. */
  userName: string;
  hostName: string;
  pid: number;
  /** When the holder opened the show (ISO time). */
  since: string;
  /** When the holder last confirmed it still has the show open (ISO time). */
  refreshedAt: string;
  /** True when the holder is this very app (another window of it). */
  self?: boolean;
}

/** An earlier version of a show kept in `<folder>/.pavilion-backups/<file name>/`. */
export interface BackupInfo {
  /** Pass to `openBackup` / `restoreBackup`. */
  path: string;
  /** When this version was saved (ISO time). */
  savedAt: string;
  revision: number;
  /** Set on the copy kept before a file of an older schema version was first rewritten. */
  fromSchemaVersion?: number;
}

/** Unsaved changes kept by `stashUnsaved` when the app stopped before committing them. */
export interface RecoveryInfo {
  savedAt: string;
  opCount: number;
  /** Revision the stashed changes were made on. */
  baseRevision: number;
}

/**
 * Why a commit was refused. `changed-on-disk`: another program or Pavilion wrote the file
 * since this app read it; `stale-base`: the renderer's revision is not the host's (another
 * window committed); `does-not-fit`: an operation's `before` does not match; `breaks-rules`:
 * the result would break the document's rules. For the first two, `reloadAndReapply`
 * (or save as a copy) is the way forward. `taken-over`: someone else opened the show with
 * "open anyway" and now holds it (see `holder`); nothing was written, and saving a copy keeps
 * this window's work.
 */
export type ConflictReason = 'changed-on-disk' | 'stale-base' | 'does-not-fit' | 'breaks-rules' | 'taken-over';

export interface ConflictInfo {
  reason: ConflictReason;
  /** The revision this app last read or wrote. */
  ourRevision: number;
  /** The revision in the file now; null when it is missing or cannot be read. */
  diskRevision?: number | null;
  /** When the file on disk was last written (ISO time), for `changed-on-disk`. */
  diskSavedAt?: string;
  /** Who has the file open, from its marker, when known. */
  holder?: OpenHolder;
}

export interface ApiError {
  code: ApiErrorCode;
  /** File concerned, when there is one. */
  path?: string;
  /** Schema version in a file written by a newer Pavilion. */
  version?: number;
  /** Readable detail for support (schema problems, system error text); not translated. */
  details?: string[];
  /** For `locked`: who has the show open. */
  holder?: OpenHolder;
  /** For a show that cannot be opened: its backups, newest first (offer the first). */
  backups?: BackupInfo[];
  /** For `conflict`: what happened. */
  conflict?: ConflictInfo;
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
  /** Unsaved changes from an earlier session exist: offer `restoreUnsaved` / `discardUnsaved`. */
  recovery?: RecoveryInfo;
  /** Opened read-only because this person has the show open. */
  heldBy?: OpenHolder;
  /** Opened from a backup (read-only): the show it is a backup of. Offer "save as". */
  backupOf?: string;
}

export interface OpenProjectRequest {
  path: string;
  /** Open without the right to save (no marker is written; commits are refused). */
  readOnly?: boolean;
  /** Open for editing even though someone else's marker says they have it open. */
  takeOver?: boolean;
}

export interface StashRequest {
  handle: string;
  /** The revision the renderer's pending operations are based on. */
  baseRevision: number;
  /** Every operation not yet confirmed by a commit (queued and in flight), oldest first. */
  ops: Operation[];
}

/** An operation `reloadAndReapply` / `restoreUnsaved` could not apply. */
export interface RejectedOperation {
  opId: string;
  label: string;
  labelArgs?: Record<string, string | number>;
  reason: 'does-not-fit' | 'breaks-rules';
  details: string[];
}

/** The show after reloading it from disk and applying operations on top. */
export interface ReapplyResult {
  /** The document now on disk: replace the renderer's copy and clear its queue. */
  project: Project;
  revision: number;
  /** When the result was written; null when nothing needed writing. */
  savedAt: string | null;
  /** Ids of the operations whose changes are now in the document (applied now or already there). */
  applied: string[];
  /** Operations left out, to tell the user. */
  rejected: RejectedOperation[];
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
  /**
   * History entries the host recorded for assignment changes in these operations (who, when,
   * what). The renderer appends them to its copy; they are an audit log, never undone.
   */
  history?: HistoryEntry[];
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
  /**
   * Opens a show. Fails with `locked` (and `holder`) when someone else has it open, unless
   * `readOnly` or `takeOver`; with `open.*`, `too-large`, `not-found` and `backups` when the
   * file cannot be used.
   */
  openProject(req: OpenProjectRequest): Promise<Result<OpenedProject>>;
  /** Opens the bundled sample show (a copy in the user's folder, so the original stays clean). */
  openSample(): Promise<Result<OpenedProject>>;
  /** Applies operations to the open project and writes it durably. */
  commitOperations(req: CommitRequest): Promise<Result<CommitResult>>;
  saveProjectAs(req: { handle: string; path: string }): Promise<Result<OpenedProject>>;
  /**
   * Writes a show the host does not hold as a file (one shared through a server) as an
   * ordinary local show at `path`, checked as an open would check it; the window stays on
   * what it has open. Fails like Save As (`exists` when another window has that file open).
   */
  saveProjectCopy(req: { path: string; project: Project }): Promise<Result<{ path: string; savedAt: string }>>;
  closeProject(req: { handle: string }): Promise<void>;
  /**
   * Keeps the renderer's pending operations durably outside the show (about a second after
   * the last change) so they survive a crash; cleared as commits land. An empty list clears.
   */
  stashUnsaved(req: StashRequest): Promise<Result<{ savedAt: string }>>;
  /**
   * Applies the stashed operations (offered by `OpenedProject.recovery`) to the show on disk
   * and saves. All or nothing unless `partial`: when some no longer fit, fails with
   * `conflict` and keeps the stash; with `partial`, applies what fits and reports the rest.
   */
  restoreUnsaved(req: { handle: string; partial?: boolean }): Promise<Result<ReapplyResult>>;
  /** Throws the stashed operations away. */
  discardUnsaved(req: { handle: string }): Promise<Result<null>>;
  /**
   * After a `conflict`: reads the show from disk, applies `ops` (the renderer's queue) on
   * top, saves, and reports the operations that no longer fit. Empty `ops` just reloads.
   */
  reloadAndReapply(req: { handle: string; ops: Operation[] }): Promise<Result<ReapplyResult>>;
  /** Backups of a show, newest first. */
  listBackups(req: { path: string }): Promise<Result<BackupInfo[]>>;
  /** Opens a backup read-only (`backupOf` set); "save as" turns it into a show of its own. */
  openBackup(req: { path: string }): Promise<Result<OpenedProject>>;
  /**
   * Puts a backup in place of a show (typically one that no longer opens) and opens it. The
   * file it replaces is first moved aside as `<file>.before-restore-<time>`, never deleted.
   */
  restoreBackup(req: { path: string; backup: string }): Promise<Result<OpenedProject>>;
  /**
   * Stores a venue drawing (PNG or JPEG; PDFs are rendered to PNG by the renderer first) in
   * the show's `<name>.assets/` folder. Fails with `unsupported` (not PNG/JPEG), `too-large`
   * (bytes or pixels, see `details`) or `corrupt`; the show itself is not changed.
   */
  importAsset(req: ImportAssetRequest): Promise<Result<Asset>>;
  /** A stored asset's bytes, for display. */
  readAsset(req: { handle: string; assetId: string; fileName: string }): Promise<Result<AssetData>>;
  /**
   * Reads an uploaded spreadsheet (CSV or XLSX bytes) into rows of text, in a limited worker:
   * a zip bomb, a truncated file or too many rows come back as an error code
   * (`SpreadsheetErrorCode`). Nothing in the show changes; the import itself is an operation.
   */
  parseImportFile(req: ParseImportFileRequest): Promise<SpreadsheetResult>;
  /** Renders an export of the open show (exhibitors with booths, or the fascia list) for download. */
  renderExport(req: RenderExportRequest): Promise<Result<ExportFile>>;
  /**
   * Prints pages of the open show to PDF in a hidden, sandboxed window (desktop app): the
   * renderer downloads the bytes. Browser mode answers `unsupported`; the renderer then prints
   * its print route with the browser's own dialog (which offers "Save as PDF").
   */
  printToPdf(req: PrintRequest): Promise<Result<PdfFile>>;
  /** Sends the pages to a printer through the system print dialog (desktop app); browser mode answers `unsupported`. */
  printToPrinter(req: PrintRequest): Promise<Result<null>>;
  /**
   * "Share on this computer": runs the Pavilion server inside the app, on `port` of every
   * network address of this computer (0: any free port), its data in the settings folder, and
   * gives this window a one-use admin invite for it. Already running: the same server (its
   * port), a new invite. It stops when the app closes (the others' copies then work offline
   * until it runs again). Fails with `port-in-use` or `permission` (the port), `io` otherwise.
   */
  startOfficeServer(req: { port: number }): Promise<Result<OfficeServer>>;
}

/** The app's own server for the office ("Share on this computer"). */
export interface OfficeServer {
  /** Where this window connects (loopback). */
  url: string;
  port: number;
  /** Where others on the network connect (`ws://192.168.1.20:8787`); empty without a network. */
  addresses: string[];
  /** A one-use admin invite for this window. */
  invite: string;
}

/** The open show and what to print of it (the print dialog's options, logo included). */
export interface PrintRequest {
  handle: string;
  options: PrintOptions;
}

export interface PdfFile {
  fileName: string;
  dataBase64: string;
}

export interface ParseImportFileRequest {
  /** The user's file name (shown in messages; the type is sniffed from the bytes). */
  fileName: string;
  dataBase64: string;
  /** Worksheet of a workbook to read; default the first. */
  sheetName?: string;
}

export type ExportKind = 'exhibitors-csv' | 'exhibitors-xlsx' | 'fascia-csv' | 'fascia-xlsx' | 'dashboard-xlsx';

export interface RenderExportRequest {
  handle: string;
  kind: ExportKind;
  /** Language of headers, country and sector names. */
  language: 'zh' | 'en';
  /** Only these exhibitors, in this order (an export of a selection); absent: all. */
  exhibitorIds?: string[];
}

export interface ExportFile {
  fileName: string;
  mime: string;
  dataBase64: string;
}

export interface ImportAssetRequest {
  handle: string;
  /** The user's file name (only for the stored name's readable part). */
  fileName: string;
  dataBase64: string;
}

export interface AssetData {
  mime: Asset['mime'];
  dataBase64: string;
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
  saveProjectCopy: 'pavilion:project:save-copy',
  closeProject: 'pavilion:project:close',
  stashUnsaved: 'pavilion:recovery:stash',
  restoreUnsaved: 'pavilion:recovery:restore',
  discardUnsaved: 'pavilion:recovery:discard',
  reloadAndReapply: 'pavilion:project:reload-reapply',
  listBackups: 'pavilion:backup:list',
  openBackup: 'pavilion:backup:open',
  restoreBackup: 'pavilion:backup:restore',
  importAsset: 'pavilion:asset:import',
  readAsset: 'pavilion:asset:read',
  parseImportFile: 'pavilion:import:parse',
  renderExport: 'pavilion:export:render',
  printToPdf: 'pavilion:print:pdf',
  printToPrinter: 'pavilion:print:printer',
  startOfficeServer: 'pavilion:office-server:start',
} as const satisfies Record<ApiMethod, `pavilion:${string}`>;

export const API_METHODS = Object.keys(CHANNELS) as ApiMethod[];

/** Commands the desktop app's menu sends to the renderer: the catalog's, plus the language switch. */
export type MenuCommand = CommandId | 'view.language.zh-CN' | 'view.language.en';

export const EVENT_CHANNELS = {
  menuCommand: 'pavilion:event:menu-command',
} as const;

/** What the preload puts on `window.pavilion`: the API plus event subscriptions. */
export interface PavilionBridge extends PavilionApi {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
