import type { Point } from '../model/primitives';
import type { BBox } from './polygon';

/** Grid steps the editor offers, metres; 0 turns the grid off. */
export const GRID_STEPS = [0, 0.5, 1] as const;

/** Nearest multiple of `step`; unchanged when step is 0 (grid off). */
export function snapToGrid(value: number, step: number): number {
  if (!(step > 0)) return value;
  // Rounded to micrometres so 0.1-step arithmetic does not leave 2.3000000000000003 behind.
  return Math.round(Math.round(value / step) * step * 1e6) / 1e6;
}

export function snapPointToGrid(p: Point, step: number): Point {
  return [snapToGrid(p[0], step), snapToGrid(p[1], step)];
}

/** A line to draw while dragging: vertical (`axis: 'x'`, at x = `at`) or horizontal. */
export interface SnapGuide {
  axis: 'x' | 'y';
  at: number;
  /** Extent along the line, metres. */
  from: number;
  to: number;
}

export interface SnapOptions {
  /** Grid step in metres, 0 for off. */
  grid: number;
  /** How close, in screen pixels, an edge must come to catch. */
  tolerancePx: number;
  /** Current zoom: screen pixels per metre. */
  pixelsPerMetre: number;
  /** Catch other booths' edges (default true). */
  edges?: boolean;
}

export interface SnapResult {
  /** Correction to add to the proposed movement. */
  dx: number;
  dy: number;
  /** What each axis caught: another item's edge, the grid, or nothing. */
  x: 'edge' | 'grid' | null;
  y: 'edge' | 'grid' | null;
  guides: SnapGuide[];
}

/** Screen tolerance as metres at the current zoom. */
export function toleranceMetres(tolerancePx: number, pixelsPerMetre: number): number {
  return pixelsPerMetre > 0 ? tolerancePx / pixelsPerMetre : 0;
}

type Axis = 'x' | 'y';

function lines(b: BBox, axis: Axis): number[] {
  return axis === 'x' ? [b.minX, (b.minX + b.maxX) / 2, b.maxX] : [b.minY, (b.minY + b.maxY) / 2, b.maxY];
}

function span(b: BBox, axis: Axis): [number, number] {
  // A guide for x runs along y and vice versa.
  return axis === 'x' ? [b.minY, b.maxY] : [b.minX, b.maxX];
}

/**
 * Best correction on one axis: the smallest distance from one of the moving box's lines
 * (near edge, centre, far edge) to the same kind of line on a target, or an edge-to-edge
 * contact (so booths butt up against each other). Centres only align with centres.
 */
function snapAxis(moving: BBox, targets: readonly BBox[], axis: Axis, tol: number): number | null {
  const mine = lines(moving, axis);
  let best: number | null = null;
  for (const t of targets) {
    const theirs = lines(t, axis);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        if ((i === 1) !== (j === 1)) continue;
        const d = theirs[j]! - mine[i]!;
        if (Math.abs(d) <= tol && (best === null || Math.abs(d) < Math.abs(best))) best = d;
      }
    }
  }
  return best;
}

/** Guides for every target line the (already snapped) box now shares, one per position. */
function guidesFor(box: BBox, targets: readonly BBox[], axis: Axis): SnapGuide[] {
  const mine = lines(box, axis);
  const [mFrom, mTo] = span(box, axis);
  const byPosition = new Map<number, SnapGuide>();
  for (const t of targets) {
    const theirs = lines(t, axis);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        if ((i === 1) !== (j === 1)) continue;
        if (Math.abs(theirs[j]! - mine[i]!) > 1e-6) continue;
        const [tFrom, tTo] = span(t, axis);
        const key = Math.round(theirs[j]! * 1e6);
        const g = byPosition.get(key);
        if (g) {
          g.from = Math.min(g.from, tFrom);
          g.to = Math.max(g.to, tTo);
        } else byPosition.set(key, { axis, at: theirs[j]!, from: Math.min(mFrom, tFrom), to: Math.max(mTo, tTo) });
      }
    }
  }
  return [...byPosition.values()];
}

/**
 * Snaps a box being dragged (already at its proposed position). Edges of nearby items win
 * over the grid, each axis on its own; with neither, the axis is left alone. The grid snaps
 * the box's top-left corner, so a 3 × 3 m booth lands on whole metres.
 */
export function snapBox(moving: BBox, targets: readonly BBox[], opts: SnapOptions): SnapResult {
  const tol = toleranceMetres(opts.tolerancePx, opts.pixelsPerMetre);
  const out: SnapResult = { dx: 0, dy: 0, x: null, y: null, guides: [] };
  for (const axis of ['x', 'y'] as const) {
    const edge = opts.edges === false ? null : snapAxis(moving, targets, axis, tol);
    const lo = axis === 'x' ? moving.minX : moving.minY;
    let delta = 0;
    let kind: 'edge' | 'grid' | null = null;
    if (edge !== null) {
      delta = edge;
      kind = 'edge';
    } else if (opts.grid > 0) {
      delta = snapToGrid(lo, opts.grid) - lo;
      kind = 'grid';
    }
    if (axis === 'x') {
      out.dx = delta;
      out.x = kind;
    } else {
      out.dy = delta;
      out.y = kind;
    }
  }
  const snapped = { minX: moving.minX + out.dx, maxX: moving.maxX + out.dx, minY: moving.minY + out.dy, maxY: moving.maxY + out.dy };
  if (out.x === 'edge') out.guides.push(...guidesFor(snapped, targets, 'x'));
  if (out.y === 'edge') out.guides.push(...guidesFor(snapped, targets, 'y'));
  return out;
}

/** Snaps a single point (a vertex being drawn) to nearby edge lines, else the grid. */
export function snapPoint(p: Point, targets: readonly BBox[], opts: SnapOptions): { point: Point; guides: SnapGuide[] } {
  const r = snapBox({ minX: p[0], minY: p[1], maxX: p[0], maxY: p[1] }, targets, opts);
  return { point: [p[0] + r.dx, p[1] + r.dy], guides: r.guides };
}
