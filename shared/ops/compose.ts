import type { Project } from '../model/project';
import { newId } from '../model/ids';
import { applyOperation, jsonEqual, type Change, type Operation } from './operation';

const changeKey = (ch: Change): string => (ch.c === 'settings' ? 'settings' : `${ch.c}/${ch.id}`);

/**
 * Several operations, applied one after another, as ONE operation (one undo step, one commit):
 * each entity keeps its first `before` and its last `after`; entities that end where they
 * started drop out. `apply(doc, compose(ops))` equals applying the ops in turn, and its inverse
 * restores `doc` (tests/unit/shared/compose.property.test.ts).
 */
export function composeOperations(ops: readonly Operation[], label: string, labelArgs?: Record<string, string | number>, id: string = newId('op')): Operation {
  const merged = new Map<string, Change>();
  for (const op of ops) {
    for (const ch of op.changes) {
      const key = changeKey(ch);
      const prev = merged.get(key);
      merged.set(key, prev ? ({ ...ch, before: prev.before } as Change) : ch);
    }
  }
  const changes = [...merged.values()].filter((ch) => !jsonEqual(ch.before, ch.after));
  return { id, label, ...(labelArgs ? { labelArgs } : {}), changes };
}

/** Anything a command returns instead of an operation when it declines (`ok: false`). */
export interface Declined {
  ok: false;
}

/**
 * Runs several commands in a row as ONE operation: each sees the document the previous one
 * left. The first refusal stops the chain and comes back unchanged; nothing is applied.
 */
export function chainEdits<F extends Declined>(doc: Project, steps: readonly ((d: Project) => Operation | F)[], label: string, labelArgs?: Record<string, string | number>): Operation | F {
  let current = doc;
  const ops: Operation[] = [];
  for (const step of steps) {
    const r = step(current);
    if ('ok' in r && r.ok === false) return r;
    const op = r as Operation;
    current = applyOperation(current, op);
    ops.push(op);
  }
  return composeOperations(ops, label, labelArgs);
}
