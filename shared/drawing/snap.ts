import type { Point } from '../model/primitives';
import { toHall, type DrawingFrame, type DrawingPaths } from './convert';

/** Where a drawn corner snapped on a drawing: a vertex (an endpoint or a corner) or a point on a line. */
export interface DrawingSnap {
  point: Point;
  kind: 'vertex' | 'line';
}

/** A point of the hall (metres) in the drawing's own units. */
export function toDrawing(f: DrawingFrame, x: number, y: number): Point {
  const dx = (x - f.x) / f.mpp;
  const dy = (y - f.y) / f.mpp;
  if (!f.rotation) return [dx, dy];
  const r = (f.rotation * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  return [dx * c + dy * s, -dx * s + dy * c];
}

/**
 * The drawing's vertex nearest a point within `tolerance` (hall metres), else the nearest point
 * on one of its lines within it, else null. Vertices win over lines so a corner drawn near a
 * wall's end lands on the end, not somewhere along the wall. `candidates` are the paths to look
 * at (those whose extent is near the point, from a spatial index), all paths when omitted;
 * paths on hidden layers are never snapped to.
 */
export function snapToDrawing(p: DrawingPaths, f: DrawingFrame, at: Point, tolerance: number, hidden: ReadonlySet<string> = new Set(), candidates?: Iterable<number>): DrawingSnap | null {
  const [u, v] = toDrawing(f, at[0], at[1]);
  const tol = tolerance / f.mpp;
  const { drawing, xy, starts } = p;
  let bestV = tol * tol;
  let vertex: Point | null = null;
  let bestL = tol * tol;
  let line: Point | null = null;
  const all = candidates ?? drawing.paths.count.keys();
  for (const i of all) {
    if (hidden.size && hidden.has(drawing.layers[drawing.paths.layer[i]!]?.name ?? '')) continue;
    const s = starts[i]!;
    const n = drawing.paths.count[i]!;
    const closed = drawing.paths.closed[i] === 1;
    for (let j = 0; j < n; j++) {
      const ax = xy[2 * (s + j)]!;
      const ay = xy[2 * (s + j) + 1]!;
      const d2 = (ax - u) ** 2 + (ay - v) ** 2;
      if (d2 <= bestV) {
        bestV = d2;
        vertex = [ax, ay];
      }
      if (vertex) continue;
      const k = j + 1 < n ? j + 1 : closed ? 0 : -1;
      if (k < 0 || k === j) continue;
      const bx = xy[2 * (s + k)]!;
      const by = xy[2 * (s + k) + 1]!;
      const vx = bx - ax;
      const vy = by - ay;
      const len2 = vx * vx + vy * vy;
      const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((u - ax) * vx + (v - ay) * vy) / len2));
      const qx = ax + t * vx;
      const qy = ay + t * vy;
      const e2 = (qx - u) ** 2 + (qy - v) ** 2;
      if (e2 <= bestL) {
        bestL = e2;
        line = [qx, qy];
      }
    }
  }
  const hit = vertex ?? line;
  if (!hit) return null;
  const q = toHall(f, hit[0], hit[1]);
  return { point: [round(q[0]), round(q[1])], kind: vertex ? 'vertex' : 'line' };
}

const round = (v: number) => Math.round(v * 1e6) / 1e6;
