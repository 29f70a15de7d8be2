import { describe, expect, it } from 'vitest';
import { snapBox, snapPoint, snapToGrid } from '../../../shared/geometry/snapping';
import { snapSelectionMove } from '../../../shared/editing/snap';
import { hallBoothIndex } from '../../../shared/editing/scene';
import { isRefusal } from '../../../shared/editing/result';
import { emptyShow, rect, withBooths } from './helpers';

const box = (minX: number, minY: number, w: number, h: number) => ({ minX, minY, maxX: minX + w, maxY: minY + h });

describe('snapping', () => {
  it('snaps values to the grid, or not at all when off', () => {
    expect(snapToGrid(2.26, 0.5)).toBe(2.5);
    expect(snapToGrid(2.24, 0.5)).toBe(2);
    expect(snapToGrid(-0.74, 1)).toBe(-1);
    expect(snapToGrid(2.26, 0)).toBe(2.26);
  });
  it('catches a neighbour edge within the screen tolerance and reports guides', () => {
    // 8 px at 20 px/m = 0.4 m.
    const r = snapBox(box(10.3, 20.2, 3, 3), [box(5, 20, 5, 3)], { grid: 1, tolerancePx: 8, pixelsPerMetre: 20 });
    expect(r.x).toBe('edge');
    expect(r.dx).toBeCloseTo(-0.3);
    expect(r.y).toBe('edge');
    expect(r.dy).toBeCloseTo(-0.2);
    expect(r.guides).toContainEqual({ axis: 'x', at: 10, from: 20, to: 23 });
    expect(r.guides.filter((g) => g.axis === 'y').map((g) => g.at).sort()).toEqual([20, 21.5, 23]);
  });
  it('falls back to the grid beyond the tolerance, and leaves the axis alone with the grid off', () => {
    const far = snapBox(box(10.3, 20.2, 3, 3), [box(5, 20, 5, 3)], { grid: 1, tolerancePx: 8, pixelsPerMetre: 200 });
    expect(far.x).toBe('grid');
    expect(far.dx).toBeCloseTo(-0.3);
    const off = snapBox(box(10.3, 50.2, 3, 3), [box(5, 20, 5, 3)], { grid: 0, tolerancePx: 8, pixelsPerMetre: 200 });
    expect(off).toEqual({ dx: 0, dy: 0, x: null, y: null, guides: [] });
  });
  it('snaps a point', () => {
    expect(snapPoint([9.9, 33.3], [box(10, 0, 3, 3)], { grid: 0.5, tolerancePx: 5, pixelsPerMetre: 10 }).point).toEqual([10, 33.5]);
  });
  it('snaps a dragged selection to booths in its hall, ignoring itself', () => {
    const doc = withBooths(emptyShow(), [
      { id: 'a', shape: rect(10, 10, 3, 3) },
      { id: 'b', shape: rect(20, 10, 3, 3) },
    ]);
    const r = snapSelectionMove(doc, { boothIds: ['b'] }, -6.8, 0.05, { grid: 0.5, tolerancePx: 10, pixelsPerMetre: 20 }, hallBoothIndex(doc, 'h1'));
    if (isRefusal(r)) throw new Error(r.reason);
    expect(r.moveX).toBeCloseTo(-7);
    expect(r.moveY).toBeCloseTo(0);
    expect(r.x).toBe('edge');
  });
});
