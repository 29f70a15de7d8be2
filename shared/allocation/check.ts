import { BoothAdjacency } from '../assignment/adjacency';
import { shapeArea } from '../geometry/polygon';
import type { Project } from '../model/project';
import { placedExhibitors, zoneAllows } from './problem';
import type { Proposal } from './types';

export type ViolationKind =
  | 'unknown-booth'
  | 'unknown-exhibitor'
  | 'double-booked'
  | 'booth-not-free'
  | 'outside-hall'
  | 'exhibitor-placed'
  | 'exhibitor-twice'
  | 'size'
  | 'not-adjacent'
  | 'zone'
  | 'pavilion'
  | 'competitor';

export interface Violation {
  kind: ViolationKind;
  exhibitorId: string;
  boothIds: string[];
  message: string;
}

/**
 * Checks a proposal against the show it was made for, independently of how it was made: no
 * booth twice, only free booths (never held, reserved, blocked or assigned), no exhibitor who
 * already has space, the requested size within tolerance, booths adjacent, zone sector and
 * country rules, pavilion members inside their pavilion, competitors kept apart.
 */
export function checkProposal(doc: Project, proposal: Proposal): Violation[] {
  const out: Violation[] = [];
  const rules = doc.settings.allocation;
  const seen = new Map<string, string>();
  const exSeen = new Set<string>();
  const already = placedExhibitors(doc);
  const adjacency = new BoothAdjacency(doc.booths);
  const boothsOf = new Map<string, string[]>();
  for (const a of Object.values(doc.assignments)) boothsOf.set(a.exhibitorId, [...(boothsOf.get(a.exhibitorId) ?? []), a.boothId]);
  for (const b of Object.values(doc.booths)) {
    if ((b.status === 'hold' || b.status === 'reserved') && b.claim?.exhibitorId) boothsOf.set(b.claim.exhibitorId, [...(boothsOf.get(b.claim.exhibitorId) ?? []), b.id]);
  }
  for (const pl of proposal.placements) {
    const v = (kind: ViolationKind, message: string, boothIds = pl.boothIds) => out.push({ kind, exhibitorId: pl.exhibitorId, boothIds, message });
    const ex = doc.exhibitors[pl.exhibitorId];
    if (!ex) {
      v('unknown-exhibitor', `exhibitor ${pl.exhibitorId} does not exist`);
      continue;
    }
    if (already.has(ex.id)) v('exhibitor-placed', `${ex.id} already has a booth`);
    if (exSeen.has(ex.id)) v('exhibitor-twice', `${ex.id} is proposed twice`);
    exSeen.add(ex.id);
    const booths = [];
    for (const id of pl.boothIds) {
      const b = doc.booths[id];
      if (!b) {
        v('unknown-booth', `booth ${id} does not exist`, [id]);
        continue;
      }
      booths.push(b);
      const prev = seen.get(id);
      if (prev) v('double-booked', `booth ${b.number} is proposed to ${prev} and ${ex.id}`, [id]);
      seen.set(id, ex.id);
      if (b.status !== 'available' || doc.assignments[id]) v('booth-not-free', `booth ${b.number} is ${b.status}`, [id]);
      if (proposal.hallId && b.hallId !== proposal.hallId) v('outside-hall', `booth ${b.number} is outside the hall`, [id]);
      const z = b.zoneId ? doc.zones[b.zoneId] : undefined;
      if (z && !zoneAllows(z, ex)) v('zone', `zone ${z.name.en} does not allow ${ex.id}`, [id]);
    }
    if (booths.length === 0) continue;
    const area = booths.reduce((s, b) => s + shapeArea(b.shape), 0);
    const reqB = ex.requested.booths && ex.requested.booths > 0 ? ex.requested.booths : null;
    const reqA = ex.requested.areaSqm && ex.requested.areaSqm > 0 ? ex.requested.areaSqm : null;
    if (reqB === null && reqA === null && booths.length !== 1) v('size', `${booths.length} booths for a request of one`);
    if (reqB !== null && booths.length !== reqB) v('size', `${booths.length} booths for ${reqB} requested`);
    if (reqA !== null && Math.abs(area - reqA) > reqA * rules.areaTolerance + 1e-6) v('size', `${area} m² for ${reqA} m² requested`);
    // Connected through shared edges.
    const ids = new Set(booths.map((b) => b.id));
    const reached = new Set([booths[0]!.id]);
    const stack = [booths[0]!.id];
    while (stack.length) for (const n of adjacency.neighbours(stack.pop()!)) if (ids.has(n) && !reached.has(n)) {
      reached.add(n);
      stack.push(n);
    }
    if (reached.size !== ids.size) v('not-adjacent', 'the booths do not touch one another');
    const pavilion = ex.preferredZones.map((z) => doc.zones[z]).find((z) => z?.kind === 'pavilion' && zoneAllows(z, ex));
    if (pavilion && booths.some((b) => b.zoneId !== pavilion.id)) v('pavilion', `outside the ${pavilion.name.en}`);
    boothsOf.set(ex.id, [...(boothsOf.get(ex.id) ?? []), ...pl.boothIds]);
  }
  // Competitors, counting booths already held as well as proposed ones.
  const hops = rules.competitorHops;
  const proposed = new Set(proposal.placements.map((p) => p.exhibitorId));
  const pairs = new Set<string>();
  for (const ex of Object.values(doc.exhibitors)) {
    for (const other of ex.competitors) {
      const a = ex.id < other ? ex.id : other;
      const b = ex.id < other ? other : ex.id;
      if (a === b || pairs.has(`${a}|${b}`) || !(proposed.has(a) || proposed.has(b))) continue;
      pairs.add(`${a}|${b}`);
      const ba = boothsOf.get(a);
      const bb = boothsOf.get(b);
      if (!ba?.length || !bb?.length || hops < 1) continue;
      const near = adjacency.distance(ba, new Set(bb), hops);
      if (near) out.push({ kind: 'competitor', exhibitorId: a, boothIds: [near.from, near.to], message: `${a} and ${b} are ${near.hops} step(s) apart` });
    }
  }
  return out;
}
