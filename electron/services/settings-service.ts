import { mkdir, rename } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { AppSettings, SettingsPatch } from '../../shared/ipc/contract';
import { REQUEST_SCHEMAS } from '../../shared/ipc/schemas';
import { DurableJsonFile } from './durable-file';
import { KeyedQueue } from './serial-queue';

export const SETTINGS_FILE = 'settings.json';
export const MAX_RECENT_FILES = 10;
/** Settings are a few kilobytes; anything near this is not ours. */
const SETTINGS_MAX_BYTES = 4 * 1024 * 1024;

/**
 * What a settings file may hold. Every field is optional so a file from an older version
 * (fewer fields) still loads; a field of the wrong type makes the file "corrupt".
 */
const SettingsFile = z.object({
  language: z.enum(['zh-CN', 'en']).nullable().optional(),
  userName: z.string().max(200).optional(),
  userNameConfirmed: z.boolean().optional(),
  recentFiles: z.array(z.string().min(1).max(4096)).optional(),
  lastProject: z.string().min(1).max(4096).nullable().optional(),
  window: REQUEST_SCHEMAS.updateSettings.shape.window,
});

/** The operating system's name for the current user, or '' where it has none. */
export function osUserName(): string {
  try {
    const name = userInfo().username;
    if (name) return name;
  } catch {
    // No passwd entry for this uid (containers): fall through to the environment.
  }
  return process.env.USER ?? process.env.USERNAME ?? '';
}

export function defaultSettings(userName: string): AppSettings {
  return { language: null, userName, userNameConfirmed: false, recentFiles: [], lastProject: null, window: null };
}

export interface SettingsServiceOptions {
  dataDir: string;
  /** Name used until the user sets one; the OS user name by default. */
  defaultUserName?: string;
  /** Clock, for the name of a moved-aside corrupt file. */
  now?: () => Date;
  /** Where problems that must not stop the app are reported (console.warn by default). */
  warn?: (message: string) => void;
}

/**
 * App settings in `<dataDir>/settings.json`, kept through lowdb on the durable adapter.
 * A damaged file never stops the app: it is moved aside as `settings.json.corrupt-<time>`
 * (kept for support) and defaults are used.
 */
export class SettingsService {
  private readonly queue = new KeyedQueue();

  private constructor(
    private readonly db: Low<AppSettings>,
    readonly path: string,
    private readonly warn: (message: string) => void,
  ) {}

  static async open(opts: SettingsServiceOptions): Promise<SettingsService> {
    const warn = opts.warn ?? ((m: string) => console.warn(m));
    const path = join(opts.dataDir, SETTINGS_FILE);
    const defaults = defaultSettings(opts.defaultUserName ?? osUserName());
    const db = new Low<AppSettings>(new DurableJsonFile<AppSettings>(path, { maxBytes: SETTINGS_MAX_BYTES }), defaults);
    try {
      await mkdir(opts.dataDir, { recursive: true });
    } catch (e) {
      warn(`Pavilion: cannot create the settings folder ${opts.dataDir}: ${String(e)}`);
    }
    let raw: unknown = null;
    let damaged: string | null = null;
    try {
      raw = await db.adapter.read();
    } catch (e) {
      const code = (e as { code?: unknown }).code;
      if (code === 'EACCES' || code === 'EPERM') {
        warn(`Pavilion: cannot read ${path} (${String(e)}); using default settings.`);
      } else {
        damaged = e instanceof Error ? e.message : String(e);
      }
    }
    if (raw !== null && damaged === null) {
      const parsed = SettingsFile.safeParse(raw);
      if (parsed.success) db.data = { ...defaults, ...stripUndefined(parsed.data), recentFiles: normalizeRecent(parsed.data.recentFiles ?? []) };
      else damaged = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    }
    if (damaged !== null) {
      const stamp = (opts.now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
      const aside = `${path}.corrupt-${stamp}`;
      try {
        await rename(path, aside);
        warn(`Pavilion: settings file was damaged (${damaged}); moved it to ${aside} and started with defaults.`);
      } catch (e) {
        warn(`Pavilion: settings file was damaged (${damaged}) and could not be moved aside (${String(e)}); using defaults.`);
      }
      db.data = defaults;
    }
    return new SettingsService(db, path, warn);
  }

  /** A copy of the current settings. */
  get(): AppSettings {
    return structuredClone(this.db.data);
  }

  /** Applies a patch from the renderer and saves; resolves with the new settings. */
  async update(patch: SettingsPatch): Promise<AppSettings> {
    await this.save((current) => {
      const next = { ...current };
      if (patch.language !== undefined) next.language = patch.language;
      if (patch.userName !== undefined) {
        // An empty answer keeps the name there was: history must always say someone.
        next.userName = patch.userName.trim() || current.userName;
        next.userNameConfirmed = true;
      }
      if (patch.window !== undefined) next.window = patch.window;
      return next;
    });
    return this.get();
  }

  /**
   * Records that a show was opened, created or saved: first in recent files and the one to
   * reopen at the next start. A failure to save settings is reported, never passed on: it
   * must not fail the open itself.
   */
  async noteProject(path: string): Promise<void> {
    try {
      await this.save((current) => ({ ...current, lastProject: path, recentFiles: normalizeRecent([path, ...current.recentFiles]) }));
    } catch (e) {
      this.warn(`Pavilion: could not save recent files to ${this.path}: ${String(e)}`);
    }
  }

  /** Waits for pending writes. */
  flush(): Promise<void> {
    return this.queue.idle();
  }

  /**
   * Writes are serialized and each change is computed from the settings as they are when its
   * turn comes, so quick successive changes all survive. Memory keeps the old settings when
   * the write fails.
   */
  private save(change: (current: AppSettings) => AppSettings): Promise<void> {
    return this.queue.run('settings', async () => {
      const previous = this.db.data;
      this.db.data = change(previous);
      try {
        await this.db.write();
      } catch (e) {
        this.db.data = previous;
        throw e;
      }
    });
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Most recent first, no duplicates, at most MAX_RECENT_FILES. */
function normalizeRecent(files: readonly string[]): string[] {
  return [...new Set(files)].slice(0, MAX_RECENT_FILES);
}
