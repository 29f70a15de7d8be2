import { realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { BackupInfo, OpenedProject, OpenHolder, Result } from '../../../shared/ipc/contract';
import { loadProjectText } from '../../../shared/model/load';
import { readTextCapped, syncDirectory, writeFileDurably } from '../durable-file';
import { fail, fsApiError, ok } from '../errors';
import { hasProjectExtension } from '../project-format';
import { projectOfBackup, type BackupStore } from '../reliability/backups';
import { exists } from '../reliability/file-checks';
import type { DurableFs } from '../reliability/fs-port';
import type { OpenMarkers } from '../reliability/open-marker';
import type { KeyedQueue } from '../serial-queue';
import { handOut, type OpenShows } from './open-shows';
import type { ShowReader } from './show-reader';
import type { ShowWriter } from './show-writer';
import { showTarget } from './targets';

export interface ShowBackupsDeps {
  shows: OpenShows;
  queue: KeyedQueue;
  reader: ShowReader;
  writer: ShowWriter;
  backups: BackupStore;
  markers: OpenMarkers;
  fs: DurableFs;
  maxBytes: number;
  now: () => Date;
  selfHolder: () => OpenHolder;
  /** Opens the restored show (the service's own open). */
  open: (path: string) => Promise<Result<OpenedProject>>;
}

/** The backups kept beside a show: listed, opened read-only, or put back in its place. */
export class ShowBackups {
  constructor(private readonly d: ShowBackupsDeps) {}

  async list(req: { path: string }): Promise<Result<BackupInfo[]>> {
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    const key = await realpath(path).catch(() => path);
    return ok(await this.d.backups.list(key));
  }

  async open(req: { path: string }): Promise<Result<OpenedProject>> {
    const path = resolve(req.path);
    const of = projectOfBackup(path);
    if (!of) return fail('not-allowed', { path, details: ['not a Pavilion backup'] });
    let key: string;
    try {
      key = await realpath(path);
    } catch (e) {
      return { ok: false, error: fsApiError(e, path) };
    }
    return this.d.queue.run(key, async (): Promise<Result<OpenedProject>> => {
      const read = await this.d.reader.read(key, path, false);
      if (!read.ok) return read;
      const { loaded, seen, bytes } = read.value;
      const file = this.d.shows.file(key) ?? this.d.shows.track(key, loaded.project, seen, [bytes], loaded.migratedFrom);
      const handle = this.d.shows.attach(file, path, true, of);
      return ok<OpenedProject>({ handle, path, project: handOut(file), readOnly: true, migratedFrom: file.migratedFrom, backupOf: of });
    });
  }

  async restore(req: { path: string; backup: string }): Promise<Result<OpenedProject>> {
    const path = resolve(req.path);
    if (!hasProjectExtension(path)) return fail('bad-extension', { path });
    const backup = resolve(req.backup);
    const of = projectOfBackup(backup);
    const target = await showTarget(path);
    if (!target.ok) return target;
    const key = target.value;
    const ofKey = of ? await showTarget(of) : null;
    if (!ofKey?.ok || ofKey.value !== key) return fail('not-allowed', { path: backup, details: [`not a backup of ${path}`] });
    const restored = await this.d.queue.run(key, async (): Promise<Result<null>> => {
      if ((this.d.shows.file(key)?.handles.size ?? 0) > 0) {
        return fail('locked', { path, holder: this.d.selfHolder(), details: ['the show is open in this window; close it first'] });
      }
      const holder = await this.d.markers.otherHolder(key);
      if (holder) return fail('locked', { path, holder });
      let text: string;
      try {
        text = await readTextCapped(backup, this.d.maxBytes);
      } catch (e) {
        return { ok: false, error: fsApiError(e, backup) };
      }
      const loaded = loadProjectText(text);
      if (!loaded.ok) return this.d.reader.loadFailure(loaded, backup, false);
      return this.d.writer.underLock(key, path, async () => {
        if (await exists(key)) {
          const aside = `${key}.before-restore-${this.d.now().toISOString().replace(/[-:.]/g, '')}`;
          await this.d.fs.rename(key, aside);
          await syncDirectory(this.d.fs, dirname(key));
        }
        await writeFileDurably(key, text, { exclusive: true, fs: this.d.fs });
        return ok(null);
      });
    });
    if (!restored.ok) return restored;
    return this.d.open(path);
  }
}
