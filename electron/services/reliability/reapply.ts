import type { RejectedOperation } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { applyOperation, jsonEqual, OperationConflictError, type Operation } from '../../../shared/ops/operation';
import { checkProjectChange } from '../../../shared/model/rules';

export interface ReapplyOutcome {
  /** The document with every operation that fits applied. */
  doc: Project;
  /** The operations applied now, in order (what a commit of `doc` carries). */
  appliedNow: Operation[];
  /** Ids of every operation whose changes are in `doc`: applied now, or found already there. */
  applied: string[];
  rejected: RejectedOperation[];
}

/**
 * Whether a document already holds everything an operation would produce: an operation that
 * was saved just before a crash, or by a commit whose answer never arrived. It then counts
 * as applied instead of as a conflict.
 */
export function alreadyApplied(doc: Project, op: Operation): boolean {
  return op.changes.every((ch) => {
    const current = ch.c === 'settings' ? doc.settings : ((doc[ch.c] as Record<string, unknown>)[ch.id] ?? null);
    return jsonEqual(current, ch.after);
  });
}

function reject(op: Operation, reason: RejectedOperation['reason'], details: string[]): RejectedOperation {
  return { opId: op.id, label: op.label, ...(op.labelArgs ? { labelArgs: op.labelArgs } : {}), reason, details };
}

function run(base: Project, ops: readonly Operation[], checkEach: boolean): ReapplyOutcome {
  let doc = base;
  const appliedNow: Operation[] = [];
  const applied: string[] = [];
  const rejected: RejectedOperation[] = [];
  for (const op of ops) {
    let next: Project;
    try {
      next = applyOperation(doc, op);
    } catch (e) {
      if (!(e instanceof OperationConflictError)) throw e;
      if (alreadyApplied(doc, op)) applied.push(op.id);
      else rejected.push(reject(op, 'does-not-fit', [e.message]));
      continue;
    }
    if (checkEach) {
      const valid = checkProjectChange(doc, next, [op]);
      if (!valid.ok) {
        rejected.push(reject(op, 'breaks-rules', valid.problems));
        continue;
      }
    }
    doc = next;
    appliedNow.push(op);
    applied.push(op.id);
  }
  return { doc, appliedNow, applied, rejected };
}

/**
 * Applies operations made on an older copy of a show to the show as it is now, one by one:
 * an operation whose `before` no longer matches is left out (as is one that would break the
 * document's rules), the rest go in. Operations later in the list that build on a left-out
 * one usually stop fitting too, and are reported the same way.
 */
export function reapplyOperations(base: Project, ops: readonly Operation[]): ReapplyOutcome {
  const fast = run(base, ops, false);
  if (checkProjectChange(base, fast.doc, fast.appliedNow).ok) return fast;
  // Something breaks the rules: find out which, checking after each operation (slower, rare).
  return run(base, ops, true);
}
