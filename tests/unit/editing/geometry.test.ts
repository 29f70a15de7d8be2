import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Point } from '../../../shared/model/primitives';
import { polygonArea, rectCorners } from '../../../shared/geometry/polygon';
import { isConvex, polygonProblem, segmentsCross, segmentsIntersect, simplifyPolygon } from '../../../shared/geometry/validity';
import { intersectionArea, polygonDistance, polygonInside, polygonsOverlap, preparePolygon, triangulate } from '../../../shared/geometry/overlap';
import { SpatialIndex } from '../../../shared/geometry/spatial';
import { square } from './helpers';

const L: Point[] = [
  [0, 0],
  [4, 0],
  [4, 2],
  [2, 2],
  [2, 4],
  [0, 4],
];

describe('segments', () => {
  it('tells crossing, touching and apart segments apart', () => {
    expect(segmentsIntersect([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    expect(segmentsCross([0, 0], [2, 2], [0, 2], [2, 0])).toBe(true);
    // T-junction: touching, not crossing
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [1, 1])).toBe(true);
    expect(segmentsCross([0, 0], [2, 0], [1, 0], [1, 1])).toBe(false);
    // collinear overlap
    expect(segmentsIntersect([0, 0], [2, 0], [1, 0], [3, 0])).toBe(true);
    expect(segmentsCross([0, 0], [2, 0], [1, 0], [3, 0])).toBe(false);
    // collinear, apart
    expect(segmentsIntersect([0, 0], [1, 0], [2, 0], [3, 0])).toBe(false);
    expect(segmentsIntersect([0, 0], [1, 1], [0, 1], [0.4, 0.6])).toBe(false);
  });
});

describe('polygon validity', () => {
  it('accepts rectangles, concave and collinear-vertex polygons', () => {
    expect(polygonProblem(square(0, 0, 3))).toBeNull();
    expect(polygonProblem(L)).toBeNull();
    expect(polygonProblem([[0, 0], [1, 0], [2, 0], [2, 2], [0, 2]])).toBeNull();
  });
  it('refuses too few points, repeated points, lines and crossings', () => {
    expect(polygonProblem([[0, 0], [1, 0]])).toBe('too-few-points');
    expect(polygonProblem([[0, 0], [1, 1], [1, 1], [0, 0]])).toBe('too-few-points');
    expect(polygonProblem([[0, 0], [1, 0], [2, 0]])).toBe('zero-size');
    expect(polygonProblem([[0, 0], [2, 2], [2, 0], [0, 2]])).toBe('self-intersecting'); // bow tie
    expect(polygonProblem([[0, 0], [4, 0], [4, 4], [2, 0.0], [0, 4]])).toBe('self-intersecting'); // vertex on an edge
    expect(polygonProblem([[0, 0], [3, 0], [3, 3], [3, 1], [0, 3]])).toBe('self-intersecting'); // spike folding back
    expect(polygonProblem([[0, 0], [Number.NaN, 0], [1, 1]])).toBe('not-finite');
  });
  it('knows convexity and drops redundant vertices', () => {
    expect(isConvex(square(0, 0, 1))).toBe(true);
    expect(isConvex(L)).toBe(false);
    expect(simplifyPolygon([[0, 0], [1, 0], [2, 0], [2, 2], [2, 2], [0, 2]])).toHaveLength(4);
  });
});

describe('overlap', () => {
  it('does not count shared walls or corners as overlap', () => {
    expect(polygonsOverlap(square(0, 0, 3), square(3, 0, 3))).toBe(false);
    expect(polygonsOverlap(square(0, 0, 3), square(3, 3, 3))).toBe(false);
    expect(polygonsOverlap(square(0, 0, 3), square(1, 3, 3))).toBe(false);
    expect(polygonsOverlap(square(0, 0, 3), square(3.0004, 0, 3))).toBe(false);
  });
  it('finds real overlap, containment and identical shapes', () => {
    expect(polygonsOverlap(square(0, 0, 3), square(2.9, 0, 3))).toBe(true);
    expect(polygonsOverlap(square(0, 0, 3), square(1, 1, 1))).toBe(true);
    expect(polygonsOverlap(square(0, 0, 3), square(0, 0, 3))).toBe(true);
  });
  it('handles rotated rectangles', () => {
    const a = rectCorners({ x: 0, y: 0, w: 3, h: 3, rotation: 45 });
    const b = rectCorners({ x: 3 * Math.SQRT1_2, y: 3 * Math.SQRT1_2, w: 3, h: 3, rotation: 45 }); // edge to edge
    expect(polygonsOverlap(a, b)).toBe(false);
    expect(polygonsOverlap(a, square(-0.5, 1, 1))).toBe(true);
  });
  it('handles concave polygons: a booth in the notch of an L touches, one across it overlaps', () => {
    expect(polygonsOverlap(L, square(2, 2, 2))).toBe(false);
    expect(polygonsOverlap(L, square(1.9, 2, 2))).toBe(true);
    expect(polygonsOverlap(L, square(2.5, 2.5, 1))).toBe(false);
    expect(polygonsOverlap(L, [[3, 1], [5, 1], [5, 5], [1, 5], [1, 3], [3, 3]])).toBe(true);
    expect(polygonsOverlap(L, [[4, 0], [6, 0], [6, 6], [0, 6], [0, 4], [2, 4], [2, 2], [4, 2]])).toBe(false); // complement piece
  });
  it('triangulates any simple rectilinear polygon into triangles of the same area', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })), { minLength: 1, maxLength: 6 }), (steps) => {
        // A staircase polygon: concave, rectilinear, simple by construction.
        const pts: Point[] = [[0, 0]];
        let x = 0;
        let y = 0;
        for (const [dx, dy] of steps) {
          x += dx;
          pts.push([x, y]);
          y += dy;
          pts.push([x, y]);
        }
        pts.push([0, y]);
        expect(polygonProblem(pts)).toBeNull();
        const tris = triangulate(simplifyPolygon(pts))!;
        const sum = tris.reduce((s, t) => s + polygonArea(t), 0);
        expect(sum).toBeCloseTo(polygonArea(pts), 9);
        const p = preparePolygon(pts);
        expect(intersectionArea(p, p)).toBeCloseTo(polygonArea(pts), 6);
      }),
    );
  });
});

describe('containment and distance', () => {
  const hall: Point[] = [
    [0, 0],
    [50, 0],
    [50, 20],
    [30, 20],
    [30, 40],
    [0, 40],
  ];
  it('counts booths against the hall wall as inside and booths in the notch as outside', () => {
    expect(polygonInside(square(0, 0, 3), hall)).toBe(true);
    expect(polygonInside(square(47, 17, 3), hall)).toBe(true);
    expect(polygonInside(square(31, 21, 3), hall)).toBe(false);
    expect(polygonInside(square(29, 19, 3), hall)).toBe(false);
    expect(polygonInside(square(-0.0005, 0, 3), hall)).toBe(true);
    expect(polygonInside(square(-0.5, 0, 3), hall)).toBe(false);
  });
  it('measures the gap between polygons', () => {
    expect(polygonDistance(square(0, 0, 3), square(6, 0, 3))).toBeCloseTo(3);
    expect(polygonDistance(square(0, 0, 3), square(3, 0, 3))).toBe(0);
    expect(polygonDistance(square(0, 0, 3), square(1, 1, 1))).toBe(0);
    expect(polygonDistance(square(0, 0, 3), square(6, 7, 3))).toBeCloseTo(5);
    expect(polygonDistance(L, square(3, 3, 1))).toBeCloseTo(1);
  });
});

describe('spatial index', () => {
  it('answers neighbour queries, updates and removals', () => {
    const idx = SpatialIndex.from(
      Array.from({ length: 100 }, (_, i) => ({ id: `b${i}`, bbox: { minX: (i % 10) * 3, minY: Math.floor(i / 10) * 3, maxX: (i % 10) * 3 + 3, maxY: Math.floor(i / 10) * 3 + 3 } })),
    );
    expect(idx.size).toBe(100);
    expect(idx.neighbours('b55').sort()).toEqual(['b44', 'b45', 'b46', 'b54', 'b56', 'b64', 'b65', 'b66'].sort());
    expect(idx.neighbours('b0', 0).sort()).toEqual(['b1', 'b10', 'b11']);
    idx.insert('b0', { minX: 100, minY: 100, maxX: 103, maxY: 103 });
    expect(idx.neighbours('b1')).not.toContain('b0');
    expect(idx.remove('b1')).toBe(true);
    expect(idx.remove('b1')).toBe(false);
    expect(idx.search({ minX: 0, minY: 0, maxX: 1, maxY: 1 })).toEqual([]);
  });
});
