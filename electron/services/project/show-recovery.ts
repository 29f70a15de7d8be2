import type { ReapplyResult, Result, StashRequest } from '../../../shared/ipc/contract';
import type { Operation } from '../../../shared/ops/operation';
import { fail, fsApiError, ok } from '../errors';
import { diskSignature } from '../reliability/disk-state';
import { reapplyOperations } from '../reliability/reapply';
import type { RecoveryStore } from '../reliability/recovery-store';
import type { KeyedQueue } from '../serial-queue';
import { buildCommit } from './build-commit';
import { handOut, type HandleEntry, type OpenFile, type OpenShows } from './open-shows';
import type { ShowReader } from './show-reader';
import { conflict, type ShowWriter } from './show-writer';

export interface ShowRecoveryDeps {
  shows: OpenShows;
  queue: KeyedQueue;
  reader: ShowReader;
  writer: ShowWriter;
  recovery: RecoveryStore | null;
  now: () => Date;
  userName: () => string;
  warn: (message: string) => void;
}

const readOnlyError = (path: string) => fail<never>('permission', { path, details: ['the show was opened read-only'] });

/**
 * Unsaved changes: stashed beside the app while they wait to be committed, offered back after
 * a crash, and applied on top of the file as it is now when it moved on meanwhile.
 */
export class ShowRecovery {
  constructor(private readonly d: ShowRecoveryDeps) {}

  /** The editable handle's entry, re-read inside the file's queue (it may have closed or moved meanwhile). */
  private inQueue<T>(handle: string, task: (entry: HandleEntry) => Promise<Result<T>>): Promise<Result<T>> {
    const entry = this.d.shows.entry(handle);
    if (!entry) return Promise.resolve(fail('unknown-handle'));
    if (entry.readOnly) return Promise.resolve(readOnlyError(entry.path));
    return this.d.queue.run(entry.file.key, async () => {
      const current = this.d.shows.entry(handle);
      if (!current) return fail<T>('unknown-handle');
      return task(current);
    });
  }

  reloadAndReapply(req: { handle: string; ops: Operation[] }): Promise<Result<ReapplyResult>> {
    return this.inQueue(req.handle, (current) => this.reloadApply(current, req.ops, true));
  }

  stashUnsaved(req: StashRequest): Promise<Result<{ savedAt: string }>> {
    const recovery = this.d.recovery;
    if (!recovery) return this.withEditable(req.handle, () => fail('unsupported', { details: ['no recovery folder'] }));
    // Same queue as commits: a stash and a commit of the same operations never cross.
    return this.inQueue(req.handle, async ({ file, path }) => {
      const left = req.ops.filter((op) => !file.committed.has(op.id));
      const base = left.length < req.ops.length ? file.project.revision : req.baseRevision;
      try {
        return ok({ savedAt: await recovery.write(file.key, path, base, left) });
      } catch (e) {
        return { ok: false, error: fsApiError(e, recovery.pathFor(file.key)) };
      }
    });
  }

  restoreUnsaved(req: { handle: string; partial?: boolean }): Promise<Result<ReapplyResult>> {
    const recovery = this.d.recovery;
    if (!recovery) return this.withEditable(req.handle, () => fail('unsupported', { details: ['no recovery folder'] }));
    return this.inQueue(req.handle, async (current) => {
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

  discardUnsaved(req: { handle: string }): Promise<Result<null>> {
    const recovery = this.d.recovery;
    if (!recovery) return this.withEditable(req.handle, () => ok(null));
    return this.inQueue(req.handle, async ({ file }) => {
      try {
        await recovery.clear(file.key);
        return ok(null);
      } catch (e) {
        return { ok: false, error: fsApiError(e, recovery.pathFor(file.key)) };
      }
    });
  }

  /** The unsaved changes a crash left for `key`, offered when it is opened for editing. */
  info(key: string) {
    return this.d.recovery?.info(key) ?? Promise.resolve(null);
  }

  /** Unsaved operations belong to the window: after save-as they follow it to the new file. */
  async moveStash(fromKey: string, toKey: string, path: string): Promise<void> {
    await this.d.recovery?.move(fromKey, toKey, path).catch((e: unknown) => this.d.warn(`Pavilion: recovery file not moved: ${String(e)}`));
  }

  /** Committed operations leave the recovery stash. Failure only warns: the commit itself landed. */
  async settleStash(file: OpenFile, ids: string[]): Promise<void> {
    file.committed.add(ids);
    try {
      await this.d.recovery?.settle(file.key, new Set(ids), file.project.revision);
    } catch (e) {
      this.d.warn(`Pavilion: could not update the recovery file of ${file.key}: ${String(e)}`);
    }
  }

  /** Checks the handle as `inQueue` does, for answers that need no queue. */
  private async withEditable<T>(handle: string, answer: () => Result<T>): Promise<Result<T>> {
    const entry = this.d.shows.entry(handle);
    if (!entry) return fail('unknown-handle');
    if (entry.readOnly) return readOnlyError(entry.path);
    return answer();
  }

  /**
   * Loads the file from disk and applies `ops` on top (see `reapplyOperations`), under the
   * write lock so nothing lands between the read and the write. With `partial` false, any
   * left-out operation fails the whole call (`conflict`) and nothing is written. What is
   * applied is committed like any save: history, revision and rules (`buildCommit`).
   */
  private reloadApply(entry: HandleEntry, ops: readonly Operation[], partial: boolean): Promise<Result<ReapplyResult>> {
    const { file, path } = entry;
    return this.d.writer.underLock(file.key, path, async (lock): Promise<Result<ReapplyResult>> => {
      const seen = await diskSignature(file.key).catch(() => null);
      if (seen) {
        const read = await this.d.reader.read(file.key, path);
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
        return conflict(path, { reason: first.reason, ourRevision: base.revision, diskRevision: base.revision }, outcome.rejected.flatMap((r) => r.details).slice(0, 20));
      }
      let savedAt: string | null = null;
      let project = base;
      if (outcome.appliedNow.length > 0) {
        const built = buildCommit(base, outcome.appliedNow, { by: this.d.userName(), at: this.d.now().toISOString() });
        if (!built.ok) return conflict(path, { reason: built.reason, ourRevision: base.revision, diskRevision: base.revision }, built.problems);
        project = built.next;
        const written = await this.d.writer.replace(file, project, path, lock);
        if (!written.ok) return written;
        savedAt = written.value;
      }
      await this.settleStash(file, outcome.applied);
      // Going out to the window: shares collections with the file's document.
      handOut(file);
      return ok<ReapplyResult>({ project, revision: project.revision, savedAt, applied: outcome.applied, rejected: outcome.rejected });
    });
  }
}
