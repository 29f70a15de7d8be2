import { readFile } from 'node:fs/promises';
import type { ConflictInfo, Result } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { decodeText, readBytesCapped, writeFileDurably } from '../durable-file';
import { fail, fsApiError, ok, ServiceError } from '../errors';
import { hasProjectExtension } from '../project-format';
import { rememberWrittenJson } from '../project-json';
import { BACKUP_INTERVAL_MS, type BackupStore } from '../reliability/backups';
import { diskSignature, peekRevision, sameContent, sameSignature } from '../reliability/disk-state';
import { sweepTempFiles } from '../reliability/file-checks';
import type { DurableFs } from '../reliability/fs-port';
import type { OpenMarkers } from '../reliability/open-marker';
import { acquireWriteLock, LOCK_STALE_MS, LockBusyError, type WriteLock, type WriteLockOptions } from '../reliability/write-lock';
import type { OpenFile } from './open-shows';

export interface ShowWriterOptions {
  fs: DurableFs;
  now: () => Date;
  warn: (message: string) => void;
  maxBytes: number;
  backups: BackupStore;
  markers: OpenMarkers;
  lock?: Omit<WriteLockOptions, 'warn'>;
  /** At most one rotating backup per this interval while a show is edited. */
  backupIntervalMs?: number;
  /** A show was written: `parts` are its file's bytes, the JSON of a valid show. */
  onWritten?: (key: string, parts: readonly Buffer[]) => void;
}

/** Raised inside a save when the write lock was taken over before the file was replaced. */
class LockLostError extends Error {}

export function conflict<T>(path: string, info: ConflictInfo, details: string[]): Result<T> {
  return fail('conflict', { path, conflict: info, details });
}

/**
 * Everything around writing a show: a short lock beside the file (so two Pavilions never
 * interleave a check and a write), a check that the file is still what we last read or
 * wrote (if not, `conflict`, never an overwrite) and that nobody took the show over, a
 * rotating backup now and then, and an atomic, flushed replace.
 */
export class ShowWriter {
  constructor(private readonly opts: ShowWriterOptions) {}

  /** Runs `task` holding the write lock of `key`; `busy` when another writer keeps it. */
  async underLock<T>(key: string, path: string, task: (lock: WriteLock) => Promise<Result<T>>): Promise<Result<T>> {
    let lock: WriteLock;
    try {
      lock = await acquireWriteLock(key, { ...this.opts.lock, warn: this.opts.warn });
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
   * Marks a show as ours for editing, under its write lock so two Pavilions opening it at
   * the same moment do not both believe they have it; also clears temporary files a killed
   * writer left (of the show and of its open marker). A lock that cannot be had only costs
   * the cleanup (the marker is advice).
   */
  async claimForEditing(key: string): Promise<void> {
    let lock: WriteLock | null = null;
    try {
      lock = await acquireWriteLock(key, { ...this.opts.lock, warn: this.opts.warn });
      await sweepTempFiles(this.opts.fs, key, this.opts.lock?.staleMs ?? LOCK_STALE_MS, this.opts.now().getTime());
    } catch (e) {
      if (!(e instanceof LockBusyError)) this.opts.warn(`Pavilion: could not lock ${key} to mark it open: ${String(e)}`);
    }
    try {
      await this.opts.markers.claim(key);
    } finally {
      await lock?.release();
    }
  }

  /**
   * Writes a new state of an open file unless the file changed underneath since we last
   * read or wrote it, or another user took the show over. Resolves with the time written.
   */
  writeChecked(file: OpenFile, next: Project, path: string): Promise<Result<string>> {
    return this.underLock(file.key, path, async (lock) => {
      const holder = await this.opts.markers.takenOverBy(file.key);
      if (holder) {
        return conflict(path, { reason: 'taken-over', ourRevision: file.project.revision, holder }, [
          `${holder.userName || holder.hostName} took the show over; save your version as a copy`,
        ]);
      }
      const changed = await this.changedOnDisk(file);
      if (changed) return conflict(path, changed, [`the file was changed by another program${changed.diskRevision == null ? ' and cannot be read' : ` (revision ${changed.diskRevision})`}`]);
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
      disk = await readBytesCapped(file.key, this.opts.maxBytes);
    } catch {
      disk = null;
    }
    if (sameContent(disk, file.bytes)) {
      file.seen = now;
      return null;
    }
    const text = disk === null ? null : decodeText(disk);
    const holder = await this.opts.markers.otherHolder(file.key);
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
  async replace(file: OpenFile, next: Project, path: string, lock: WriteLock): Promise<Result<string>> {
    // Built in slices from cached chunks of JSON: a large show does not block the event loop.
    const bytes = await file.serializer.serialize(next);
    const nowMs = this.opts.now().getTime();
    if (file.migratedFrom !== null) {
      await this.opts.backups.keep(file.key, file.project.revision, file.migratedFrom);
    } else if (file.lastBackupAt === null || nowMs - file.lastBackupAt >= (this.opts.backupIntervalMs ?? BACKUP_INTERVAL_MS)) {
      try {
        await this.opts.backups.keep(file.key, file.project.revision);
        file.lastBackupAt = nowMs;
      } catch (e) {
        this.opts.warn(`Pavilion: could not keep a backup of ${file.key}: ${String(e)}`);
      }
    }
    await writeFileDurably(file.key, bytes, {
      fs: this.opts.fs,
      beforeReplace: async () => {
        if (!(await lock.verify())) throw new LockLostError();
      },
    });
    const seen = await diskSignature(file.key).catch(() => null);
    if (!lock.held) {
      // The lock was lost while renaming: make sure nobody replaced our file right after.
      const disk = await readBytesCapped(file.key, this.opts.maxBytes).catch(() => null);
      if (!sameContent(disk, bytes)) {
        file.seen = null;
        return conflict(path, { reason: 'changed-on-disk', ourRevision: file.project.revision, diskRevision: disk === null ? null : peekRevision(decodeText(disk)) }, [
          'another program wrote the file at the same moment',
        ]);
      }
    }
    file.project = next;
    file.bytes = bytes;
    file.seen = seen;
    file.migratedFrom = null;
    rememberWrittenJson(next, bytes);
    this.opts.onWritten?.(file.key, bytes);
    return ok(this.opts.now().toISOString());
  }

  /** Keeps a show that save-as is about to replace, as a backup of that file. */
  async keepReplacedShow(key: string): Promise<void> {
    if (!hasProjectExtension(key)) return;
    try {
      const text = await readFile(key, 'utf8');
      await this.opts.backups.keep(key, peekRevision(text) ?? 0);
    } catch (e) {
      this.opts.warn(`Pavilion: could not keep a backup of ${key} before replacing it: ${String(e)}`);
    }
  }
}
