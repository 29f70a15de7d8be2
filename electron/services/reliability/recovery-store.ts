import { createHash } from 'node:crypto';
import { mkdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { RecoveryInfo } from '../../../shared/ipc/contract';
import type { Operation } from '../../../shared/ops/operation';
import { OperationSchema } from '../../../shared/ops/schema';
import { readTextCapped, writeFileDurably } from '../durable-file';
import { errnoCode } from '../errors';

/** A stash holds at most the ops one commit may carry; this bounds what is read back. */
const STASH_MAX_BYTES = 256 * 1024 * 1024;

const StashFile = z.object({
  format: z.literal('pavilion-recovery'),
  version: z.literal(1),
  /** The show, as the user named it and as written (symlinks resolved). */
  path: z.string(),
  key: z.string(),
  baseRevision: z.number().int().min(0),
  savedAt: z.string(),
  ops: z.array(OperationSchema),
});
export type StashFile = z.infer<typeof StashFile> & { ops: Operation[] };

export interface RecoveryStoreOptions {
  /** `<user data>/recovery`. */
  dir: string;
  now: () => Date;
  warn: (message: string) => void;
}

/**
 * Unsaved operations kept outside the show, one file per show in the user-data folder
 * (`recovery/<hash of its path>.json`), written durably so they survive a crash or power
 * cut, and cleared as the operations are committed. Kept out of the show's folder: it may
 * be shared, and half-finished work is the user's own.
 */
export class RecoveryStore {
  constructor(private readonly opts: RecoveryStoreOptions) {}

  /** The stash file of a show (by its real path). */
  pathFor(key: string): string {
    return join(this.opts.dir, `${createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 32)}.json`);
  }

  /** The stash of a show, or null when there is none. A damaged stash is moved aside and reported. */
  async read(key: string): Promise<StashFile | null> {
    const file = this.pathFor(key);
    let text: string;
    try {
      text = await readTextCapped(file, STASH_MAX_BYTES);
    } catch (e) {
      if (errnoCode(e) !== 'ENOENT') this.opts.warn(`Pavilion: cannot read the recovery file ${file}: ${String(e)}`);
      return null;
    }
    let parsed: ReturnType<typeof StashFile.safeParse> | null = null;
    try {
      parsed = StashFile.safeParse(JSON.parse(text));
    } catch {
      parsed = null;
    }
    if (parsed?.success && parsed.data.key === key) return parsed.data as StashFile;
    const aside = await this.moveAside(key, 'damaged');
    this.opts.warn(`Pavilion: the recovery file ${file} was damaged; kept as ${aside ?? file}.`);
    return null;
  }

  async info(key: string): Promise<RecoveryInfo | null> {
    const stash = await this.read(key);
    if (!stash || stash.ops.length === 0) return null;
    return { savedAt: stash.savedAt, opCount: stash.ops.length, baseRevision: stash.baseRevision };
  }

  /** Writes (replaces) the stash of a show; an empty list removes it. Returns the time written. */
  async write(key: string, path: string, baseRevision: number, ops: Operation[]): Promise<string> {
    const savedAt = this.opts.now().toISOString();
    if (ops.length === 0) {
      await this.clear(key);
      return savedAt;
    }
    const stash: StashFile = { format: 'pavilion-recovery', version: 1, path, key, baseRevision, savedAt, ops };
    await mkdir(this.opts.dir, { recursive: true });
    await writeFileDurably(this.pathFor(key), JSON.stringify(stash));
    return savedAt;
  }

  async clear(key: string): Promise<void> {
    try {
      await unlink(this.pathFor(key));
    } catch (e) {
      if (errnoCode(e) !== 'ENOENT') throw e;
    }
  }

  /**
   * After a commit to `revision`: the stash keeps only the operations not in `committed`
   * (ids), based on the new revision, and disappears when none are left.
   */
  async settle(key: string, committed: ReadonlySet<string>, revision: number): Promise<void> {
    const stash = await this.read(key);
    if (!stash) return;
    const left = stash.ops.filter((op) => !committed.has(op.id));
    if (left.length === stash.ops.length) return;
    if (left.length === 0) await this.clear(key);
    else await this.write(key, stash.path, revision, left);
  }

  /** Moves a stash out of the way (kept for support), returning where it went. */
  async moveAside(key: string, why: 'damaged' | 'restored'): Promise<string | null> {
    const from = this.pathFor(key);
    const to = from.replace(/\.json$/, `.${why}-${this.opts.now().toISOString().replace(/[-:.]/g, '')}.json`);
    try {
      await rename(from, to);
      return to;
    } catch {
      return null;
    }
  }

  /** A stash follows its show to a new file (save as). */
  async move(fromKey: string, toKey: string, toPath: string): Promise<void> {
    const stash = await this.read(fromKey);
    if (!stash) return;
    await this.write(toKey, toPath, stash.baseRevision, stash.ops);
    await this.clear(fromKey);
  }
}
