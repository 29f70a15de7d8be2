import type { CollectionName, EntityOf, Project } from '../model/project';
import type { ProjectSettings } from '../model/entities';

/** One entity's state before and after; null means "absent" (created or deleted). */
export type EntityChange = {
  [C in CollectionName]: { c: C; id: string; before: EntityOf<C> | null; after: EntityOf<C> | null };
}[CollectionName];

export interface SettingsChange {
  c: 'settings';
  before: ProjectSettings;
  after: ProjectSettings;
}

export type Change = EntityChange | SettingsChange;

/**
 * A change to a project, carrying both states of everything it touches so that its inverse
 * needs no document, it can be checked against the document it is applied to (a stale
 * operation from another window is refused, not merged blindly), and it can be stored or sent.
 */
export interface Operation {
  id: string;
  /** Locale key naming the change for the undo menu and history, e.g. `ops.moveBooths`. */
  label: string;
  /** Values for the label's placeholders. */
  labelArgs?: Record<string, string | number>;
  changes: Change[];
}

export class OperationConflictError extends Error {
  constructor(
    readonly opId: string,
    readonly change: { c: string; id: string },
  ) {
    super(`operation ${opId} does not fit the document at ${change.c}/${change.id}`);
    this.name = 'OperationConflictError';
  }
}

/** Structural equality of JSON-like values (objects, arrays, primitives). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], bb[i])) return false;
    return true;
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

export interface ApplyOptions {
  /** Check each change's `before` against the document (default true). */
  check?: boolean;
}

/**
 * Applies an operation immutably: untouched collections and entities keep their identity, so
 * a renderer can redraw only what changed. Throws OperationConflictError when a `before` does
 * not match (the document is left as it was).
 */
export function applyOperation(doc: Project, op: Operation, opts: ApplyOptions = {}): Project {
  const check = opts.check ?? true;
  const next: Project = { ...doc };
  const copied = new Set<string>();
  for (const ch of op.changes) {
    if (ch.c === 'settings') {
      if (check && !jsonEqual(next.settings, ch.before)) throw new OperationConflictError(op.id, { c: 'settings', id: 'settings' });
      next.settings = ch.after;
      continue;
    }
    const record = next[ch.c] as Record<string, unknown>;
    // Own entries only: an inherited member ("constructor") is not an entity.
    const current = Object.hasOwn(record, ch.id) ? (record[ch.id] ?? null) : null;
    if (check && !jsonEqual(current, ch.before)) throw new OperationConflictError(op.id, ch);
    if (!copied.has(ch.c)) {
      (next as Record<string, unknown>)[ch.c] = { ...next[ch.c] };
      copied.add(ch.c);
    }
    const coll = next[ch.c] as Record<string, unknown>;
    if (ch.after === null) delete coll[ch.id];
    // defineProperty, not assignment: `coll["__proto__"] = x` would replace the prototype.
    else Object.defineProperty(coll, ch.id, { value: ch.after, enumerable: true, writable: true, configurable: true });
  }
  return next;
}

/** The operation that undoes `op`: states swapped, changes in reverse order. */
export function invertOperation(op: Operation, id = `${op.id}-inv`): Operation {
  const changes = [...op.changes].reverse().map((ch) => ({ ...ch, before: ch.after, after: ch.before }) as Change);
  return { id, label: op.label, labelArgs: op.labelArgs, changes };
}

export function isEmptyOperation(op: Operation): boolean {
  return op.changes.length === 0;
}

/** Ids of entities an operation touches, by collection (for partial redraws and indexes). */
export function touched(op: Operation): Map<CollectionName | 'settings', Set<string>> {
  const out = new Map<CollectionName | 'settings', Set<string>>();
  for (const ch of op.changes) {
    const id = ch.c === 'settings' ? 'settings' : ch.id;
    let s = out.get(ch.c);
    if (!s) out.set(ch.c, (s = new Set()));
    s.add(id);
  }
  return out;
}
