import type { Point } from '../model/primitives';
import { pointInPolygon } from '../geometry/polygon';
import { simplifyPolygon } from '../geometry/validity';

/** Coordinates closer than this (metres) are one grid line: booths drawn a hair apart still merge. */
export const UNION_SNAP = 1e-3;

/** Every edge runs along x or along y (within `eps` metres over its length). */
export function isRectilinear(points: readonly Point[], eps = 1e-4): boolean {
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    if (Math.abs(a[0] - b[0]) > eps && Math.abs(a[1] - b[1]) > eps) return false;
  }
  return true;
}

/** Sorted distinct values, values within `snap` of the previous kept value folded into it. */
function gridLines(values: number[], snap: number): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of sorted) if (out.length === 0 || v - out[out.length - 1]! > snap) out.push(v);
  return out;
}

export type UnionOutcome = { ok: true; outline: Point[] } | { ok: false; reason: 'not-touching' | 'merge-has-hole' };

/**
 * Outline of the union of axis-aligned rectilinear polygons. The plane is cut into cells by
 * every vertex coordinate; a cell is in the union when its centre lies in any polygon; the
 * outline is traced from the cell edges that separate covered from uncovered cells. Exact
 * for rectilinear input and free of the shared-edge cases that trouble general clipping.
 * Refused when the union is more than one piece or encloses a hole (or pinches at a corner).
 */
export function rectilinearUnion(polys: readonly (readonly Point[])[], snap = UNION_SNAP): UnionOutcome {
  const xs = gridLines(polys.flatMap((p) => p.map((q) => q[0])), snap);
  const ys = gridLines(polys.flatMap((p) => p.map((q) => q[1])), snap);
  const nx = xs.length - 1;
  const ny = ys.length - 1;
  const cells = new Uint8Array(Math.max(0, nx * ny));
  const covered = (i: number, j: number): boolean => i >= 0 && j >= 0 && i < nx && j < ny && cells[j * nx + i] === 1;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const c: Point = [(xs[i]! + xs[i + 1]!) / 2, (ys[j]! + ys[j + 1]!) / 2];
      if (polys.some((p) => pointInPolygon(c, p))) cells[j * nx + i] = 1;
    }
  }
  // Directed boundary edges, clockwise (y down) around covered cells, keyed by start vertex.
  const next = new Map<string, string[]>();
  let edges = 0;
  const add = (a: [number, number], b: [number, number]) => {
    edges++;
    const k = `${a[0]},${a[1]}`;
    const list = next.get(k);
    if (list) list.push(`${b[0]},${b[1]}`);
    else next.set(k, [`${b[0]},${b[1]}`]);
  };
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      if (!covered(i, j)) continue;
      if (!covered(i, j - 1)) add([i, j], [i + 1, j]);
      if (!covered(i + 1, j)) add([i + 1, j], [i + 1, j + 1]);
      if (!covered(i, j + 1)) add([i + 1, j + 1], [i, j + 1]);
      if (!covered(i - 1, j)) add([i, j + 1], [i, j]);
    }
  }
  if (edges === 0) return { ok: false, reason: 'not-touching' };
  for (const list of next.values()) if (list.length > 1) return { ok: false, reason: 'merge-has-hole' };
  const start = next.keys().next().value as string;
  const loop: Point[] = [];
  let cur = start;
  do {
    const [i, j] = cur.split(',').map(Number) as [number, number];
    loop.push([xs[i]!, ys[j]!]);
    cur = next.get(cur)![0]!;
  } while (cur !== start && loop.length <= edges);
  if (loop.length !== edges) return { ok: false, reason: loop.length < edges ? 'merge-has-hole' : 'not-touching' };
  return { ok: true, outline: simplifyPolygon(loop) };
}
