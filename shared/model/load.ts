import { migrate } from './migrations';
import { Project, SCHEMA_VERSION } from './project';

/**
 * Why a file could not be opened. Codes, not sentences: the renderer turns them into the
 * user's language (locale key `errors.open.<code>`).
 */
export type LoadErrorCode = 'empty' | 'not-json' | 'not-a-project' | 'newer-version' | 'unknown-version' | 'invalid';

export interface LoadError {
  code: LoadErrorCode;
  /** Schema version found in the file, for `newer-version`. */
  version?: number;
  /** Up to 20 readable problems (`booths.b_1.shape.w: Too small`), for `invalid`. */
  problems?: string[];
}

export type LoadResult =
  | { ok: true; project: Project; migratedFrom: number | null; migrations: string[] }
  | { ok: false; error: LoadError };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.map((p) => String(p)).join('.');
}

/** Validates a parsed document (after migration), reporting at most `limit` problems. */
export function validateProject(doc: unknown, limit = 20): { ok: true; project: Project } | { ok: false; problems: string[] } {
  const res = Project.safeParse(doc);
  if (res.success) return { ok: true, project: res.data };
  const problems = res.error.issues.slice(0, limit).map((i) => `${formatPath(i.path) || '(root)'}: ${i.message}`);
  if (res.error.issues.length > limit) problems.push(`… ${res.error.issues.length - limit} more`);
  return { ok: false, problems };
}

/** Parses, migrates and validates the text of a project file. Never throws. */
export function loadProjectText(text: string): LoadResult {
  if (text.trim() === '') return { ok: false, error: { code: 'empty' } };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, error: { code: 'not-json' } };
  }
  return loadProjectJson(raw);
}

export function loadProjectJson(raw: unknown): LoadResult {
  const migrated = migrate(raw);
  if (!migrated.ok) return { ok: false, error: { code: migrated.reason, version: migrated.version } };
  const valid = validateProject(migrated.doc);
  if (!valid.ok) return { ok: false, error: { code: 'invalid', problems: valid.problems } };
  return {
    ok: true,
    project: valid.project,
    migratedFrom: migrated.fromVersion === SCHEMA_VERSION ? null : migrated.fromVersion,
    migrations: migrated.applied,
  };
}
