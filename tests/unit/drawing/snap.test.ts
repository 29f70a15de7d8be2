import { describe, expect, it } from 'vitest';
import { DxfWriter } from '../../../shared/drawing/dxf-writer';
import { decodePoints, type VectorDrawing } from '../../../shared/drawing/compact';
import type { DrawingPaths } from '../../../shared/drawing/convert';
import { snapToDrawing, toDrawing } from '../../../shared/drawing/snap';
import { ToolMachine, type PointerInput } from '../../../renderer/editor/tools/machine';
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

/** In millimetres, 20 m × 10 m: outer walls, one booth 3 × 3 m at (2.35, 2.35) from the top-left, a line on a hidden layer. */
function drawing() {
  const w = new DxfWriter({ insUnits: 4 }).layer('WALLS', 7).layer('BOOTHS', 3).layer('FURNITURE', 2);
  w.lwpolyline('WALLS', [[0, 0], [20000, 0], [20000, 10000], [0, 10000]], true);
  w.lwpolyline('BOOTHS', [[2350, 4650], [5350, 4650], [5350, 7650], [2350, 7650]], true);
  w.line('FURNITURE', 9000, 3000, 9000, 7000);
  return paths(load(w.toString()));
}

const frame = { x: 0, y: 0, mpp: 0.001 };

describe('snapping to a drawing', () => {
  it('lands on the nearest endpoint or corner within the tolerance, else on a line, else nowhere', () => {
    const p = drawing();
    expect(snapToDrawing(p, frame, [2.4, 2.3], 0.2)).toEqual({ point: [2.35, 2.35], kind: 'vertex' });
    // A corner wins over the line it ends.
    expect(snapToDrawing(p, frame, [5.3, 2.5], 0.2)).toEqual({ point: [5.35, 2.35], kind: 'vertex' });
    expect(snapToDrawing(p, frame, [10, 0.1], 0.2)).toEqual({ point: [10, 0], kind: 'line' });
    expect(snapToDrawing(p, frame, [10, 5], 0.2)).toBeNull();
    // Hidden layers are not snapped to.
    expect(snapToDrawing(p, frame, [9.05, 5], 0.2)?.point).toEqual([9, 5]);
    expect(snapToDrawing(p, frame, [9.05, 5], 0.2, new Set(['FURNITURE']))).toBeNull();
  });

  it('follows where the drawing lies in the hall: offset, scale and turn', () => {
    const p = drawing();
    const turned = { x: 10, y: 5, mpp: 0.001, rotation: 90 };
    // Unit (2350, 2350) turned 90° clockwise lands at (10 - 2.35, 5 + 2.35).
    const snap = snapToDrawing(p, turned, [7.7, 7.3], 0.2);
    expect(snap?.kind).toBe('vertex');
    expect(snap!.point[0]).toBeCloseTo(7.65, 6);
    expect(snap!.point[1]).toBeCloseTo(7.35, 6);
    const back = toDrawing(turned, snap!.point[0], snap!.point[1]);
    expect(back[0]).toBeCloseTo(2350, 3);
    expect(back[1]).toBeCloseTo(2350, 3);
  });

  it('drawing tools put corners on the drawing before the grid', () => {
    const p = drawing();
    const o = { grid: 0.5, dragDistance: 0.05, snapPoint: (q: [number, number]) => snapToDrawing(p, frame, q, 0.2)?.point ?? null };
    const at = (x: number, y: number): PointerInput => ({ at: [x, y], shift: false });
    const m = new ToolMachine('booth');
    m.down(at(2.4, 2.3), o);
    m.move(at(7.3, 8.4), o);
    // The far corner is near no vertex or line: the grid takes it.
    expect(m.up(at(7.3, 8.4), o)).toEqual({ type: 'rect', min: [2.35, 2.35], max: [7.5, 8.5] });
    m.down(at(2.4, 2.3), o);
    expect(m.up(at(5.4, 5.3), o)).toEqual({ type: 'rect', min: [2.35, 2.35], max: [5.35, 5.35] });
  });
});
