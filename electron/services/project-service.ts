import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import { access, copyFile, lstat, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { Low } from 'lowdb';
import type { CommitRequest, CommitResult, CreateProjectRequest, OpenedProject, Result } from '../../shared/ipc/contract';
import { createProject } from '../../shared/model/create';
import { loadProjectText, validateProject } from '../../shared/model/load';
import type { Project } from '../../shared/model/project';
import { applyOperation, OperationConflictError } from '../../shared/ops/operation';
import { validateCommit } from './commit-validation';
import { DEFAULT_MAX_BYTES, DurableJsonFile, readTextCapped } from './durable-file';
import { errnoCode, fail, fsApiError, ok } from './errors';
import { hasProjectExtension, serializeProject } from './project-format';
import { KeyedQueue } from './serial-queue';

/** Identity of a file's current content on disk: an atomic replace changes the inode. */
interface DiskSignature {
  ino: number;
  size: number;
  mtimeMs: number;
}

/** One show file in memory, shared by every handle open on it. */
interface OpenFile {
  /** Real path (symlinks resolved): what is written, and the key of the write queue. */
  key: string;
  project: Project;
  db: Low<Project>;
  /** What the file looked like after our last read or write, to notice other writers. */
  seen: DiskSignature | null;
  /** Schema version the file was migrated from and not yet written back in. */
  migratedFrom: number | null;
  handles: Set<string>;
}

interface HandleEntry {
  /** Absolute path as the user named it (shown in the title bar and recent files). */
  path: string;
  file: OpenFile;
  readOnly: boolean;
}

export interface ProjectServiceOptions {
  /** Called after a show was opened, created or saved under a new name (recent files). */
  onProjectUsed?: (path: string) => Promise<void>;
  /** Larger files are refused before reading. */
  maxBytes?: number;
  now?: () => Date;
}

/**
 * Opens, creates and saves show files. Each open show gets a random handle; the document
 * lives here, and the renderer changes it only by committing operations, which are checked,
 * validated and written durably before the new revision is confirmed.
 */
export class ProjectService {
  private readonly handles = new Map<string, HandleEntry>();
  private readonly files = new Map<string, OpenFile>();
  private readonly queue = new KeyedQueue();
  private readonly maxBytes: number;
  private readonly now: () => Date;

  constructor(private readonly opts: ProjectServiceOptions = {}) {
    this.maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
    this.now = opts.now ?? (() => new Date());
  }

  async openProject(req: { path: string; readOnly?: boolean }): Promise<Result<OpenedProject>> {
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    let key: string;
    try {
      key = await realpath(path);
    } catch (e) {
      return { ok: false, error: fsApiError(e, path) };
    }
    const result = await this.queue.run(key, async (): Promise<Result<OpenedProject>> => {
      let text: string;
      let seen: DiskSignature | null;
      try {
        seen = await signature(key);
        text = await readTextCapped(key, this.maxBytes);
      } catch (e) {
        return { ok: false, error: fsApiError(e, path) };
      }
      const loaded = loadProjectText(text);
      if (!loaded.ok) {
        const { code, version, problems } = loaded.error;
        return fail(`open.${code}`, { path, ...(version !== undefined ? { version } : {}), ...(problems ? { details: problems } : {}) });
      }
      const readOnly = req.readOnly === true || !(await isWritable(key));
      let file = this.files.get(key);
      if (file) {
        // Already open in another window: the disk is the truth for this open, and the other
        // handles notice a different revision on their next commit.
        if (!sameSignature(file.seen, seen) || file.project.revision !== loaded.project.revision) {
          file.project = loaded.project;
          file.db.data = loaded.project;
          file.migratedFrom = loaded.migratedFrom;
        }
        file.seen = seen;
      } else {
        file = this.track(key, loaded.project, seen, loaded.migratedFrom);
      }
      const handle = this.attach(file, path, readOnly);
      return ok<OpenedProject>({ handle, path, project: file.project, readOnly, migratedFrom: file.migratedFrom });
    });
    if (result.ok) await this.opts.onProjectUsed?.(path);
    return result;
  }

  async createProject(req: CreateProjectRequest): Promise<Result<OpenedProject>> {
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    const target = await this.targetKey(path);
    if (!target.ok) return target;
    const key = target.value;
    const result = await this.queue.run(key, async (): Promise<Result<OpenedProject>> => {
      if (this.files.has(key) || (await exists(key))) return fail('exists', { path });
      const project = createProject({ name: req.name, venue: req.venue, start: req.start ?? null, end: req.end ?? null });
      const valid = validateProject(project);
      if (!valid.ok) throw new Error(`createProject produced an invalid document: ${valid.problems.join('; ')}`);
      const adapter = new DurableJsonFile<Project>(key, { serialize: serializeProject, maxBytes: this.maxBytes, exclusive: true });
      const db = new Low<Project>(adapter, project);
      try {
        await db.write();
      } catch (e) {
        if (errnoCode(e) === 'EEXIST') return fail('exists', { path });
        return { ok: false, error: fsApiError(e, path) };
      }
      adapter.exclusive = false;
      const file = this.track(key, project, await signature(key).catch(() => null), null, db);
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
        return fail('conflict', { path, details: [`the change was based on revision ${req.baseRevision}, the show is at revision ${base.revision}`] });
      }
      const outside = await this.checkOutsideChange(file, path);
      if (outside) return outside;
      let next = base;
      try {
        for (const op of req.ops) next = applyOperation(next, op);
      } catch (e) {
        if (e instanceof OperationConflictError) return fail('conflict', { path, details: [e.message] });
        throw e;
      }
      next = { ...next, revision: base.revision + 1 };
      // A change that breaks the document's rules (typically an edit that raced with another
      // window's, e.g. assigning to an exhibitor just deleted) is refused like any conflict.
      const valid = validateCommit(next, req.ops);
      if (!valid.ok) return fail('conflict', { path, details: valid.problems });
      const written = await this.write(file, next, path);
      if (!written.ok) return written;
      return ok({ revision: next.revision, savedAt: this.now().toISOString() });
    });
  }

  async saveProjectAs(req: { handle: string; path: string }): Promise<Result<OpenedProject>> {
    const entry = this.handles.get(req.handle);
    if (!entry) return fail('unknown-handle');
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    const target = await this.targetKey(path);
    if (!target.ok) return target;
    const key = target.value;
    const result = await this.queue.run(entry.file.key, async (): Promise<Result<OpenedProject>> => {
      const current = this.handles.get(req.handle);
      if (!current) return fail('unknown-handle');
      const source = current.file;
      if (key === source.key) {
        const written = await this.write(source, source.project, path);
        if (!written.ok) return written;
        current.path = path;
        current.readOnly = false;
        return ok<OpenedProject>({ handle: req.handle, path, project: source.project, readOnly: false, migratedFrom: null });
      }
      return this.queue.run(key, async (): Promise<Result<OpenedProject>> => {
        if (this.files.has(key)) return fail('exists', { path, details: ['the file is open in another window'] });
        const info = await stat(key).catch(() => null);
        if (info && !info.isFile()) return fail('not-a-file', { path });
        const project = source.project;
        const db = new Low<Project>(new DurableJsonFile<Project>(key, { serialize: serializeProject, maxBytes: this.maxBytes }), project);
        try {
          await db.write();
        } catch (e) {
          return { ok: false, error: fsApiError(e, path) };
        }
        this.detach(req.handle);
        const file = this.track(key, project, await signature(key).catch(() => null), null, db);
        file.handles.add(req.handle);
        this.handles.set(req.handle, { path, file, readOnly: false });
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

  /** The document of an open handle (tests and the host's own checks). */
  current(handle: string): Project | null {
    return this.handles.get(handle)?.file.project ?? null;
  }

  /** Waits until every queued write has finished. */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  private track(key: string, project: Project, seen: DiskSignature | null, migratedFrom: number | null, db?: Low<Project>): OpenFile {
    const file: OpenFile = {
      key,
      project,
      db: db ?? new Low<Project>(new DurableJsonFile<Project>(key, { serialize: serializeProject, maxBytes: this.maxBytes }), project),
      seen,
      migratedFrom,
      handles: new Set(),
    };
    this.files.set(key, file);
    return file;
  }

  private attach(file: OpenFile, path: string, readOnly: boolean): string {
    const handle = randomBytes(16).toString('base64url');
    file.handles.add(handle);
    this.handles.set(handle, { path, file, readOnly });
    return handle;
  }

  private detach(handle: string): void {
    const entry = this.handles.get(handle);
    if (!entry) return;
    this.handles.delete(handle);
    entry.file.handles.delete(handle);
    if (entry.file.handles.size === 0 && this.files.get(entry.file.key) === entry.file) this.files.delete(entry.file.key);
  }

  /**
   * Writes a new state of an open file. The document in memory changes only once the file
   * is safely on disk. A file migrated from an older schema is first copied beside itself
   * (`<file>.v<N>.bak`), since older Pavilion versions cannot read what is written now.
   */
  private async write(file: OpenFile, next: Project, path: string): Promise<Result<null>> {
    try {
      if (file.migratedFrom !== null) await backupOnce(file.key, file.migratedFrom);
      file.db.data = next;
      await file.db.write();
    } catch (e) {
      file.db.data = file.project;
      return { ok: false, error: fsApiError(e, path) };
    }
    file.project = next;
    file.migratedFrom = null;
    file.seen = await signature(file.key).catch(() => null);
    return ok(null);
  }

  /**
   * Another program (or another Pavilion) may have written the file since we read it. If it
   * still holds our revision, carry on; otherwise refuse rather than overwrite its work.
   * A file deleted meanwhile is simply written again.
   */
  private async checkOutsideChange(file: OpenFile, path: string): Promise<Result<CommitResult> | null> {
    const now = await signature(file.key).catch(() => null);
    if (!now || !file.seen || sameSignature(now, file.seen)) return null;
    let revision: number | null = null;
    try {
      const loaded = loadProjectText(await readTextCapped(file.key, this.maxBytes));
      if (loaded.ok) revision = loaded.project.revision;
    } catch {
      revision = null;
    }
    if (revision !== file.project.revision) {
      return fail('conflict', {
        path,
        details: [`the file was changed by another program${revision === null ? ' and cannot be read' : ` (revision ${revision})`}; reopen it`],
      });
    }
    file.seen = now;
    return null;
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

async function signature(path: string): Promise<DiskSignature> {
  const s = await stat(path);
  return { ino: s.ino, size: s.size, mtimeMs: s.mtimeMs };
}

function sameSignature(a: DiskSignature | null, b: DiskSignature | null): boolean {
  return !!a && !!b && a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** Replacing a file needs write access to it (the user's intent) and to its folder (the rename). */
async function isWritable(path: string): Promise<boolean> {
  try {
    await access(path, fsConstants.W_OK);
    await access(dirname(path), fsConstants.W_OK);
    return true;
  } catch {
    return false;
  }
}

async function backupOnce(path: string, fromVersion: number): Promise<void> {
  try {
    await copyFile(path, `${path}.v${fromVersion}.bak`, fsConstants.COPYFILE_EXCL);
  } catch (e) {
    // An earlier backup is kept as it is; a vanished original has nothing left to keep.
    if (errnoCode(e) !== 'EEXIST' && errnoCode(e) !== 'ENOENT') throw e;
  }
}
