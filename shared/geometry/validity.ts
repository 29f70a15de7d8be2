import type { Point } from '../model/primitives';
import { signedArea } from './polygon';
import { isCoordinate } from '../model/primitives';

/**
 * Tolerance for orientation tests, in m². Coordinates reach ~1 km, so products of differences
 * carry rounding near 1e-12; anything below this is treated as collinear.
 */
export const ORIENT_EPS = 1e-9;

/** Two points closer than this (metres) are the same point. */
export const SAME_POINT_EPS = 1e-6;

/** Twice the signed area of triangle a b c: > 0 when c lies clockwise of a→b in y-down coordinates. */
export function orient(a: Point, b: Point, c: Point): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

export function samePoint(a: Point, b: Point, eps = SAME_POINT_EPS): boolean {
  return Math.abs(a[0] - b[0]) <= eps && Math.abs(a[1] - b[1]) <= eps;
}

/** p lies within the bounding box of segment a b (grown by eps); used after a collinearity test. */
function withinSegmentBox(a: Point, b: Point, p: Point, eps: number): boolean {
  return (
    p[0] >= Math.min(a[0], b[0]) - eps &&
    p[0] <= Math.max(a[0], b[0]) + eps &&
    p[1] >= Math.min(a[1], b[1]) - eps &&
    p[1] <= Math.max(a[1], b[1]) + eps
  );
}

/** Segments p1p2 and q1q2 share at least one point (touching and collinear overlap included). */
export function segmentsIntersect(p1: Point, p2: Point, q1: Point, q2: Point, eps = ORIENT_EPS): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  if (((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps))) return true;
  const boxEps = SAME_POINT_EPS;
  if (Math.abs(d1) <= eps && withinSegmentBox(q1, q2, p1, boxEps)) return true;
  if (Math.abs(d2) <= eps && withinSegmentBox(q1, q2, p2, boxEps)) return true;
  if (Math.abs(d3) <= eps && withinSegmentBox(p1, p2, q1, boxEps)) return true;
  if (Math.abs(d4) <= eps && withinSegmentBox(p1, p2, q2, boxEps)) return true;
  return false;
}

/** Segments cross at a single point interior to both (touching or collinear overlap excluded). */
export function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point, eps = ORIENT_EPS): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  return ((d1 > eps && d2 < -eps) || (d1 < -eps && d2 > eps)) && ((d3 > eps && d4 < -eps) || (d3 < -eps && d4 > eps));
}

/** Drops repeated consecutive points, including a last point that repeats the first. */
export function dedupePoints(points: readonly Point[], eps = SAME_POINT_EPS): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || !samePoint(last, p, eps)) out.push(p);
  }
  while (out.length > 1 && samePoint(out[0]!, out[out.length - 1]!, eps)) out.pop();
  return out;
}

/**
 * Removes repeated points and vertices lying on the straight line between their neighbours
 * (a merged outline carries such points; they add nothing and upset ear clipping).
 */
export function simplifyPolygon(points: readonly Point[], eps = ORIENT_EPS): Point[] {
  let pts = dedupePoints(points);
  let changed = true;
  while (changed && pts.length > 3) {
    changed = false;
    for (let i = 0; i < pts.length && pts.length > 3; i++) {
      const prev = pts[(i - 1 + pts.length) % pts.length]!;
      const cur = pts[i]!;
      const next = pts[(i + 1) % pts.length]!;
      const len = Math.hypot(next[0] - prev[0], next[1] - prev[1]);
      // Scale by length so the test means "within ~eps metres of the line", not an area.
      if (Math.abs(orient(prev, cur, next)) <= eps * Math.max(1, len)) {
        pts = [...pts.slice(0, i), ...pts.slice(i + 1)];
        changed = true;
        i--;
      }
    }
  }
  return pts;
}

/** Reasons a polygon cannot be a booth or hall outline (codes the renderer translates). */
export type PolygonProblem = 'not-finite' | 'too-few-points' | 'zero-size' | 'self-intersecting';

/** Smallest area, m², that counts as a surface rather than a line. */
export const MIN_POLYGON_AREA = 1e-4;

/**
 * Checks that a polygon is usable: finite coordinates, at least three distinct points, an
 * area (not a line), and no edge crossing or touching a non-adjacent edge. O(n²), fine for
 * outlines of up to the schema's 1,000 points.
 */
export function polygonProblem(points: readonly Point[]): PolygonProblem | null {
  // Out of the site (beyond ±100 km) counts as not a usable number, like NaN.
  for (const [x, y] of points) if (!isCoordinate(x) || !isCoordinate(y)) return 'not-finite';
  const pts = dedupePoints(points);
  if (pts.length < 3) return 'too-few-points';
  // All on one line is a slip (zero size); a bow tie also has ~zero area but crosses itself.
  if (pts.every((p) => Math.abs(orient(pts[0]!, pts[1]!, p)) <= ORIENT_EPS * Math.max(1, Math.hypot(p[0] - pts[0]![0], p[1] - pts[0]![1])))) return 'zero-size';
  if (!isSimple(pts)) return 'self-intersecting';
  return Math.abs(signedArea(pts)) < MIN_POLYGON_AREA ? 'zero-size' : null;
}

/** No two non-adjacent edges meet and no adjacent edges fold back over each other. */
export function isSimple(pts: readonly Point[]): boolean {
  const n = pts.length;
  for (let i = 0; i < n; i++) {
    const a1 = pts[i]!;
    const a2 = pts[(i + 1) % n]!;
    // Adjacent edges share a vertex; they are only a problem when they double back.
    const a3 = pts[(i + 2) % n]!;
    if (Math.abs(orient(a1, a2, a3)) <= ORIENT_EPS) {
      const dot = (a2[0] - a1[0]) * (a3[0] - a2[0]) + (a2[1] - a1[1]) * (a3[1] - a2[1]);
      if (dot < 0) return false;
    }
    for (let j = i + 2; j < n; j++) {
      if (i === 0 && j === n - 1) continue;
      if (segmentsIntersect(a1, a2, pts[j]!, pts[(j + 1) % n]!)) return false;
    }
  }
  return true;
}

/** All turns go the same way (collinear vertices allowed). */
export function isConvex(points: readonly Point[]): boolean {
  const n = points.length;
  if (n < 3) return false;
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const o = orient(points[i]!, points[(i + 1) % n]!, points[(i + 2) % n]!);
    if (Math.abs(o) <= ORIENT_EPS) continue;
    const s = o > 0 ? 1 : -1;
    if (sign === 0) sign = s;
    else if (s !== sign) return false;
  }
  return sign !== 0;
}

/** The same polygon running clockwise in y-down coordinates (positive signed area). */
export function clockwise(points: readonly Point[]): Point[] {
  return signedArea(points) < 0 ? [...points].reverse() : [...points];
}
