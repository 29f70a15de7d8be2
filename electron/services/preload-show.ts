import { realpath } from 'node:fs/promises';
import { loadProjectText } from '../../shared/model/load';
import type { Project } from '../../shared/model/project';
import { decodeText, readBytesCapped } from './durable-file';
import { rememberFileJson } from './project-json';

/** A show read and loaded before anyone asked to open it. */
export interface PreloadedShow {
  /** The bytes it was loaded from: the open uses it only if the file still holds exactly these. */
  bytes: readonly Buffer[];
  project: Project;
  migratedFrom: number | null;
}

/** A preload not opened within this time is dropped (its document is large). */
export const PRELOAD_KEEP_MS = 60_000;

const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads, parses and validates one show ahead of its `openProject`: the show a window opens as
 * soon as it has started (the last project). A 20,000-booth show takes ~0.3–0.5 s to load,
 * about as long as the window takes to start, so the two then overlap instead of adding up.
 *
 * Only reads: nothing is claimed, locked or written, and a file that cannot be loaded is left
 * for the open itself to report (with its backups). One show at a time; a newer preload
 * replaces the older one, which stops before its next step.
 */
export class ShowPreloader {
  private slot: {
    /** The real path being loaded (null: it could not be resolved). */
    key: Promise<string | null>;
    result: Promise<PreloadedShow | null>;
    token: { cancelled: boolean };
    timer: ReturnType<typeof setTimeout>;
  } | null = null;

  constructor(private readonly opts: { maxBytes: number }) {}

  /** Starts loading `path` in the background. */
  start(path: string): void {
    this.clear();
    const token = { cancelled: false };
    const key = realpath(path).catch(() => null);
    const result = key.then((k) => (k && !token.cancelled ? this.load(k, token) : null));
    const timer = setTimeout(() => this.clear(), PRELOAD_KEEP_MS);
    // Never what keeps a process alive.
    timer.unref?.();
    this.slot = { key, result, token, timer };
  }

  /**
   * The preloaded show of `key` (a real path), waiting for a load under way; null when there
   * is none, it is of another file, or it failed. The preload is dropped either way: the open
   * owns the document now, or opens something else.
   */
  async take(key: string): Promise<PreloadedShow | null> {
    const slot = this.slot;
    if (!slot) return null;
    const mine = (await slot.key) === key;
    const preloaded = mine ? await slot.result : null;
    if (this.slot === slot) this.clear();
    return preloaded;
  }

  /** Drops the preload (a load under way stops at its next step). */
  clear(): void {
    if (!this.slot) return;
    this.slot.token.cancelled = true;
    clearTimeout(this.slot.timer);
    this.slot = null;
  }

  private async load(key: string, token: { cancelled: boolean }): Promise<PreloadedShow | null> {
    try {
      const bytes = await readBytesCapped(key, this.opts.maxBytes);
      // Yields between the long synchronous steps, so a host answering other requests (the
      // desktop app's main process serving the starting window) is held up as little as possible.
      await breathe();
      if (token.cancelled) return null;
      const text = decodeText(bytes);
      await breathe();
      if (token.cancelled) return null;
      const loaded = loadProjectText(text);
      if (!loaded.ok) return null;
      if (loaded.verbatim) rememberFileJson(loaded.project, bytes);
      return { bytes: [bytes], project: loaded.project, migratedFrom: loaded.migratedFrom };
    } catch {
      return null;
    }
  }
}
