import { randomBytes } from 'node:crypto';
import type { Project } from '../../../shared/model/project';
import type { DiskSignature, FileBytes } from '../reliability/disk-state';
import { RecentIds } from '../reliability/file-checks';
import { ProjectSerializer } from '../serialize-project';
import { OwnedCollections } from './owned-collections';

/** One show file in memory, shared by every handle open on it. */
export interface OpenFile {
  /** Real path (symlinks resolved): what is written, and the key of the write queue. */
  key: string;
  /** Not to be read while `loading` (it throws): tasks queued behind the open find it set. */
  project: Project;
  /**
   * A show opened before the host parsed it (a file vouched for by `CheckedShows`): settles
   * once `project` is set, or the show could not be loaded after all (its handles are gone).
   * The open's queued task parses it, so whatever is queued on the file after the open waits.
   */
  loading: Promise<void> | null;
  /** The file as we last read or wrote it: a cheap signature, and its bytes (compared only when the signature differs). */
  seen: DiskSignature | null;
  bytes: FileBytes | null;
  /** Builds the file's bytes on save, reusing the JSON of what an edit did not touch. */
  serializer: ProjectSerializer;
  /** Collections of `project` only this service holds, which commits change in place. */
  owned: OwnedCollections;
  /** Schema version the file was migrated from and not yet written back in. */
  migratedFrom: number | null;
  handles: Set<string>;
  /** When this session last kept a rotating backup of the file (null: not yet). */
  lastBackupAt: number | null;
  /** Operations committed lately (a stash that arrives after their commit drops them). */
  committed: RecentIds;
}

export interface HandleEntry {
  /** Absolute path as the user named it (shown in the title bar and recent files). */
  path: string;
  file: OpenFile;
  readOnly: boolean;
  backupOf?: string;
}

const NOT_LOADED = new Proxy({} as Project, {
  get(_target, prop) {
    throw new Error(`the show is still being loaded (read of ${String(prop)})`);
  },
});

/**
 * The file's document, to be seen outside the service (a reply, an export, a print): from now
 * on commits copy what they touch rather than change it in place.
 */
export function handOut(file: OpenFile): Project {
  file.owned.release();
  return file.project;
}

/**
 * The shows this service has open: files by real path, and the random handles windows use
 * to name them. Pure bookkeeping; reading, writing and markers live elsewhere.
 */
export class OpenShows {
  readonly handles = new Map<string, HandleEntry>();
  readonly files = new Map<string, OpenFile>();

  entry(handle: string): HandleEntry | undefined {
    return this.handles.get(handle);
  }

  file(key: string): OpenFile | undefined {
    return this.files.get(key);
  }

  track(key: string, project: Project, seen: DiskSignature | null, bytes: FileBytes | null, migratedFrom: number | null, serializer = new ProjectSerializer()): OpenFile {
    const file: OpenFile = { key, project, loading: null, seen, bytes, migratedFrom, serializer, owned: new OwnedCollections(), handles: new Set(), lastBackupAt: null, committed: new RecentIds() };
    this.files.set(key, file);
    return file;
  }

  /**
   * Tracks a file whose document comes later (`OpenFile.loading`); `done` settles it. Until
   * then its `project` throws when read, so a slip in that rule is loud rather than silent.
   */
  trackLoading(key: string, seen: DiskSignature | null, bytes: FileBytes | null): { file: OpenFile; done: () => void } {
    const file = this.track(key, NOT_LOADED, seen, bytes, null);
    let done!: () => void;
    file.loading = new Promise<void>((resolve) => (done = resolve));
    return {
      file,
      done: () => {
        file.loading = null;
        done();
      },
    };
  }

  attach(file: OpenFile, path: string, readOnly: boolean, backupOf?: string): string {
    const handle = randomBytes(16).toString('base64url');
    this.bind(handle, file, path, readOnly, backupOf);
    return handle;
  }

  /** Points `handle` at `file` (a new handle, or one save-as moved to a new file). */
  bind(handle: string, file: OpenFile, path: string, readOnly: boolean, backupOf?: string): void {
    file.handles.add(handle);
    this.handles.set(handle, { path, file, readOnly, ...(backupOf ? { backupOf } : {}) });
  }

  /**
   * Forgets a handle; the file goes when its last handle does. Returns the file and whether
   * any window still edits it (its open marker goes when none does), or null for an unknown handle.
   */
  detach(handle: string): { file: OpenFile; stillEdited: boolean } | null {
    const entry = this.handles.get(handle);
    if (!entry) return null;
    this.handles.delete(handle);
    const { file } = entry;
    file.handles.delete(handle);
    if (file.handles.size === 0) {
      file.serializer.cancelWarmUp();
      if (this.files.get(file.key) === file) this.files.delete(file.key);
    }
    const stillEdited = [...file.handles].some((h) => this.handles.get(h)?.readOnly === false);
    return { file, stillEdited };
  }
}
