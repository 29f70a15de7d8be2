import type { Booth, Exhibitor, RateCard, Zone } from '../../shared/model/entities';
import type { Project } from '../../shared/model/project';
import { shapeArea, shapeBBox } from '../../shared/geometry/polygon';
import { boothPrice as priceOf } from '../../shared/dashboard/pricing';

export interface BoothPrice {
  amount: number;
  /** `override` when the booth carries its own price, else computed from the rate card. */
  source: 'rate-card' | 'override';
}

/** Width and depth in metres: the rectangle's sides, or a polygon's bounding box. */
export function boothSize(b: Booth): { w: number; h: number } {
  if (b.shape.type === 'rect') return { w: b.shape.w, h: b.shape.h };
  const bb = shapeBBox(b.shape);
  return { w: bb.maxX - bb.minX, h: bb.maxY - bb.minY };
}

export function boothArea(b: Booth): number {
  return shapeArea(b.shape);
}

/** The booth's price (shared rule: override, else rate card) and where it comes from. */
export function boothPrice(b: Booth, card: RateCard): BoothPrice {
  return { amount: priceOf(b, card), source: b.priceOverride !== null ? 'override' : 'rate-card' };
}

export function assignedExhibitor(p: Project, boothId: string): Exhibitor | null {
  const a = p.assignments[boothId];
  return a ? (p.exhibitors[a.exhibitorId] ?? null) : null;
}

/** The exhibitor a hold or reservation is for, if any. */
export function claimExhibitor(p: Project, b: Booth): Exhibitor | null {
  const id = b.claim?.exhibitorId;
  return id ? (p.exhibitors[id] ?? null) : null;
}

export function boothZone(p: Project, b: Booth): Zone | null {
  return b.zoneId ? (p.zones[b.zoneId] ?? null) : null;
}

/** Booths per hall, for the halls panel. */
export function boothCountsByHall(p: Pick<Project, 'booths'>): Map<string, number> {
  const out = new Map<string, number>();
  for (const b of Object.values(p.booths)) out.set(b.hallId, (out.get(b.hallId) ?? 0) + 1);
  return out;
}

/** Booth ids per exhibitor, from the assignments. */
export function boothsByExhibitor(p: Pick<Project, 'assignments'>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of Object.values(p.assignments)) {
    const list = out.get(a.exhibitorId);
    if (list) list.push(a.boothId);
    else out.set(a.exhibitorId, [a.boothId]);
  }
  return out;
}
