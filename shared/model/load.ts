import { compileExactCheck, type ExactCheck } from './exact-check';
import { migrate } from './migrations';
import { clipMessage, clipText } from '../text/clip';
import { checkIntegrity, Project, ProjectBase, SCHEMA_VERSION } from './project';

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
  | {
      ok: true;
      project: Project;
      migratedFrom: number | null;
      migrations: string[];
      /**
       * `project` is the very object `JSON.parse` made of the text (nothing migrated, no
       * default filled in, nothing dropped), so the text is an exact JSON of it and can be
       * passed on instead of stringifying the project again. Only `loadProjectText` sets it.
       */
      verbatim: boolean;
    }
  | { ok: false; error: LoadError };

export function formatPath(path: readonly PropertyKey[]): string {
  // Keys come from the file: a 50 MB key must not make a 50 MB message.
  return path.map((p) => clipText(String(p))).join('.');
}

/** Validates a parsed document (after migration), reporting at most `limit` problems. */
export function validateProject(doc: unknown, limit = 20): { ok: true; project: Project } | { ok: false; problems: string[] } {
  const res = Project.safeParse(doc);
  if (res.success) return { ok: true, project: res.data };
  const problems = res.error.issues.slice(0, limit).map((i) => clipMessage(`${formatPath(i.path) || '(root)'}: ${i.message}`));
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
  return loadParsed(raw, true);
}

/** Migrates and validates an already parsed document. Never throws. */
export function loadProjectJson(raw: unknown): LoadResult {
  return loadParsed(raw, false);
}

let exactProjectBase: ExactCheck | null = null;

/**
 * Whether `Project.safeParse(doc)` would succeed and return a copy of `doc` itself, checked
 * without building that copy: ~55 ms instead of ~210 ms for the schema pass at 20,000 booths.
 * A file Pavilion wrote normally is such a document. `Project` is `ProjectBase` refined by
 * `checkIntegrity`. Anything else (an older file missing defaulted fields, unknown fields,
 * any problem at all) goes to zod, which alone decides what is refused and how it is worded.
 */
function isExactProject(doc: unknown): doc is Project {
  exactProjectBase ??= compileExactCheck(ProjectBase);
  return exactProjectBase(doc) && checkIntegrity(doc as Project).length === 0;
}

/** `fromText`: `raw` is fresh `JSON.parse` output (plain data nobody else holds), which the fast check requires. */
function loadParsed(raw: unknown, fromText: boolean): LoadResult {
  const migrated = migrate(raw);
  if (!migrated.ok) return { ok: false, error: { code: migrated.reason, version: migrated.version } };
  const migratedFrom = migrated.fromVersion === SCHEMA_VERSION ? null : migrated.fromVersion;
  if (fromText && isExactProject(migrated.doc)) {
    return { ok: true, project: migrated.doc, migratedFrom, migrations: migrated.applied, verbatim: migrated.doc === raw };
  }
  const valid = validateProject(migrated.doc);
  if (!valid.ok) return { ok: false, error: { code: 'invalid', problems: valid.problems } };
  return { ok: true, project: valid.project, migratedFrom, migrations: migrated.applied, verbatim: false };
}
