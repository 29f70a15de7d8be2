import { randomBytes } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type {
  ApiError,
  BackupInfo,
  CommitRequest,
  CommitResult,
  ConflictInfo,
  CreateProjectRequest,
  OpenedProject,
  OpenHolder,
  OpenProjectRequest,
  ReapplyResult,
  Result,
  StashRequest,
} from '../../shared/ipc/contract';
import { createProject } from '../../shared/model/create';
import { loadProjectText, validateProject, type LoadResult } from '../../shared/model/load';
import type { Project } from '../../shared/model/project';
import type { HistoryEntry } from '../../shared/model/entities';
import { appendHistory, historyEntriesFor } from '../../shared/assignment/history';
import { applyOperation, OperationConflictError, type Operation } from '../../shared/ops/operation';
import { validateCommit } from './commit-validation';
import { decodeText, DEFAULT_MAX_BYTES, readBytesCapped, readTextCapped, syncDirectory, writeFileDurably } from './durable-file';
import { errnoCode, fail, fsApiError, ok, ServiceError } from './errors';
import { ShowPreloader } from './preload-show';
import { hasProjectExtension, serializeProject } from './project-format';
import { rememberFileJson, rememberWrittenJson } from './project-json';
import { ProjectSerializer } from './serialize-project';
import { BACKUP_INTERVAL_MS, BackupStore, projectOfBackup } from './reliability/backups';
import { diskSignature, peekRevision, sameContent, sameSignature, type DiskSignature, type FileBytes } from './reliability/disk-state';
import { exists, isInsideBackups, isWritable, RecentIds, sweepTempFiles } from './reliability/file-checks';
import { nodeDurableFs, type DurableFs } from './reliability/fs-port';
import { thisHostName } from './reliability/host-identity';
import { OpenMarkers } from './reliability/open-marker';
import { reapplyOperations } from './reliability/reapply';
import { RecoveryStore } from './reliability/recovery-store';
import { acquireWriteLock, LOCK_STALE_MS, LockBusyError, type WriteLock, type WriteLockOptions } from './reliability/write-lock';
import { KeyedQueue } from './serial-queue';

/** One show file in memory, shared by every handle open on it. */
interface OpenFile {
  /** Real path (symlinks resolved): what is written, and the key of the write queue. */
  key: string;
  project: Project;
  /** The file as we last read or wrote it: a cheap signature, and its bytes (compared only when the signature differs). */
  seen: DiskSignature | null;
  bytes: FileBytes | null;
  /** Builds the file's bytes on save, reusing the JSON of what an edit did not touch. */
  serializer: ProjectSerializer;
  /** Schema version the file was migrated from and not yet written back in. */
  migratedFrom: number | null;
  handles: Set<string>;
  /** When this session last kept a rotating backup of the file (null: not yet). */
  lastBackupAt: number | null;
  /** Operations committed lately (a stash that arrives after their commit drops them). */
  committed: RecentIds;
}

interface HandleEntry {
  /** Absolute path as the user named it (shown in the title bar and recent files). */
  path: string;
  file: OpenFile;
  readOnly: boolean;
  backupOf?: string;
}

export interface ProjectServiceOptions {
  /** Called after a show was opened, created or saved under a new name (recent files). */
  onProjectUsed?: (path: string) => Promise<void>;
  /** Larger files are refused before reading. */
  maxBytes?: number;
  now?: () => Date;
  /** The file system calls of saves (a recording one in power-loss tests). */
  fs?: DurableFs;
  /** Folder of crash-recovery stashes (`<user data>/recovery`); without it stashing is unsupported. */
  recoveryDir?: string | null;
  /** Name written into open markers. */
  userName?: () => string;
  /** At most one rotating backup per this interval while a show is edited. */
  backupIntervalMs?: number;
  backupKeep?: number;
  lock?: Omit<WriteLockOptions, 'warn'>;
  markerStaleMs?: number;
  markerRefreshMs?: number;
  /** Problems that must not stop the app (a backup that could not be made…). */
  warn?: (message: string) => void;
  /** How long after an open the first save's cache starts filling (default `WARM_UP_DELAY_MS`). */
  warmUpDelayMs?: number;
}

/**
 * An opened show's serializer cache is filled this long after the open, not during it: the
 * work (~0.2 s at 20,000 booths, in slices) interleaved with the rest of the open and with
 * sending the document delayed the reply by 0.1–0.3 s. A save before then builds it itself.
 */
export const WARM_UP_DELAY_MS = 1000;

/** Raised inside a save when the write lock was taken over before the file was replaced. */
class LockLostError extends Error {}

/**
 * Opens, creates and saves show files. Each open show gets a random handle; the document
 * lives here, and the renderer changes it only by committing operations, which are checked,
 * validated and written durably before the new revision is confirmed.
 *
 * Around every write: a short lock beside the file (so two Pavilions never interleave a
 * check and a write), a check that the file is still what we last read or wrote (if not,
 * `conflict`, never an overwrite), a rotating backup now and then, and an atomic, flushed
 * replace. While a show is open for editing, a marker beside it says who has it open.
 */
export class ProjectService {
  private readonly handles = new Map<string, HandleEntry>();
  private readonly files = new Map<string, OpenFile>();
  private readonly queue = new KeyedQueue();
  private readonly maxBytes: number;
  private readonly now: () => Date;
  private readonly fs: DurableFs;
  private readonly warn: (message: string) => void;
  private readonly backups: BackupStore;
  private readonly recovery: RecoveryStore | null;
  private readonly preloader: ShowPreloader;
  readonly markers: OpenMarkers;

  constructor(private readonly opts: ProjectServiceOptions = {}) {
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    this.now = opts.now ?? (() => new Date());
    this.fs = opts.fs ?? nodeDurableFs;
    this.warn = opts.warn ?? ((m: string) => console.warn(m));
    this.backups = new BackupStore({ fs: this.fs, now: this.now, keep: opts.backupKeep });
    this.recovery = opts.recoveryDir ? new RecoveryStore({ dir: opts.recoveryDir, now: this.now, warn: this.warn }) : null;
    this.preloader = new ShowPreloader({ maxBytes: this.maxBytes });
    this.markers = new OpenMarkers({
      userName: opts.userName ?? (() => ''),
      now: this.now,
      staleMs: opts.markerStaleMs,
      refreshMs: opts.markerRefreshMs,
      warn: this.warn,
    });
  }

  async openProject(req: OpenProjectRequest): Promise<Result<OpenedProject>> {
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    let key: string;
    try {
      key = await realpath(path);
    } catch (e) {
      return this.withBackups(fsApiError(e, path), path);
    }
    const result = await this.queue.run(key, async (): Promise<Result<OpenedProject>> => {
      const preloaded = await this.preloader.take(key);
      const read = await this.readShow(key, path, true, this.files.get(key) ?? preloaded ?? undefined);
      if (!read.ok) return read;
      const { loaded, seen, bytes } = read.value;
      const writable = req.readOnly !== true && (await isWritable(key));
      const holder = await this.markers.otherHolder(key);
      if (holder && writable && req.takeOver !== true) return fail('locked', { path, holder });
      let file = this.files.get(key);
      if (file) {
        // Already open in another window: the disk is the truth for this open, and the other
        // handles notice a different revision on their next commit.
        if (!sameContent(bytes, file.bytes)) {
          file.project = loaded.project;
          file.migratedFrom = loaded.migratedFrom;
          file.bytes = [bytes];
        }
        file.seen = seen;
      } else {
        file = this.track(key, loaded.project, seen, [bytes], loaded.migratedFrom);
      }
      if (writable) {
        await this.claimForEditing(key);
        // The first save then stringifies only what it changed.
        file.serializer.warmUp(file.project, this.opts.warmUpDelayMs ?? WARM_UP_DELAY_MS);
      }
      const recovery = writable ? await this.recovery?.info(key) : null;
      const handle = this.attach(file, path, !writable);
      return ok<OpenedProject>({
        handle,
        path,
        project: file.project,
        readOnly: !writable,
        migratedFrom: file.migratedFrom,
        ...(recovery ? { recovery } : {}),
        ...(holder && !writable ? { heldBy: holder } : {}),
      });
    });
    if (result.ok) await this.opts.onProjectUsed?.(path);
    return result;
  }

  /**
   * Starts reading and validating a show that is about to be opened (the one a starting
   * window opens), so that `openProject` finds it loaded. See `ShowPreloader`.
   */
  preload(path: string): void {
    const full = resolve(path);
    if (hasProjectExtension(full)) this.preloader.start(full);
  }

  async createProject(req: CreateProjectRequest): Promise<Result<OpenedProject>> {
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    if (isInsideBackups(path)) return fail('not-allowed', { path, details: ['shows are not created inside a backups folder'] });
    const target = await this.targetKey(path);
    if (!target.ok) return target;
    const key = target.value;
    const result = await this.queue.run(key, async (): Promise<Result<OpenedProject>> => {
      if (this.files.has(key) || (await exists(key))) return fail('exists', { path });
      const project = createProject({ name: req.name, venue: req.venue, start: req.start ?? null, end: req.end ?? null });
      const valid = validateProject(project);
      if (!valid.ok) throw new Error(`createProject produced an invalid document: ${valid.problems.join('; ')}`);
      const bytes = Buffer.from(serializeProject(project), 'utf8');
      try {
        await writeFileDurably(key, bytes, { exclusive: true, fs: this.fs });
      } catch (e) {
        if (errnoCode(e) === 'EEXIST') return fail('exists', { path });
        return { ok: false, error: fsApiError(e, path) };
      }
      const file = this.track(key, project, await diskSignature(key).catch(() => null), [bytes], null);
      rememberWrittenJson(project, [bytes]);
      await this.markers.claim(key);
      const handle = this.attach(file, path, false);
      return ok<OpenedProject>({ handle, path, project, readOnly: false, migratedFrom: null });
    });
    if (result.ok) await this.opts.onProjectUsed?.(path);
    return result;
  }

  async commitOperations(req: CommitRequest): Promise<Result<CommitResult>> {
    const entry = this.handles.get(req.handle);
    if (!entry) return fail('unknown-handle');
    if (entry.readOnly) return fail('permission', { path: entry.path, details: ['the show was opened read-only'] });
    return this.queue.run(entry.file.key, async (): Promise<Result<CommitResult>> => {
      // The handle may have been closed or moved by save-as while this commit waited.
      const current = this.handles.get(req.handle);
      if (!current) return fail('unknown-handle');
      const { file, path } = current;
      const base = file.project;
      if (req.baseRevision !== base.revision) {
        return this.conflict(path, { reason: 'stale-base', ourRevision: base.revision }, [
          `the change was based on revision ${req.baseRevision}, the show is at revision ${base.revision}`,
        ]);
      }
      let next = base;
      // Assignment changes are recorded in the history (who, when, what), op by op from the
      // document each one applied to; the entries go back to the renderer with the result.
      const history: HistoryEntry[] = [];
      const ctx = { by: this.opts.userName?.() ?? '', at: new Date().toISOString() };
      try {
        for (const op of req.ops) {
          const before = next;
          next = applyOperation(next, op);
          history.push(...historyEntriesFor(op, before, ctx));
        }
      } catch (e) {
        if (e instanceof OperationConflictError) return this.conflict(path, { reason: 'does-not-fit', ourRevision: base.revision }, [e.message]);
        throw e;
      }
      next = { ...appendHistory(next, history), revision: base.revision + 1 };
      // A change that breaks the document's rules (typically an edit that raced with another
      // window's, e.g. assigning to an exhibitor just deleted) is refused like any conflict.
      const valid = validateCommit(next, req.ops);
      if (!valid.ok) return this.conflict(path, { reason: 'breaks-rules', ourRevision: base.revision }, valid.problems);
      const written = await this.writeChecked(file, next, path);
      if (!written.ok) return written;
      await this.settleStash(file, req.ops.map((op) => op.id));
      return ok({ revision: next.revision, savedAt: written.value, ...(history.length ? { history } : {}) });
    });
  }

  async reloadAndReapply(req: { handle: string; ops: Operation[] }): Promise<Result<ReapplyResult>> {
    const entry = this.handles.get(req.handle);
    if (!entry) return fail('unknown-handle');
    if (entry.readOnly) return fail('permission', { path: entry.path, details: ['the show was opened read-only'] });
    return this.queue.run(entry.file.key, async () => {
      const current = this.handles.get(req.handle);
      if (!current) return fail('unknown-handle');
      return this.reloadApply(current, req.ops, true);
    });
  }

  async stashUnsaved(req: StashRequest): Promise<Result<{ savedAt: string }>> {
    const entry = this.handles.get(req.handle);
    if (!entry) return fail('unknown-handle');
    if (entry.readOnly) return fail('permission', { path: entry.path, details: ['the show was opened read-only'] });
    const recovery = this.recovery;
    if (!recovery) return fail('unsupported', { details: ['no recovery folder'] });
    // Same queue as commits: a stash and a commit of the same operations never cross.
    return this.queue.run(entry.file.key, async () => {
      const current = this.handles.get(req.handle);
      if (!current) return fail('unknown-handle');
      const { file, path } = current;
      const left = req.ops.filter((op) => !file.committed.has(op.id));
      const base = left.length < req.ops.length ? file.project.revision : req.baseRevision;
      try {
        return ok({ savedAt: await recovery.write(file.key, path, base, left) });
      } catch (e) {
        return { ok: false, error: fsApiError(e, recovery.pathFor(file.key)) };
      }
    });
  }

  async restoreUnsaved(req: { handle: string; partial?: boolean }): Promise<Result<ReapplyResult>> {
    const entry = this.handles.get(req.handle);
    if (!entry) return fail('unknown-handle');
    if (entry.readOnly) return fail('permission', { path: entry.path, details: ['the show was opened read-only'] });
    const recovery = this.recovery;
    if (!recovery) return fail('unsupported', { details: ['no recovery folder'] });
    return this.queue.run(entry.file.key, async (): Promise<Result<ReapplyResult>> => {
      const current = this.handles.get(req.handle);
      if (!current) return fail('unknown-handle');
      const stash = await recovery.read(current.file.key);
      if (!stash || stash.ops.length === 0) return fail('not-found', { path: current.path, details: ['there are no unsaved changes to restore'] });
      const result = await this.reloadApply(current, stash.ops, req.partial === true);
      if (result.ok && result.value.rejected.length > 0) {
        // What was left out stays available for support, out of the way of the next open.
        await recovery.moveAside(current.file.key, 'restored');
      }
      return result;
    });
  }

  async discardUnsaved(req: { handle: string }): Promise<Result<null>> {
    const entry = this.handles.get(req.handle);
    if (!entry) return fail('unknown-handle');
    if (entry.readOnly) return fail('permission', { path: entry.path, details: ['the show was opened read-only'] });
    const recovery = this.recovery;
    if (!recovery) return ok(null);
    return this.queue.run(entry.file.key, async () => {
      try {
        await recovery.clear(entry.file.key);
        return ok(null);
      } catch (e) {
        return { ok: false, error: fsApiError(e, recovery.pathFor(entry.file.key)) };
      }
    });
  }

  async listBackups(req: { path: string }): Promise<Result<BackupInfo[]>> {
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    const key = await realpath(path).catch(() => path);
    return ok(await this.backups.list(key));
  }

  async openBackup(req: { path: string }): Promise<Result<OpenedProject>> {
    const path = resolve(req.path);
    const of = projectOfBackup(path);
    if (!of) return fail('not-allowed', { path, details: ['not a Pavilion backup'] });
    let key: string;
    try {
      key = await realpath(path);
    } catch (e) {
      return { ok: false, error: fsApiError(e, path) };
    }
    return this.queue.run(key, async (): Promise<Result<OpenedProject>> => {
      const read = await this.readShow(key, path, false);
      if (!read.ok) return read;
      const { loaded, seen, bytes } = read.value;
      const file = this.files.get(key) ?? this.track(key, loaded.project, seen, [bytes], loaded.migratedFrom);
      const handle = this.attach(file, path, true, of);
      return ok<OpenedProject>({ handle, path, project: file.project, readOnly: true, migratedFrom: file.migratedFrom, backupOf: of });
    });
  }

  async restoreBackup(req: { path: string; backup: string }): Promise<Result<OpenedProject>> {
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    const backup = resolve(req.backup);
    const of = projectOfBackup(backup);
    const target = await this.targetKey(path);
    if (!target.ok) return target;
    const key = target.value;
    const ofKey = of ? await this.targetKey(of) : null;
    if (!ofKey?.ok || ofKey.value !== key) return fail('not-allowed', { path: backup, details: [`not a backup of ${path}`] });
    const restored = await this.queue.run(key, async (): Promise<Result<null>> => {
      if ((this.files.get(key)?.handles.size ?? 0) > 0) {
        return fail('locked', { path, holder: this.selfHolder(), details: ['the show is open in this window; close it first'] });
      }
      const holder = await this.markers.otherHolder(key);
      if (holder) return fail('locked', { path, holder });
      let text: string;
      try {
        text = await readTextCapped(backup, this.maxBytes);
      } catch (e) {
        return { ok: false, error: fsApiError(e, backup) };
      }
      const loaded = loadProjectText(text);
      if (!loaded.ok) return this.loadFailure(loaded, backup, false);
      return this.underLock(key, path, async () => {
        if (await exists(key)) {
          const aside = `${key}.before-restore-${this.now().toISOString().replace(/[-:.]/g, '')}`;
          await this.fs.rename(key, aside);
          await syncDirectory(this.fs, dirname(key));
        }
        await writeFileDurably(key, text, { exclusive: true, fs: this.fs });
        return ok(null);
      });
    });
    if (!restored.ok) return restored;
    return this.openProject({ path });
  }

  async saveProjectAs(req: { handle: string; path: string }): Promise<Result<OpenedProject>> {
    const entry = this.handles.get(req.handle);
    if (!entry) return fail('unknown-handle');
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    if (isInsideBackups(path)) return fail('not-allowed', { path, details: ['shows are not saved inside a backups folder'] });
    const target = await this.targetKey(path);
    if (!target.ok) return target;
    const key = target.value;
    const result = await this.queue.run(entry.file.key, async (): Promise<Result<OpenedProject>> => {
      const current = this.handles.get(req.handle);
      if (!current) return fail('unknown-handle');
      const source = current.file;
      if (key === source.key) {
        const holder = await this.markers.otherHolder(key);
        if (holder) return fail('locked', { path, holder });
        const written = await this.writeChecked(source, source.project, path);
        if (!written.ok) return written;
        if (current.readOnly) await this.claimForEditing(key);
        current.path = path;
        current.readOnly = false;
        delete current.backupOf;
        return ok<OpenedProject>({ handle: req.handle, path, project: source.project, readOnly: false, migratedFrom: null });
      }
      return this.queue.run(key, async (): Promise<Result<OpenedProject>> => {
        if (this.files.has(key)) return fail('exists', { path, details: ['the file is open in another window'] });
        const info = await stat(key).catch(() => null);
        if (info && !info.isFile()) return fail('not-a-file', { path });
        const holder = info ? await this.markers.otherHolder(key) : null;
        if (holder) return fail('locked', { path, holder });
        const project = source.project;
        // In slices (a large show does not block the event loop); the new file keeps the cache.
        const serializer = new ProjectSerializer();
        const bytes = await serializer.serialize(project);
        const written = await this.underLock(key, path, async () => {
          // The user agreed to replace that file; a show is still kept as a backup of it.
          if (info) await this.keepReplacedShow(key);
          await writeFileDurably(key, bytes, { fs: this.fs });
          return ok(null);
        });
        if (!written.ok) return written;
        const wasEditable = !current.readOnly;
        await this.detach(req.handle);
        const file = this.track(key, project, await diskSignature(key).catch(() => null), bytes, null, serializer);
        rememberWrittenJson(project, bytes);
        file.handles.add(req.handle);
        this.handles.set(req.handle, { path, file, readOnly: false });
        await this.markers.claim(key);
        // Unsaved operations belong to the window, which now edits the new file.
        if (wasEditable) await this.recovery?.move(source.key, key, path).catch((e: unknown) => this.warn(`Pavilion: recovery file not moved: ${String(e)}`));
        return ok<OpenedProject>({ handle: req.handle, path, project, readOnly: false, migratedFrom: null });
      });
    });
    if (result.ok) await this.opts.onProjectUsed?.(path);
    return result;
  }

  async closeProject(req: { handle: string }): Promise<void> {
    const entry = this.handles.get(req.handle);
    if (!entry) return;
    // Let a commit already queued for this handle finish before forgetting the handle.
    await this.queue.run(entry.file.key, async () => this.detach(req.handle));
  }

  /** Where an open handle's show lives, and whether it may be written (assets beside it). */
  fileOf(handle: string): { path: string; readOnly: boolean } | null {
    const e = this.handles.get(handle);
    // A backup's drawings are the show's own (`<show>.assets/`), not beside the backup.
    return e ? { path: e.backupOf ?? e.path, readOnly: e.readOnly } : null;
  }

  /** The document of an open handle (tests and the host's own checks). */
  current(handle: string): Project | null {
    return this.handles.get(handle)?.file.project ?? null;
  }

  /** Waits until every queued write has finished. */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  /** Finishes pending writes and removes this service's open markers (the app is quitting). */
  async close(): Promise<void> {
    this.preloader.clear();
    await this.queue.idle();
    await this.markers.releaseAll();
  }

  // ---------------------------------------------------------------------------------------

  /**
   * Reads and loads a show, with backups offered on failure. When `known` (the same file
   * already open, or preloaded) was loaded from these very bytes, its document is what
   * loading them again would give: it is taken as it is, without parsing and validating the
   * file again (a second window, a reloaded page, the show a starting window opens).
   */
  private async readShow(
    key: string,
    path: string,
    offerBackups = true,
    known?: { bytes: FileBytes | null; project: Project; migratedFrom: number | null },
  ): Promise<Result<{ loaded: { project: Project; migratedFrom: number | null }; seen: DiskSignature; bytes: Buffer }>> {
    let bytes: Buffer;
    let seen: DiskSignature;
    try {
      seen = await diskSignature(key);
      bytes = await readBytesCapped(key, this.maxBytes);
    } catch (e) {
      return offerBackups ? this.withBackups(fsApiError(e, path), key) : { ok: false, error: fsApiError(e, path) };
    }
    if (known && sameContent(bytes, known.bytes)) return ok({ loaded: { project: known.project, migratedFrom: known.migratedFrom }, seen, bytes });
    const loaded = loadProjectText(decodeText(bytes));
    if (!loaded.ok) return this.loadFailure(loaded, path, offerBackups, key);
    // A reply can then carry these bytes rather than the document stringified again.
    if (loaded.verbatim) rememberFileJson(loaded.project, bytes);
    return ok({ loaded, seen, bytes });
  }

  private async loadFailure<T>(loaded: Extract<LoadResult, { ok: false }>, path: string, offerBackups: boolean, key = path): Promise<Result<T>> {
    const { code, version, problems } = loaded.error;
    const error: ApiError = { code: `open.${code}`, path, ...(version !== undefined ? { version } : {}), ...(problems ? { details: problems } : {}) };
    return offerBackups ? this.withBackups(error, key) : { ok: false, error };
  }

  /** A failure to open, with the show's backups when it has any. */
  private async withBackups<T>(error: ApiError, key: string): Promise<Result<T>> {
    const backups = await this.backups.list(key).catch(() => []);
    return { ok: false, error: backups.length > 0 ? { ...error, backups } : error };
  }

  private conflict<T>(path: string, conflict: ConflictInfo, details: string[]): Result<T> {
    return fail('conflict', { path, conflict, details });
  }

  /** This app as the holder of a show (another of its windows has it open). */
  private selfHolder(): OpenHolder {
    const now = this.now().toISOString();
    return { userName: this.opts.userName?.() ?? '', hostName: thisHostName(), pid: process.pid, since: now, refreshedAt: now, self: true };
  }

  /**
   * Marks a show as ours for editing, under its write lock so two Pavilions opening it at
   * the same moment do not both believe they have it; also clears temporary files a killed
   * writer left. A lock that cannot be had only costs the cleanup (the marker is advice).
   */
  private async claimForEditing(key: string): Promise<void> {
    let lock: WriteLock | null = null;
    try {
      lock = await acquireWriteLock(key, { ...this.opts.lock, warn: this.warn });
      await sweepTempFiles(this.fs, key, this.opts.lock?.staleMs ?? LOCK_STALE_MS, this.now().getTime());
    } catch (e) {
      if (!(e instanceof LockBusyError)) this.warn(`Pavilion: could not lock ${key} to mark it open: ${String(e)}`);
    }
    try {
      await this.markers.claim(key);
    } finally {
      await lock?.release();
    }
  }

  /** Runs `task` holding the write lock of `key`; `busy` when another writer keeps it. */
  private async underLock<T>(key: string, path: string, task: (lock: WriteLock) => Promise<Result<T>>): Promise<Result<T>> {
    let lock: WriteLock;
    try {
      lock = await acquireWriteLock(key, { ...this.opts.lock, warn: this.warn });
    } catch (e) {
      if (e instanceof LockBusyError) return fail('busy', { path, details: [e.message] });
      return { ok: false, error: fsApiError(e, path) };
    }
    try {
      return await task(lock);
    } catch (e) {
      if (e instanceof LockLostError) return fail('busy', { path, details: ['another Pavilion took over the write lock; try again'] });
      if (e instanceof ServiceError) return { ok: false, error: e.apiError };
      return { ok: false, error: fsApiError(e, path) };
    } finally {
      await lock.release();
    }
  }

  /**
   * Writes a new state of an open file unless the file changed underneath since we last
   * read or wrote it. Resolves with the time written.
   */
  private writeChecked(file: OpenFile, next: Project, path: string): Promise<Result<string>> {
    return this.underLock(file.key, path, async (lock) => {
      const changed = await this.changedOnDisk(file);
      if (changed) return this.conflict(path, changed, [`the file was changed by another program${changed.diskRevision == null ? ' and cannot be read' : ` (revision ${changed.diskRevision})`}`]);
      return this.replace(file, next, path, lock);
    });
  }

  /**
   * Whether the file is no longer what we last read or wrote: one stat when nothing changed;
   * otherwise the file is read and compared with the bytes we last read or wrote (a `touch`
   * or a copy of the same content is not a change). A file deleted meanwhile is not a
   * conflict: it is written again.
   */
  private async changedOnDisk(file: OpenFile): Promise<ConflictInfo | null> {
    const now = await diskSignature(file.key).catch(() => null);
    if (!now) return null;
    if (sameSignature(now, file.seen)) return null;
    let disk: Buffer | null = null;
    try {
      disk = await readBytesCapped(file.key, this.maxBytes);
    } catch {
      disk = null;
    }
    if (sameContent(disk, file.bytes)) {
      file.seen = now;
      return null;
    }
    const text = disk === null ? null : decodeText(disk);
    const holder = await this.markers.otherHolder(file.key);
    return {
      reason: 'changed-on-disk',
      ourRevision: file.project.revision,
      diskRevision: text === null ? null : peekRevision(text),
      diskSavedAt: new Date(now.mtimeMs).toISOString(),
      ...(holder ? { holder } : {}),
    };
  }

  /**
   * Replaces the file with `next` while holding its lock. A file migrated from an older
   * schema is first kept as a backup (older Pavilions cannot read what is written now; that
   * backup must succeed); otherwise a rotating backup is kept before the first write of the
   * session and then at most every `backupIntervalMs` (a failure there only warns: saving
   * the user's work matters more). The lock is checked once more just before the rename.
   */
  private async replace(file: OpenFile, next: Project, path: string, lock: WriteLock): Promise<Result<string>> {
    // Built in slices from cached chunks of JSON: a large show does not block the event loop.
    const bytes = await file.serializer.serialize(next);
    const nowMs = this.now().getTime();
    if (file.migratedFrom !== null) {
      await this.backups.keep(file.key, file.project.revision, file.migratedFrom);
    } else if (file.lastBackupAt === null || nowMs - file.lastBackupAt >= (this.opts.backupIntervalMs ?? BACKUP_INTERVAL_MS)) {
      try {
        await this.backups.keep(file.key, file.project.revision);
        file.lastBackupAt = nowMs;
      } catch (e) {
        this.warn(`Pavilion: could not keep a backup of ${file.key}: ${String(e)}`);
      }
    }
    await writeFileDurably(file.key, bytes, {
      fs: this.fs,
      beforeReplace: async () => {
        if (!(await lock.verify())) throw new LockLostError();
      },
    });
    const seen = await diskSignature(file.key).catch(() => null);
    if (!lock.held) {
      // The lock was lost while renaming: make sure nobody replaced our file right after.
      const disk = await readBytesCapped(file.key, this.maxBytes).catch(() => null);
      if (!sameContent(disk, bytes)) {
        file.seen = null;
        return this.conflict(path, { reason: 'changed-on-disk', ourRevision: file.project.revision, diskRevision: disk === null ? null : peekRevision(decodeText(disk)) }, [
          'another program wrote the file at the same moment',
        ]);
      }
    }
    file.project = next;
    file.bytes = bytes;
    file.seen = seen;
    file.migratedFrom = null;
    rememberWrittenJson(next, bytes);
    return ok(this.now().toISOString());
  }

  /**
   * Loads the file from disk and applies `ops` on top (see `reapplyOperations`), under the
   * write lock so nothing lands between the read and the write. With `partial` false, any
   * left-out operation fails the whole call (`conflict`) and nothing is written.
   */
  private reloadApply(entry: HandleEntry, ops: readonly Operation[], partial: boolean): Promise<Result<ReapplyResult>> {
    const { file, path } = entry;
    return this.underLock(file.key, path, async (lock): Promise<Result<ReapplyResult>> => {
      const seen = await diskSignature(file.key).catch(() => null);
      if (seen) {
        const read = await this.readShow(file.key, path);
        if (!read.ok) return read;
        file.project = read.value.loaded.project;
        file.migratedFrom = read.value.loaded.migratedFrom;
        file.bytes = [read.value.bytes];
        file.seen = read.value.seen;
      }
      const base = file.project;
      const outcome = reapplyOperations(base, ops);
      if (!partial && outcome.rejected.length > 0) {
        const first = outcome.rejected[0]!;
        return this.conflict(path, { reason: first.reason, ourRevision: base.revision, diskRevision: base.revision }, outcome.rejected.flatMap((r) => r.details).slice(0, 20));
      }
      let savedAt: string | null = null;
      let project = base;
      if (outcome.appliedNow.length > 0) {
        project = { ...outcome.doc, revision: base.revision + 1 };
        const written = await this.replace(file, project, path, lock);
        if (!written.ok) return written;
        savedAt = written.value;
      }
      await this.settleStash(file, outcome.applied);
      return ok<ReapplyResult>({ project, revision: project.revision, savedAt, applied: outcome.applied, rejected: outcome.rejected });
    });
  }

  /** Committed operations leave the recovery stash. Failure only warns: the commit itself landed. */
  private async settleStash(file: OpenFile, ids: string[]): Promise<void> {
    file.committed.add(ids);
    try {
      await this.recovery?.settle(file.key, new Set(ids), file.project.revision);
    } catch (e) {
      this.warn(`Pavilion: could not update the recovery file of ${file.key}: ${String(e)}`);
    }
  }

  /** Keeps a show that save-as is about to replace, as a backup of that file. */
  private async keepReplacedShow(key: string): Promise<void> {
    if (!hasProjectExtension(key)) return;
    try {
      const text = await readFile(key, 'utf8');
      await this.backups.keep(key, peekRevision(text) ?? 0);
    } catch (e) {
      this.warn(`Pavilion: could not keep a backup of ${key} before replacing it: ${String(e)}`);
    }
  }

  private track(key: string, project: Project, seen: DiskSignature | null, bytes: FileBytes | null, migratedFrom: number | null, serializer = new ProjectSerializer()): OpenFile {
    const file: OpenFile = { key, project, seen, bytes, migratedFrom, serializer, handles: new Set(), lastBackupAt: null, committed: new RecentIds() };
    this.files.set(key, file);
    return file;
  }

  private attach(file: OpenFile, path: string, readOnly: boolean, backupOf?: string): string {
    const handle = randomBytes(16).toString('base64url');
    file.handles.add(handle);
    this.handles.set(handle, { path, file, readOnly, ...(backupOf ? { backupOf } : {}) });
    return handle;
  }

  private async detach(handle: string): Promise<void> {
    const entry = this.handles.get(handle);
    if (!entry) return;
    this.handles.delete(handle);
    const { file } = entry;
    file.handles.delete(handle);
    if (file.handles.size === 0) {
      file.serializer.cancelWarmUp();
      if (this.files.get(file.key) === file) this.files.delete(file.key);
    }
    // The marker goes when the last window editing the show lets go of it.
    const editable = [...file.handles].some((h) => this.handles.get(h)?.readOnly === false);
    if (!editable) await this.markers.release(file.key);
  }

  /**
   * The write-queue key of a file that may not exist yet: its folder's real path plus its
   * name (or its own real path when it exists, so a symlinked show is written through).
   */
  private async targetKey(path: string): Promise<Result<string>> {
    const dir = dirname(path);
    try {
      const info = await stat(dir);
      if (!info.isDirectory()) return fail('not-found', { path: dir });
    } catch (e) {
      return { ok: false, error: fsApiError(e, dir) };
    }
    try {
      return ok(await realpath(path));
    } catch (e) {
      if (errnoCode(e) !== 'ENOENT') return { ok: false, error: fsApiError(e, path) };
    }
    return ok(join(await realpath(dir), basename(path)));
  }
}
