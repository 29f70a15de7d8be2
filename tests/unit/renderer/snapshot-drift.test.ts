import { describe, expect, it } from 'vitest';
import { snapshotDrift, snapshotTooFar } from '../../../renderer/editor/canvas/draw/snapshot';

const viewport = { width: 1000, height: 800 };
const at = (scale: number, x = 0, y = 0) => ({ scale, x, y });

describe('how far a gesture may stretch the last bitmap before a redraw', () => {
  it('measures the uncovered share and the magnification', () => {
    expect(snapshotDrift(at(1), at(1), viewport)).toEqual({ uncovered: 0, zoom: 1 });
    const half = snapshotDrift(at(1), at(1, -500), viewport);
    expect(half.uncovered).toBeCloseTo(0.5, 5);
    expect(snapshotDrift(at(1), at(4), viewport).zoom).toBeCloseTo(4, 5);
  });

  it('redraws at a quarter empty or 3× off when a redraw is cheap', () => {
    expect(snapshotTooFar({ uncovered: 0.2, zoom: 2.9 })).toBe(false);
    expect(snapshotTooFar({ uncovered: 0.3, zoom: 1 })).toBe(true);
    expect(snapshotTooFar({ uncovered: 0, zoom: 3.5 })).toBe(true);
    expect(snapshotTooFar({ uncovered: 0, zoom: 0.3 })).toBe(true);
  });

  it('stretches up to half empty or 6× first when a redraw costs more than a frame', () => {
    expect(snapshotTooFar({ uncovered: 0.3, zoom: 1 }, true)).toBe(false);
    expect(snapshotTooFar({ uncovered: 0, zoom: 5 }, true)).toBe(false);
    expect(snapshotTooFar({ uncovered: 0, zoom: 0.2 }, true)).toBe(false);
    expect(snapshotTooFar({ uncovered: 0.55, zoom: 1 }, true)).toBe(true);
    expect(snapshotTooFar({ uncovered: 0, zoom: 6.5 }, true)).toBe(true);
    expect(snapshotTooFar({ uncovered: 0, zoom: 1 / 7 }, true)).toBe(true);
  });
});
