import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model';
import { applyOperation, chainEdits, composeOperations, invertOperation, jsonEqual, operation, type Operation } from '../../../shared/ops';
import { generateShow } from '../../../shared/sample';

const DOCS = [1, 2].map((seed) => generateShow({ halls: 2, booths: 24, exhibitors: 10, seed }));

type Step = { kind: 'move'; pick: number; dx: number } | { kind: 'remove'; pick: number } | { kind: 'copy'; pick: number } | { kind: 'aisle'; v: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), dx: fc.integer({ min: -5, max: 5 }) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('copy' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('aisle' as const), v: fc.integer({ min: 1, max: 9 }) }),
);

let copies = 0;
/** One operation on the document as it is now (each step of a chain sees the previous result). */
function opFor(doc: Project, s: Step): Operation {
  const b = operation(doc, 'ops.test');
  const ids = Object.keys(doc.booths);
  if (s.kind === 'aisle') return b.settings({ minAisle: s.v }).build();
  if (ids.length === 0) return b.build();
  const id = ids[s.pick % ids.length]!;
  const booth = doc.booths[id]!;
  if (s.kind === 'remove') b.remove('booths', id);
  else if (s.kind === 'copy') b.put('booths', { ...booth, id: `${id}_c${copies++}` });
  else if (booth.shape.type === 'rect') b.update('booths', id, { shape: { ...booth.shape, x: booth.shape.x + s.dx } });
  return b.build();
}

describe('composeOperations / chainEdits (property tests)', () => {
  it('the composed operation equals the steps applied in turn, and its inverse restores the document', () => {
    fc.assert(
      fc.property(fc.constantFrom(0, 1), fc.array(step, { minLength: 1, maxLength: 12 }), (i, steps) => {
        const doc = DOCS[i]!;
        let current = doc;
        const ops: Operation[] = [];
        for (const s of steps) {
          const op = opFor(current, s);
          ops.push(op);
          current = applyOperation(current, op);
        }
        const composed = composeOperations(ops, 'ops.test');
        const once = applyOperation(doc, composed);
        expect(jsonEqual(once, current)).toBe(true);
        expect(jsonEqual(applyOperation(once, invertOperation(composed)), doc)).toBe(true);
        // No entity appears twice, none that ends where it started.
        const keys = composed.changes.map((ch) => (ch.c === 'settings' ? 'settings' : `${ch.c}/${ch.id}`));
        expect(new Set(keys).size).toBe(keys.length);
        for (const ch of composed.changes) expect(jsonEqual(ch.before, ch.after)).toBe(false);

        const chained = chainEdits(doc, steps.map((s) => (d: Project) => opFor(d, s)), 'ops.test');
        expect('changes' in chained).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a refusal anywhere in a chain comes back as it is and nothing is composed', () => {
    const doc = DOCS[0]!;
    const refusal = { ok: false as const, reason: 'nothing-selected' };
    const r = chainEdits(doc, [(d) => opFor(d, { kind: 'aisle', v: 4 }), () => refusal], 'ops.test');
    expect(r).toBe(refusal);
  });
});
