import type { Point } from '../model/primitives';
import type { BoothType } from '../model/entities';
import { signedArea } from './polygon';
import { boothTypeFromOpenSides } from './booth-type';

/** How far apart (metres) a booth edge and a neighbouring wall may be and still count as touching. */
export const ADJACENCY_TOLERANCE = 0.05;

/** Share of an edge that must be covered for it to be closed rather than face an aisle. */
export const CLOSED_COVERAGE = 0.5;

/**
 * Something that can close a booth edge: another booth's edge, a wall's centre line or a
 * stretch of hall outline. `reach` is how far from the segment it still counts (the adjacency
 * tolerance, plus half the thickness for walls drawn as lines).
 */
export interface Blocker {
  a: Point;
  b: Point;
  reach: number;
}

/** Edges of a polygon as blockers (edge i runs from point i to point i+1). */
export function polygonBlockers(points: readonly Point[], reach = ADJACENCY_TOLERANCE): Blocker[] {
  return points.map((a, i) => ({ a, b: points[(i + 1) % points.length]!, reach }));
}

/**
 * Length of edge a→b lying within `reach` of any blocker, overlaps counted once. A blocker
 * at an angle contributes only the stretch inside the band, so a perpendicular neighbour that
 * merely touches the edge with its corner covers almost nothing.
 */
export function coveredLength(a: Point, b: Point, blockers: Iterable<Blocker>): number {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (len === 0) return 0;
  const ux = (b[0] - a[0]) / len;
  const uy = (b[1] - a[1]) / len;
  const intervals: [number, number][] = [];
  for (const bl of blockers) {
    const px = bl.a[0] - a[0];
    const py = bl.a[1] - a[1];
    const qx = bl.b[0] - a[0];
    const qy = bl.b[1] - a[1];
    const sP = px * ux + py * uy;
    const sQ = qx * ux + qy * uy;
    const dP = -px * uy + py * ux;
    const dQ = -qx * uy + qy * ux;
    let lo = 0;
    let hi = 1;
    if (dQ === dP) {
      if (Math.abs(dP) > bl.reach) continue;
    } else {
      const t1 = (-bl.reach - dP) / (dQ - dP);
      const t2 = (bl.reach - dP) / (dQ - dP);
      lo = Math.max(0, Math.min(t1, t2));
      hi = Math.min(1, Math.max(t1, t2));
      if (lo > hi) continue;
    }
    const s1 = sP + (sQ - sP) * lo;
    const s2 = sP + (sQ - sP) * hi;
    const from = Math.max(0, Math.min(s1, s2));
    const to = Math.min(len, Math.max(s1, s2));
    if (to > from) intervals.push([from, to]);
  }
  intervals.sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curFrom = -Infinity;
  let curTo = -Infinity;
  for (const [from, to] of intervals) {
    if (from > curTo) {
      if (curTo > curFrom) total += curTo - curFrom;
      curFrom = from;
      curTo = to;
    } else if (to > curTo) curTo = to;
  }
  if (curTo > curFrom) total += curTo - curFrom;
  return total;
}

/** Indices of edges less than `coverage` covered by blockers, i.e. facing an aisle. */
export function openEdges(points: readonly Point[], blockers: readonly Blocker[], coverage = CLOSED_COVERAGE): number[] {
  const open: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len === 0) continue;
    if (coveredLength(a, b, blockers) < coverage * len) open.push(i);
  }
  return open;
}

/** Unit normal of edge i pointing out of the polygon, whichever way the polygon runs. */
export function outwardNormal(points: readonly Point[], i: number): Point {
  const a = points[i]!;
  const b = points[(i + 1) % points.length]!;
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]) || 1;
  const s = signedArea(points) >= 0 ? 1 : -1;
  return [(s * (b[1] - a[1])) / len, (-s * (b[0] - a[0])) / len];
}

/**
 * How many of the four directions (along and across the booth's longest edge) have at least
 * one open edge. For a rectangle this is simply its open edge count; an L-shaped booth whose
 * two short edges both face the same aisle counts that aisle once.
 */
export function openFaceCount(points: readonly Point[], open: readonly number[]): number {
  let ref = 0;
  let longest = -1;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len > longest + 1e-9) {
      longest = len;
      ref = Math.atan2(b[1] - a[1], b[0] - a[0]);
    }
  }
  const faces = new Set<number>();
  for (const i of open) {
    const [nx, ny] = outwardNormal(points, i);
    const rel = Math.atan2(ny, nx) - ref;
    faces.add((((Math.round(rel / (Math.PI / 2)) % 4) + 4) % 4));
  }
  return faces.size;
}

/**
 * The trade name for a booth from its open edges. Every edge open is an island whatever the
 * shape; otherwise the number of open faces decides (booth-type.ts). A "pass-through" booth,
 * open on two opposite sides, is named `corner`: it has the same two aisle frontages a corner
 * booth sells for (and the rate card's corner premium is about frontage, not geometry).
 */
export function boothTypeForEdges(points: readonly Point[], open: readonly number[]): BoothType {
  if (open.length === 0) return 'enclosed';
  if (open.length >= points.length) return 'island';
  return boothTypeFromOpenSides(openFaceCount(points, open), 4);
}
