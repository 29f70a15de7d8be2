import type { Point } from '../model/primitives';
import type { AreaShape, RectShape } from '../model/primitives';

export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Corners of a rotated rectangle, clockwise from its origin corner (edge i runs from corner i to i+1). */
export function rectCorners(r: Pick<RectShape, 'x' | 'y' | 'w' | 'h' | 'rotation'>): Point[] {
  const rotation = r.rotation ?? 0;
  // Most booths are not rotated: exact corners, no trigonometry (and no rounding noise).
  if (rotation === 0) {
    return [
      [r.x, r.y],
      [r.x + r.w, r.y],
      [r.x + r.w, r.y + r.h],
      [r.x, r.y + r.h],
    ];
  }
  const a = (rotation * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return [
    [r.x, r.y],
    [r.x + r.w * cos, r.y + r.w * sin],
    [r.x + r.w * cos - r.h * sin, r.y + r.w * sin + r.h * cos],
    [r.x - r.h * sin, r.y + r.h * cos],
  ];
}

/** The outline of any area shape as a polygon. */
export function shapePolygon(s: AreaShape): Point[] {
  return s.type === 'rect' ? rectCorners(s) : s.points;
}

/** Signed shoelace area; positive when the points run clockwise in y-down coordinates. */
export function signedArea(points: readonly Point[]): number {
  let sum = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

export function polygonArea(points: readonly Point[]): number {
  return Math.abs(signedArea(points));
}

export function shapeArea(s: AreaShape): number {
  return s.type === 'rect' ? s.w * s.h : polygonArea(s.points);
}

export function bboxOf(points: readonly Point[]): BBox {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return { minX, minY, maxX, maxY };
}

export function shapeBBox(s: AreaShape): BBox {
  return bboxOf(shapePolygon(s));
}

export function unionBBox(a: BBox, b: BBox): BBox {
  return {
    minX: Math.min(a.minX, b.minX),
    minY: Math.min(a.minY, b.minY),
    maxX: Math.max(a.maxX, b.maxX),
    maxY: Math.max(a.maxY, b.maxY),
  };
}

/** Whether `inner` lies within `outer` (edges may coincide, within `tolerance`). */
export function bboxContains(outer: BBox, inner: BBox, tolerance = 1e-6): boolean {
  return (
    inner.minX >= outer.minX - tolerance &&
    inner.minY >= outer.minY - tolerance &&
    inner.maxX <= outer.maxX + tolerance &&
    inner.maxY <= outer.maxY + tolerance
  );
}

export function centroid(points: readonly Point[]): Point {
  const a = signedArea(points);
  if (Math.abs(a) < 1e-12) {
    const b = bboxOf(points);
    return [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
  }
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i]!;
    const [x2, y2] = points[(i + 1) % points.length]!;
    const f = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * f;
    cy += (y1 + y2) * f;
  }
  return [cx / (6 * a), cy / (6 * a)];
}

/** Even-odd ray cast; points on the boundary may fall either way. */
export function pointInPolygon([px, py]: Point, poly: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
