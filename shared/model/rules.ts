import { HistoryEntry } from './entities';
import { checkIntegrityOfChanges, type TouchingChanges } from './integrity-changes';
import { formatPath, validateProject } from './load';
import type { z } from 'zod';
import { ENTITY_SCHEMAS, ProjectBase, type Project } from './project';
import { Id } from './primitives';
import { clipMessage } from '../text/clip';

/**
 * The one rule set of a show document. Every path that accepts a document or a change to one
 * uses these two functions, so nothing can be committed that would then fail to open:
 *
 * - `checkProject(doc)`: a whole document (opening a file, a backup, a synced copy);
 * - `checkProjectChange(before, after, changes)`: the document a change produced from one
 *   that passed (a commit, a reload-and-re-apply, a change from another client). Same
 *   schemas, applied only where the change can have broken them; it accepts exactly what
 *   `checkProject(after)` accepts, in well under a millisecond for an assignment where the
 *   whole pass takes ~250 ms at 7,500 booths.
 *
 * Both answer problems as short readable lines (`booths.b_1.shape.w: Too small`), at most
 * `limit` of them.
 */
export type RuleCheck = { ok: true } | { ok: false; problems: string[] };

export function checkProject(doc: unknown, limit = 20): RuleCheck {
  const res = validateProject(doc, limit);
  return res.ok ? { ok: true } : res;
}

/** Top-level fields a change never touches but a writer sets (the revision) or must leave alone. */
const SCALAR_FIELDS = ['format', 'schemaVersion', 'revision', 'settings'] as const;

export function checkProjectChange(before: Project, after: Project, ops: readonly TouchingChanges[], limit = 20): RuleCheck {
  const problems: string[] = [];
  const add = (p: string) => {
    if (problems.length < limit) problems.push(clipMessage(p));
  };
  const addIssues = (prefix: readonly PropertyKey[], issues: readonly { path: readonly PropertyKey[]; message: string }[]) => {
    for (const issue of issues) add(`${formatPath([...prefix, ...issue.path]) || '(root)'}: ${issue.message}`);
  };
  for (const field of SCALAR_FIELDS) {
    const res = (ProjectBase.shape[field] as z.ZodType).safeParse(after[field]);
    if (!res.success) addIssues([field], res.error.issues);
  }
  const seen = new Set<string>();
  for (const op of ops) {
    for (const ch of op.changes) {
      if (ch.c === 'settings') continue; // checked above
      const key = `${ch.c}\u0000${ch.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // The key itself: an inherited name would be stored as a prototype, not an entry.
      const id = Id.safeParse(ch.id);
      if (!id.success) {
        addIssues([ch.c, ch.id], id.error.issues);
        continue;
      }
      const coll = after[ch.c] as Record<string, unknown>;
      // The entity as it ends up after all operations (a later one may have removed it).
      if (!Object.hasOwn(coll, ch.id)) continue;
      const res = ENTITY_SCHEMAS[ch.c].safeParse(coll[ch.id]);
      if (!res.success) addIssues([ch.c, ch.id], res.error.issues);
    }
  }
  // The history only grows; what was added must open like the rest.
  if (after.history !== before.history) {
    const n = before.history.length;
    if (after.history.length < n || (n > 0 && after.history[n - 1] !== before.history[n - 1])) add('history: entries may only be appended');
    for (let i = Math.max(0, before.history.length); i < after.history.length; i++) {
      const res = HistoryEntry.safeParse(after.history[i]);
      if (!res.success) addIssues(['history', i], res.error.issues);
    }
  }
  if (problems.length === 0) for (const issue of checkIntegrityOfChanges(after, ops)) add(`${formatPath(issue.path)}: ${issue.message}`);
  return problems.length === 0 ? { ok: true } : { ok: false, problems };
}
