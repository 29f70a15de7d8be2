import type { Point } from '../model/primitives';
import { bboxOf, pointInPolygon, polygonArea, type BBox } from './polygon';
import { clockwise, isConvex, orient, segmentsCross, segmentsIntersect, simplifyPolygon } from './validity';

/**
 * Penetration, in metres, below which two shapes merely touch. Booths share walls and
 * coordinates pass through rotations, so exact comparisons would flag every neighbour.
 */
export const OVERLAP_TOLERANCE = 1e-3;

/** A polygon with what repeated overlap tests need worked out once. */
export interface PreparedPolygon {
  points: Point[];
  bbox: BBox;
  /** Convex pieces covering the polygon without overlapping (itself when convex, else triangles). */
  parts: Point[][];
  /** False when the polygon could not be split (it crosses itself); tests fall back to edges. */
  decomposed: boolean;
}

export function preparePolygon(points: readonly Point[]): PreparedPolygon {
  const simple = simplifyPolygon(points);
  const cw = clockwise(simple.length >= 3 ? simple : points);
  const bbox = bboxOf(cw);
  if (isConvex(cw)) return { points: cw, bbox, parts: [cw], decomposed: true };
  const tris = triangulate(cw);
  return tris ? { points: cw, bbox, parts: tris, decomposed: true } : { points: cw, bbox, parts: [], decomposed: false };
}

function inTriangleOrOn(p: Point, a: Point, b: Point, c: Point): boolean {
  return orient(a, b, p) >= 0 && orient(b, c, p) >= 0 && orient(c, a, p) >= 0;
}

/**
 * Ear clipping of a simple clockwise (y-down) polygon without collinear vertices. Returns
 * null when no ear can be found, which only happens for self-intersecting input.
 */
export function triangulate(points: readonly Point[]): Point[][] | null {
  const idx = points.map((_, i) => i);
  const tris: Point[][] = [];
  const isReflex = (i: number, at: number) =>
    orient(points[idx[(at - 1 + idx.length) % idx.length]!]!, points[i]!, points[idx[(at + 1) % idx.length]!]!) <= 0;
  let k = 0;
  let misses = 0;
  while (idx.length > 3) {
    // A full lap without an ear means the outline crosses itself.
    if (misses > idx.length) return null;
    k %= idx.length;
    const ia = idx[(k - 1 + idx.length) % idx.length]!;
    const ib = idx[k]!;
    const ic = idx[(k + 1) % idx.length]!;
    const a = points[ia]!;
    const b = points[ib]!;
    const c = points[ic]!;
    let ear = orient(a, b, c) > 0;
    if (ear) {
      for (let m = 0; m < idx.length; m++) {
        const j = idx[m]!;
        if (j === ia || j === ib || j === ic) continue;
        // Only reflex vertices can poke into an ear of a simple polygon.
        if (!isReflex(j, m)) continue;
        const p = points[j]!;
        if ((p[0] === a[0] && p[1] === a[1]) || (p[0] === c[0] && p[1] === c[1])) continue;
        if (inTriangleOrOn(p, a, b, c)) {
          ear = false;
          break;
        }
      }
    }
    if (ear) {
      tris.push([a, b, c]);
      idx.splice(k, 1);
      misses = 0;
    } else {
      k++;
      misses++;
    }
  }
  const [a, b, c] = idx.map((i) => points[i]!);
  if (a && b && c && orient(a, b, c) > 0) tris.push([a, b, c]);
  return tris;
}

/**
 * Separating-axis test for two convex polygons: the smallest overlap of their projections
 * over every edge normal, i.e. how far they interpenetrate. Negative or zero when apart or
 * merely touching.
 */
export function convexPenetration(a: readonly Point[], b: readonly Point[]): number {
  let min = Infinity;
  for (const poly of [a, b]) {
    for (let i = 0; i < poly.length; i++) {
      const p = poly[i]!;
      const q = poly[(i + 1) % poly.length]!;
      const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
      if (len === 0) continue;
      const nx = (q[1] - p[1]) / len;
      const ny = -(q[0] - p[0]) / len;
      let minA = Infinity;
      let maxA = -Infinity;
      for (const [x, y] of a) {
        const d = x * nx + y * ny;
        if (d < minA) minA = d;
        if (d > maxA) maxA = d;
      }
      let minB = Infinity;
      let maxB = -Infinity;
      for (const [x, y] of b) {
        const d = x * nx + y * ny;
        if (d < minB) minB = d;
        if (d > maxB) maxB = d;
      }
      const overlap = Math.min(maxA, maxB) - Math.max(minA, minB);
      if (overlap < min) min = overlap;
      if (min <= 0) return min;
    }
  }
  return min;
}

/** Boxes share area once each is grown by `pad` (negative: must overlap by more than −pad). */
export function bboxesIntersect(a: BBox, b: BBox, pad = 0): boolean {
  return a.minX < b.maxX + pad && b.minX < a.maxX + pad && a.minY < b.maxY + pad && b.minY < a.maxY + pad;
}

/**
 * Interiors of the two polygons share a region deeper than `tolerance`. Shared walls and
 * corners are not overlap. Works for concave polygons through their convex pieces.
 */
export function polygonsOverlap(a: readonly Point[] | PreparedPolygon, b: readonly Point[] | PreparedPolygon, tolerance = OVERLAP_TOLERANCE): boolean {
  const pa = 'parts' in a ? a : preparePolygon(a);
  const pb = 'parts' in b ? b : preparePolygon(b);
  if (!bboxesIntersect(pa.bbox, pb.bbox, -tolerance)) return false;
  if (pa.decomposed && pb.decomposed) {
    for (const x of pa.parts) {
      const bx = pa.parts.length === 1 ? pa.bbox : bboxOf(x);
      for (const y of pb.parts) {
        if (pb.parts.length > 1 && !bboxesIntersect(bx, bboxOf(y), -tolerance)) continue;
        if (convexPenetration(x, y) > tolerance) return true;
      }
    }
    return false;
  }
  return crossingOverlap(pa.points, pb.points);
}

/**
 * Fallback for polygons that cannot be decomposed: edges crossing, or a vertex strictly
 * inside the other polygon, or identical outlines.
 */
function crossingOverlap(a: readonly Point[], b: readonly Point[]): boolean {
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (segmentsCross(a[i]!, a[(i + 1) % a.length]!, b[j]!, b[(j + 1) % b.length]!)) return true;
    }
  }
  const strictlyInside = (p: Point, poly: readonly Point[]) => pointInPolygon(p, poly) && pointBoundaryDistance(p, poly) > OVERLAP_TOLERANCE;
  return a.some((p) => strictlyInside(p, b)) || b.some((p) => strictlyInside(p, a));
}

/** Sutherland–Hodgman clip of a convex polygon by a convex clockwise polygon. */
export function clipConvex(subject: readonly Point[], clip: readonly Point[]): Point[] {
  let out: Point[] = [...subject];
  for (let i = 0; i < clip.length && out.length > 0; i++) {
    const c1 = clip[i]!;
    const c2 = clip[(i + 1) % clip.length]!;
    const input = out;
    out = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j]!;
      const q = input[(j + 1) % input.length]!;
      const dp = orient(c1, c2, p);
      const dq = orient(c1, c2, q);
      if (dp >= 0) out.push(p);
      if ((dp >= 0) !== (dq >= 0)) {
        const t = dp / (dp - dq);
        out.push([p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t]);
      }
    }
  }
  return out;
}

/** Area shared by two polygons, m² (sum over their convex pieces). */
export function intersectionArea(a: PreparedPolygon, b: PreparedPolygon): number {
  if (!bboxesIntersect(a.bbox, b.bbox)) return 0;
  let sum = 0;
  for (const x of a.parts) {
    const bx = bboxOf(x);
    for (const y of b.parts) {
      if (!bboxesIntersect(bx, bboxOf(y))) continue;
      const clipped = clipConvex(x, y);
      if (clipped.length >= 3) sum += polygonArea(clipped);
    }
  }
  return sum;
}

function perimeter(points: readonly Point[]): number {
  let s = 0;
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    const q = points[(i + 1) % points.length]!;
    s += Math.hypot(q[0] - p[0], q[1] - p[1]);
  }
  return s;
}

/**
 * `inner` lies within `outer`, allowing it to stick out by up to about `tolerance` metres
 * (edges lying on the outline count as inside). Measured by area, so shared edges and
 * concave outlines need no special cases.
 */
export function polygonInside(inner: readonly Point[] | PreparedPolygon, outer: readonly Point[] | PreparedPolygon, tolerance = OVERLAP_TOLERANCE): boolean {
  const pi = 'parts' in inner ? inner : preparePolygon(inner);
  const po = 'parts' in outer ? outer : preparePolygon(outer);
  const t = tolerance;
  if (pi.bbox.minX < po.bbox.minX - t || pi.bbox.minY < po.bbox.minY - t || pi.bbox.maxX > po.bbox.maxX + t || pi.bbox.maxY > po.bbox.maxY + t) {
    return false;
  }
  if (po.decomposed && po.parts.length === 1) {
    // Convex outline: inside means every vertex on the inner side of every edge.
    const o = po.points;
    for (let j = 0; j < o.length; j++) {
      const a = o[j]!;
      const b = o[(j + 1) % o.length]!;
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (len === 0) continue;
      for (const p of pi.points) if (orient(a, b, p) / len < -t) return false;
    }
    return true;
  }
  if (!pi.decomposed || !po.decomposed) {
    // A crossing outline has no dependable area; fall back to vertices and proper crossings.
    if (!pi.points.every((p) => pointInPolygon(p, po.points) || pointBoundaryDistance(p, po.points) <= t)) return false;
    for (let i = 0; i < pi.points.length; i++) {
      for (let j = 0; j < po.points.length; j++) {
        if (segmentsCross(pi.points[i]!, pi.points[(i + 1) % pi.points.length]!, po.points[j]!, po.points[(j + 1) % po.points.length]!)) return false;
      }
    }
    return true;
  }
  const missing = polygonArea(pi.points) - intersectionArea(pi, po);
  return missing <= t * perimeter(pi.points);
}

export function pointSegmentDistance(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  t = Math.max(0, Math.min(1, t));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

export function segmentDistance(p1: Point, p2: Point, q1: Point, q2: Point): number {
  if (segmentsIntersect(p1, p2, q1, q2)) return 0;
  return Math.min(pointSegmentDistance(p1, q1, q2), pointSegmentDistance(p2, q1, q2), pointSegmentDistance(q1, p1, p2), pointSegmentDistance(q2, p1, p2));
}

/** Distance from a point to the nearest edge of a polygon. */
export function pointBoundaryDistance(p: Point, poly: readonly Point[]): number {
  let min = Infinity;
  for (let i = 0; i < poly.length; i++) min = Math.min(min, pointSegmentDistance(p, poly[i]!, poly[(i + 1) % poly.length]!));
  return min;
}

/**
 * Shortest distance between two polygons' outlines, metres; 0 when they touch or overlap
 * (one inside the other counts as overlap).
 */
export function polygonDistance(a: readonly Point[], b: readonly Point[]): number {
  let min = Infinity;
  for (let i = 0; i < a.length; i++) {
    const p1 = a[i]!;
    const p2 = a[(i + 1) % a.length]!;
    for (let j = 0; j < b.length; j++) {
      const d = segmentDistance(p1, p2, b[j]!, b[(j + 1) % b.length]!);
      if (d < min) min = d;
      if (min === 0) return 0;
    }
  }
  if (a[0] && pointInPolygon(a[0], b)) return 0;
  if (b[0] && pointInPolygon(b[0], a)) return 0;
  return min;
}
