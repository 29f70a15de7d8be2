import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { alignDrawing, calibrateBackground, drawingToPlan, lockDrawing, moveDrawing, planToDrawing, solveAlignment, updateBackground, type DrawingPose } from '../../../shared/editing/background';
import { isRefusal } from '../../../shared/editing/result';
import { applyOperation, invertOperation } from '../../../shared/ops/operation';
import type { Project } from '../../../shared/model/project';
import { applyChecked, emptyShow, expectOp, expectRefusal } from './helpers';

const ASSET = { id: 'as1', fileName: 'plan.png', mime: 'image/png' as const, widthPx: 1000, heightPx: 500, sha256: 'a'.repeat(64), bytes: 1 };

function withDrawing(locked = false, site = false): Project {
  const doc = emptyShow(100, 50);
  doc.assets = { as1: ASSET as Project['assets'][string] };
  const drawing = { assetId: 'as1', x: 0, y: 0, metresPerPixel: 0.1, rotation: 0, calibration: null, opacity: 0.5, locked, hiddenLayers: [] };
  if (site) doc.settings = { ...doc.settings, site: { ...doc.settings.site, drawing } };
  else doc.halls.h1 = { ...doc.halls.h1!, background: drawing };
  return doc;
}

const close = (a: readonly number[], b: readonly number[], digits = 6) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, digits));

describe('lining up a venue drawing by two pairs of points', () => {
  it('solves scale, rotation and offset exactly', () => {
    // Pixel (0,0) → (10, 20); pixel (100, 0) → (10, 70): 0.5 m/px, turned 90° clockwise.
    const pose = solveAlignment({ drawing: [0, 0], plan: [10, 20] }, { drawing: [100, 0], plan: [10, 70] });
    if (isRefusal(pose)) throw new Error(pose.reason);
    expect(pose.metresPerPixel).toBeCloseTo(0.5, 12);
    expect(pose.rotation).toBe(90);
    close([pose.x, pose.y], [10, 20], 9);
    close(drawingToPlan(pose, [0, 100]), [-40, 20], 9);
    // Pairs not at the origin: the offset moves the top-left pixel, not the picked one.
    const p2 = solveAlignment({ drawing: [200, 100], plan: [5, 5] }, { drawing: [400, 100], plan: [25, 5] });
    if (isRefusal(p2)) throw new Error(p2.reason);
    expect(p2).toEqual({ x: -15, y: -5, metresPerPixel: 0.1, rotation: 0 });
  });

  it('carries both drawing points onto their plan points for any similarity (property)', () => {
    const coord = fc.double({ min: -2000, max: 2000, noNaN: true });
    fc.assert(
      fc.property(coord, coord, fc.double({ min: -179, max: 180, noNaN: true }), fc.double({ min: 0.001, max: 10, noNaN: true }), coord, coord, coord, coord, (x, y, rotation, metresPerPixel, u1, v1, u2, v2) => {
        fc.pre(Math.hypot(u2 - u1, v2 - v1) >= 20);
        const truth: DrawingPose = { x, y, rotation, metresPerPixel };
        const pairs = [
          { drawing: [u1, v1] as [number, number], plan: drawingToPlan(truth, [u1, v1]) },
          { drawing: [u2, v2] as [number, number], plan: drawingToPlan(truth, [u2, v2]) },
        ] as const;
        fc.pre(Math.hypot(pairs[1].plan[0] - pairs[0].plan[0], pairs[1].plan[1] - pairs[0].plan[1]) >= 0.1);
        const pose = solveAlignment(pairs[0], pairs[1]);
        if (isRefusal(pose)) throw new Error(pose.reason);
        for (const p of pairs) close(drawingToPlan(pose, p.drawing), p.plan, 3); // the angle is kept to a millionth of a degree
        expect(pose.metresPerPixel / metresPerPixel).toBeCloseTo(1, 9);
        close(planToDrawing(pose, drawingToPlan(pose, [u1, v2])), [u1, v2], 3);
      }),
      { numRuns: 300 },
    );
  });

  it('is one operation that undo takes back exactly, for a hall drawing and the site drawing', () => {
    for (const site of [false, true]) {
      const doc = withDrawing(false, site);
      const target = site ? null : 'h1';
      const op = expectOp(alignDrawing(doc, target, { drawing: [0, 0], plan: [10, 20] }, { drawing: [100, 0], plan: [10, 70] }));
      expect(op.label).toBe('ops.alignDrawing');
      expect(op.changes).toHaveLength(1);
      const next = applyChecked(doc, op);
      const d = site ? next.settings.site.drawing! : next.halls.h1!.background!;
      expect(d).toMatchObject({ x: 10, y: 20, rotation: 90, calibration: { a: [0, 0], b: [100, 0], distance: 50 } });
      expect(d.metresPerPixel).toBeCloseTo(0.5, 12);
      expect(applyOperation(next, invertOperation(op))).toEqual(doc);
    }
  });

  it('refuses points too close together and a missing drawing', () => {
    const doc = withDrawing();
    expectRefusal(alignDrawing(doc, 'h1', { drawing: [0, 0], plan: [0, 0] }, { drawing: [2, 0], plan: [10, 0] }), 'alignment-points-too-close');
    expectRefusal(alignDrawing(doc, 'h1', { drawing: [0, 0], plan: [0, 0] }, { drawing: [200, 0], plan: [0.01, 0] }), 'alignment-points-too-close');
    expectRefusal(alignDrawing(doc, null, { drawing: [0, 0], plan: [0, 0] }, { drawing: [200, 0], plan: [10, 0] }), 'no-background');
    expectRefusal(alignDrawing(doc, 'nope', { drawing: [0, 0], plan: [0, 0] }, { drawing: [200, 0], plan: [10, 0] }), 'hall-not-found');
  });

  it('a locked drawing cannot be aligned, moved, scaled or calibrated until unlocked', () => {
    const doc = withDrawing(true);
    const pairs = [{ drawing: [0, 0] as [number, number], plan: [0, 0] as [number, number] }, { drawing: [200, 0] as [number, number], plan: [10, 0] as [number, number] }] as const;
    expectRefusal(alignDrawing(doc, 'h1', pairs[0], pairs[1]), 'drawing-locked');
    expectRefusal(moveDrawing(doc, 'h1', { x: 3 }), 'drawing-locked');
    expectRefusal(updateBackground(doc, 'h1', { metresPerPixel: 2 }), 'drawing-locked');
    expectRefusal(calibrateBackground(doc, 'h1', [0, 0], [100, 0], 10), 'drawing-locked');
    // Opacity still changes; unlocking lets the alignment through.
    expectOp(updateBackground(doc, 'h1', { opacity: 0.3 }));
    const open = applyChecked(doc, lockDrawing(doc, 'h1', false));
    expect(open.halls.h1!.background!.locked).toBe(false);
    expectOp(alignDrawing(open, 'h1', pairs[0], pairs[1]));
  });

  it('fine-tunes position, angle and scale by numbers', () => {
    const doc = withDrawing();
    const next = applyChecked(doc, moveDrawing(doc, 'h1', { x: 1.5, y: -2, rotation: 370, metresPerPixel: 0.2 }));
    expect(next.halls.h1!.background).toMatchObject({ x: 1.5, y: -2, rotation: 10, metresPerPixel: 0.2 });
    expectRefusal(moveDrawing(doc, 'h1', { metresPerPixel: 0 }), 'bad-scale');
    expectRefusal(moveDrawing(doc, 'h1', { x: Number.NaN }), 'not-finite');
  });

  it('calibrating a turned drawing keeps the first point where it was', () => {
    const doc = withDrawing();
    const turned = applyChecked(doc, moveDrawing(doc, 'h1', { rotation: 30, x: 5, y: 5 }));
    const before = drawingToPlan(turned.halls.h1!.background!, [100, 40]);
    const next = applyChecked(turned, calibrateBackground(turned, 'h1', [100, 40], [300, 40], 40));
    const bg = next.halls.h1!.background!;
    expect(bg.metresPerPixel).toBeCloseTo(0.2, 12);
    close(drawingToPlan(bg, [100, 40]), before, 9);
  });
});
