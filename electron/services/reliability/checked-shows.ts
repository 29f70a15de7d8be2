import { createHash, type Hash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { writeFileDurably } from '../durable-file';

/**
 * Digests of show files this app has itself checked or written, so that opening one of them
 * again need not wait for the host's parse and check before the window may show it
 * (`ProjectService.openProject`: the window parses the same bytes; the host parses them after
 * its reply, ahead of any edit).
 *
 * What a digest vouches for is a property of the bytes alone: that `JSON.parse` of them is a
 * valid show of the current schema exactly as parsed (`LoadResult.verbatim`). It never goes
 * stale in the unsafe direction: a file changed since only fails to match. The record is per
 * app build (`build`): a later version may check shows differently, so it starts afresh.
 *
 * One digest is kept per file (the last checked or written), for the `limit` files used last.
 */
export interface CheckedShowsOptions {
  /** Where the record is kept (`<user data>/checked-shows.json`). */
  file: string;
  /** The app's version and schema version: a record of another build is not used. */
  build: string;
  limit?: number;
  /** How long after a save its bytes are hashed (a burst of saves is hashed once). */
  settleMs?: number;
  warn?: (message: string) => void;
}

const FORMAT = 'pavilion-checked-shows';
/** Hashed per turn of the event loop when hashing a save: ~3 ms with SHA extensions. */
const SLICE_BYTES = 4 * 1024 * 1024;

/** SHA-256 of bytes fed in order; the pieces of one file as they are read. */
export function showDigest(): Hash {
  return createHash('sha256');
}

export class CheckedShows {
  private shows: Map<string, string> | null = null;
  private loading: Promise<Map<string, string>> | null = null;
  private writing: Promise<void> = Promise.resolve();
  private dirty = false;
  /** Saves waiting to be hashed, by file: the newest parts and their timer. */
  private readonly pending = new Map<string, { parts: readonly Uint8Array[]; timer: NodeJS.Timeout; generation: number }>();
  private generation = 0;
  private readonly changing = new Set<Promise<void>>();

  constructor(private readonly opts: CheckedShowsOptions) {}

  /** Whether the bytes whose digest is `digest` are what this build last checked or wrote at `key`. */
  async vouches(key: string, digest: string): Promise<boolean> {
    const shows = await this.load();
    return shows.get(key) === digest;
  }

  /** Records that the bytes with `digest` at `key` were found to be a current show, verbatim. */
  note(key: string, digest: string): Promise<void> {
    this.cancel(key);
    return this.track(this.record(key, digest));
  }

  private async record(key: string, digest: string): Promise<void> {
    const shows = await this.load();
    shows.delete(key);
    shows.set(key, digest);
    const limit = this.opts.limit ?? 50;
    for (const old of shows.keys()) {
      if (shows.size <= limit) break;
      shows.delete(old);
    }
    await this.save();
  }

  /** The file at `key` is no longer what was recorded (or could not be vouched for). */
  forget(key: string): Promise<void> {
    this.cancel(key);
    return this.track(
      this.load().then((shows) => {
        if (shows.delete(key)) return this.save();
      }),
    );
  }

  /** Changes under way, which `flush` waits for. */
  private track(change: Promise<void>): Promise<void> {
    this.changing.add(change);
    void change.finally(() => this.changing.delete(change));
    return change;
  }

  /**
   * A save wrote `parts` (the JSON of a valid show) to `key`. They are hashed once saves have
   * settled for `settleMs`, in slices, off the path of the save and of the next edit; the
   * file's old digest is dropped at once (it no longer matches anyway).
   */
  wrote(key: string, parts: readonly Uint8Array[]): void {
    this.cancel(key);
    const generation = ++this.generation;
    const timer = setTimeout(() => void this.hashSettled(key, generation), this.opts.settleMs ?? 1500);
    timer.unref();
    this.pending.set(key, { parts, timer, generation });
  }

  /** Hashes the saves still waiting (the app is closing) and waits for the record to be written. */
  async flush(): Promise<void> {
    for (const [key, p] of [...this.pending]) {
      clearTimeout(p.timer);
      this.pending.delete(key);
      const hash = showDigest();
      for (const part of p.parts) hash.update(part);
      await this.note(key, hash.digest('hex'));
    }
    await Promise.all([...this.changing]);
    await this.writing;
  }

  private cancel(key: string): void {
    const p = this.pending.get(key);
    if (!p) return;
    clearTimeout(p.timer);
    this.pending.delete(key);
  }

  private async hashSettled(key: string, generation: number): Promise<void> {
    const p = this.pending.get(key);
    if (!p || p.generation !== generation) return;
    const hash = showDigest();
    for (const part of p.parts) {
      for (let at = 0; at < part.length; at += SLICE_BYTES) {
        hash.update(part.subarray(at, at + SLICE_BYTES));
        await new Promise<void>((done) => setImmediate(done));
        // A newer save (or a close) took over while this one was being hashed.
        if (this.pending.get(key)?.generation !== generation) return;
      }
    }
    this.pending.delete(key);
    await this.note(key, hash.digest('hex'));
  }

  private load(): Promise<Map<string, string>> {
    if (this.shows) return Promise.resolve(this.shows);
    this.loading ??= readFile(this.opts.file, 'utf8')
      .then((text) => {
        const doc = JSON.parse(text) as { format?: unknown; build?: unknown; shows?: unknown };
        const shows = new Map<string, string>();
        if (doc.format !== FORMAT || doc.build !== this.opts.build || !Array.isArray(doc.shows)) return shows;
        for (const entry of doc.shows) {
          if (Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'string' && /^[0-9a-f]{64}$/.test(entry[1])) shows.set(entry[0], entry[1]);
        }
        return shows;
      })
      // Missing or unreadable: nothing is vouched for, and the next record replaces it.
      .catch(() => new Map<string, string>())
      .then((shows) => (this.shows = shows));
    return this.loading;
  }

  /** Writes the record; writes asked for while one is under way are made once, after it. */
  private save(): Promise<void> {
    if (this.dirty) return this.writing;
    this.dirty = true;
    this.writing = this.writing.then(async () => {
      this.dirty = false;
      const doc = { format: FORMAT, build: this.opts.build, shows: [...(this.shows ?? [])] };
      try {
        await writeFileDurably(this.opts.file, JSON.stringify(doc));
      } catch (e) {
        // Only a faster open is lost: the next one checks the show in full.
        this.opts.warn?.(`Pavilion: could not keep the record of checked shows: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
    return this.writing;
  }
}
