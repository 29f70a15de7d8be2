import { isAbsolute, resolve, sep } from 'node:path';
import type { ApiError, PathChoice, Result } from '../../shared/ipc/contract';
import type { HostDialogs } from './pavilion-services';
import type { HostApi } from './show-bytes';
import { projectOfBackup } from './reliability/backups';

/** What a path from the renderer is for. */
export type PathUse = 'open' | 'create' | 'save' | 'list' | 'backup';

/** Decides whether the renderer may use a path; null when it may. */
export interface PathPolicy {
  check(use: PathUse, path: string | null): ApiError | null;
}

/**
 * Whether a path is absolute and already in normal form: no `.`/`..` segments, no doubled
 * separators (one trailing separator is tolerated). A relative path would depend on the
 * host's working folder; an unnormalized one is how traversal tricks are spelled.
 */
export function isNormalAbsolute(path: string): boolean {
  if (path.includes('\0') || !isAbsolute(path)) return false;
  const resolved = resolve(path);
  return resolved === path || `${resolved}${sep}` === path;
}

function notAllowed(path: string | null, why: string): ApiError {
  return { code: 'not-allowed', ...(path !== null ? { path } : {}), details: [why] };
}

/**
 * Browser mode: the person at the page is the local user (the host answers only on
 * 127.0.0.1, with a per-launch token), so any path they type is theirs to use, as long as it
 * is absolute and normalized.
 */
export function browserPathPolicy(): PathPolicy {
  return {
    check(_use, path) {
      if (path === null) return null;
      return isNormalAbsolute(path) ? null : notAllowed(path, 'paths must be absolute and normalized');
    },
  };
}

export interface PickedPathsOptions {
  /** Shows the user opened before (recent files and the last project): always openable. */
  remembered: () => readonly string[];
  /** Compare paths regardless of case (Windows, macOS). */
  caseInsensitive?: boolean;
}

/**
 * The desktop app's allow-list: the renderer may only open, create or save at paths the user
 * chose in a native dialog this session, plus the shows in recent files (which only the host
 * writes, after a successful open). A renderer taken over by hostile content (text from an
 * imported spreadsheet that slipped through) cannot name other files. The in-page folder
 * browser is browser mode's; the desktop app has native dialogs, so listing is refused.
 */
export class PickedPaths implements PathPolicy {
  private readonly picked = new Set<string>();

  constructor(private readonly opts: PickedPathsOptions) {}

  private norm(path: string): string {
    const r = resolve(path);
    return this.opts.caseInsensitive ? r.toLowerCase() : r;
  }

  /** Records a path the user chose in a dialog. */
  allow(path: string): void {
    this.picked.add(this.norm(path));
  }

  private known(path: string, use: PathUse): boolean {
    const n = this.norm(path);
    if (this.picked.has(n)) return true;
    return use === 'open' && this.opts.remembered().some((p) => this.norm(p) === n);
  }

  check(use: PathUse, path: string | null): ApiError | null {
    if (use === 'list') return notAllowed(path, 'the desktop app lists folders in its own dialogs');
    if (path === null || !isNormalAbsolute(path)) return notAllowed(path, 'paths must be absolute and normalized');
    if (use === 'backup') {
      const project = projectOfBackup(path);
      if (!project || !this.known(project, 'open')) return notAllowed(path, 'not a backup of a show chosen in this session');
      return null;
    }
    return this.known(path, use) ? null : notAllowed(path, 'the file was not chosen in a dialog');
  }
}

/** The host's dialogs, telling `picked` about every path the user chooses. */
export function rememberPicks(dialogs: HostDialogs, picked: PickedPaths): HostDialogs {
  const note = (choice: PathChoice): PathChoice => {
    if (choice.kind === 'path') picked.allow(choice.path);
    return choice;
  };
  return {
    chooseProjectToOpen: async () => note(await dialogs.chooseProjectToOpen()),
    chooseProjectSaveLocation: async (req) => note(await dialogs.chooseProjectSaveLocation(req)),
  };
}

/**
 * The API with every path the renderer sends checked by `policy` before a service sees it.
 * A refused path answers `not-allowed` like any expected failure.
 */
export function guardPaths(api: HostApi, policy: PathPolicy): HostApi {
  const refuse = <T>(error: ApiError): Promise<Result<T>> => Promise.resolve({ ok: false, error });
  return {
    ...api,
    listDirectory: (req) => {
      const e = policy.check('list', req.dir);
      return e ? refuse(e) : api.listDirectory(req);
    },
    createProject: (req) => {
      const e = policy.check('create', req.path);
      return e ? refuse(e) : api.createProject(req);
    },
    openProject: (req, call) => {
      const e = policy.check('open', req.path);
      return e ? refuse(e) : api.openProject(req, call);
    },
    saveProjectAs: (req) => {
      const e = policy.check('save', req.path);
      return e ? refuse(e) : api.saveProjectAs(req);
    },
    saveProjectCopy: (req) => {
      const e = policy.check('save', req.path);
      return e ? refuse(e) : api.saveProjectCopy(req);
    },
    listBackups: (req) => {
      const e = policy.check('open', req.path);
      return e ? refuse(e) : api.listBackups(req);
    },
    openBackup: (req) => {
      const e = policy.check('backup', req.path);
      return e ? refuse(e) : api.openBackup(req);
    },
    restoreBackup: (req) => {
      const e = policy.check('open', req.path) ?? policy.check('backup', req.backup);
      return e ? refuse(e) : api.restoreBackup(req);
    },
  };
}
