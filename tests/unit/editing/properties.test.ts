import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Project } from '../../../shared/model/project';
import { moveItems, nudge, rotateItems } from '../../../shared/editing/move';
import { alignItems, distributeItems, type AlignMode } from '../../../shared/editing/arrange';
import { deleteItems } from '../../../shared/editing/delete';
import { duplicateItems } from '../../../shared/editing/clipboard';
import { mergeBooths, splitBooth } from '../../../shared/editing/merge-split';
import { resizeBooth, setBoothFields } from '../../../shared/editing/booths';
import { renumber } from '../../../shared/editing/renumber';
import { DEFAULT_NUMBERING } from '../../../shared/editing/numbering';
import { isRefusal, type EditResult } from '../../../shared/editing/result';
import { addFacility } from '../../../shared/editing/facilities';
import { applyChecked, emptyShow, rect, withBooths } from './helpers';

/** Small random layouts on a 1 m grid in a 40 × 40 m hall: touching, apart and overlapping booths. */
const layout = fc
  .array(fc.record({ x: fc.integer({ min: 0, max: 30 }), y: fc.integer({ min: 0, max: 30 }), w: fc.integer({ min: 1, max: 6 }), h: fc.integer({ min: 1, max: 6 }) }), { minLength: 1, maxLength: 12 })
  .map((cells) =>
    withBooths(
      emptyShow(40, 40),
      cells.map((c, i) => ({ id: `b${i}`, number: `N${i + 1}`, shape: rect(c.x, c.y, c.w, c.h) })),
    ),
  );

const pickIds = (doc: Project, mask: number): string[] => {
  const ids = Object.keys(doc.booths).sort();
  const chosen = ids.filter((_, i) => (mask >> i) & 1);
  return chosen.length ? chosen : ids.slice(0, 1);
};

type Command = (doc: Project) => EditResult;

const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ m: fc.nat(), dx: fc.integer({ min: -8, max: 8 }), dy: fc.integer({ min: -8, max: 8 }), frac: fc.constantFrom(0, 0.5, 0.1) }).map(
    ({ m, dx, dy, frac }) => (d: Project) => moveItems(d, { boothIds: pickIds(d, m) }, dx + frac, dy),
  ),
  fc.record({ m: fc.nat(), dir: fc.constantFrom('left' as const, 'right' as const, 'up' as const, 'down' as const) }).map(({ m, dir }) => (d: Project) => nudge(d, { boothIds: pickIds(d, m) }, dir)),
  fc.record({ m: fc.nat(), deg: fc.constantFrom(90, -90, 180, 45, 17) }).map(({ m, deg }) => (d: Project) => rotateItems(d, { boothIds: pickIds(d, m) }, deg)),
  fc.nat().map((m) => (d: Project) => deleteItems(d, { boothIds: pickIds(d, m) })),
  fc.record({ m: fc.nat(), dx: fc.integer({ min: -5, max: 5 }) }).map(({ m, dx }) => (d: Project) => duplicateItems(d, { boothIds: pickIds(d, m) }, [dx, 3])),
  fc.record({ m: fc.nat(), mode: fc.constantFrom<AlignMode>('left', 'centre', 'right', 'top', 'middle', 'bottom') }).map(({ m, mode }) => (d: Project) => alignItems(d, { boothIds: pickIds(d, m) }, mode)),
  fc.record({ m: fc.nat(), axis: fc.constantFrom('horizontal' as const, 'vertical' as const) }).map(({ m, axis }) => (d: Project) => distributeItems(d, { boothIds: pickIds(d, m) }, axis)),
  fc.nat().map((m) => (d: Project) => mergeBooths(d, pickIds(d, m))),
  fc.record({ m: fc.nat(), r: fc.integer({ min: 1, max: 3 }), c: fc.integer({ min: 1, max: 3 }) }).map(({ m, r, c }) => (d: Project) => splitBooth(d, pickIds(d, m)[0]!, r, c)),
  fc.record({ m: fc.nat(), w: fc.integer({ min: 1, max: 5 }) }).map(({ m, w }) => (d: Project) => {
    const id = pickIds(d, m)[0]!;
    return resizeBooth(d, id, { x: 2, y: 2, w, h: 2 });
  }),
  fc.record({ m: fc.nat(), serp: fc.boolean() }).map(({ m, serp }) => (d: Project) => renumber(d, pickIds(d, m), { ...DEFAULT_NUMBERING, prefix: 'R', direction: serp ? 'serpentine' : 'row' })),
  fc.nat().map((m) => (d: Project) => setBoothFields(d, pickIds(d, m), { kind: 'raw', notes: 'x', fascia: { zh: '招牌' } })),
  fc.record({ x: fc.integer({ min: 0, max: 38 }), y: fc.integer({ min: 0, max: 38 }) }).map(({ x, y }) => (d: Project) =>
    addFacility(d, { hallId: 'h1', kind: 'wall', shape: { type: 'polyline', points: [[x, y], [x, y + 6]], thickness: 0.2 } }),
  ),
);

describe('commands on random layouts', () => {
  it('apply → invert is the identity, results stay valid and derived types stay fresh', () => {
    fc.assert(
      fc.property(layout, fc.array(command, { minLength: 1, maxLength: 4 }), (start, commands) => {
        let doc = start;
        for (const cmd of commands) {
          const r = cmd(doc);
          if (isRefusal(r)) {
            expect(typeof r.reason).toBe('string');
            continue;
          }
          doc = applyChecked(doc, r);
        }
      }),
      { numRuns: 150 },
    );
  });
});
