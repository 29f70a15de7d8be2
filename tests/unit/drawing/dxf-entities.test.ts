import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { DxfWriter } from '../../../shared/drawing/dxf-writer';
import { bounds, load, pathsOf } from './helpers';

const near = (a: number, b: number, tol = 1e-3) => expect(Math.abs(a - b)).toBeLessThan(tol);

describe('DXF entities become paths and texts', () => {
  it('LINE, CIRCLE, ARC, ELLIPSE, SOLID, HATCH outlines keep their geometry', () => {
    const w = new DxfWriter({ insUnits: 6 }).layer('A', 1).layer('B', 5);
    w.line('A', 0, 0, 10, 0)
      .circle('A', 20, 0, 2)
      .arc('A', 30, 0, 3, 0, 90)
      .ellipse('B', 40, 0, 4, 0, 0.5)
      .solid('B', [[50, 0], [52, 0], [50, 2], [52, 2]])
      .hatch('B', [[60, 0], [64, 0], [64, 3], [60, 3]])
      .hatchHalfDisc('B', 70, 0, 2);
    const d = load(w.toString());
    const p = pathsOf(d);
    expect(p).toHaveLength(7);
    expect(p[0]).toMatchObject({ layer: 'A', closed: false, pts: [[0, 0], [10, 0]] });
    const c = bounds(p[1]!.pts);
    near(c.minX, 18);
    near(c.maxX, 22);
    near(c.maxY, 2);
    expect(p[1]!.closed).toBe(true);
    // Quarter arc from 0° to 90°: from (33, 0) to (30, 3).
    near(p[2]!.pts[0]![0], 33);
    near(p[2]!.pts.at(-1)![0], 30);
    near(p[2]!.pts.at(-1)![1], 3);
    const e = bounds(p[3]!.pts);
    near(e.maxX - e.minX, 8);
    near(e.maxY - e.minY, 4);
    // SOLID corners 1-2-4-3 go round: the outline is a square, not a bow tie.
    expect(p[4]!.pts).toEqual([[50, 0], [52, 0], [52, 2], [50, 2]]);
    expect(p[5]).toMatchObject({ closed: true, pts: [[60, 0], [64, 0], [64, 3], [60, 3]] });
    const half = bounds(p[6]!.pts);
    near(half.minX, 68);
    near(half.maxX, 72);
    near(half.minY, -2, 1e-2);
    near(half.maxY, 0);
    expect(d.layers).toEqual([
      { name: 'A', color: '#ff0000', off: false },
      { name: 'B', color: '#0000ff', off: false },
    ]);
    expect(d.summary.kinds).toMatchObject({ LINE: 1, CIRCLE: 1, ARC: 1, ELLIPSE: 1, SOLID: 1, HATCH: 2 });
  });

  it('LWPOLYLINE and R12 POLYLINE bulges turn into arcs on the right side', () => {
    // A 10 × 10 square whose right side is a semicircle bulging outwards (bulge 1, counter-clockwise going up).
    const pts = [[0, 0], [10, 0, 1], [10, 10], [0, 10]];
    const w = new DxfWriter({ insUnits: 4 }).lwpolyline('0', pts, true).polyline('0', pts, true).lwpolyline('0', [[0, 20, -0.5], [10, 20]], false);
    const p = pathsOf(load(w.toString()));
    for (const path of p.slice(0, 2)) {
      expect(path.closed).toBe(true);
      const b = bounds(path.pts);
      near(b.maxX, 15, 1e-2);
      near(b.minY, 0);
      near(b.maxY, 10);
      // Every arc point lies on the circle round (10, 5) of radius 5.
      for (const [x, y] of path.pts) if (x > 10) near(Math.hypot(x - 10, y - 5), 5, 1e-2);
    }
    // Bulge −0.5 going right: clockwise (9 to 3 o'clock over 12), so the arc rises above the
    // chord by the sagitta 0.5 · 5 = 2.5.
    const sag = bounds(p[2]!.pts);
    near(sag.minY, 20);
    near(sag.maxY, 22.5, 1e-2);
  });

  it('SPLINE by control points and knots (clamped cubic) passes its end points', () => {
    const w = new DxfWriter().spline('0', 3, [0, 0, 0, 0, 1, 1, 1, 1], [[0, 0], [1, 2], [3, 2], [4, 0]]);
    const p = pathsOf(load(w.toString()))[0]!;
    expect(p.pts[0]).toEqual([0, 0]);
    near(p.pts.at(-1)![0], 4);
    near(p.pts.at(-1)![1], 0);
    // Bezier midpoint of this cubic: (2, 1.5).
    const mid = p.pts[Math.floor(p.pts.length / 2)]!;
    near(mid[0], 2, 1e-2);
    near(mid[1], 1.5, 1e-2);
  });

  it('TEXT and MTEXT are kept with height, rotation and plain content', () => {
    const w = new DxfWriter({ insUnits: 4 })
      .line('0', 0, 0, 1000, 1000)
      .text('T', 100, 200, 50, 'A%%c101', 90)
      .centredText('T', 500, 500, 40, 'B-2')
      .mtext('T', 300, 300, 60, '{\\fSimSun|b0;展位\\PC\\~3}');
    const d = load(w.toString());
    expect(d.texts.map((t) => t.s)).toEqual(['A⌀101', 'B-2', '展位\nC 3']);
    const [a, b, c] = d.texts;
    expect(a).toMatchObject({ x: 100, y: 800, h: 50, r: -90, a: 6 });
    expect(b).toMatchObject({ x: 500, y: 500, a: 4 });
    expect(c).toMatchObject({ h: 60, a: 4 });
  });

  it('counts and names what it does not draw', () => {
    const w = new DxfWriter().line('0', 0, 0, 1, 1).raw([0, 'DIMENSION'], [8, '0'], [10, 0], [20, 0]).raw([0, 'ACAD_PROXY_ENTITY'], [8, '0']).raw([0, 'DIMENSION'], [8, '0']);
    const d = load(w.toString());
    expect(d.summary.notDrawn).toEqual({ DIMENSION: 2, ACAD_PROXY_ENTITY: 1 });
  });

  it('reads Chinese text from a GBK (ANSI_936) R2000 drawing and UTF-8 from R2007', () => {
    const gbk = new DxfWriter({ codepage: 'ANSI_936' }).line('0', 0, 0, 1, 1).text('0', 0, 0, 1, '一号馆入口');
    expect(load(gbk.toBytes((s) => iconv.encode(s, 'gbk'))).texts[0]!.s).toBe('一号馆入口');
    const utf = new DxfWriter({ version: 'AC1032' }).line('0', 0, 0, 1, 1).text('0', 0, 0, 1, '二号馆');
    expect(load(utf.toBytes()).texts[0]!.s).toBe('二号馆');
  });

  it('binary DXF gives the same drawing as ASCII', () => {
    const w = new DxfWriter({ insUnits: 5 }).layer('W', 3).lwpolyline('W', [[0, 0], [10, 0, 0.5], [10, 10]], false).circle('W', 3, 3, 1).text('W', 1, 1, 0.5, '馆');
    w.block('B').line('0', 0, 0, 1, 0).endBlock().insert('W', 'B', 5, 5, { rotation: 30 });
    const a = load(w.toString());
    const b = load(w.toBinary());
    expect(b.units).toBe('cm');
    expect(pathsOf(b)).toEqual(pathsOf(a));
    expect(b.texts).toEqual(a.texts);
  });
});
