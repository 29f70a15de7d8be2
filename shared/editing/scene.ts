import type { Booth, Facility, Hall } from '../model/entities';
import type { Point } from '../model/primitives';
import type { Project } from '../model/project';
import { bboxOf, rectCorners, shapePolygon, unionBBox, type BBox } from '../geometry/polygon';
import { polygonInside, preparePolygon, type PreparedPolygon } from '../geometry/overlap';
import { SpatialIndex } from '../geometry/spatial';
import { refuse, type Refusal } from './result';

/** What a command acts on: booths and facilities by id. */
export interface Selection {
  boothIds?: readonly string[];
  facilityIds?: readonly string[];
}

export function boothPolygon(b: Pick<Booth, 'shape'>): Point[] {
  return shapePolygon(b.shape);
}

export function boothBBox(b: Pick<Booth, 'shape'>): BBox {
  return bboxOf(boothPolygon(b));
}

/** The quad a stretch of thick line covers. */
function segmentQuad(a: Point, b: Point, thickness: number): Point[] | null {
  const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (len === 0) return null;
  const h = thickness / 2;
  const nx = (-(b[1] - a[1]) / len) * h;
  const ny = ((b[0] - a[0]) / len) * h;
  return [
    [a[0] + nx, a[1] + ny],
    [b[0] + nx, b[1] + ny],
    [b[0] - nx, b[1] - ny],
    [a[0] - nx, a[1] - ny],
  ];
}

/** The areas a facility covers: its rectangle, or one quad per stretch of a thick line. */
export function facilityPolygons(f: Pick<Facility, 'shape'>): Point[][] {
  const s = f.shape;
  if (s.type === 'rect') return [rectCorners(s)];
  const out: Point[][] = [];
  for (let i = 0; i + 1 < s.points.length; i++) {
    const q = segmentQuad(s.points[i]!, s.points[i + 1]!, s.thickness);
    if (q) out.push(q);
  }
  return out;
}

export function facilityBBox(f: Pick<Facility, 'shape'>): BBox {
  const s = f.shape;
  if (s.type === 'rect') return bboxOf(rectCorners(s));
  const b = bboxOf(s.points);
  const h = s.thickness / 2;
  return { minX: b.minX - h, minY: b.minY - h, maxX: b.maxX + h, maxY: b.maxY + h };
}

export function bboxCentre(b: BBox): Point {
  return [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
}

export interface ResolvedSelection {
  booths: Booth[];
  facilities: Facility[];
}

/** Looks the selection up, refusing an empty one or ids that are not in the document. */
export function resolveSelection(doc: Project, sel: Selection): ResolvedSelection | Refusal {
  const boothIds = [...new Set(sel.boothIds ?? [])];
  const facilityIds = [...new Set(sel.facilityIds ?? [])];
  if (boothIds.length === 0 && facilityIds.length === 0) return refuse('nothing-selected');
  const missingB = boothIds.filter((id) => !doc.booths[id]);
  if (missingB.length) return refuse('booth-not-found', { boothIds: missingB });
  const missingF = facilityIds.filter((id) => !doc.facilities[id]);
  if (missingF.length) return refuse('facility-not-found', { facilityIds: missingF });
  return { booths: boothIds.map((id) => doc.booths[id]!), facilities: facilityIds.map((id) => doc.facilities[id]!) };
}

export function itemBBox(item: Booth | Facility): BBox {
  return 'number' in item ? boothBBox(item) : facilityBBox(item);
}

export function selectionBBox(sel: ResolvedSelection): BBox | null {
  let box: BBox | null = null;
  for (const item of [...sel.booths, ...sel.facilities]) {
    const b = itemBBox(item);
    box = box ? unionBBox(box, b) : b;
  }
  return box;
}

export function boothsInHall(doc: Project, hallId: string): Booth[] {
  return Object.values(doc.booths).filter((b) => b.hallId === hallId);
}

/** R-tree of a hall's booths by bounding box, for neighbour queries. */
export function hallBoothIndex(doc: Project, hallId: string): SpatialIndex {
  return SpatialIndex.from(boothsInHall(doc, hallId).map((b) => ({ id: b.id, bbox: boothBBox(b) })));
}

/** Prepared hall outlines, computed once per command rather than once per booth. */
export class HallOutlines {
  private readonly cache = new Map<string, PreparedPolygon>();

  constructor(private readonly halls: Record<string, Hall>) {}

  get(hallId: string): PreparedPolygon | null {
    const cached = this.cache.get(hallId);
    if (cached) return cached;
    const hall = this.halls[hallId];
    if (!hall) return null;
    const p = preparePolygon(hall.outline);
    this.cache.set(hallId, p);
    return p;
  }

  /** The booth lies within its hall's outline (walls count as inside). */
  contains(b: Pick<Booth, 'hallId' | 'shape'>): boolean {
    const outline = this.get(b.hallId);
    return outline ? polygonInside(boothPolygon(b), outline) : false;
  }
}

/**
 * Booths a command moved out of their hall. Only those that were inside before count, so a
 * booth already outside (an imported plan) can still be dragged back in step by step.
 */
export function leftTheHall(doc: Project, pairs: readonly { before: Booth | null; after: Booth }[]): string[] {
  const outlines = new HallOutlines(doc.halls);
  const out: string[] = [];
  for (const { before, after } of pairs) {
    if (before && before.hallId === after.hallId && !outlines.contains(before)) continue;
    if (!outlines.contains(after)) out.push(after.id);
  }
  return out;
}
