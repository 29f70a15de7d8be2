import { describe, expect, it } from 'vitest';
import { applyOperation, invertOperation, jsonEqual } from '../../../shared/ops/operation';
import { emptyShow, expectOp, expectRefusal, rect, withBooths } from '../editing/helpers';
import { chainEdits } from '../../../shared/ops/compose';
import { frameCentre, mapPoint, resizeFrame, resizeSelection, rotateSelection, rotationDegrees, selectionFrame, toFrame, fromFrame } from '../../../renderer/editor/tools/transform';
import { setBoothNumber } from '../../../shared/editing/booths';

const close = (a: number[], b: number[]) => a.forEach((v, i) => expect(v).toBeCloseTo(b[i]!, 6));

describe('selection frame', () => {
  const doc = withBooths(emptyShow(), [
    { id: 'a', shape: rect(10, 10, 3, 3) },
    { id: 'b', shape: rect(13, 10, 3, 3) },
    { id: 't', shape: rect(30, 30, 4, 2, 30) },
  ]);

  it('is the rectangle itself for one booth, turned with it', () => {
    expect(selectionFrame(doc, ['t'])).toEqual({ hallId: 'h1', x: 30, y: 30, w: 4, h: 2, rotation: 30, resizable: true });
  });

  it('is the bounding box of several booths; a turned one makes it rotate-only', () => {
    expect(selectionFrame(doc, ['a', 'b'])).toMatchObject({ x: 10, y: 10, w: 6, h: 3, rotation: 0, resizable: true });
    expect(selectionFrame(doc, ['a', 't'])).toMatchObject({ resizable: false });
  });

  it('offers nothing for too many booths, unknown ids or an empty selection', () => {
    expect(selectionFrame(doc, ['a', 'b', 't'], 2)).toBeNull();
    expect(selectionFrame(doc, ['zz'])).toBeNull();
    expect(selectionFrame(doc, [])).toBeNull();
  });

  it('converts between frame and hall metres both ways', () => {
    const f = selectionFrame(doc, ['t'])!;
    close(toFrame(f, fromFrame(f, 1.5, -2)), [1.5, -2]);
  });
});

describe('resizeFrame', () => {
  const f = { hallId: 'h1', x: 10, y: 10, w: 3, h: 3, rotation: 0, resizable: true };

  it('moves the dragged edge to the grid and keeps the opposite one', () => {
    expect(resizeFrame(f, { hx: 1, hy: 0.5 }, [14.8, 99], 0.5)).toMatchObject({ x: 10, y: 10, w: 5, h: 3 });
    expect(resizeFrame(f, { hx: 0, hy: 0 }, [8.9, 9.2], 0.5)).toMatchObject({ x: 9, y: 9, w: 4, h: 4 });
  });

  it('never turns the box inside out', () => {
    const r = resizeFrame(f, { hx: 1, hy: 1 }, [2, 2], 0.5);
    expect(r.w).toBeCloseTo(0.1);
    expect(r.h).toBeCloseTo(0.1);
  });

  it('snaps lengths on a turned box and keeps its far corner in place', () => {
    const t = { ...f, rotation: 90 };
    // Frame x runs down the plan: dragging the right edge 1.2 m further makes it 4 m (0.5 grid → 4).
    const far = fromFrame(t, 4.2, 1.5);
    const r = resizeFrame(t, { hx: 1, hy: 0.5 }, far, 0.5);
    expect(r.w).toBeCloseTo(4);
    close([r.x, r.y], [10, 10]);
    const left = resizeFrame(t, { hx: 0, hy: 0.5 }, fromFrame(t, -1, 1.5), 0.5);
    expect(left.w).toBeCloseTo(4);
    close(fromFrame(left, left.w, 0), fromFrame(t, 3, 0));
  });

  it('maps points of the old box into the new one', () => {
    const n = { ...f, w: 6 };
    close(mapPoint(f, n, [11.5, 11]), [13, 11]);
  });
});

describe('rotationDegrees', () => {
  it('measures clockwise turns on the plan, in steps', () => {
    expect(rotationDegrees([0, 0], [1, 0], [0, 1], 15)).toBe(90);
    expect(rotationDegrees([0, 0], [1, 0], [1, -0.3], 15)).toBe(-15);
    expect(rotationDegrees([0, 0], [1, 0], [-1, 0.001], 0)).toBeCloseTo(179.94, 1);
  });
});

describe('commands', () => {
  const doc = withBooths(emptyShow(), [
    { id: 'a', shape: rect(10, 10, 3, 3) },
    { id: 'b', shape: rect(13, 10, 3, 3) },
  ]);

  it('resizes one booth as one undoable operation', () => {
    const f = selectionFrame(doc, ['a'])!;
    const op = expectOp(resizeSelection(doc, ['a'], f, resizeFrame(f, { hx: 1, hy: 1 }, [14, 15], 0.5)));
    const after = applyOperation(doc, op);
    expect(after.booths.a!.shape).toMatchObject({ x: 10, y: 10, w: 4, h: 5 });
    expect(jsonEqual(applyOperation(after, invertOperation(op)).booths, doc.booths)).toBe(true);
  });

  it('stretches several booths together in one operation', () => {
    const f = selectionFrame(doc, ['a', 'b'])!;
    const op = expectOp(resizeSelection(doc, ['a', 'b'], f, { ...f, w: 12 }));
    expect(op.label).toBe('ops.resizeBooths');
    const after = applyOperation(doc, op);
    expect(after.booths.a!.shape).toMatchObject({ x: 10, w: 6 });
    expect(after.booths.b!.shape).toMatchObject({ x: 16, w: 6 });
    expect(jsonEqual(applyOperation(after, invertOperation(op)).booths, doc.booths)).toBe(true);
  });

  it('refuses a resize that leaves the hall, changing nothing', () => {
    const f = selectionFrame(doc, ['a'])!;
    expectRefusal(resizeSelection(doc, ['a'], f, { ...f, w: 500 }), 'outside-hall');
  });

  it('rotates about the box centre', () => {
    const f = selectionFrame(doc, ['a'])!;
    const op = expectOp(rotateSelection(doc, ['a'], f, 90));
    const s = applyOperation(doc, op).booths.a!.shape;
    expect(s).toMatchObject({ type: 'rect', rotation: 90 });
    const moved = selectionFrame(applyOperation(doc, op), ['a'])!;
    close(frameCentre(moved), frameCentre(f));
  });

  it('chains edits keeping the first before and last after, and stops at a refusal', () => {
    const op = expectOp(chainEdits(doc, [(d) => setBoothNumber(d, 'a', 'X1'), (d) => setBoothNumber(d, 'a', 'X2')], 'ops.editBooths'));
    expect(op.changes).toHaveLength(1);
    expect(op.changes[0]).toMatchObject({ before: { number: 'A' }, after: { number: 'X2' } });
    expectRefusal(chainEdits(doc, [(d) => setBoothNumber(d, 'a', 'B')], 'x'), 'number-taken');
  });
});
