import { appendHistory, historyEntriesFor } from '../../../shared/assignment/history';
import type { HistoryEntry } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { checkProjectChange } from '../../../shared/model/rules';
import { applyOperation, OperationConflictError, type Operation } from '../../../shared/ops/operation';
import { PendingWrites, type OwnedCollections } from './owned-collections';

export type BuiltCommit =
  | {
      ok: true;
      next: Project;
      history: HistoryEntry[];
      /** `base` as it was: takes back what the commit changed in place (call it when `next` is not written). */
      undo: (base: Project) => Project;
    }
  | { ok: false; reason: 'does-not-fit' | 'breaks-rules'; problems: string[] };

/**
 * The next revision of a show: `ops` applied to `base` one by one, the assignment changes
 * they make recorded in the history (who, when, what — op by op, from the document each one
 * applied to), the revision counted up, and the result checked with the one rule set. Every
 * path that commits (a save, a reload-and-re-apply, restoring unsaved changes) builds its
 * document here, so none of them can skip the history or the rules.
 *
 * With `owned`, the collections the service owns are changed in place (see
 * `OwnedCollections`): then `base`'s collections show the new state until `undo` is
 * called, which a refused commit does here and a failed write must do.
 */
export function buildCommit(base: Project, ops: readonly Operation[], ctx: { by: string; at: string }, owned?: OwnedCollections): BuiltCommit {
  const pending = owned ? owned.begin() : new PendingWrites();
  const undo = (doc: Project) => pending.undo(doc);
  let next = base;
  const history: HistoryEntry[] = [];
  try {
    for (const op of ops) {
      // From the document before the op: in place, `next` would already show its changes.
      const entries = historyEntriesFor(op, next, ctx);
      next = owned ? owned.apply(next, op, pending) : applyOperation(next, op);
      history.push(...entries);
    }
  } catch (e) {
    undo(base);
    if (e instanceof OperationConflictError) return { ok: false, reason: 'does-not-fit', problems: [e.message] };
    throw e;
  }
  next = { ...appendHistory(next, history), revision: base.revision + 1 };
  // A change that breaks the document's rules (typically an edit that raced with another
  // window's, e.g. assigning to an exhibitor just deleted) is refused like any conflict.
  const valid = checkProjectChange(base, next, ops);
  if (!valid.ok) {
    undo(base);
    return { ok: false, reason: 'breaks-rules', problems: valid.problems };
  }
  return { ok: true, next, history, undo };
}
