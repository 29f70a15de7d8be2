import { randomBytes } from 'node:crypto';
import { readFile, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import type { OpenHolder } from '../../../shared/ipc/contract';
import { writeFileDurably } from '../durable-file';
import { errnoCode } from '../errors';
import { isProcessAlive, thisHostName } from './host-identity';

/** A holder refreshes its marker this often while the show stays open. */
export const MARKER_REFRESH_MS = 15 * 60_000;
/**
 * A marker not refreshed for this long is ignored: its holder crashed on another computer,
 * or that computer sleeps. Long enough that a busy holder is never overridden silently.
 */
export const MARKER_STALE_MS = 2 * 60 * 60_000;
/** Marker files are a few hundred bytes; anything bigger is not one. */
const MARKER_MAX_BYTES = 64 * 1024;

/** The "who has it open" marker: a hidden file beside the show. */
export function openMarkerPath(target: string): string {
  return join(dirname(target), `.${basename(target)}.lock-info`);
}

const MarkerFile = z.object({
  format: z.literal('pavilion-open-marker'),
  version: z.literal(1),
  /** Identifies one running project service, so a process tells its own markers from others'. */
  instance: z.string().min(1).max(64),
  userName: z.string().max(200),
  hostName: z.string().max(255),
  pid: z.number().int(),
  since: z.string().max(40),
  refreshedAt: z.string().max(40),
});
export type MarkerFile = z.infer<typeof MarkerFile>;

/** The marker of a show, or null when there is none or it is not one of ours (damaged). */
export async function readMarker(target: string): Promise<MarkerFile | null> {
  let text: string;
  try {
    const buf = await readFile(openMarkerPath(target));
    if (buf.length > MARKER_MAX_BYTES) return null;
    text = buf.toString('utf8');
  } catch {
    return null;
  }
  try {
    const parsed = MarkerFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A marker is stale when its process is gone (same computer, pid not running) or it was not
 * refreshed within `staleMs`. A stale marker is ignored and replaced.
 */
export function isMarkerStale(m: MarkerFile, now: Date, staleMs = MARKER_STALE_MS): boolean {
  if (m.hostName === thisHostName() && !isProcessAlive(m.pid)) return true;
  const refreshed = Date.parse(m.refreshedAt);
  if (Number.isNaN(refreshed)) return true;
  return now.getTime() - refreshed > staleMs;
}

export function holderOf(m: MarkerFile, selfInstance: string): OpenHolder {
  return {
    userName: m.userName,
    hostName: m.hostName,
    pid: m.pid,
    since: m.since,
    refreshedAt: m.refreshedAt,
    ...(m.instance === selfInstance ? { self: true } : {}),
  };
}

export interface OpenMarkersOptions {
  /** The user name written into markers (Pavilion's setting, falling back to the OS name). */
  userName: () => string;
  now: () => Date;
  staleMs?: number;
  refreshMs?: number;
  warn: (message: string) => void;
}

/**
 * The markers this service holds, one per show it has open for editing. Markers are advice
 * (they cannot stop a program that ignores them); the write lock and the revision check are
 * what keep two writers from losing each other's work.
 */
export class OpenMarkers {
  /** This service's identity in markers. */
  readonly instance = randomBytes(12).toString('base64url');
  private readonly held = new Map<string, MarkerFile>();
  /**
   * Shows we held until someone else's marker replaced ours (a take-over), with the taker's
   * instance once we have reported it (null: not yet).
   */
  private readonly lost = new Map<string, string | null>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly opts: OpenMarkersOptions) {}

  get staleMs(): number {
    return this.opts.staleMs ?? MARKER_STALE_MS;
  }

  /**
   * Who else has `target` open, if anyone: a marker that is not ours and not stale. A marker
   * of ours from another service instance of this process counts as someone else.
   */
  async otherHolder(target: string): Promise<OpenHolder | null> {
    const m = await readMarker(target);
    if (!m || m.instance === this.instance || isMarkerStale(m, this.opts.now(), this.staleMs)) return null;
    return holderOf(m, this.instance);
  }

  /**
   * Who took `target` over from us, if anyone: we marked it open, and now a live marker of
   * someone else stands in its place (they chose "open anyway"). A save checks this first,
   * so the holder learns of the take-over at their next save instead of writing on silently.
   * Each take-over is reported once: after it the window may still save a copy, or reload and
   * go on alongside the taker (the write lock and the disk check keep both writers' work).
   */
  async takenOverBy(target: string): Promise<OpenHolder | null> {
    if (!this.held.has(target) && !this.lost.has(target)) return null;
    const m = await readMarker(target);
    if (!m || m.instance === this.instance || isMarkerStale(m, this.opts.now(), this.staleMs)) return null;
    if (this.lost.get(target) === m.instance) return null;
    if (this.held.delete(target) && this.held.size === 0) this.stopTimer();
    this.lost.set(target, m.instance);
    return holderOf(m, this.instance);
  }

  /** Writes our marker for `target` (replacing a stale or overridden one). Failure is reported, not thrown. */
  async claim(target: string): Promise<void> {
    const now = this.opts.now().toISOString();
    const previous = this.held.get(target);
    const marker: MarkerFile = {
      format: 'pavilion-open-marker',
      version: 1,
      instance: this.instance,
      userName: this.opts.userName(),
      hostName: thisHostName(),
      pid: process.pid,
      since: previous?.since ?? now,
      refreshedAt: now,
    };
    try {
      await writeFileDurably(openMarkerPath(target), `${JSON.stringify(marker)}\n`);
      this.held.set(target, marker);
      this.lost.delete(target);
      this.startTimer();
    } catch (e) {
      // A show in a folder we may not write to is opened read-only anyway; a marker that
      // cannot be written only means others are not warned.
      this.opts.warn(`Pavilion: could not mark ${target} as open: ${String(e)}`);
    }
  }

  /** Removes our marker of `target`, unless someone has replaced it since. */
  async release(target: string): Promise<void> {
    this.lost.delete(target);
    if (!this.held.delete(target)) return;
    if (this.held.size === 0) this.stopTimer();
    const m = await readMarker(target);
    if (m?.instance !== this.instance) return;
    await unlink(openMarkerPath(target)).catch((e: unknown) => {
      if (errnoCode(e) !== 'ENOENT') this.opts.warn(`Pavilion: could not remove the open marker of ${target}: ${String(e)}`);
    });
  }

  /** Refreshes every marker we still own; one taken over by someone else is left to them. */
  async refreshAll(): Promise<void> {
    for (const target of [...this.held.keys()]) {
      const m = await readMarker(target);
      if (m && m.instance !== this.instance) {
        this.held.delete(target);
        if (!this.lost.has(target)) this.lost.set(target, null);
        continue;
      }
      await this.claim(target);
    }
  }

  /** Releases every marker (the service is closing). */
  async releaseAll(): Promise<void> {
    for (const target of [...this.held.keys()]) await this.release(target);
    this.stopTimer();
  }

  private startTimer(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.refreshAll(), this.opts.refreshMs ?? MARKER_REFRESH_MS);
    this.timer.unref?.();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
