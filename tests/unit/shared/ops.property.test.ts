import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName, type EntityOf, type Project } from '../../../shared/model';
import {
  applyOperation,
  invertOperation,
  jsonEqual,
  operation,
  OperationConflictError,
  OperationSchema,
  touched,
  type Operation,
  type OperationBuilder,
} from '../../../shared/ops';
import { generateShow } from '../../../shared/sample';

/** Freezes a document all the way down, so any mutation by the code under test throws. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

// A few small generated shows, frozen: every property runs against real-looking data.
const DOCS = [1, 2, 3].map((seed) => deepFreeze(generateShow({ halls: 2, booths: 36, exhibitors: 20, seed })));
const EDITABLE = COLLECTIONS.filter((c) => c !== 'assets');

type Command =
  | { kind: 'put'; c: CollectionName; pick: number; n: number }
  | { kind: 'update'; c: CollectionName; pick: number; n: number }
  | { kind: 'remove'; c: CollectionName; pick: number }
  | { kind: 'settings'; minAisle: number; suffix: string };

const collection = fc.constantFrom(...EDITABLE);
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), c: collection, pick: fc.nat(), n: fc.integer({ min: 1, max: 999 }) }),
  fc.record({ kind: fc.constant('update' as const), c: collection, pick: fc.nat(), n: fc.integer({ min: -40, max: 40 }) }),
  fc.record({ kind: fc.constant('remove' as const), c: collection, pick: fc.nat() }),
  fc.record({ kind: fc.constant('settings' as const), minAisle: fc.double({ min: 0.5, max: 12, noNaN: true }), suffix: fc.string({ maxLength: 8 }) }),
);
const scenario = fc.record({ doc: fc.constantFrom(...DOCS.keys()), commands: fc.array(command, { minLength: 1, maxLength: 25 }) });

/** A change to an entity that still satisfies its schema. */
function patchFor(c: CollectionName, e: EntityOf<CollectionName>, n: number): Record<string, unknown> {
  switch (c) {
    case 'halls': {
      const h = e as EntityOf<'halls'>;
      return { name: { zh: `${h.name.zh}${n}`, en: `${h.name.en} ${n}` }, order: Math.abs(n) };
    }
    case 'zones':
      return { color: `#${(Math.abs(n) * 4099).toString(16).padStart(6, '0').slice(-6)}` };
    case 'booths': {
      const b = e as EntityOf<'booths'>;
      return { shape: b.shape.type === 'rect' ? { ...b.shape, x: b.shape.x + n } : b.shape, notes: `moved ${n}` };
    }
    case 'exhibitors':
      return { priority: n, notes: `p${n}` };
    case 'assignments':
      return { by: `staff ${n}` };
    case 'facilities':
      return { label: { zh: `标签${n}`, en: `label ${n}` } };
    default:
      return {};
  }
}

/** Runs commands through a builder, skipping ones that do not apply (e.g. update of a removed entity). */
function build(doc: Project, commands: Command[], label = 'ops.test'): Operation {
  const b: OperationBuilder = operation(doc, label, { n: commands.length });
  const ids = new Map<CollectionName, string[]>(EDITABLE.map((c) => [c, Object.keys(doc[c])]));
  let made = 0;
  for (const cmd of commands) {
    if (cmd.kind === 'settings') {
      b.settings({ minAisle: cmd.minAisle, name: { zh: `展${cmd.suffix}`, en: `Show ${cmd.suffix}` } });
      continue;
    }
    const list = ids.get(cmd.c)!;
    if (list.length === 0) continue;
    const id = list[cmd.pick % list.length]!;
    const current = b.get(cmd.c, id);
    if (cmd.kind === 'remove') {
      b.remove(cmd.c, id);
    } else if (cmd.kind === 'update') {
      if (current) b.update(cmd.c, id, patchFor(cmd.c, current, cmd.n) as Partial<EntityOf<CollectionName>>);
    } else if (current) {
      const newId = `${id}_copy${made++}_${cmd.n}`;
      b.put(cmd.c, { ...current, ...patchFor(cmd.c, current, cmd.n), id: newId } as EntityOf<CollectionName>);
      list.push(newId);
    }
  }
  return b.build(`op_${commands.length}_${made}`);
}

describe('operations on generated shows (property tests)', () => {
  it('apply then invert gives back the document', () => {
    fc.assert(
      fc.property(scenario, ({ doc: i, commands }) => {
        const doc = DOCS[i]!;
        const op = build(doc, commands);
        const next = applyOperation(doc, op);
        const back = applyOperation(next, invertOperation(op));
        expect(jsonEqual(back, doc)).toBe(true);
        // And the inverse of the inverse is the operation again.
        expect(jsonEqual(invertOperation(invertOperation(op)).changes, op.changes)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('applies exactly the recorded after-states and keeps untouched collections and entities', () => {
    fc.assert(
      fc.property(scenario, ({ doc: i, commands }) => {
        const doc = DOCS[i]!;
        const op = build(doc, commands);
        const next = applyOperation(doc, op);
        const hit = touched(op);
        for (const c of COLLECTIONS) {
          const ids = hit.get(c);
          if (!ids) {
            expect(next[c]).toBe(doc[c]);
            continue;
          }
          for (const [id, entity] of Object.entries(doc[c])) if (!ids.has(id)) expect(next[c][id]).toBe(entity);
        }
        if (!hit.has('settings')) expect(next.settings).toBe(doc.settings);
        expect(next.history).toBe(doc.history);
        for (const ch of op.changes) {
          const now = ch.c === 'settings' ? next.settings : ((next[ch.c] as Record<string, unknown>)[ch.id] ?? null);
          expect(jsonEqual(now, ch.after)).toBe(true);
          expect(jsonEqual(ch.before, ch.after)).toBe(false);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a stale operation and leaves the document as it was', () => {
    fc.assert(
      fc.property(scenario, fc.array(command, { minLength: 1, maxLength: 10 }), ({ doc: i, commands }, more) => {
        const doc = DOCS[i]!;
        const op = build(doc, commands);
        fc.pre(op.changes.length > 0);
        const next = deepFreeze(applyOperation(doc, op));
        const snapshot = structuredClone(next);
        // Applying the same operation twice: every `before` is now out of date.
        expect(() => applyOperation(next, op)).toThrow(OperationConflictError);
        // A fresh change followed by a stale one: refused as a whole, nothing half-applied.
        const fresh = build(next, more);
        // A fresh change to an entity the stale operation also touches can make it current again
        // (the stale op adds a zone, the fresh one removes it): that pair is legitimately applicable.
        const stale = touched(op);
        fc.pre(![...touched(fresh)].some(([c, ids]) => [...ids].some((id) => stale.get(c)?.has(id))));
        const mixed: Operation = { ...op, id: 'op_mixed', changes: [...fresh.changes, ...op.changes] };
        let error: unknown;
        try {
          applyOperation(next, mixed);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(OperationConflictError);
        expect((error as OperationConflictError).opId).toBe('op_mixed');
        expect(jsonEqual(next, snapshot)).toBe(true);
        expect(jsonEqual(doc, applyOperation(next, invertOperation(op)))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('produces operations that OperationSchema accepts, as do their inverses', () => {
    fc.assert(
      fc.property(scenario, ({ doc: i, commands }) => {
        const op = build(DOCS[i]!, commands);
        // An explicit id: the default `<id>~inv` does not match the Id pattern (reported to the lead).
        for (const o of [op, invertOperation(op, `${op.id}-inv`)]) {
          const res = OperationSchema.safeParse(o);
          expect(res.success ? [] : res.error.issues.slice(0, 3)).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('exercises every collection with creations, edits and deletions (so the properties are not vacuous)', () => {
    const seen = new Set<string>();
    for (const { doc, commands } of fc.sample(scenario, { numRuns: 200, seed: 7 })) {
      for (const ch of build(DOCS[doc]!, commands).changes) {
        const how = ch.before === null ? 'create' : ch.after === null ? 'delete' : 'edit';
        seen.add(ch.c === 'settings' ? 'settings' : `${ch.c}:${how}`);
      }
    }
    const expected = ['settings', ...EDITABLE.flatMap((c) => ['create', 'edit', 'delete'].map((how) => `${c}:${how}`))];
    expect([...seen].sort()).toEqual(expected.sort());
  });

  it('drops changes that end where they started', () => {
    const doc = DOCS[0]!;
    const id = Object.keys(doc.booths)[0]!;
    const before = doc.booths[id]!;
    const op = operation(doc, 'ops.noop').update('booths', id, { notes: 'x' }).update('booths', id, { notes: before.notes }).build('op_noop');
    expect(op.changes).toEqual([]);
    expect(applyOperation(doc, op)).toEqual(doc);
  });

  it('skips the check when asked, for replaying trusted history', () => {
    const doc = DOCS[0]!;
    const id = Object.keys(doc.exhibitors)[0]!;
    const op = operation(doc, 'ops.test').update('exhibitors', id, { priority: 99 }).build('op_x');
    const next = applyOperation(doc, op);
    expect(() => applyOperation(next, op)).toThrow(OperationConflictError);
    expect(applyOperation(next, op, { check: false }).exhibitors[id]!.priority).toBe(99);
  });
});
