import type { Booth, Exhibitor } from '../model/entities';
import type { Project } from '../model/project';
import { BoothAdjacency, type AdjacencyOptions } from './adjacency';
import { AREA_TOLERANCE, exhibitorIndex } from './by-exhibitor';
import { displayName } from './occupancy';
import { entryOf } from '../model/project';

export type WarningKind = 'area-under' | 'area-over' | 'booths-under' | 'booths-over' | 'competitor-near' | 'zone-sector' | 'zone-country';

/**
 * Something staff should look at but may accept. The renderer translates
 * `warnings.assignment.<kind>` with `args`; `message` is English for logs and tests.
 */
export interface AssignmentWarning {
  kind: WarningKind;
  exhibitorId: string;
  boothIds: string[];
  /** The competitor, for competitor-near. */
  otherExhibitorId?: string;
  zoneId?: string;
  /** Requested and assigned m² (area-*) or booth counts (booths-*). */
  requested?: number;
  assigned?: number;
  /** Neighbour steps between the competitors' nearest booths (1 = touching). */
  hops?: number;
  args: Record<string, string | number>;
  message: string;
}

export interface WarningOptions {
  /**
   * How close competitors may be, in steps of the booth neighbour graph (booths sharing an
   * edge): 1 warns when their booths touch, 2 also when one booth stands between them.
   */
  competitorHops?: number;
  adjacency?: AdjacencyOptions;
  /** Relative slack before area-under / area-over (default 0.5 %). */
  areaTolerance?: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const adjacencyCache = new WeakMap<Project['booths'], BoothAdjacency>();

/** The neighbour graph for the default options, shared by calls on the same booths. */
export function boothAdjacency(doc: Pick<Project, 'booths'>, opts?: AdjacencyOptions): BoothAdjacency {
  if (opts) return new BoothAdjacency(doc.booths, opts);
  let adj = adjacencyCache.get(doc.booths);
  if (!adj) adjacencyCache.set(doc.booths, (adj = new BoothAdjacency(doc.booths)));
  return adj;
}

function name(ex: Exhibitor): string {
  return displayName(ex.name, ex.id);
}

function areaWarnings(ex: Exhibitor, assigned: Booth[], area: number, tol: number): AssignmentWarning[] {
  const out: AssignmentWarning[] = [];
  const boothIds = assigned.map((b) => b.id);
  const base = { exhibitorId: ex.id, boothIds };
  const req = ex.requested.areaSqm;
  if (req !== null) {
    const args = { exhibitorZh: ex.name.zh, exhibitorEn: ex.name.en, requested: round2(req), assigned: round2(area) };
    if (area < req * (1 - tol) - 1e-9) {
      out.push({ ...base, kind: 'area-under', requested: req, assigned: area, args, message: `${name(ex)} has ${round2(area)} m² of ${round2(req)} m² requested` });
    } else if (area > req * (1 + tol) + 1e-9) {
      out.push({ ...base, kind: 'area-over', requested: req, assigned: area, args, message: `${name(ex)} has ${round2(area)} m², more than the ${round2(req)} m² requested` });
    }
  }
  const wanted = ex.requested.booths;
  // One shortfall is one warning: when the area already says it, the booth count does not repeat it.
  const areaSays = new Set(out.map((w) => (w.kind === 'area-under' ? 'under' : 'over')));
  if (wanted !== null) {
    const n = assigned.length;
    const args = { exhibitorZh: ex.name.zh, exhibitorEn: ex.name.en, requested: wanted, assigned: n };
    if (n < wanted && !areaSays.has('under')) out.push({ ...base, kind: 'booths-under', requested: wanted, assigned: n, args, message: `${name(ex)} has ${n} of ${wanted} booths requested` });
    else if (n > wanted && !areaSays.has('over')) out.push({ ...base, kind: 'booths-over', requested: wanted, assigned: n, args, message: `${name(ex)} has ${n} booths, more than the ${wanted} requested` });
  }
  return out;
}

function zoneWarnings(doc: Project, ex: Exhibitor, booths: Booth[]): AssignmentWarning[] {
  const byZone = new Map<string, { sector: string[]; country: string[] }>();
  for (const booth of booths) {
    const zone = booth.zoneId ? entryOf(doc.zones, booth.zoneId) : undefined;
    if (!zone) continue;
    // An exhibitor without a sector does not satisfy a zone that lists sectors: fill it in or accept.
    const sectorBreak = zone.sectors.length > 0 && !ex.sectors.some((s) => zone.sectors.includes(s));
    const countryBreak = zone.countries.length > 0 && !zone.countries.includes(ex.country);
    if (!sectorBreak && !countryBreak) continue;
    let e = byZone.get(zone.id);
    if (!e) byZone.set(zone.id, (e = { sector: [], country: [] }));
    if (sectorBreak) e.sector.push(booth.id);
    if (countryBreak) e.country.push(booth.id);
  }
  const out: AssignmentWarning[] = [];
  for (const [zoneId, e] of byZone) {
    const zone = entryOf(doc.zones, zoneId)!;
    const args = { exhibitorZh: ex.name.zh, exhibitorEn: ex.name.en, zoneZh: zone.name.zh, zoneEn: zone.name.en, country: ex.country };
    const zoneName = displayName(zone.name, zone.id);
    if (e.sector.length) {
      out.push({ kind: 'zone-sector', exhibitorId: ex.id, boothIds: e.sector, zoneId, args, message: `${name(ex)}'s sectors are not among those allowed in zone ${zoneName}` });
    }
    if (e.country.length) {
      out.push({ kind: 'zone-country', exhibitorId: ex.id, boothIds: e.country, zoneId, args, message: `${name(ex)} (${ex.country}) is not from a country allowed in zone ${zoneName}` });
    }
  }
  return out;
}

/**
 * Warnings for the whole show: exhibitors given less or more area (or fewer or more booths)
 * than requested — only once they have at least one booth, since a list of everyone not yet
 * placed is the "unassigned" filter, not a warning; competitors placed within
 * `competitorHops` neighbour steps of each other (assigned booths); and booths assigned, held
 * or reserved in a zone that does not allow the exhibitor's sector or country.
 */
export function warningsFor(doc: Project, opts: WarningOptions = {}): AssignmentWarning[] {
  return collect(doc, Object.values(doc.exhibitors), opts);
}

/** The warnings that concern one exhibitor (including competitor warnings naming it). */
export function warningsForExhibitor(doc: Project, exhibitorId: string, opts: WarningOptions = {}): AssignmentWarning[] {
  const ex = entryOf(doc.exhibitors, exhibitorId);
  if (!ex) return [];
  const others = Object.values(doc.exhibitors).filter((o) => o.id !== exhibitorId && o.competitors.includes(exhibitorId));
  return collect(doc, [ex, ...others], opts).filter((w) => w.exhibitorId === exhibitorId || w.otherExhibitorId === exhibitorId);
}

function collect(doc: Project, exhibitors: Exhibitor[], opts: WarningOptions): AssignmentWarning[] {
  const index = exhibitorIndex(doc);
  const tol = opts.areaTolerance ?? AREA_TOLERANCE;
  const hops = Math.max(1, Math.floor(opts.competitorHops ?? 1));
  const out: AssignmentWarning[] = [];
  const pairs = new Set<string>();
  let adjacency: BoothAdjacency | null = null;
  for (const ex of exhibitors) {
    const mine = index.byExhibitor.get(ex.id);
    if (!mine) continue;
    if (mine.assigned.length) out.push(...areaWarnings(ex, mine.assigned, mine.assignedArea, tol));
    out.push(...zoneWarnings(doc, ex, [...mine.assigned, ...mine.claimed]));
    if (!mine.assigned.length) continue;
    for (const otherId of ex.competitors) {
      const key = ex.id < otherId ? `${ex.id}|${otherId}` : `${otherId}|${ex.id}`;
      if (otherId === ex.id || pairs.has(key)) continue;
      pairs.add(key);
      const other = entryOf(doc.exhibitors, otherId);
      const theirs = index.byExhibitor.get(otherId);
      if (!other || !theirs?.assigned.length) continue;
      adjacency ??= boothAdjacency(doc, opts.adjacency);
      const near = adjacency.distance(
        mine.assigned.map((b) => b.id),
        new Set(theirs.assigned.map((b) => b.id)),
        hops,
      );
      if (!near) continue;
      out.push({
        kind: 'competitor-near',
        exhibitorId: ex.id,
        otherExhibitorId: otherId,
        boothIds: [near.from, near.to],
        hops: near.hops,
        args: {
          exhibitorZh: ex.name.zh,
          exhibitorEn: ex.name.en,
          otherZh: other.name.zh,
          otherEn: other.name.en,
          booth: entryOf(doc.booths, near.from)?.number ?? near.from,
          otherBooth: entryOf(doc.booths, near.to)?.number ?? near.to,
          hops: near.hops,
        },
        message: `Competitors ${name(ex)} (${entryOf(doc.booths, near.from)?.number}) and ${name(other)} (${entryOf(doc.booths, near.to)?.number}) are ${near.hops} booth step(s) apart`,
      });
    }
  }
  return out;
}
