import { readdir, readFile, stat, utimes } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo } from '../../../shared/ipc/contract';
import { syncDirectory, writeFileDurably } from '../durable-file';
import { errnoCode } from '../errors';
import { nodeDurableFs, type DurableFs } from './fs-port';

/** Backups live beside the show, in this hidden folder, one subfolder per show file name. */
export const BACKUP_DIR = '.pavilion-backups';
/** Rotating backups kept per show (the copies made before a schema migration are kept apart). */
export const BACKUP_KEEP = 5;
/** At most one rotating backup per this interval while a show is being edited. */
export const BACKUP_INTERVAL_MS = 5 * 60_000;

const NAME_RE = /^(\d{8}T\d{9}Z)-r(\d+)(?:-schema(\d+))?(?:-(\d+))?\.pavilion\.json$/;

/** `<folder>/.pavilion-backups/<file name>/` of a show. */
export function backupFolderFor(target: string): string {
  return join(dirname(target), BACKUP_DIR, basename(target));
}

function stamp(at: Date): string {
  return at.toISOString().replace(/[-:.]/g, '');
}

/** `20260917T101500123Z-r42.pavilion.json`; `-schema0` for the copy kept before a migration. */
export function backupName(at: Date, revision: number, fromSchema?: number, attempt = 0): string {
  return `${stamp(at)}-r${revision}${fromSchema !== undefined ? `-schema${fromSchema}` : ''}${attempt > 0 ? `-${attempt}` : ''}.pavilion.json`;
}

export function parseBackupName(name: string): { revision: number; fromSchemaVersion?: number } | null {
  const m = NAME_RE.exec(name);
  if (!m) return null;
  return { revision: Number(m[2]), ...(m[3] !== undefined ? { fromSchemaVersion: Number(m[3]) } : {}) };
}

/** The show a backup path belongs to, or null when the path is not named like a backup. */
export function projectOfBackup(backupPath: string): string | null {
  const folder = dirname(backupPath);
  const backups = dirname(folder);
  if (basename(backups) !== BACKUP_DIR || !parseBackupName(basename(backupPath))) return null;
  return join(dirname(backups), basename(folder));
}

export interface BackupStoreOptions {
  fs?: DurableFs;
  now?: () => Date;
  keep?: number;
}

/**
 * Earlier versions of a show, beside it. Making one is nearly free: every save writes a new
 * file and renames it over the show, so the old version's file is never changed again, and a
 * hard link keeps it under a backup name without copying a byte. Where links are not
 * supported (FAT/exFAT drives, some network shares) the version is copied instead, which the
 * rate limit keeps rare. Beside the show rather than in the user-data folder: same disk (so
 * links work), and the backups travel with the show when its folder is copied or shared.
 */
export class BackupStore {
  private readonly fs: DurableFs;
  private readonly now: () => Date;
  readonly keepCount: number;

  constructor(opts: BackupStoreOptions = {}) {
    this.fs = opts.fs ?? nodeDurableFs;
    this.now = opts.now ?? (() => new Date());
    this.keepCount = opts.keep ?? BACKUP_KEEP;
  }

  /** Backups of a show, newest first (both kinds). */
  async list(target: string): Promise<BackupInfo[]> {
    const folder = backupFolderFor(target);
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      return [];
    }
    const out: (BackupInfo & { name: string })[] = [];
    for (const name of names) {
      const parsed = parseBackupName(name);
      if (!parsed) continue;
      const path = join(folder, name);
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) continue;
      out.push({ name, path, savedAt: info.mtime.toISOString(), ...parsed });
    }
    out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
    return out.map(({ name: _name, ...info }) => info);
  }

  /**
   * Keeps the file now at `target` (which holds `revision`) as a backup, durably, then drops
   * rotating backups beyond the newest `keep`. `fromSchema` marks the copy kept before a
   * migration (never rotated away). A rotating backup is skipped when the newest one is
   * already this very file. Returns the backup's path, or null when skipped or nothing was there.
   */
  async keep(target: string, revision: number, fromSchema?: number): Promise<string | null> {
    const current = await stat(target).catch(() => null);
    if (!current) return null;
    const folder = backupFolderFor(target);
    await this.ensureFolder(folder);
    if (fromSchema === undefined) {
      const newest = (await this.list(target)).find((b) => b.fromSchemaVersion === undefined);
      if (newest) {
        const n = await stat(newest.path).catch(() => null);
        if (n && n.ino === current.ino && n.dev === current.dev) return null;
      }
    }
    const at = this.now();
    let path = '';
    for (let attempt = 0; ; attempt++) {
      path = join(folder, backupName(at, revision, fromSchema, attempt));
      try {
        await this.place(target, path, current.mtime);
        break;
      } catch (e) {
        if (errnoCode(e) !== 'EEXIST' || attempt >= 20) throw e;
      }
    }
    await syncDirectory(this.fs, folder);
    await this.rotate(target);
    return path;
  }

  /** Drops rotating backups beyond the newest `keep`, and temporary files left by a crash. */
  async rotate(target: string): Promise<void> {
    const folder = backupFolderFor(target);
    const rotating = (await this.list(target)).filter((b) => b.fromSchemaVersion === undefined);
    for (const old of rotating.slice(this.keepCount)) await this.fs.unlink(old.path).catch(() => undefined);
    // Temporary files of copies interrupted by a crash (only Pavilion writes in this folder).
    const cutoff = this.now().getTime() - 60_000;
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      if (!/^\..+\.[0-9a-f]{12}\.tmp$/.test(name)) continue;
      const info = await stat(join(folder, name)).catch(() => null);
      if (info && info.mtimeMs < cutoff) await this.fs.unlink(join(folder, name)).catch(() => undefined);
    }
  }

  /** A hard link where the file system has them; a durable copy otherwise. */
  private async place(target: string, path: string, mtime: Date): Promise<void> {
    try {
      await this.fs.link(target, path);
      return;
    } catch (e) {
      const code = errnoCode(e);
      if (code === 'EEXIST' || code === 'ENOENT') throw e;
    }
    await writeFileDurably(path, await readFile(target), { fs: this.fs, exclusive: true });
    // The backup is dated by when its version was saved, as a link would be.
    await utimes(path, mtime, mtime).catch(() => undefined);
  }

  /** Creates the backup folders, flushing each new folder's entry in its parent. */
  private async ensureFolder(folder: string): Promise<void> {
    const parent = dirname(folder);
    if (await this.fs.mkdir(parent)) await syncDirectory(this.fs, dirname(parent));
    if (await this.fs.mkdir(folder)) await syncDirectory(this.fs, parent);
  }
}
