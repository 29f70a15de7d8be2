import { describe, expect, it } from 'vitest';
import { addBoothBlock, blockConflicts, planBoothBlock, type BoothBlockSpec } from '../../../shared/editing/block';
import { checkLayout } from '../../../shared/editing/checks';
import { DEFAULT_NUMBERING } from '../../../shared/editing/numbering';
import { isRefusal } from '../../../shared/editing/result';
import { polygonsOverlap } from '../../../shared/geometry/overlap';
import { shapePolygon } from '../../../shared/geometry/polygon';
import { applyChecked, emptyShow, expectRefusal, rect, withBooths } from './helpers';

const spec = (patch: Partial<BoothBlockSpec> = {}): BoothBlockSpec => ({
  hallId: 'h1',
  origin: [10, 10],
  rows: 4,
  cols: 10,
  boothW: 3,
  boothD: 3,
  backToBack: true,
  aisle: 3,
  rotation: 0,
  kind: 'standard',
  numbering: { ...DEFAULT_NUMBERING, prefix: 'A1-', first: 101, pad: 3 },
  ...patch,
});

function plan(patch: Partial<BoothBlockSpec> = {}) {
  const p = planBoothBlock(spec(patch));
  if (isRefusal(p)) throw new Error(p.reason);
  return p;
}

describe('booth block', () => {
  it('lays out 4 × 10 back-to-back: 40 booths, two double rows, one aisle, no overlaps', () => {
    const p = plan();
    expect(p.booths).toHaveLength(40);
    expect(new Set(p.booths.map((b) => b.number)).size).toBe(40);
    const ys = [...new Set(p.booths.map((b) => b.shape.y))].sort((a, b) => a - b);
    expect(ys).toEqual([10, 13, 19, 22]); // rows 0|1 back to back, 3 m aisle, rows 2|3
    expect(p.bbox).toEqual({ minX: 10, minY: 10, maxX: 40, maxY: 25 });
    for (let i = 0; i < p.booths.length; i++) {
      for (let j = i + 1; j < p.booths.length; j++) {
        expect(polygonsOverlap(shapePolygon(p.booths[i]!.shape), shapePolygon(p.booths[j]!.shape))).toBe(false);
      }
    }
    const doc = emptyShow();
    const next = applyChecked(doc, addBoothBlock(doc, p));
    expect(Object.keys(next.booths)).toHaveLength(40);
    const types = Object.values(next.booths).reduce<Record<string, number>>((m, b) => ({ ...m, [b.type]: (m[b.type] ?? 0) + 1 }), {});
    expect(types).toEqual({ corner: 8, inline: 32 });
    expect(checkLayout(next, { minAisle: 3 })).toEqual([]);
    expect(checkLayout(next, { minAisle: 3.5 }).filter((x) => x.code === 'narrow-aisle')).toHaveLength(10);
  });

  it('lays out single rows with an aisle after each, and rotates about the origin', () => {
    const single = plan({ backToBack: false, rows: 3, cols: 2 });
    expect([...new Set(single.booths.map((b) => b.shape.y))]).toEqual([10, 16, 22]);
    const turned = plan({ rotation: 90, rows: 2, cols: 2 });
    expect(turned.booths[1]!.shape).toMatchObject({ x: 10, y: 13, rotation: 90 });
    expect(turned.bbox).toEqual({ minX: 4, minY: 10, maxX: 10, maxY: 16 });
  });

  it('numbers back-to-back odd/even across each aisle', () => {
    const p = plan({ rows: 4, cols: 2, numbering: { ...DEFAULT_NUMBERING, first: 1, oddEvenPerSide: true } });
    expect(p.booths.map((b) => b.number)).toEqual(['1', '3', '5', '7', '6', '8', '9', '11']);
  });

  it('refuses bad sizes, counts, aisles and numbering', () => {
    expectRefusal(planBoothBlock(spec({ boothW: 0 })), 'zero-size');
    expectRefusal(planBoothBlock(spec({ rows: 0 })), 'bad-count');
    expectRefusal(planBoothBlock(spec({ cols: 2.5 })), 'bad-count');
    expectRefusal(planBoothBlock(spec({ rows: 100, cols: 100 })), 'too-many');
    expectRefusal(planBoothBlock(spec({ aisle: -1 })), 'bad-aisle');
    expectRefusal(planBoothBlock(spec({ origin: [Number.NaN, 0] })), 'not-finite');
    expectRefusal(planBoothBlock(spec({ numbering: { ...DEFAULT_NUMBERING, step: 0 } })), 'bad-numbering');
  });

  it('refuses a block sticking out of the hall or reusing numbers; reports overlaps for the preview', () => {
    const doc = withBooths(emptyShow(), [{ id: 'x', shape: rect(12, 11, 3, 3), number: 'A1-101' }]);
    expectRefusal(addBoothBlock(doc, plan({ origin: [190, 10] })), 'outside-hall');
    const r = expectRefusal(addBoothBlock(doc, plan()), 'number-taken');
    expect(r.numbers).toEqual(['A1-101']);
    const conflicts = blockConflicts(doc, plan({ numbering: { ...DEFAULT_NUMBERING, prefix: 'Z' } }));
    expect(conflicts).toEqual({ outside: [], overlapping: ['x'], takenNumbers: [] });
    expectRefusal(addBoothBlock(doc, { ...plan(), hallId: 'nope' }), 'hall-not-found');
  });
});
