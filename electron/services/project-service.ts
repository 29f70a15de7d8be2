import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type {
  BackupInfo,
  CommitRequest,
  CommitResult,
  CreateProjectRequest,
  OpenedProject,
  OpenHolder,
  OpenProjectRequest,
  ReapplyResult,
  Result,
  StashRequest,
} from '../../shared/ipc/contract';
import { createProject } from '../../shared/model/create';
import { checkProject } from '../../shared/model/rules';
import type { Project } from '../../shared/model/project';
import type { Operation } from '../../shared/ops/operation';
import { DEFAULT_MAX_BYTES, writeFileDurably } from './durable-file';
import { errnoCode, fail, fsApiError, ok } from './errors';
import { ShowPreloader } from './preload-show';
import type { OpenCall } from './show-bytes';
import { sweepUnusedAssets } from './asset-sweep';
import { hasProjectExtension, serializeProject } from './project-format';
import { fileTextStandIn, rememberFileJson, rememberWrittenJson } from './project-json';
import { buildCommit } from './project/build-commit';
import { handOut, OpenShows, type OpenFile } from './project/open-shows';
import { ShowBackups } from './project/show-backups';
import { ShowReader, type ReadShow, type VouchedShow } from './project/show-reader';
import { ShowRecovery } from './project/show-recovery';
import { conflict, ShowWriter } from './project/show-writer';
import { saveShowCopy } from './project/show-copy';
import { showTarget } from './project/targets';
import { BackupStore } from './reliability/backups';
import { CheckedShows } from './reliability/checked-shows';
import { diskSignature, sameContent } from './reliability/disk-state';
import { exists, isInsideBackups, isWritable } from './reliability/file-checks';
import { nodeDurableFs, type DurableFs } from './reliability/fs-port';
import { thisHostName } from './reliability/host-identity';
import { OpenMarkers } from './reliability/open-marker';
import { RecoveryStore } from './reliability/recovery-store';
import type { WriteLockOptions } from './reliability/write-lock';
import { ProjectSerializer } from './serialize-project';
import { KeyedQueue } from './serial-queue';

export interface ProjectServiceOptions {
  /** Called after a show was opened, created or saved under a new name (recent files). */
  onProjectUsed?: (path: string) => Promise<void>;
  /** Larger files are refused before reading. */
  maxBytes?: number;
  /** The clock of every time the service writes (history, backups, markers, stashes). */
  now?: () => Date;
  /** The file system calls of saves (a recording one in power-loss tests, a failing one in fault tests). */
  fs?: DurableFs;
  /** Folder of crash-recovery stashes (`<user data>/recovery`); without it stashing is unsupported. */
  recoveryDir?: string | null;
  /** Name written into open markers and the history. */
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
  /**
   * The record of shows this build checked or wrote (`CheckedShows`): opening one again is
   * answered before the host parses it. Without it every open waits for the host's check.
   */
  checkedShows?: { file: string; build: string; settleMs?: number } | null;
}

/**
 * An opened show's serializer cache is filled this long after the open, not during it: the
 * work (~0.2 s at 20,000 booths, in slices) interleaved with the rest of the open and with
 * sending the document delayed the reply by 0.1–0.3 s. A save before then builds it itself.
 */
export const WARM_UP_DELAY_MS = 1000;

const readOnlyError = (path: string) => fail<never>('permission', { path, details: ['the show was opened read-only'] });

/**
 * Opens, creates and saves show files. Each open show gets a random handle; the document
 * lives here, and the renderer changes it only by committing operations, which are checked,
 * validated and written durably before the new revision is confirmed.
 *
 * The parts: `OpenShows` (which files and handles are open), `ShowReader` (reading and
 * loading, backups offered on failure), `ShowWriter` (lock, disk check, take-over check,
 * backup, durable replace), `ShowRecovery` (unsaved changes, reload and re-apply) and
 * `ShowBackups`. All share one write queue per file and one clock.
 */
export class ProjectService {
  private readonly shows = new OpenShows();
  private readonly queue = new KeyedQueue();
  private readonly maxBytes: number;
  private readonly now: () => Date;
  private readonly fs: DurableFs;
  private readonly warn: (message: string) => void;
  private readonly preloader: ShowPreloader;
  private readonly reader: ShowReader;
  private readonly writer: ShowWriter;
  private readonly unsaved: ShowRecovery;
  private readonly kept: ShowBackups;
  private readonly backups: BackupStore;
  private readonly checked: CheckedShows | null;
  readonly markers: OpenMarkers;

  constructor(private readonly opts: ProjectServiceOptions = {}) {
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    this.now = opts.now ?? (() => new Date());
    this.fs = opts.fs ?? nodeDurableFs;
    this.warn = opts.warn ?? ((m: string) => console.warn(m));
    const userName = opts.userName ?? (() => '');
    const backups = new BackupStore({ fs: this.fs, now: this.now, keep: opts.backupKeep });
    this.backups = backups;
    const recovery = opts.recoveryDir ? new RecoveryStore({ dir: opts.recoveryDir, now: this.now, warn: this.warn }) : null;
    this.preloader = new ShowPreloader({ maxBytes: this.maxBytes });
    this.markers = new OpenMarkers({ userName, now: this.now, staleMs: opts.markerStaleMs, refreshMs: opts.markerRefreshMs, warn: this.warn });
    this.checked = opts.checkedShows ? new CheckedShows({ ...opts.checkedShows, warn: this.warn }) : null;
    this.reader = new ShowReader({ maxBytes: this.maxBytes, backups, checked: this.checked });
    this.writer = new ShowWriter({
      fs: this.fs,
      now: this.now,
      warn: this.warn,
      maxBytes: this.maxBytes,
      backups,
      markers: this.markers,
      lock: opts.lock,
      backupIntervalMs: opts.backupIntervalMs,
      onWritten: (key, parts) => this.checked?.wrote(key, parts),
    });
    const common = { shows: this.shows, queue: this.queue, reader: this.reader, writer: this.writer };
    this.unsaved = new ShowRecovery({ ...common, recovery, now: this.now, userName, warn: this.warn });
    this.kept = new ShowBackups({
      ...common,
      backups,
      markers: this.markers,
      fs: this.fs,
      maxBytes: this.maxBytes,
      now: this.now,
      selfHolder: () => this.selfHolder(),
      open: (path) => this.openProject({ path }),
    });
  }

  /**
   * `call`: what the transport offers this call (see `OpenCall`: the file's bytes sent before
   * the verdict). A file this build checked or wrote before (`CheckedShows`) is answered with
   * its bytes as they are, before the host parses it; the parse follows in the same queued
   * task, so an edit or anything else queued on the show waits for it.
   */
  async openProject(req: OpenProjectRequest, call?: OpenCall): Promise<Result<OpenedProject>> {
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    let key: string;
    try {
      key = await realpath(path);
    } catch (e) {
      return this.reader.withBackups(fsApiError(e, path), path);
    }
    let answerEarly!: (reply: Result<OpenedProject>) => void;
    const early = new Promise<Result<OpenedProject>>((resolve) => (answerEarly = resolve));
    let replied!: () => void;
    const afterReply = new Promise<void>((resolve) => (replied = resolve));
    const task = this.queue.run(key, async (): Promise<Result<OpenedProject>> => {
      const preloaded = await this.preloader.take(key);
      const open = this.shows.file(key);
      const known = open ?? preloaded ?? undefined;
      // Vouching is for a show not open here yet, asked for by a transport (which can send its text).
      const read = call && !open ? await this.reader.readForOpen(key, path, known, call) : await this.reader.read(key, path, true, known, call);
      if (!read.ok) return read;
      const vouched = 'vouched' in read.value ? read.value : null;
      const { seen, bytes } = read.value;
      const writable = req.readOnly !== true && (await isWritable(key));
      const holder = await this.markers.otherHolder(key);
      if (holder && writable && req.takeOver !== true) return fail('locked', { path, holder });
      let file = this.shows.file(key);
      // Another window has the show open: its undo steps may still bring back a drawing.
      const openElsewhere = file !== undefined;
      let loadingDone: (() => void) | null = null;
      if (vouched) {
        ({ file, done: loadingDone } = this.shows.trackLoading(key, seen, [bytes]));
      } else if (file) {
        const { loaded } = read.value as ReadShow;
        // Already open in another window: the disk is the truth for this open, and the other
        // handles notice a different revision on their next commit.
        if (!sameContent(bytes, file.bytes)) {
          file.project = loaded.project;
          file.migratedFrom = loaded.migratedFrom;
          file.bytes = [bytes];
        }
        file.seen = seen;
      } else {
        const { loaded } = read.value as ReadShow;
        file = this.shows.track(key, loaded.project, seen, [bytes], loaded.migratedFrom);
      }
      if (writable) await this.writer.claimForEditing(key);
      if (writable && !vouched) this.afterOpen(file, path, openElsewhere);
      const recovery = writable ? await this.unsavedInfo(key) : null;
      const handle = this.shows.attach(file, path, !writable);
      const reply = ok<OpenedProject>({
        handle,
        path,
        project: vouched ? fileTextStandIn(bytes) : handOut(file),
        readOnly: !writable,
        migratedFrom: file.migratedFrom,
        ...(recovery ? { recovery } : {}),
        ...(holder && !writable ? { heldBy: holder } : {}),
      });
      if (!vouched || !loadingDone) return reply;
      answerEarly(reply);
      await afterReply;
      await this.loadVouched(file, vouched, path, writable);
      loadingDone();
      return reply;
    });
    // A task that fails after answering early has nobody to tell but the log.
    task.catch((e: unknown) => this.warn(`Pavilion: loading ${path} after its open failed: ${e instanceof Error ? e.message : String(e)}`));
    try {
      const result = await Promise.race([task, early]);
      if (result.ok) await this.opts.onProjectUsed?.(path);
      return result;
    } finally {
      // The host's parse of a vouched show starts once this reply is on its way (see `loadVouched`).
      replied();
    }
  }

  /**
   * The host's own load of a show answered before it was parsed. It runs after the reply has
   * been handed to the transport (a turn of the event loop later: the parse blocks it) and
   * before anything queued on the show. The bytes were checked or written by this build, so
   * the load gives exactly what the window parsed; should it not (the record was wrong), the
   * window is made to read the show again at its next save (`changed-on-disk`, reload and
   * re-apply), or loses the show if it cannot be loaded at all.
   */
  private async loadVouched(file: OpenFile, vouched: VouchedShow, path: string, writable: boolean): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    const loaded = vouched.load();
    if (loaded.ok && loaded.verbatim && loaded.migratedFrom === null) {
      file.project = loaded.project;
      rememberFileJson(loaded.project, vouched.bytes);
      if (writable) this.afterOpen(file, path, false);
      return;
    }
    void this.checked?.forget(file.key);
    this.warn(`Pavilion: ${path} was opened as checked before, but loading it ${loaded.ok ? 'changed it' : `failed (${loaded.error.code})`}`);
    if (loaded.ok) {
      file.project = loaded.project;
      file.migratedFrom = loaded.migratedFrom;
      file.seen = null;
      file.bytes = null;
      return;
    }
    for (const handle of [...file.handles]) await this.detach(handle);
  }

  /** After a writable open: the first save's cache fills later, and unused drawings are swept. */
  private afterOpen(file: OpenFile, path: string, openElsewhere: boolean): void {
    // The first save then stringifies only what it changed.
    file.serializer.warmUp(file.project, this.opts.warmUpDelayMs ?? WARM_UP_DELAY_MS);
    if (!openElsewhere) this.sweepAssets(file.key, path);
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
    const target = await showTarget(path);
    if (!target.ok) return target;
    const key = target.value;
    const result = await this.queue.run(key, async (): Promise<Result<OpenedProject>> => {
      if (this.shows.file(key) || (await exists(key))) return fail('exists', { path });
      const project = createProject({ name: req.name, venue: req.venue, start: req.start ?? null, end: req.end ?? null });
      const valid = checkProject(project);
      if (!valid.ok) throw new Error(`createProject produced an invalid document: ${valid.problems.join('; ')}`);
      const bytes = Buffer.from(serializeProject(project), 'utf8');
      try {
        await writeFileDurably(key, bytes, { exclusive: true, fs: this.fs });
      } catch (e) {
        if (errnoCode(e) === 'EEXIST') return fail('exists', { path });
        return { ok: false, error: fsApiError(e, path) };
      }
      const file = this.shows.track(key, project, await diskSignature(key).catch(() => null), [bytes], null);
      rememberWrittenJson(project, [bytes]);
      await this.markers.claim(key);
      const handle = this.shows.attach(file, path, false);
      return ok<OpenedProject>({ handle, path, project, readOnly: false, migratedFrom: null });
    });
    if (result.ok) await this.opts.onProjectUsed?.(path);
    return result;
  }

  async commitOperations(req: CommitRequest): Promise<Result<CommitResult>> {
    const entry = this.shows.entry(req.handle);
    if (!entry) return fail('unknown-handle');
    if (entry.readOnly) return readOnlyError(entry.path);
    return this.queue.run(entry.file.key, async (): Promise<Result<CommitResult>> => {
      // The handle may have been closed or moved by save-as while this commit waited.
      const current = this.shows.entry(req.handle);
      if (!current) return fail('unknown-handle');
      const { file, path } = current;
      const base = file.project;
      if (req.baseRevision !== base.revision) {
        return conflict(path, { reason: 'stale-base', ourRevision: base.revision }, [
          `the change was based on revision ${req.baseRevision}, the show is at revision ${base.revision}`,
        ]);
      }
      const built = buildCommit(base, req.ops, { by: this.opts.userName?.() ?? '', at: this.now().toISOString() }, file.owned);
      if (!built.ok) return conflict(path, { reason: built.reason, ourRevision: base.revision }, built.problems);
      let written: Result<string> | undefined;
      try {
        written = await this.writer.writeChecked(file, built.next, path);
      } finally {
        // Not written: the show in memory is the one on disk again.
        if (!written?.ok && file.project === base) file.project = built.undo(base);
      }
      if (!written.ok) return written;
      await this.unsaved.settleStash(file, req.ops.map((op) => op.id));
      return ok({ revision: built.next.revision, savedAt: written.value, ...(built.history.length ? { history: built.history } : {}) });
    });
  }

  reloadAndReapply(req: { handle: string; ops: Operation[] }): Promise<Result<ReapplyResult>> {
    return this.unsaved.reloadAndReapply(req);
  }

  stashUnsaved(req: StashRequest): Promise<Result<{ savedAt: string }>> {
    return this.unsaved.stashUnsaved(req);
  }

  restoreUnsaved(req: { handle: string; partial?: boolean }): Promise<Result<ReapplyResult>> {
    return this.unsaved.restoreUnsaved(req);
  }

  discardUnsaved(req: { handle: string }): Promise<Result<null>> {
    return this.unsaved.discardUnsaved(req);
  }

  listBackups(req: { path: string }): Promise<Result<BackupInfo[]>> {
    return this.kept.list(req);
  }

  openBackup(req: { path: string }): Promise<Result<OpenedProject>> {
    return this.kept.open(req);
  }

  restoreBackup(req: { path: string; backup: string }): Promise<Result<OpenedProject>> {
    return this.kept.restore(req);
  }

  async saveProjectAs(req: { handle: string; path: string }): Promise<Result<OpenedProject>> {
    const entry = this.shows.entry(req.handle);
    if (!entry) return fail('unknown-handle');
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    if (isInsideBackups(path)) return fail('not-allowed', { path, details: ['shows are not saved inside a backups folder'] });
    const target = await showTarget(path);
    if (!target.ok) return target;
    const key = target.value;
    if (isInsideBackups(key)) return fail('not-allowed', { path, details: ['shows are not saved inside a backups folder'] });
    const result = await this.queue.run(entry.file.key, async (): Promise<Result<OpenedProject>> => {
      const current = this.shows.entry(req.handle);
      if (!current) return fail('unknown-handle');
      const source = current.file;
      if (key === source.key) {
        const holder = await this.markers.otherHolder(key);
        if (holder) return fail('locked', { path, holder });
        const written = await this.writer.writeChecked(source, source.project, path);
        if (!written.ok) return written;
        if (current.readOnly) await this.writer.claimForEditing(key);
        current.path = path;
        current.readOnly = false;
        delete current.backupOf;
        return ok<OpenedProject>({ handle: req.handle, path, project: handOut(source), readOnly: false, migratedFrom: null });
      }
      return this.queue.run(key, async (): Promise<Result<OpenedProject>> => {
        if (this.shows.file(key)) return fail('exists', { path, details: ['the file is open in another window'] });
        const info = await stat(key).catch(() => null);
        if (info && !info.isFile()) return fail('not-a-file', { path });
        const holder = info ? await this.markers.otherHolder(key) : null;
        if (holder) return fail('locked', { path, holder });
        // The new file shares the collections: neither may change them in place.
        const project = handOut(source);
        // In slices (a large show does not block the event loop); the new file keeps the cache.
        const serializer = new ProjectSerializer();
        const bytes = await serializer.serialize(project);
        const written = await this.writer.underLock(key, path, async () => {
          // The user agreed to replace that file; a show is still kept as a backup of it.
          if (info) await this.writer.keepReplacedShow(key);
          await writeFileDurably(key, bytes, { fs: this.fs });
          return ok(null);
        });
        if (!written.ok) return written;
        const wasEditable = !current.readOnly;
        await this.detach(req.handle);
        const file = this.shows.track(key, project, await diskSignature(key).catch(() => null), bytes, null, serializer);
        rememberWrittenJson(project, bytes);
        this.checked?.wrote(key, bytes);
        this.shows.bind(req.handle, file, path, false);
        await this.markers.claim(key);
        // Unsaved operations belong to the window, which now edits the new file.
        if (wasEditable) await this.unsaved.moveStash(source.key, key, path);
        return ok<OpenedProject>({ handle: req.handle, path, project, readOnly: false, migratedFrom: null });
      });
    });
    if (result.ok) await this.opts.onProjectUsed?.(path);
    return result;
  }

  saveProjectCopy(req: { path: string; project: unknown }): Promise<Result<{ path: string; savedAt: string }>> {
    const deps = { queue: this.queue, writer: this.writer, markers: this.markers, fs: this.fs, maxBytes: this.maxBytes, now: this.now, isOpen: (key: string) => this.shows.file(key) !== undefined };
    return saveShowCopy(deps, req);
  }

  async closeProject(req: { handle: string }): Promise<void> {
    const entry = this.shows.entry(req.handle);
    if (!entry) return;
    // Let a commit already queued for this handle finish before forgetting the handle.
    await this.queue.run(entry.file.key, async () => this.detach(req.handle));
  }

  /** Where an open handle's show lives, and whether it may be written (assets beside it). */
  fileOf(handle: string): { path: string; readOnly: boolean } | null {
    const e = this.shows.entry(handle);
    // A backup's drawings are the show's own (`<show>.assets/`), not beside the backup.
    return e ? { path: e.backupOf ?? e.path, readOnly: e.readOnly } : null;
  }

  /** The document of an open handle (tests), or null while the host is still loading it. */
  current(handle: string): Project | null {
    const entry = this.shows.entry(handle);
    return entry && !entry.file.loading ? handOut(entry.file) : null;
  }

  /** The document of an open handle, once the host has loaded it (exports, prints). */
  async documentOf(handle: string): Promise<Project | null> {
    const loading = this.shows.entry(handle)?.file.loading;
    if (loading) await loading;
    return this.current(handle);
  }

  /** Waits until every queued write has finished. */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  /** Finishes pending writes and removes this service's open markers (the app is quitting). */
  async close(): Promise<void> {
    this.preloader.clear();
    await this.queue.idle();
    await this.checked?.flush();
    await this.markers.releaseAll();
  }

  /**
   * Drawings replaced or removed in earlier sessions: their files go once nothing can bring them
   * back (`sweepUnusedAssets`). Queued after the open, so the reply does not wait for it and no
   * commit of the show runs meanwhile.
   */
  private sweepAssets(key: string, path: string): void {
    void this.queue.run(key, async () => {
      const project = this.shows.file(key)?.project;
      if (!project) return;
      const backups = await this.backups.list(key).catch(() => []);
      await sweepUnusedAssets(path, project, backups.map((b) => b.path)).catch((e: unknown) => {
        this.warn(`unused drawings beside ${path} were not removed: ${e instanceof Error ? e.message : String(e)}`);
      });
    });
  }

  private unsavedInfo(key: string) {
    return this.unsaved.info(key);
  }

  /** This app as the holder of a show (another of its windows has it open). */
  private selfHolder(): OpenHolder {
    const now = this.now().toISOString();
    return { userName: this.opts.userName?.() ?? '', hostName: thisHostName(), pid: process.pid, since: now, refreshedAt: now, self: true };
  }

  private async detach(handle: string): Promise<void> {
    const gone = this.shows.detach(handle);
    // The marker goes when the last window editing the show lets go of it.
    if (gone && !gone.stillEdited) await this.markers.release(gone.file.key);
  }
}
