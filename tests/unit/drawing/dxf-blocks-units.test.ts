import { describe, expect, it } from 'vitest';
import { DxfWriter } from '../../../shared/drawing/dxf-writer';
import { METRES_PER_UNIT, sizeInMetres } from '../../../shared/drawing/units';
import { bounds, load, pathsOf } from './helpers';

const near = (a: number, b: number, tol = 1e-6) => expect(Math.abs(a - b)).toBeLessThan(tol);

describe('DXF blocks', () => {
  it('places nested blocks with base points, scale, rotation and arrays', () => {
    const w = new DxfWriter({ insUnits: 6 });
    // Block A: a unit line from its base point (1, 1) to (2, 1).
    w.block('A', 1, 1).line('0', 1, 1, 2, 1).endBlock();
    // Block B holds A scaled ×2 and turned 90°: the line runs from (0, 0) to (0, 2) in B.
    w.block('B').insert('0', 'A', 0, 0, { sx: 2, sy: 2, rotation: 90 }).endBlock();
    // Model space: B at (10, 0) in a 3-column array 5 apart, on layer COLS.
    w.layer('COLS', 2).insert('COLS', 'B', 10, 0, { cols: 3, dc: 5 });
    const p = pathsOf(load(w.toString()));
    expect(p).toHaveLength(3);
    p.forEach((path, i) => {
      expect(path.layer).toBe('COLS');
      near(path.pts[0]![0], 10 + 5 * i);
      near(path.pts[0]![1], 0);
      near(path.pts[1]![0], 10 + 5 * i);
      near(path.pts[1]![1], 2);
    });
  });

  it('a rotated array turns its offsets with the insert', () => {
    const w = new DxfWriter().block('P').line('0', 0, 0, 1, 0).endBlock().insert('0', 'P', 0, 0, { rotation: 90, rows: 2, dr: 10 });
    const p = pathsOf(load(w.toString()));
    // Rows step along the block's y axis, which points to −x after 90°.
    near(p[1]!.pts[0]![0], -10);
    near(p[1]!.pts[0]![1], 0);
  });

  it('a block that inserts itself, directly or through another, is drawn once and reported', () => {
    const w = new DxfWriter();
    w.block('SELF').line('0', 0, 0, 1, 0).insert('0', 'SELF', 1, 0).endBlock();
    w.block('X').line('0', 0, 0, 1, 0).insert('0', 'Y', 0, 1).endBlock();
    w.block('Y').line('0', 0, 0, 1, 0).insert('0', 'X', 0, 1).endBlock();
    w.insert('0', 'SELF', 0, 0).insert('0', 'X', 0, 10).insert('0', 'MISSING', 0, 0);
    const d = load(w.toString());
    expect(pathsOf(d)).toHaveLength(3);
    expect(d.summary.skipped).toMatchObject({ 'self-insert': 2, 'missing-block': 1 });
  });

  it('stops expanding past the depth cap', () => {
    const w = new DxfWriter();
    for (let i = 0; i < 30; i++) w.block(`L${i}`).line('0', 0, 0, 1, 0).insert('0', `L${i + 1}`, 0, 1).endBlock();
    w.block('L30').line('0', 0, 0, 1, 0).endBlock();
    w.insert('0', 'L0', 0, 0);
    const d = load(w.toString(), { limits: { maxDepth: 8 } });
    expect(pathsOf(d)).toHaveLength(8);
    expect(d.summary.skipped['too-deep']).toBe(1);
  });
});

describe('DXF units', () => {
  const codes: [number, string][] = [[1, 'in'], [2, 'ft'], [4, 'mm'], [5, 'cm'], [6, 'm'], [7, 'km'], [10, 'yd'], [14, 'dm'], [21, 'us-ft']];
  it.each(codes)('$INSUNITS %i is %s', (code, unit) => {
    const d = load(new DxfWriter({ insUnits: code }).line('0', 0, 0, 48200, 31000).toString());
    expect(d.units).toBe(unit);
    expect(d.unitsFromFile).toBe(true);
    const m = sizeInMetres(d.width, d.height, d.units);
    near(m.width, 48200 * METRES_PER_UNIT[d.units], 1e-6 * 48200 * METRES_PER_UNIT[d.units]);
  });

  it('a file without $INSUNITS (or unitless) takes the units the user picks', () => {
    for (const ins of [null, 0]) {
      const d = load(new DxfWriter({ insUnits: ins }).line('0', 0, 0, 48200, 31000).toString(), { fallbackUnits: 'mm' });
      expect(d.unitsFromFile).toBe(false);
      expect(d.units).toBe('mm');
      const m = sizeInMetres(d.width, d.height, 'mm');
      expect(`${m.width.toFixed(1)} m × ${m.height.toFixed(1)} m`).toBe('48.2 m × 31.0 m');
    }
  });

  it('far-off site coordinates keep sub-millimetre precision (stored from the top-left corner)', () => {
    const d = load(new DxfWriter({ insUnits: 6 }).line('0', 500123.4567, 2500456.789, 500223.4567, 2500476.789).toString());
    const p = pathsOf(d)[0]!;
    near(p.pts[0]![0], 500123.4567, 1e-4);
    near(p.pts[1]![1], 2500476.789, 1e-4);
    expect(bounds(p.pts).maxX).toBeGreaterThan(500223);
  });
});
