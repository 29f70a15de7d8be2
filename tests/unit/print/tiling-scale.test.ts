import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMetres, mmPerMetre, niceScaleDenominator, scaleBar } from '../../../shared/print/scale';
import { columnName, computeTiles, tilesAlong } from '../../../shared/print/tiling';

describe('tiling', () => {
  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52].map(columnName)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA']);
  });

  it('needs one sheet when the poster fits and adds print − overlap per further sheet', () => {
    expect(tilesAlong(400, 400, 10)).toBe(1);
    expect(tilesAlong(401, 400, 10)).toBe(2);
    expect(tilesAlong(790, 400, 10)).toBe(2);
    expect(tilesAlong(791, 400, 10)).toBe(3);
  });

  it('cuts a 1:100 poster of a 150 × 84 m hall into A3 landscape sheets with 10 mm overlap', () => {
    const printW = 420 - 2 * 9;
    const printH = 297 - 2 * 9;
    const g = computeTiles(1500, 840, printW, printH, 10);
    expect(g.cols).toBe(Math.ceil((1500 - 10) / (printW - 10)));
    expect(g.rows).toBe(Math.ceil((840 - 10) / (printH - 10)));
    expect(g.tiles).toHaveLength(g.cols * g.rows);
    expect(g.tiles[0]!.name).toBe('A1');
    expect(g.tiles[g.cols + 1]!.name).toBe('B2');
    // Neighbours overlap by exactly the overlap.
    const a = g.tiles[0]!;
    const b = g.tiles[1]!;
    expect(a.x + a.w - b.x).toBeCloseTo(10, 9);
  });

  it('covers the whole poster with sheets that overlap exactly (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 10, max: 5000, noNaN: true }),
        fc.double({ min: 10, max: 5000, noNaN: true }),
        fc.double({ min: 100, max: 1200, noNaN: true }),
        fc.double({ min: 100, max: 1200, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (pw, ph, w, h, o) => {
          const g = computeTiles(pw, ph, w, h, o);
          const first = g.tiles[0]!;
          const last = g.tiles[g.tiles.length - 1]!;
          expect(first.x).toBeLessThanOrEqual(1e-6);
          expect(first.y).toBeLessThanOrEqual(1e-6);
          expect(last.x + last.w).toBeGreaterThanOrEqual(pw - 1e-6);
          expect(last.y + last.h).toBeGreaterThanOrEqual(ph - 1e-6);
          for (const t of g.tiles) {
            const right = g.tiles.find((u) => u.row === t.row && u.col === t.col + 1);
            if (right) expect(t.x + t.w - right.x).toBeCloseTo(o, 6);
          }
          // No sheet is wasted: without the last column the poster would not be covered.
          if (g.cols > 1) expect((g.cols - 1) * w - (g.cols - 2) * o).toBeLessThan(pw + 1e-6);
        },
      ),
    );
  });

  it('refuses an overlap as large as the printable area', () => {
    expect(() => computeTiles(1000, 1000, 10, 100, 10)).toThrow(RangeError);
  });
});

describe('scales', () => {
  it('rounds a fitted scale up to a round one', () => {
    expect(niceScaleDenominator(100)).toBe(100);
    expect(niceScaleDenominator(101)).toBe(125);
    expect(niceScaleDenominator(473)).toBe(500);
    expect(niceScaleDenominator(2600)).toBe(3000);
    expect(niceScaleDenominator(0.72)).toBe(0.75);
    expect(niceScaleDenominator(1760)).toBe(2000);
    expect(() => niceScaleDenominator(0)).toThrow(RangeError);
  });

  it('gives mm per metre', () => {
    expect(mmPerMetre(100)).toBe(10);
    expect(mmPerMetre(500)).toBe(2);
  });

  it('picks 1, 2 or 5 × 10ⁿ metres, the longest that fits (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.double({ min: 5, max: 400, noNaN: true }), (k, maxMm) => {
        const bar = scaleBar(k, maxMm);
        expect(bar.lengthMm).toBeLessThanOrEqual(maxMm + 1e-6);
        const exp = Math.floor(Math.log10(bar.metres) + 1e-9);
        const lead = bar.metres / 10 ** exp;
        expect([1, 2, 5].some((m) => Math.abs(lead - m) < 1e-6)).toBe(true);
        // The next round length up would not fit.
        const next = lead === 1 ? 2 : lead === 2 ? 5 : 10;
        expect(next * 10 ** exp * k).toBeGreaterThan(maxMm - 1e-6);
        // Each segment stands for a round length too.
        expect(Number(formatMetres(bar.metres / bar.segments))).toBeCloseTo(bar.metres / bar.segments, 9);
      }),
    );
  });

  it('draws 50 m at 1:500 as 100 mm in five segments', () => {
    expect(scaleBar(2, 110)).toEqual({ metres: 50, lengthMm: 100, segments: 5 });
    expect(scaleBar(2, 90)).toEqual({ metres: 20, lengthMm: 40, segments: 4 });
    expect(formatMetres(0.1 + 0.2)).toBe('0.3');
  });
});
