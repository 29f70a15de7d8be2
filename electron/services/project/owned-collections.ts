import type { CollectionName, Project } from '../../../shared/model/project';
import { jsonEqual, OperationConflictError, type Operation } from '../../../shared/ops/operation';

/** One in-place write to a collection: a key added, its value replaced, or the key deleted (an undo). */
export interface KeyWrite {
  id: string;
  kind: 'add' | 'set' | 'delete';
}

/**
 * The in-place writes of each collection object, in order. The serializer reuses a
 * collection's cached JSON whole only while the object is the same AND no write came since;
 * with the writes since, it rebuilds only the chunks they touched.
 */
const writes = new WeakMap<object, KeyWrite[]>();

export function writeCountOf(collection: object): number {
  return writes.get(collection)?.length ?? 0;
}

/** The writes to `collection` after the first `count`. */
export function writesSince(collection: object, count: number): readonly KeyWrite[] {
  return writes.get(collection)?.slice(count) ?? [];
}

const note = (collection: object, id: string, kind: KeyWrite['kind']) => {
  let list = writes.get(collection);
  if (!list) writes.set(collection, (list = []));
  list.push({ id, kind });
};

const define = (coll: Record<string, unknown>, id: string, value: unknown) =>
  // defineProperty, not assignment: `coll["__proto__"] = x` would replace the prototype.
  Object.defineProperty(coll, id, { value, enumerable: true, writable: true, configurable: true });

interface Write {
  c: CollectionName;
  coll: Record<string, unknown>;
  id: string;
  /** Whether the key was there before (else the write added it, at the end of the key order). */
  had: boolean;
  value: unknown;
}

const undoWrite = (coll: Record<string, unknown>, w: Write) => {
  if (w.had) define(coll, w.id, w.value);
  else delete coll[w.id];
};

/**
 * The in-place writes of one commit, to take back if the commit is refused or not written.
 * Undone in reverse: a value put back under its key keeps the key's place; an added key is
 * the last of its collection when it is deleted again, so the key order is as it was.
 */
export class PendingWrites {
  private readonly log: Write[] = [];
  /** Collections copied during this commit: nothing outside it holds them, they change freely. */
  readonly fresh = new WeakSet<object>();
  private undone = false;

  constructor(private readonly owner: { generation: number } | null = null, private readonly generation = owner?.generation ?? 0) {}

  record(w: Write): void {
    this.log.push(w);
  }

  /**
   * `doc` as it was before the commit. In place, unless the show was handed out meanwhile
   * (a `current()` while the file was being written): what was handed out is never changed
   * again, so the collections are then copied and put back in a new wrapper.
   */
  undo(doc: Project): Project {
    if (this.undone || this.log.length === 0) return doc;
    this.undone = true;
    if (this.owner?.generation === this.generation) {
      for (let i = this.log.length - 1; i >= 0; i--) {
        const w = this.log[i]!;
        undoWrite(w.coll, w);
        note(w.coll, w.id, w.had ? 'set' : 'delete');
      }
      return doc;
    }
    const next: Project = { ...doc };
    const copies = new Map<object, Record<string, unknown>>();
    for (let i = this.log.length - 1; i >= 0; i--) {
      const w = this.log[i]!;
      if (doc[w.c] !== w.coll) continue; // no longer part of the document
      let copy = copies.get(w.coll);
      if (!copy) copies.set(w.coll, (copy = { ...w.coll }));
      undoWrite(copy, w);
      (next as Record<string, unknown>)[w.c] = copy;
    }
    return next;
  }
}

/**
 * The collections of one open show that the service copied itself and has never let out of
 * it: a commit changes those in place instead of copying 75,000 keys again (`{ ...booths }`
 * is 25–60 ms at that size, twice per assignment). Everything the service hands out (an
 * open's reply, `current()`, save-as…) is released first, so a document anyone else holds is
 * never changed afterwards; the next commit copies what it touches, once, and owns the copy.
 *
 * A commit changes the owned collections before its file is written: `PendingWrites.undo`
 * takes them back when the write does not happen. Removals are not done in place (a key put
 * back would move to the end of the order): a collection a commit removes from is copied,
 * as `applyOperation` does.
 */
export class OwnedCollections {
  private owned = new WeakSet<object>();
  /** Counts releases: writes pending across a release are undone on copies. */
  generation = 0;

  /** Nothing is owned any more: the show's collections are about to be seen outside the service. */
  release(): void {
    this.owned = new WeakSet();
    this.generation++;
  }

  /** The record of one commit's in-place writes. */
  begin(): PendingWrites {
    return new PendingWrites(this);
  }

  /**
   * `applyOperation(doc, op)`: the same document, the same checks in the same order, the same
   * conflict; but owned collections are changed in place (recorded in `pending`, to be undone
   * by the caller on a conflict or a failed write) and the others copied and owned from then
   * on. `doc`'s wrapper is not changed; its owned collections are.
   */
  apply(doc: Project, op: Operation, pending: PendingWrites): Project {
    const next: Project = { ...doc };
    for (const ch of op.changes) {
      if (ch.c === 'settings') {
        if (!jsonEqual(next.settings, ch.before)) throw new OperationConflictError(op.id, { c: 'settings', id: 'settings' });
        next.settings = ch.after;
        continue;
      }
      let coll = next[ch.c] as Record<string, unknown>;
      // Own entries only: an inherited member ("constructor") is not an entity.
      const had = Object.hasOwn(coll, ch.id);
      if (!jsonEqual(had ? (coll[ch.id] ?? null) : null, ch.before)) throw new OperationConflictError(op.id, ch);
      const inPlace = this.owned.has(coll) && !pending.fresh.has(coll);
      if (!this.owned.has(coll) || (inPlace && ch.after === null)) {
        coll = { ...coll };
        (next as Record<string, unknown>)[ch.c] = coll;
        this.owned.add(coll);
        pending.fresh.add(coll);
      } else if (inPlace) {
        pending.record({ c: ch.c, coll, id: ch.id, had, value: had ? coll[ch.id] : undefined });
        note(coll, ch.id, had ? 'set' : 'add');
      }
      if (ch.after === null) delete coll[ch.id];
      else define(coll, ch.id, ch.after);
    }
    return next;
  }
}
