import { describe, expect, it } from 'vitest';
import { DxfWriter } from '../../../shared/drawing/dxf-writer';
import { decodePoints, type VectorDrawing } from '../../../shared/drawing/compact';
import { applyConversion, closedPathAt, pathsInRect, pathsOnLayers, planConversion, type DrawingPaths } from '../../../shared/drawing/convert';
import { DEFAULT_NUMBERING } from '../../../shared/editing/numbering';
import { applyOperation, invertOperation } from '../../../shared/ops/operation';
import { Project } from '../../../shared/model/project';
import { emptyShow, expectOp, rect, withBooths } from '../editing/helpers';
import { load } from './helpers';

function paths(d: VectorDrawing): DrawingPaths {
  const starts = new Uint32Array(d.paths.count.length);
  let k = 0;
  d.paths.count.forEach((n, i) => {
    starts[i] = k;
    k += n;
  });
  return { drawing: d, xy: decodePoints(d)!, starts };
}

/** 2 rows of 5 booths 3 × 3 m in millimetres, numbered inside except the last two; an open line, a bow tie. */
function drawing() {
  const w = new DxfWriter({ insUnits: 4 }).layer('BOOTHS', 3).layer('NUM', 1).layer('MISC', 2);
  w.lwpolyline('MISC', [[0, 0], [60000, 0], [60000, 40000], [0, 40000]], true);
  for (let i = 0; i < 10; i++) {
    const x = 5000 + (i % 5) * 3000;
    const y = 30000 - Math.floor(i / 5) * 6000;
    w.lwpolyline('BOOTHS', [[x, y], [x + 3000, y], [x + 3000, y + 3000], [x, y + 3000]], true);
    if (i < 8) w.centredText('NUM', x + 1500, y + 1500, 300, `D${201 + i}`);
  }
  w.lwpolyline('BOOTHS', [[40000, 5000], [43000, 5000], [43000, 8000]], false);
  w.lwpolyline('BOOTHS', [[50000, 5000], [53000, 8000], [53000, 5000], [50000, 8000]], true);
  return paths(load(w.toString()));
}

// The drawing lies at the hall's top-left corner, one unit = 1 mm.
const frame = { x: 0, y: 0, mpp: 0.001 };
const scheme = { ...DEFAULT_NUMBERING, prefix: 'X', first: 1 };

describe('converting a drawing', () => {
  it('turns closed polylines into booths numbered from the text inside, else by the scheme; reports the rest', () => {
    const p = drawing();
    const doc = emptyShow(100, 60);
    const sel = pathsOnLayers(p.drawing, ['BOOTHS']);
    expect(sel).toHaveLength(12);
    const plan = planConversion(doc, 'h1', p, frame, sel, 'booths', scheme);
    expect(plan.made).toHaveLength(10);
    expect(plan.skipped.map((s) => s.reason).sort()).toEqual(['open', 'self-intersecting']);
    expect(plan.made.filter((m) => m.fromText).map((m) => m.number)).toEqual(['D201', 'D202', 'D203', 'D204', 'D205', 'D206', 'D207', 'D208']);
    expect(plan.made.filter((m) => !m.fromText).map((m) => m.number)).toEqual(['X1', 'X2']);
    const op = expectOp(applyConversion(doc, plan));
    const after = applyOperation(doc, op);
    expect(Project.safeParse(after).success).toBe(true);
    const booths = Object.values(after.booths);
    expect(booths).toHaveLength(10);
    const d201 = booths.find((b) => b.number === 'D201')!;
    // y flips: the DXF's top row (y 30–33 m up from the bottom) is 7–10 m from the drawing's top (40 m).
    expect(d201.shape).toEqual({ type: 'rect', x: 5, y: 7, w: 3, h: 3, rotation: 0 });
    // One operation: its inverse removes every booth.
    expect(Object.values(applyOperation(after, invertOperation(op)).booths)).toHaveLength(0);
  });

  it('skips polylines over an existing booth, outside the hall, and keeps taken numbers unique', () => {
    const p = drawing();
    const doc = withBooths(emptyShow(100, 60), [{ id: 'b1', shape: rect(5, 7, 3, 3), number: 'D202' }]);
    const plan = planConversion(doc, 'h1', p, frame, pathsOnLayers(p.drawing, ['BOOTHS']), 'booths', scheme);
    expect(plan.skipped.filter((s) => s.reason === 'overlaps-booth')).toHaveLength(1);
    const nums = plan.made.map((m) => m.number);
    expect(new Set(nums).size).toBe(nums.length);
    expect(nums).not.toContain('D202');
    const small = planConversion(emptyShow(10, 10), 'h1', p, frame, pathsOnLayers(p.drawing, ['BOOTHS']), 'booths', scheme);
    expect(small.skipped.filter((s) => s.reason === 'outside-hall').length).toBeGreaterThan(0);
  });

  it('selects by rectangle and by click; makes columns, walls and the hall outline', () => {
    const p = drawing();
    const doc = emptyShow(100, 60);
    expect(pathsInRect(p, frame, { minX: 4.9, minY: 6.9, maxX: 11.1, maxY: 10.1 })).toHaveLength(2);
    const hit = closedPathAt(p, frame, [6.5, 8.5]);
    expect(hit).not.toBeNull();
    const cols = expectOp(applyConversion(doc, planConversion(doc, 'h1', p, frame, [hit!], 'columns', scheme)));
    const col = Object.values(applyOperation(doc, cols).facilities)[0]!;
    expect(col).toMatchObject({ kind: 'column', shape: { type: 'rect', x: 5, y: 7, w: 3, h: 3 } });
    const walls = planConversion(doc, 'h1', p, frame, pathsOnLayers(p.drawing, ['BOOTHS']), 'walls', scheme);
    expect(walls.made).toHaveLength(12);
    const outline = planConversion(doc, 'h1', p, frame, pathsOnLayers(p.drawing, ['MISC', 'BOOTHS']), 'hall-outline', scheme);
    const after = applyOperation(doc, expectOp(applyConversion(doc, outline)));
    expect(after.halls.h1!.outline).toHaveLength(4);
    expect(Math.max(...after.halls.h1!.outline.map((q) => q[0]))).toBeCloseTo(60, 6);
  });
});
