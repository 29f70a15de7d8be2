import { describe, expect, it } from 'vitest';
import {
  bboxContains,
  bboxOf,
  boothTypeFromOpenSides,
  boothTypeOf,
  centroid,
  computeOpenSides,
  pointInPolygon,
  polygonArea,
  rectCorners,
  shapeArea,
  shapeBBox,
  shapePolygon,
  signedArea,
  unionBBox,
} from '../../../shared/geometry';
import { openEdges, polygonBlockers } from '../../../shared/geometry/adjacency';
import type { AreaShape, Point, RectShape } from '../../../shared/model';

const rect = (x: number, y: number, w: number, h: number, rotation = 0): RectShape => ({ type: 'rect', x, y, w, h, rotation });
const close = (a: Point[], b: Point[]) => {
  expect(a).toHaveLength(b.length);
  a.forEach(([x, y], i) => {
    expect(x).toBeCloseTo(b[i]![0], 9);
    expect(y).toBeCloseTo(b[i]![1], 9);
  });
};

describe('areas', () => {
  it('measures squares, triangles and an L shape', () => {
    expect(polygonArea([[0, 0], [3, 0], [3, 3], [0, 3]])).toBe(9);
    expect(polygonArea([[0, 0], [4, 0], [0, 3]])).toBe(6);
    // 9 × 3 strip plus a 3 × 6 leg.
    expect(polygonArea([[0, 0], [9, 0], [9, 3], [3, 3], [3, 9], [0, 9]])).toBe(45);
  });

  it('gives a positive signed area to clockwise outlines in y-down coordinates', () => {
    const clockwise: Point[] = [[0, 0], [10, 0], [10, 5], [0, 5]];
    expect(signedArea(clockwise)).toBe(50);
    expect(signedArea([...clockwise].reverse())).toBe(-50);
  });

  it('uses w × h for rects whatever their rotation, and the outline for polygons', () => {
    expect(shapeArea(rect(5, 5, 3, 6, 37))).toBe(18);
    expect(shapeArea({ type: 'polygon', points: [[0, 0], [6, 0], [6, 6], [0, 6]] })).toBe(36);
  });
});

describe('rect corners', () => {
  it('runs clockwise from the origin corner without rotation', () => {
    close(rectCorners(rect(1, 2, 4, 2)), [[1, 2], [5, 2], [5, 4], [1, 4]]);
  });

  it('rotates about the top-left corner, clockwise on screen for positive degrees', () => {
    close(rectCorners(rect(1, 2, 4, 2, 90)), [[1, 2], [1, 6], [-1, 6], [-1, 2]]);
    close(rectCorners(rect(0, 0, 2, 2, 180)), [[0, 0], [-2, 0], [-2, -2], [0, -2]]);
    const s = Math.SQRT1_2;
    close(rectCorners(rect(0, 0, 2, 2, 45)), [[0, 0], [2 * s, 2 * s], [0, 4 * s], [-2 * s, 2 * s]]);
  });

  it('bounds a rotated rect by its corners', () => {
    const b = shapeBBox(rect(1, 2, 4, 2, 90));
    expect(b.minX).toBeCloseTo(-1, 9);
    expect(b.minY).toBeCloseTo(2, 9);
    expect(b.maxX).toBeCloseTo(1, 9);
    expect(b.maxY).toBeCloseTo(6, 9);
  });
});

describe('point in polygon', () => {
  const L: Point[] = [[0, 0], [9, 0], [9, 3], [3, 3], [3, 9], [0, 9]];
  it('finds points inside a concave outline and not in its notch', () => {
    expect(pointInPolygon([1, 1], L)).toBe(true);
    expect(pointInPolygon([8, 2], L)).toBe(true);
    expect(pointInPolygon([1, 8], L)).toBe(true);
    expect(pointInPolygon([6, 6], L)).toBe(false);
    expect(pointInPolygon([-1, 1], L)).toBe(false);
    expect(pointInPolygon([10, 1], L)).toBe(false);
  });
});

describe('boxes and centroids', () => {
  it('bounds and unites boxes and tells whether one contains another', () => {
    const a = bboxOf([[0, 0], [3, 3]]);
    const b = bboxOf([[3, 0], [6, 3]]);
    expect(unionBBox(a, b)).toEqual({ minX: 0, minY: 0, maxX: 6, maxY: 3 });
    expect(bboxContains(unionBBox(a, b), a)).toBe(true);
    expect(bboxContains(a, a)).toBe(true);
    expect(bboxContains(a, b)).toBe(false);
    expect(bboxContains(a, bboxOf([[1, 1], [3.1, 2]]))).toBe(false);
    expect(bboxContains(a, bboxOf([[1, 1], [3.1, 2]]), 0.2)).toBe(true);
  });

  it('puts the centroid of a rectangle at its middle and of an L in its heavy arm', () => {
    close([centroid([[0, 0], [4, 0], [4, 2], [0, 2]])], [[2, 1]]);
    const [cx, cy] = centroid([[0, 0], [9, 0], [9, 3], [3, 3], [3, 9], [0, 9]]);
    expect(cx).toBeCloseTo(3.3, 6);
    expect(cy).toBeCloseTo(3.3, 6);
  });
});

describe('booth type', () => {
  it('names booths by open sides', () => {
    expect(boothTypeFromOpenSides(0)).toBe('enclosed');
    expect(boothTypeFromOpenSides(1)).toBe('inline');
    expect(boothTypeFromOpenSides(2)).toBe('corner');
    expect(boothTypeFromOpenSides(3)).toBe('peninsula');
    expect(boothTypeFromOpenSides(4)).toBe('island');
    expect(boothTypeFromOpenSides(3, 3)).toBe('island');
    expect(boothTypeFromOpenSides(5, 6)).toBe('island');
  });
});

describe('open sides', () => {
  it('opens all four sides of a lone booth', () => {
    const shape = rect(0, 0, 3, 3);
    const [open] = computeOpenSides([shape]);
    expect(open).toEqual([0, 1, 2, 3]);
    expect(boothTypeOf(shape, open!)).toBe('island');
  });

  it('finds inline, corner booths in a block of two back-to-back rows', () => {
    const shapes = [rect(0, 0, 3, 3), rect(3, 0, 3, 3), rect(6, 0, 3, 3), rect(0, 3, 3, 3), rect(3, 3, 3, 3), rect(6, 3, 3, 3)];
    const open = computeOpenSides(shapes);
    expect(open).toEqual([[0, 3], [0], [0, 1], [2, 3], [2], [1, 2]]);
    expect(shapes.map((s, i) => boothTypeOf(s, open[i]!))).toEqual(['corner', 'inline', 'corner', 'corner', 'inline', 'corner']);
  });

  it('opens the back of a booth at the end of the longer of two rows (peninsula)', () => {
    const shapes = [rect(0, 0, 3, 3), rect(3, 0, 3, 3), rect(0, 3, 3, 3)];
    const open = computeOpenSides(shapes);
    expect(open[1]).toEqual([0, 1, 2]);
    expect(boothTypeOf(shapes[1]!, open[1]!)).toBe('peninsula');
  });

  it('closes a side when at least half of it is backed, as the editor does', () => {
    // A 9 m wide booth backed by a single 3 m booth: two thirds of its back face the aisle.
    const wide = rect(0, 0, 9, 3);
    const small = rect(0, 3, 3, 3);
    const [wideOpen, smallOpen] = computeOpenSides([wide, small]);
    expect(wideOpen).toContain(2);
    expect(smallOpen).not.toContain(0);
    // Half backed: closed by default, open when more coverage is asked for.
    const six = rect(0, 0, 6, 3);
    expect(computeOpenSides([six, small])[0]).not.toContain(2);
    expect(computeOpenSides([six, small], { coverage: 0.9 })[0]).toContain(2);
  });

  it('agrees with the per-booth rule of adjacency.ts', () => {
    const shapes = [rect(0, 0, 3, 3), rect(3, 0, 6, 3), rect(0, 3, 4, 3), rect(9, 0, 3, 3, 90)];
    const open = computeOpenSides(shapes);
    shapes.forEach((s, i) => {
      const others = shapes.filter((_, j) => j !== i).flatMap((o) => polygonBlockers(shapePolygon(o)));
      expect(open[i]).toEqual(openEdges(shapePolygon(s), others));
    });
  });

  it('closes sides against a wall', () => {
    const outline: Point[] = [[0, 0], [20, 0], [20, 10], [0, 10]];
    const [open] = computeOpenSides([rect(0, 0, 3, 3)], { walls: [outline] });
    expect(open).toEqual([1, 2]);
  });

  it('matches edges of rotated rects and polygons', () => {
    // Two 3 × 3 booths side by side, the pair turned 30° about the first one's corner.
    const a = rect(0, 0, 3, 3, 30);
    const [, [x, y]] = rectCorners(a) as [Point, Point];
    const b = rect(x, y, 3, 3, 30);
    const [oa, ob] = computeOpenSides([a, b]);
    expect(oa).toEqual([0, 2, 3]);
    expect(ob).toEqual([0, 1, 2]);

    const L: AreaShape = { type: 'polygon', points: [[0, 0], [9, 0], [9, 3], [3, 3], [3, 9], [0, 9]] };
    const inNotch = rect(3, 3, 3, 3);
    const [lOpen, nOpen] = computeOpenSides([L, inNotch]);
    // The notch booth backs half of the L's two inner edges (3 m of 6), which closes them.
    expect(lOpen).toEqual([0, 1, 4, 5]);
    expect(boothTypeOf(L, lOpen!)).toBe('island');
    expect(boothTypeOf(L, [0, 1])).toBe('corner');
    expect(nOpen).toEqual([1, 2]);
  });

  it('scales to a large hall', () => {
    const shapes: AreaShape[] = [];
    for (let r = 0; r < 100; r++) for (let c = 0; c < 200; c++) shapes.push(rect(c * 3, r * 3 + Math.floor(r / 2) * 4, 3, 3));
    const t = performance.now();
    const open = computeOpenSides(shapes);
    expect(performance.now() - t).toBeLessThan(2000);
    // Rows pair up back to back with aisles between pairs, so inner booths are inline.
    expect(open[1]).toEqual([0]);
    expect(open[200 + 1]).toEqual([2]);
  });
});
