import type { Booth, Facility } from '../model/entities';
import type { Point } from '../model/primitives';
import type { Project } from '../model/project';
import { bboxOf, pointInPolygon, rectCorners, unionBBox, type BBox } from '../geometry/polygon';
import { ADJACENCY_TOLERANCE, outwardNormal } from '../geometry/adjacency';
import { polygonInside, polygonsOverlap, preparePolygon, type PreparedPolygon } from '../geometry/overlap';
import { SpatialIndex } from '../geometry/spatial';
import { numberKey } from './numbering';
import { bboxCentre, boothBBox, facilityPolygons } from './scene';
import { hallOverlaps } from './hall-overlaps';

export const LAYOUT_PROBLEM_CODES = ['overlap', 'outside-hall', 'over-column', 'duplicate-number', 'narrow-aisle', 'exit-blocked', 'halls-overlap'] as const;
export type LayoutProblemCode = (typeof LAYOUT_PROBLEM_CODES)[number];

/** One finding of the layout check; the editor lists it and zooms to `at` / `bbox`. */
export interface LayoutProblem {
  code: LayoutProblemCode;
  hallId: string;
  boothIds: string[];
  facilityIds: string[];
  /** Where to centre the view, hall metres. */
  at: Point;
  /** What to frame. */
  bbox: BBox;
  /** Halls overlapping: the other hall of the pair (`hallId` is the first, by order). */
  otherHallId?: string;
  /** Values for the message: booth numbers, measured gap, required width … */
  detail: Record<string, string | number>;
  /**
   * For a narrow aisle: the booth the finding is about (`boothIds[0]`) faces each of these
   * across too narrow a gangway, narrowest first. One finding per booth, however many sides.
   */
  aisles?: NarrowAisle[];
}

/** One too-narrow gangway between the booth of a finding and a neighbour. */
export interface NarrowAisle {
  boothId: string;
  number: string;
  /** Measured width, metres (two decimals). */
  gap: number;
}

export interface LayoutCheckOptions {
  /** Narrowest allowed gangway between facing booths, metres (default: the show's `minAisle`, else 3). */
  minAisle?: number;
  /** Depth kept clear in front of exits and entrances, metres (default 2). */
  exitClearance?: number;
  /** Check only these halls (default all). */
  hallIds?: readonly string[];
}

/** Facing booths whose edges run within this angle of parallel count as the two sides of an aisle. */
const FACING_COS = Math.cos((5 * Math.PI) / 180);
/** Edges must face each other over at least this length (metres) to form an aisle, not just a corner. */
const MIN_FACING = 0.5;

interface Edge {
  a: Point;
  b: Point;
  len: number;
  /** Unit direction a→b and outward normal. */
  ux: number;
  uy: number;
  nx: number;
  ny: number;
}

interface PreparedBooth {
  booth: Booth;
  poly: PreparedPolygon;
  edges: Edge[];
}

/** Edges of a clockwise (y-down) outline with their outward normals, worked out once per booth. */
function edgesOf(points: readonly Point[]): Edge[] {
  const out: Edge[] = [];
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (len === 0) continue;
    const ux = (b[0] - a[0]) / len;
    const uy = (b[1] - a[1]) / len;
    out.push({ a, b, len, ux, uy, nx: uy, ny: -ux });
  }
  return out;
}

function intersectBBox(a: BBox, b: BBox): BBox {
  return { minX: Math.max(a.minX, b.minX), minY: Math.max(a.minY, b.minY), maxX: Math.min(a.maxX, b.maxX), maxY: Math.min(a.maxY, b.maxY) };
}

const round2 = (v: number) => Math.round(v * 100) / 100;

/**
 * The narrowest aisle between two booths: a pair of their edges that face each other
 * (antiparallel outward normals) across a gap wider than touching and narrower than
 * `minAisle`, overlapping by at least MIN_FACING along their length, with the middle of the
 * gap not inside some other booth.
 */
function narrowestAisle(a: PreparedBooth, b: PreparedBooth, minAisle: number, occupied: (p: Point, skip: Set<string>) => boolean): { gap: number; corridor: Point[] } | null {
  let best: { gap: number; corridor: Point[] } | null = null;
  for (const ea of a.edges) {
    if (ea.len < MIN_FACING) continue;
    const a1 = ea.a;
    for (const eb of b.edges) {
      if (ea.nx * eb.nx + ea.ny * eb.ny > -FACING_COS) continue;
      const b1 = eb.a;
      const b2 = eb.b;
      const g1 = (b1[0] - a1[0]) * ea.nx + (b1[1] - a1[1]) * ea.ny;
      const g2 = (b2[0] - a1[0]) * ea.nx + (b2[1] - a1[1]) * ea.ny;
      const gap = (g1 + g2) / 2;
      if (gap <= ADJACENCY_TOLERANCE || gap >= minAisle) continue;
      const t1 = (b1[0] - a1[0]) * ea.ux + (b1[1] - a1[1]) * ea.uy;
      const t2 = (b2[0] - a1[0]) * ea.ux + (b2[1] - a1[1]) * ea.uy;
      const from = Math.max(0, Math.min(t1, t2));
      const to = Math.min(ea.len, Math.max(t1, t2));
      if (to - from < MIN_FACING) continue;
      if (best && best.gap <= gap) continue;
      const p0: Point = [a1[0] + ea.ux * from, a1[1] + ea.uy * from];
      const p1: Point = [a1[0] + ea.ux * to, a1[1] + ea.uy * to];
      const corridor: Point[] = [p0, p1, [p1[0] + ea.nx * gap, p1[1] + ea.ny * gap], [p0[0] + ea.nx * gap, p0[1] + ea.ny * gap]];
      const mid: Point = [(p0[0] + p1[0]) / 2 + (ea.nx * gap) / 2, (p0[1] + p1[1]) / 2 + (ea.ny * gap) / 2];
      if (occupied(mid, new Set([a.booth.id, b.booth.id]))) continue;
      best = { gap, corridor };
    }
  }
  return best;
}

interface AislePair {
  a: Booth;
  b: Booth;
  gap: number;
  box: BBox;
}

/**
 * One finding per booth rather than per pair: a booth pushed into an aisle faces four
 * neighbours, and is one mistake. The booth with the most narrow aisles takes all of its
 * pairs, then the next among those left (ties by the order the pairs were found).
 */
function groupNarrowAisles(hallId: string, pairs: AislePair[], minAisle: number, out: LayoutProblem[]): void {
  const byBooth = new Map<string, { booth: Booth; pairs: number[] }>();
  pairs.forEach((p, i) => {
    for (const bo of [p.a, p.b]) {
      const entry = byBooth.get(bo.id);
      if (entry) entry.pairs.push(i);
      else byBooth.set(bo.id, { booth: bo, pairs: [i] });
    }
  });
  // Most narrow aisles first; Map order (first found) breaks ties, as sort is stable.
  const order = [...byBooth.values()].sort((x, y) => y.pairs.length - x.pairs.length);
  const taken = new Set<number>();
  for (const { booth, pairs: mine } of order) {
    const free = mine.filter((i) => !taken.has(i));
    if (!free.length) continue;
    for (const i of free) taken.add(i);
    const aisles: NarrowAisle[] = free
      .map((i) => {
        const p = pairs[i]!;
        const other = p.a.id === booth.id ? p.b : p.a;
        return { boothId: other.id, number: other.number, gap: p.gap };
      })
      .sort((x, y) => x.gap - y.gap);
    const box = free.map((i) => pairs[i]!.box).reduce(unionBBox);
    out.push({
      code: 'narrow-aisle',
      hallId,
      boothIds: [booth.id, ...aisles.map((x) => x.boothId)],
      facilityIds: [],
      at: bboxCentre(box),
      bbox: box,
      detail: { number: booth.number, a: booth.number, b: aisles[0]!.number, gap: aisles[0]!.gap, minAisle, count: aisles.length },
      aisles,
    });
  }
}

/**
 * Areas to keep clear in front of a door: for each long side of an exit drawn as a rectangle
 * (every side of a square one), or each side of an exit drawn as a line, the strip `depth`
 * deep on the side that lies inside the hall.
 */
export function exitClearZones(f: Facility, outline: readonly Point[], depth: number): Point[][] {
  const candidates: { p: Point; q: Point; n: Point }[] = [];
  if (f.shape.type === 'rect') {
    const c = rectCorners(f.shape);
    const square = Math.abs(f.shape.w - f.shape.h) < 1e-6;
    const edges = square ? [0, 1, 2, 3] : f.shape.w > f.shape.h ? [0, 2] : [1, 3];
    for (const i of edges) candidates.push({ p: c[i]!, q: c[(i + 1) % 4]!, n: outwardNormal(c, i) });
  } else {
    const h = f.shape.thickness / 2;
    const pts = f.shape.points;
    for (let i = 0; i + 1 < pts.length; i++) {
      const a = pts[i]!;
      const b = pts[i + 1]!;
      const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (len === 0) continue;
      for (const s of [1, -1]) {
        const n: Point = [(s * -(b[1] - a[1])) / len, (s * (b[0] - a[0])) / len];
        candidates.push({ p: [a[0] + n[0] * h, a[1] + n[1] * h], q: [b[0] + n[0] * h, b[1] + n[1] * h], n });
      }
    }
  }
  const zone = ({ p, q, n }: { p: Point; q: Point; n: Point }): Point[] => [p, q, [q[0] + n[0] * depth, q[1] + n[1] * depth], [p[0] + n[0] * depth, p[1] + n[1] * depth]];
  const inside = candidates.filter(({ p, q, n }) => {
    const probe = Math.min(depth / 2, 0.5);
    return pointInPolygon([(p[0] + q[0]) / 2 + n[0] * probe, (p[1] + q[1]) / 2 + n[1] * probe], outline);
  });
  return (inside.length ? inside : candidates).map(zone);
}

function checkHall(doc: Project, hallId: string, booths: Booth[], opts: Required<Omit<LayoutCheckOptions, 'hallIds'>>, out: LayoutProblem[]): void {
  const hall = doc.halls[hallId]!;
  const outline = preparePolygon(hall.outline);
  const prepared: PreparedBooth[] = booths.map((booth) => {
    const poly = preparePolygon(booth.shape.type === 'rect' ? rectCorners(booth.shape) : booth.shape.points);
    return { booth, poly, edges: edgesOf(poly.points) };
  });
  const byId = new Map(prepared.map((p, i) => [p.booth.id, { p, i }]));
  const index = SpatialIndex.from(prepared.map((p) => ({ id: p.booth.id, bbox: p.poly.bbox })));
  const narrow: AislePair[] = [];
  const occupied = (pt: Point, skip: Set<string>) =>
    index.search({ minX: pt[0], minY: pt[1], maxX: pt[0], maxY: pt[1] }).some((id) => !skip.has(id) && pointInPolygon(pt, byId.get(id)!.p.poly.points));

  prepared.forEach((a, i) => {
    if (!polygonInside(a.poly, outline)) {
      out.push({ code: 'outside-hall', hallId, boothIds: [a.booth.id], facilityIds: [], at: bboxCentre(a.poly.bbox), bbox: a.poly.bbox, detail: { number: a.booth.number } });
    }
    for (const id of index.search(a.poly.bbox, opts.minAisle)) {
      const other = byId.get(id)!;
      if (other.i <= i) continue;
      const b = other.p;
      if (polygonsOverlap(a.poly, b.poly)) {
        const box = intersectBBox(a.poly.bbox, b.poly.bbox);
        out.push({ code: 'overlap', hallId, boothIds: [a.booth.id, b.booth.id], facilityIds: [], at: bboxCentre(box), bbox: box, detail: { a: a.booth.number, b: b.booth.number } });
        continue;
      }
      const aisle = narrowestAisle(a, b, opts.minAisle, occupied);
      if (aisle) narrow.push({ a: a.booth, b: b.booth, gap: round2(aisle.gap), box: bboxOf(aisle.corridor) });
    }
  });
  groupNarrowAisles(hallId, narrow, opts.minAisle, out);

  for (const f of Object.values(doc.facilities)) {
    if (f.hallId !== hallId) continue;
    if (f.kind === 'column') {
      for (const poly of facilityPolygons(f)) {
        const col = preparePolygon(poly);
        for (const id of index.search(col.bbox)) {
          const b = byId.get(id)!.p;
          if (!polygonsOverlap(col, b.poly)) continue;
          out.push({ code: 'over-column', hallId, boothIds: [id], facilityIds: [f.id], at: bboxCentre(col.bbox), bbox: unionBBox(col.bbox, b.poly.bbox), detail: { number: b.booth.number } });
        }
      }
    } else if (f.kind === 'exit' || f.kind === 'entrance') {
      const blocking = new Set<string>();
      let box: BBox | null = null;
      for (const zonePts of exitClearZones(f, hall.outline, opts.exitClearance)) {
        const zone = preparePolygon(zonePts);
        box = box ? unionBBox(box, zone.bbox) : zone.bbox;
        for (const id of index.search(zone.bbox)) if (polygonsOverlap(zone, byId.get(id)!.p.poly)) blocking.add(id);
      }
      if (blocking.size && box) {
        out.push({
          code: 'exit-blocked',
          hallId,
          boothIds: [...blocking],
          facilityIds: [f.id],
          at: bboxCentre(box),
          bbox: box,
          detail: { kind: f.kind, clearance: opts.exitClearance, numbers: [...blocking].map((id) => byId.get(id)!.p.booth.number).join(', ') },
        });
      }
    }
  }
}

/**
 * Checks a show's layout: booths overlapping each other or columns, sticking out of their
 * hall, sharing a number (numbers are unique show-wide), facing each other across a gangway
 * narrower than `minAisle` (booths that touch are fine), or standing in the clear zone in
 * front of an exit or entrance; halls of one level overlapping on the site. Uses an R-tree per hall, so 7,500 booths take tens of
 * milliseconds. Problems come hall by hall, in a stable order.
 */
export function checkLayout(doc: Project, opts: LayoutCheckOptions = {}): LayoutProblem[] {
  const full = { minAisle: opts.minAisle ?? doc.settings.minAisle ?? 3, exitClearance: opts.exitClearance ?? 2 };
  const wanted = opts.hallIds ? new Set(opts.hallIds) : null;
  const byHall = new Map<string, Booth[]>();
  for (const b of Object.values(doc.booths)) {
    if (wanted && !wanted.has(b.hallId)) continue;
    let list = byHall.get(b.hallId);
    if (!list) byHall.set(b.hallId, (list = []));
    list.push(b);
  }
  const out: LayoutProblem[] = [];
  const halls = Object.values(doc.halls)
    .filter((h) => !wanted || wanted.has(h.id))
    .sort((a, b) => a.order - b.order);
  for (const h of halls) checkHall(doc, h.id, byHall.get(h.id) ?? [], full, out);
  out.push(...hallOverlaps(doc, wanted));

  const byNumber = new Map<string, Booth[]>();
  for (const list of byHall.values()) {
    for (const b of list) {
      const k = numberKey(b.number);
      const same = byNumber.get(k);
      if (same) same.push(b);
      else byNumber.set(k, [b]);
    }
  }
  if (wanted) {
    // A number is also a duplicate when its twin sits in a hall outside the checked set.
    for (const b of Object.values(doc.booths)) {
      if (wanted.has(b.hallId)) continue;
      byNumber.get(numberKey(b.number))?.push(b);
    }
  }
  for (const same of byNumber.values()) {
    if (same.length < 2) continue;
    const first = same[0]!;
    const here = same.filter((b) => b.hallId === first.hallId);
    const box = here.map(boothBBox).reduce(unionBBox);
    out.push({
      code: 'duplicate-number',
      hallId: first.hallId,
      boothIds: same.map((b) => b.id),
      facilityIds: [],
      at: bboxCentre(boothBBox(first)),
      bbox: box,
      detail: { number: first.number, count: same.length },
    });
  }
  return out;
}
