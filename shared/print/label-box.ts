import type { AreaShape, Point } from '../model/primitives';
import { bboxOf, centroid, pointInPolygon } from '../geometry/polygon';

/** A box inside a shape where a label may go: centre, size and reading angle (degrees). */
export interface LabelBox {
  cx: number;
  cy: number;
  w: number;
  h: number;
  angle: number;
}

/** An angle in degrees folded into [-90, 90) so text never reads upside down. */
export function readableAngle(deg: number): number {
  let a = ((deg % 360) + 360) % 360;
  if (a >= 270) a -= 360;
  else if (a >= 90) a -= 180;
  return a;
}

/**
 * Places a label may go inside a shape, best first, in the shape's own unit. A rotated
 * rectangle offers its own frame and, when tall, the frame turned a quarter; a polygon offers
 * upright rectangles of several proportions inscribed around its most interior point.
 */
export function labelBoxes(shape: AreaShape): LabelBox[] {
  if (shape.type === 'rect') {
    const a = ((shape.rotation ?? 0) * Math.PI) / 180;
    const cx = shape.x + (shape.w / 2) * Math.cos(a) - (shape.h / 2) * Math.sin(a);
    const cy = shape.y + (shape.w / 2) * Math.sin(a) + (shape.h / 2) * Math.cos(a);
    const along = readableAngle(shape.rotation ?? 0);
    const boxes: LabelBox[] = [{ cx, cy, w: shape.w, h: shape.h, angle: along }];
    if (shape.h > shape.w) boxes.push({ cx, cy, w: shape.h, h: shape.w, angle: readableAngle(along - 90) });
    return boxes;
  }
  return inscribedBoxes(shape.points);
}

const ASPECTS = [1, 2, 0.5, 3, 1 / 3, 5, 0.2];

/** Upright rectangles inside a polygon around its most interior point, largest area first. */
export function inscribedBoxes(poly: readonly Point[]): LabelBox[] {
  const c = interiorPoint(poly);
  if (!c) return [];
  const b = bboxOf(poly);
  const span = Math.max(b.maxX - b.minX, b.maxY - b.minY);
  const out: LabelBox[] = [];
  for (const r of ASPECTS) {
    // Half-height t with half-width r·t; binary search the largest that stays inside.
    let lo = 0;
    let hi = span;
    for (let i = 0; i < 24; i++) {
      const mid = (lo + hi) / 2;
      if (rectInside(poly, c[0] - r * mid, c[1] - mid, c[0] + r * mid, c[1] + mid)) lo = mid;
      else hi = mid;
    }
    if (lo > 0) out.push({ cx: c[0], cy: c[1], w: 2 * r * lo, h: 2 * lo, angle: 0 });
  }
  return out.sort((p, q) => q.w * q.h - p.w * p.h);
}

/** The centroid when it lies well inside, else the sampled point farthest from every edge. */
export function interiorPoint(poly: readonly Point[]): Point | null {
  if (poly.length < 3) return null;
  const b = bboxOf(poly);
  const found: { best: Point | null; d: number } = { best: null, d: -1 };
  const consider = (p: Point) => {
    if (!pointInPolygon(p, poly)) return;
    const d = edgeDistance(p, poly);
    if (d > found.d) {
      found.d = d;
      found.best = p;
    }
  };
  consider(centroid(poly));
  const n = 24;
  for (let i = 1; i < n; i++) {
    for (let j = 1; j < n; j++) consider([b.minX + ((b.maxX - b.minX) * i) / n, b.minY + ((b.maxY - b.minY) * j) / n]);
  }
  if (!found.best) return null;
  // Refine around the best sample.
  let step = Math.max(b.maxX - b.minX, b.maxY - b.minY) / n;
  for (let k = 0; k < 12; k++) {
    const [x, y] = found.best;
    for (const [dx, dy] of [
      [step, 0],
      [-step, 0],
      [0, step],
      [0, -step],
    ] as const) {
      consider([x + dx, y + dy]);
    }
    step /= 2;
  }
  return found.best;
}

function edgeDistance([px, py]: Point, poly: readonly Point[]): number {
  let min = Infinity;
  for (let i = 0; i < poly.length; i++) {
    const [x1, y1] = poly[i]!;
    const [x2, y2] = poly[(i + 1) % poly.length]!;
    const dx = x2 - x1;
    const dy = y2 - y1;
    const len2 = dx * dx + dy * dy;
    const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
    const d = Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
    if (d < min) min = d;
  }
  return min;
}

/** Whether the upright rectangle lies inside the polygon: corners inside, no edge crossing it. */
export function rectInside(poly: readonly Point[], x0: number, y0: number, x1: number, y1: number): boolean {
  const corners: Point[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ];
  for (const c of corners) if (!pointInPolygon(c, poly)) return false;
  for (const [x, y] of poly) if (x > x0 && x < x1 && y > y0 && y < y1) return false;
  for (let i = 0; i < poly.length; i++) {
    const a = poly[i]!;
    const b = poly[(i + 1) % poly.length]!;
    for (let j = 0; j < 4; j++) if (segmentsCross(a, b, corners[j]!, corners[(j + 1) % 4]!)) return false;
  }
  return true;
}

function orient(a: Point, b: Point, c: Point): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** Proper crossing (touching at an end does not count). */
function segmentsCross(p1: Point, p2: Point, q1: Point, q2: Point): boolean {
  const d1 = orient(q1, q2, p1);
  const d2 = orient(q1, q2, p2);
  const d3 = orient(p1, p2, q1);
  const d4 = orient(p1, p2, q2);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}
