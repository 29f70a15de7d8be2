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
  project: Project;
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
    const file: OpenFile = { key, project, seen, bytes, migratedFrom, serializer, owned: new OwnedCollections(), handles: new Set(), lastBackupAt: null, committed: new RecentIds() };
    this.files.set(key, file);
    return file;
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
