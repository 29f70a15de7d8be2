import type { Booth, Facility } from '../model/entities';
import type { AreaShape, Point } from '../model/primitives';
import type { Project } from '../model/project';
import { newId } from '../model/ids';
import { operation } from '../ops/build';
import { bboxOf, centroid, pointInPolygon, polygonArea, type BBox } from '../geometry/polygon';
import { preparePolygon, polygonsOverlap, type PreparedPolygon } from '../geometry/overlap';
import { clockwise, dedupePoints, polygonProblem, simplifyPolygon } from '../geometry/validity';
import { boothPolygon, HallOutlines } from '../editing/scene';
import { newBooth } from '../editing/factory';
import { withDerivedTypes } from '../editing/derive';
import { MIN_BOOTH_SIDE } from '../editing/limits';
import { formatBoothNumber, isSkipped, numberKey, numberProblem, takenNumbers, type NumberingScheme } from '../editing/numbering';
import { refuse, type EditResult } from '../editing/result';
import { roundPoint } from '../editing/shape-ops';
import type { VectorDrawing } from './compact';

/** What closed polylines of a drawing can become. */
export const CONVERT_TARGETS = ['booths', 'columns', 'walls', 'hall-outline'] as const;
export type ConvertTarget = (typeof CONVERT_TARGETS)[number];

/** Why a selected path was not converted. */
export type ConvertSkip = 'open' | 'self-intersecting' | 'too-small' | 'too-many-points' | 'overlaps-booth' | 'outside-hall' | 'not-largest';

/** Where a drawing lies in its hall: unit (u, v) is at (x, y) + R(rotation)·(u, v)·mpp hall metres. */
export interface DrawingFrame {
  x: number;
  y: number;
  mpp: number;
  /** Degrees clockwise on screen (the drawing's own turn in its hall), default 0. */
  rotation?: number;
}

/** A drawing point in hall metres. */
export function toHall(f: DrawingFrame, u: number, v: number): Point {
  if (!f.rotation) return [f.x + u * f.mpp, f.y + v * f.mpp];
  const r = (f.rotation * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  return [f.x + (u * c - v * s) * f.mpp, f.y + (u * s + v * c) * f.mpp];
}

/** A drawing's paths with their points decoded once. */
export interface DrawingPaths {
  drawing: VectorDrawing;
  xy: Float32Array;
  starts: Uint32Array;
}

export interface ConvertItem {
  path: number;
  points: Point[];
  /** Booths: the number, and whether it came from a text inside. */
  number?: string;
  fromText?: boolean;
}

export interface ConversionPlan {
  target: ConvertTarget;
  hallId: string;
  made: ConvertItem[];
  skipped: { path: number; reason: ConvertSkip }[];
}

/** Points of path `i` in hall metres, without a repeated closing point. */
export function pathPoints(p: DrawingPaths, i: number, f: DrawingFrame): Point[] {
  const s = p.starts[i]!;
  const n = p.drawing.paths.count[i]!;
  const out: Point[] = [];
  for (let j = 0; j < n; j++) out.push(toHall(f, p.xy[2 * (s + j)]!, p.xy[2 * (s + j) + 1]!));
  return out;
}

/** Paths on the given layers. */
export function pathsOnLayers(d: VectorDrawing, layers: readonly string[]): number[] {
  const want = new Set(layers);
  const out: number[] = [];
  d.paths.layer.forEach((l, i) => {
    if (want.has(d.layers[l]?.name ?? '')) out.push(i);
  });
  return out;
}

/** Paths lying wholly inside a rectangle (hall metres), as a selection band picks them. */
export function pathsInRect(p: DrawingPaths, f: DrawingFrame, r: BBox, candidates?: readonly number[]): number[] {
  const out: number[] = [];
  const all = candidates ?? p.drawing.paths.count.map((_, i) => i);
  for (const i of all) {
    const b = bboxOf(pathPoints(p, i, f));
    if (b.minX >= r.minX && b.maxX <= r.maxX && b.minY >= r.minY && b.maxY <= r.maxY) out.push(i);
  }
  return out;
}

/** The smallest closed path containing a point (hall metres): what a click on a booth outline means. */
export function closedPathAt(p: DrawingPaths, f: DrawingFrame, at: Point, hidden: ReadonlySet<string> = new Set()): number | null {
  let best: number | null = null;
  let bestArea = Infinity;
  p.drawing.paths.count.forEach((_, i) => {
    if (!isClosed(p, i) || hidden.has(p.drawing.layers[p.drawing.paths.layer[i]!]?.name ?? '')) return;
    const pts = pathPoints(p, i, f);
    const b = bboxOf(pts);
    if (at[0] < b.minX || at[0] > b.maxX || at[1] < b.minY || at[1] > b.maxY || !pointInPolygon(at, pts)) return;
    const a = Math.abs(polygonArea(pts));
    if (a < bestArea) {
      bestArea = a;
      best = i;
    }
  });
  return best;
}

function isClosed(p: DrawingPaths, i: number): boolean {
  if (p.drawing.paths.closed[i]) return true;
  // An open polyline whose ends meet (within 1 mm-ish of the drawing's units) is closed too.
  const s = p.starts[i]!;
  const e = s + p.drawing.paths.count[i]! - 1;
  const tol = Math.max(p.drawing.width, p.drawing.height) * 1e-7;
  return Math.abs(p.xy[2 * s]! - p.xy[2 * e]!) <= tol && Math.abs(p.xy[2 * s + 1]! - p.xy[2 * e + 1]!) <= tol;
}

/** An axis-aligned rectangle stays a rect shape (editable as one); anything else a polygon. */
function areaShape(points: Point[]): AreaShape {
  const b = bboxOf(points);
  const eps = 1e-6 * Math.max(1, b.maxX - b.minX, b.maxY - b.minY);
  const onBox = (q: Point) => (Math.abs(q[0] - b.minX) <= eps || Math.abs(q[0] - b.maxX) <= eps) && (Math.abs(q[1] - b.minY) <= eps || Math.abs(q[1] - b.maxY) <= eps);
  if (points.length === 4 && points.every(onBox)) return { type: 'rect', x: round(b.minX), y: round(b.minY), w: round(b.maxX - b.minX), h: round(b.maxY - b.minY), rotation: 0 };
  return { type: 'polygon', points: clockwise(points).map(roundPoint) };
}

const round = (v: number) => Math.round(v * 1e4) / 1e4;

/** The closed outline of a path, or why not. */
function outlineOf(p: DrawingPaths, i: number, f: DrawingFrame): Point[] | ConvertSkip {
  if (!isClosed(p, i)) return 'open';
  let pts = dedupePoints(pathPoints(p, i, f));
  if (pts.length > 1 && pts[0]![0] === pts[pts.length - 1]![0] && pts[0]![1] === pts[pts.length - 1]![1]) pts = pts.slice(0, -1);
  pts = simplifyPolygon(pts);
  if (pts.length > 1000) return 'too-many-points';
  const problem = polygonProblem(pts);
  if (problem === 'self-intersecting') return 'self-intersecting';
  if (problem) return 'too-small';
  return pts;
}

/** A text inside the outline, nearest its centre: the booth's number as drawn. */
function numberInside(d: VectorDrawing, f: DrawingFrame, pts: Point[]): string | null {
  const b = bboxOf(pts);
  const c = centroid(pts);
  let best: string | null = null;
  let bestD = Infinity;
  for (const t of d.texts) {
    const at = toHall(f, t.x, t.y);
    if (at[0] < b.minX || at[0] > b.maxX || at[1] < b.minY || at[1] > b.maxY || !pointInPolygon(at, pts)) continue;
    const s = t.s.split('\n')[0]!.trim();
    if (!s || numberProblem(s)) continue;
    const dist = Math.hypot(at[0] - c[0], at[1] - c[1]);
    if (dist < bestD) {
      bestD = dist;
      best = s;
    }
  }
  return best;
}

/**
 * What converting the selected paths would do, before anything changes (the dialog's
 * preview). Booths take the number written inside them, else the next free number of the
 * scheme in reading order; a path is skipped when it is open, crosses itself, is too small,
 * leaves the hall or overlaps a booth (one already there or one made from an earlier path).
 */
export function planConversion(doc: Project, hallId: string, p: DrawingPaths, f: DrawingFrame, paths: readonly number[], target: ConvertTarget, scheme: NumberingScheme): ConversionPlan {
  const plan: ConversionPlan = { target, hallId, made: [], skipped: [] };
  const hall = doc.halls[hallId];
  if (!hall) return plan;
  const unique = [...new Set(paths)].sort((a, b) => a - b);
  if (target === 'walls') {
    for (const i of unique) {
      const pts = dedupePoints(pathPoints(p, i, f));
      if (pts.length < 2) plan.skipped.push({ path: i, reason: 'too-small' });
      else if (pts.length > 999) plan.skipped.push({ path: i, reason: 'too-many-points' });
      else plan.made.push({ path: i, points: isClosed(p, i) && !p.drawing.paths.closed[i] ? pts : p.drawing.paths.closed[i] ? [...pts, pts[0]!] : pts });
    }
    return plan;
  }
  const outlines: { path: number; pts: Point[] }[] = [];
  for (const i of unique) {
    const o = outlineOf(p, i, f);
    if (typeof o === 'string') plan.skipped.push({ path: i, reason: o });
    else outlines.push({ path: i, pts: o });
  }
  if (target === 'hall-outline') {
    outlines.sort((a, b) => Math.abs(polygonArea(b.pts)) - Math.abs(polygonArea(a.pts)));
    const [first, ...rest] = outlines;
    if (first) plan.made.push({ path: first.path, points: clockwise(first.pts) });
    for (const r of rest) plan.skipped.push({ path: r.path, reason: 'not-largest' });
    return plan;
  }
  if (target === 'columns') {
    for (const o of outlines) plan.made.push({ path: o.path, points: o.pts });
    return plan;
  }
  // Booths.
  const halls = new HallOutlines(doc.halls);
  const existing: PreparedPolygon[] = Object.values(doc.booths)
    .filter((b) => b.hallId === hallId)
    .map((b) => preparePolygon(boothPolygon(b)));
  const made: PreparedPolygon[] = [];
  const taken = takenNumbers(doc);
  const accepted: ConvertItem[] = [];
  for (const o of outlines) {
    const b = bboxOf(o.pts);
    if (b.maxX - b.minX < MIN_BOOTH_SIDE || b.maxY - b.minY < MIN_BOOTH_SIDE) {
      plan.skipped.push({ path: o.path, reason: 'too-small' });
      continue;
    }
    const shape = areaShape(o.pts);
    if (!halls.contains({ hallId, shape })) {
      plan.skipped.push({ path: o.path, reason: 'outside-hall' });
      continue;
    }
    const prepared = preparePolygon(boothPolygon({ shape }));
    if (existing.some((e) => polygonsOverlap(prepared, e)) || made.some((e) => polygonsOverlap(prepared, e))) {
      plan.skipped.push({ path: o.path, reason: 'overlaps-booth' });
      continue;
    }
    made.push(prepared);
    const n = numberInside(p.drawing, f, o.pts);
    if (n && !taken.has(numberKey(n))) {
      taken.add(numberKey(n));
      accepted.push({ path: o.path, points: o.pts, number: n, fromText: true });
    } else accepted.push({ path: o.path, points: o.pts });
  }
  // Unnumbered booths in reading order (top to bottom, then left to right, by centre).
  const rest = accepted.filter((a) => !a.number).sort((a, b) => {
    const ca = centroid(a.points);
    const cb = centroid(b.points);
    return Math.abs(ca[1] - cb[1]) > MIN_BOOTH_SIDE / 2 ? ca[1] - cb[1] : ca[0] - cb[0];
  });
  let k = scheme.first;
  for (const a of rest) {
    let num = formatBoothNumber(k, scheme);
    for (let guard = 0; (isSkipped(k, scheme) || taken.has(numberKey(num))) && guard < 100_000; guard++) {
      k += scheme.step || 1;
      num = formatBoothNumber(k, scheme);
    }
    taken.add(numberKey(num));
    a.number = num;
    a.fromText = false;
    k += scheme.step || 1;
  }
  plan.made = accepted;
  return plan;
}

/** The plan as one operation (one undo): booths, columns, walls or the hall's outline. */
export function applyConversion(doc: Project, plan: ConversionPlan): EditResult {
  const hall = doc.halls[plan.hallId];
  if (!hall) return refuse('hall-not-found');
  if (plan.made.length === 0) return refuse('bad-count');
  const builder = operation(doc, 'cadDrawing.ops.convert', { count: plan.made.length });
  if (plan.target === 'hall-outline') {
    builder.put('halls', { ...hall, outline: plan.made[0]!.points.map(roundPoint) });
    return withDerivedTypes(doc, builder).build();
  }
  const ids: string[] = [];
  for (const m of plan.made) {
    if (plan.target === 'booths') {
      const booth: Booth = newBooth({ hallId: hall.id, number: m.number ?? '', shape: areaShape(m.points) });
      builder.put('booths', booth);
      ids.push(booth.id);
    } else {
      const b = bboxOf(m.points);
      const shape: Facility['shape'] =
        plan.target === 'columns'
          ? { type: 'rect', x: round(b.minX), y: round(b.minY), w: Math.max(0.01, round(b.maxX - b.minX)), h: Math.max(0.01, round(b.maxY - b.minY)), rotation: 0 }
          : { type: 'polyline', points: m.points.map(roundPoint), thickness: 0.2 };
      builder.put('facilities', { id: newId('f'), hallId: hall.id, kind: plan.target === 'columns' ? 'column' : 'wall', shape, label: { zh: '', en: '' } });
    }
  }
  return withDerivedTypes(doc, builder, ids).build();
}
