import { BoothAdjacency } from '../assignment/adjacency';
import { exhibitorIndex } from '../assignment/by-exhibitor';
import type { Project } from '../model/project';
import { placementReasons } from './explain';
import { Floor } from './floor';
import { buildProblem, drawOrder, placedExhibitors, satisfaction, zoneAllows } from './problem';
import { priorityOf } from './priority';
import type { Reason } from './types';

export interface WaitlistEntry {
  exhibitorId: string;
  priority: number;
  /** No booth yet, or has booths but less area than requested. */
  kind: 'no-booth' | 'more-area';
  requestedArea: number | null;
  assignedArea: number;
}

/** Exhibitors waiting for space, highest priority first (then earlier deposit, then id). */
export function waitlist(doc: Project): WaitlistEntry[] {
  const placed = placedExhibitors(doc);
  const index = exhibitorIndex(doc);
  const rules = doc.settings.allocation.points;
  const out: (WaitlistEntry & { deposit: string })[] = [];
  for (const ex of Object.values(doc.exhibitors)) {
    const mine = index.byExhibitor.get(ex.id);
    const area = mine?.assignedArea ?? 0;
    const req = ex.requested.areaSqm;
    const base = { exhibitorId: ex.id, priority: priorityOf(ex, rules).points, requestedArea: req, assignedArea: area, deposit: ex.allocation.depositDate ?? '9999' };
    if (!placed.has(ex.id)) out.push({ ...base, kind: 'no-booth' });
    else if (mine?.assigned.length && req !== null && area < req * (1 - doc.settings.allocation.areaTolerance) - 1e-9) out.push({ ...base, kind: 'more-area' });
  }
  out.sort((a, b) => b.priority - a.priority || (a.deposit < b.deposit ? -1 : a.deposit > b.deposit ? 1 : a.exhibitorId < b.exhibitorId ? -1 : 1));
  return out.map(({ deposit: _d, ...e }) => e);
}

export interface ReleasedFit {
  exhibitorId: string;
  priority: number;
  kind: WaitlistEntry['kind'];
  /** The booths to offer: the released one, with free neighbours when more are needed. */
  boothIds: string[];
  reasons: Reason[];
}

/**
 * The best fits from the waitlist for a booth that has just become free: exhibitors without a
 * booth whose request a block containing it meets under every hard rule, and exhibitors short
 * of area whose booths it touches (in a zone that allows them). Waitlist order.
 */
export function fitsForReleasedBooth(doc: Project, boothId: string, limit = 5): ReleasedFit[] {
  const booth = doc.booths[boothId];
  if (!booth || booth.status !== 'available' || doc.assignments[boothId]) return [];
  const list = waitlist(doc);
  const out: ReleasedFit[] = [];
  const waiting = list.filter((w) => w.kind === 'no-booth').map((w) => w.exhibitorId);
  if (waiting.length) {
    const p = buildProblem(doc, { hallId: booth.hallId, exhibitorIds: waiting });
    const at = p.idxOf.get(boothId)!;
    const floor = new Floor(p);
    for (const s of drawOrder(p.seekers)) {
      let best = -1;
      let bestSat = -1;
      for (const bi of s.candidates) {
        const block = p.blocks[bi]!;
        if (!block.booths.includes(at) || floor.fits(s, block) !== 'ok') continue;
        const sat = satisfaction(p, s, block);
        if (sat > bestSat) [best, bestSat] = [bi, sat];
      }
      if (best < 0) continue;
      const block = p.blocks[best]!;
      out.push({ exhibitorId: s.ex.id, priority: s.priority.points, kind: 'no-booth', boothIds: block.booths.map((i) => p.infos[i]!.booth.id), reasons: placementReasons(p, s, block) });
    }
  }
  const adjacency = new BoothAdjacency(doc.booths);
  const neighbours = new Set(adjacency.neighbours(boothId));
  const zone = booth.zoneId ? doc.zones[booth.zoneId] : undefined;
  const index = exhibitorIndex(doc);
  for (const w of list) {
    if (w.kind !== 'more-area') continue;
    const ex = doc.exhibitors[w.exhibitorId]!;
    if (zone && !zoneAllows(zone, ex)) continue;
    const mine = index.byExhibitor.get(ex.id)?.assigned ?? [];
    if (!mine.some((b) => neighbours.has(b.id))) continue;
    out.push({
      exhibitorId: ex.id,
      priority: w.priority,
      kind: 'more-area',
      boothIds: [boothId],
      reasons: [{ code: 'adjacent', args: { booth: booth.number, area: w.assignedArea, requestedArea: w.requestedArea ?? 0 }, message: `touches its booths; it has ${w.assignedArea} of ${w.requestedArea} m² requested` }],
    });
  }
  out.sort((a, b) => list.findIndex((w) => w.exhibitorId === a.exhibitorId) - list.findIndex((w) => w.exhibitorId === b.exhibitorId));
  return out.slice(0, limit);
}
