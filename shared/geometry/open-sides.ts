import type { BoothType } from '../model/entities';
import type { AreaShape, Point } from '../model/primitives';
import { ADJACENCY_TOLERANCE, boothTypeForEdges, CLOSED_COVERAGE, openEdges, polygonBlockers, type Blocker } from './adjacency';
import { shapePolygon } from './polygon';

export interface OpenSidesOptions {
  /** Share of an edge that neighbours must cover to close it (default `CLOSED_COVERAGE`, a half). */
  coverage?: number;
  /** Outlines whose edges close a side as a neighbour does (hall walls, for booths against them). */
  walls?: readonly (readonly Point[])[];
}

const CELL = 4;
const WRAP = 0x7fff;

/**
 * Grid cell key, kept a small integer so the map stays fast; cells 131 km apart share a key,
 * which costs a wasted comparison, never a wrong answer (every candidate is tested exactly).
 */
function cellKey(cx: number, cy: number): number {
  return (cx & WRAP) * (WRAP + 1) + (cy & WRAP);
}

/**
 * Which edges of each shape face an aisle, for a whole hall at once: the same rule as the
 * editor's per-booth derivation (`adjacency.ts`: an edge less than half backed by another
 * shape or a wall is open), with a grid hash so 20,000 booths take a fraction of a second.
 * Edge `i` runs from corner `i` to corner `i + 1` (for a rect: 0 top, 1 right, 2 bottom,
 * 3 left before rotation), matching `Booth.openSides`.
 */
export function computeOpenSides(shapes: readonly AreaShape[], opts: OpenSidesOptions = {}): number[][] {
  const polygons = shapes.map(shapePolygon);
  const blockers: Blocker[] = [];
  const owner: number[] = [];
  polygons.forEach((poly, i) => {
    for (const b of polygonBlockers(poly)) {
      blockers.push(b);
      owner.push(i);
    }
  });
  for (const wall of opts.walls ?? []) {
    for (const b of polygonBlockers(wall)) {
      blockers.push(b);
      owner.push(-1);
    }
  }

  const cells = (minX: number, minY: number, maxX: number, maxY: number, pad: number, visit: (key: number) => void) => {
    const x1 = Math.floor((maxX + pad) / CELL);
    const y1 = Math.floor((maxY + pad) / CELL);
    for (let cx = Math.floor((minX - pad) / CELL); cx <= x1; cx++) {
      for (let cy = Math.floor((minY - pad) / CELL); cy <= y1; cy++) visit(cellKey(cx, cy));
    }
  };
  const grid = new Map<number, number[]>();
  blockers.forEach((b, i) => {
    cells(Math.min(b.a[0], b.b[0]), Math.min(b.a[1], b.b[1]), Math.max(b.a[0], b.b[0]), Math.max(b.a[1], b.b[1]), b.reach, (key) => {
      const bucket = grid.get(key);
      if (bucket) bucket.push(i);
      else grid.set(key, [i]);
    });
  });

  const seen = new Int32Array(blockers.length).fill(-1);
  return polygons.map((poly, i) => {
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (const [x, y] of poly) {
      minX = Math.min(minX, x);
      minY = Math.min(minY, y);
      maxX = Math.max(maxX, x);
      maxY = Math.max(maxY, y);
    }
    const near: Blocker[] = [];
    cells(minX, minY, maxX, maxY, ADJACENCY_TOLERANCE, (key) => {
      for (const b of grid.get(key) ?? []) {
        if (seen[b] === i || owner[b] === i) continue;
        seen[b] = i;
        near.push(blockers[b]!);
      }
    });
    return openEdges(poly, near, opts.coverage ?? CLOSED_COVERAGE);
  });
}

/** The derived booth type for a shape with these open sides (the editor's rule, `boothTypeForEdges`). */
export function boothTypeOf(shape: AreaShape, openSides: readonly number[]): BoothType {
  return boothTypeForEdges(shapePolygon(shape), openSides);
}
