import { BoothAdjacency } from '../assignment/adjacency';
import { ALLOCATION_SETTINGS_DEFAULT, type AllocationSettings } from '../model/allocation-fields';
import type { Exhibitor, Zone } from '../model/entities';
import type { Project } from '../model/project';
import { boothInfo, enumerateBlocks, type Block, type BoothInfo } from './blocks';
import { priorityOf, priorityWeight, type PriorityBreakdown } from './priority';
import type { AllocationOptions } from './types';

/** One exhibitor waiting for space, with what the rules need precomputed. */
export interface Seeker {
  ex: Exhibitor;
  priority: PriorityBreakdown;
  weight: number;
  /** Booths wanted, or null when only an area was asked for. */
  count: number | null;
  /** Area range allowed, m², or null when only a booth count was asked for. */
  areaMin: number | null;
  areaMax: number | null;
  /** The country pavilion the exhibitor belongs to: it is placed only inside it. */
  pavilionId: string | null;
  preferred: ReadonlySet<string>;
  /** Booth indices the exhibitor had at the last edition that still exist. */
  previous: ReadonlySet<number>;
  /** Blocks meeting every per-exhibitor hard rule on the empty floor, in floor order. */
  candidates: readonly number[];
  /** Blocks of the right size anywhere (before zone rules), for the left-out reason. */
  sizeMatches: number;
  /** Tie-break after priority and deposit date: a lot drawn from the seed. */
  lot: number;
}

export interface Problem {
  doc: Project;
  settings: AllocationSettings;
  seed: number;
  hallId: string | null;
  infos: BoothInfo[];
  idxOf: Map<string, number>;
  blocks: Block[];
  seekers: Seeker[];
  /** Exhibitor id → competitor ids, both directions. */
  competitors: Map<string, Set<string>>;
  /** Booth indices already assigned, held or reserved for an exhibitor (not proposed). */
  existing: Map<string, number[]>;
  /** Booth indices within `competitorHops` neighbour steps of a booth (itself included). */
  near(idx: number): readonly number[];
}

const MIXED = '\u0000mixed';

/** Small deterministic generator (mulberry32) for lots and candidate samples. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0 || 0x9e3779b9;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function zoneAllows(zone: Zone, ex: Exhibitor): boolean {
  if (zone.sectors.length > 0 && !ex.sectors.some((s) => zone.sectors.includes(s))) return false;
  if (zone.countries.length > 0 && !zone.countries.includes(ex.country)) return false;
  return true;
}

/** Exhibitors with a booth assigned, held or reserved for them are not proposed again. */
export function placedExhibitors(doc: Project): Map<string, number[]> {
  const out = new Map<string, number[]>();
  let i = 0;
  for (const b of Object.values(doc.booths)) {
    const who = b.status === 'assigned' ? doc.assignments[b.id]?.exhibitorId : b.status === 'hold' || b.status === 'reserved' ? b.claim?.exhibitorId : null;
    if (who) {
      let l = out.get(who);
      if (!l) out.set(who, (l = []));
      l.push(i);
    }
    i++;
  }
  return out;
}

function sizeOf(ex: Exhibitor, tol: number): Pick<Seeker, 'count' | 'areaMin' | 'areaMax'> {
  const booths = ex.requested.booths && ex.requested.booths > 0 ? ex.requested.booths : null;
  const area = ex.requested.areaSqm && ex.requested.areaSqm > 0 ? ex.requested.areaSqm : null;
  if (booths === null && area === null) return { count: 1, areaMin: null, areaMax: null };
  return { count: booths, areaMin: area === null ? null : area * (1 - tol) - 1e-9, areaMax: area === null ? null : area * (1 + tol) + 1e-9 };
}

function previousBooths(ex: Exhibitor, doc: Project, infos: readonly BoothInfo[], byNumber: Map<string, number>, hallCode: Map<string, string>): Set<number> {
  const out = new Set<number>();
  for (const p of ex.allocation.previousBooths) {
    const hit = byNumber.get(p.number);
    if (hit !== undefined && (!p.hallCode || hallCode.get(infos[hit]!.booth.hallId) === p.hallCode)) {
      out.add(hit);
      continue;
    }
    if (p.x === null || p.y === null) continue;
    // The number changed but a booth stands where the old one stood.
    for (const info of infos) {
      if (p.hallCode && hallCode.get(info.booth.hallId) !== p.hallCode) continue;
      const s = info.booth.shape;
      if (s.type === 'rect' && p.x >= s.x && p.x <= s.x + s.w && p.y >= s.y && p.y <= s.y + s.h) {
        out.add(info.idx);
        break;
      }
    }
  }
  void doc;
  return out;
}

/**
 * Reads a show into the allocation problem: free booths, the blocks they form, the exhibitors
 * waiting (every one without a booth assigned, held or reserved, or the ones given), each with
 * priority, size range, pavilion and the blocks its hard rules allow.
 */
export function buildProblem(doc: Project, opts: AllocationOptions = {}): Problem {
  const settings = doc.settings.allocation ?? ALLOCATION_SETTINGS_DEFAULT;
  const seed = opts.seed ?? 1;
  const hallId = opts.hallId ?? null;
  const tol = settings.areaTolerance;
  const booths = Object.values(doc.booths);
  const infos = booths.map((b, i) => boothInfo(b, i, b.status === 'available' && !doc.assignments[b.id] && (hallId === null || b.hallId === hallId)));
  const idxOf = new Map(booths.map((b, i) => [b.id, i]));
  const hallOrder = new Map(Object.values(doc.halls).map((h) => [h.id, h.order]));
  const hallCode = new Map(Object.values(doc.halls).map((h) => [h.id, h.code]));
  const byNumber = new Map(booths.map((b, i) => [b.number, i]));
  const existing = placedExhibitors(doc);

  const wanted = opts.exhibitorIds ? new Set(opts.exhibitorIds) : null;
  const rand = seeded(seed);
  const pool = Object.values(doc.exhibitors)
    .filter((ex) => !existing.has(ex.id) && (!wanted || wanted.has(ex.id)))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sized = pool.map((ex) => ({ ex, size: sizeOf(ex, tol) }));

  // Blocks of every booth count anyone may need.
  const minArea = Math.max(1, Math.min(...infos.filter((i) => i.free).map((i) => i.area), Infinity));
  const counts = new Set<number>();
  for (const { size } of sized) {
    if (size.count !== null) counts.add(size.count);
    else for (let k = 1; k <= Math.min(24, Math.floor((size.areaMax ?? 0) / minArea)); k++) counts.add(k);
  }
  const blocks: Block[] = [];
  const byCount = new Map<number, [string, Block[]][]>();
  const allGroups: [string, Block[]][] = [];
  for (const k of [...counts].sort((a, b) => a - b)) {
    const list = enumerateBlocks(infos, k, hallOrder);
    const groups = new Map<string, Block[]>();
    for (const b of list) {
      b.idx = blocks.push(b) - 1;
      const zk = b.zoneId ?? MIXED;
      let g = groups.get(zk);
      if (!g) groups.set(zk, (g = []));
      g.push(b);
    }
    byCount.set(k, [...groups]);
    allGroups.push(...groups);
  }

  const zones = doc.zones;
  const cache = new Map<string, { candidates: number[]; sizeMatches: number }>();
  const seekers: Seeker[] = sized.map(({ ex, size }) => {
    const pavilion = ex.preferredZones.map((z) => zones[z]).find((z) => z?.kind === 'pavilion' && zoneAllows(z, ex));
    const pavilionId = pavilion?.id ?? null;
    const sig = `${ex.country}|${[...ex.sectors].sort().join(',')}|${pavilionId}|${size.count}|${size.areaMin}|${size.areaMax}`;
    let c = cache.get(sig);
    if (!c) {
      const groups = size.count !== null ? (byCount.get(size.count) ?? []) : allGroups;
      const allowed = new Map<string, boolean>();
      const zoneOk = (zoneId: string | null) => {
        let ok = allowed.get(zoneId ?? '');
        if (ok === undefined) {
          const z = zoneId ? zones[zoneId] : undefined;
          ok = pavilionId ? zoneId === pavilionId : !z || zoneAllows(z, ex);
          allowed.set(zoneId ?? '', ok);
        }
        return ok;
      };
      const candidates: number[] = [];
      let sizeMatches = 0;
      // Blocks come grouped by zone, so the zone rule is decided once per zone.
      for (const [zoneKey, list] of groups) {
        const whole = zoneKey === MIXED ? null : zoneOk(zoneKey || null);
        for (const b of list) {
          if (size.areaMin !== null && (b.area < size.areaMin || b.area > size.areaMax!)) continue;
          sizeMatches++;
          if (whole ?? b.booths.every((i) => zoneOk(infos[i]!.booth.zoneId))) candidates.push(b.idx);
        }
      }
      cache.set(sig, (c = { candidates, sizeMatches }));
    }
    const priority = priorityOf(ex, settings.points);
    return {
      ex,
      priority,
      weight: priorityWeight(priority.points),
      ...size,
      pavilionId,
      preferred: new Set(ex.preferredZones),
      previous: previousBooths(ex, doc, infos, byNumber, hallCode),
      candidates: c.candidates,
      sizeMatches: c.sizeMatches,
      lot: rand(),
    };
  });

  const competitors = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    let s = competitors.get(a);
    if (!s) competitors.set(a, (s = new Set()));
    s.add(b);
  };
  for (const ex of Object.values(doc.exhibitors)) for (const c of ex.competitors) if (c !== ex.id && doc.exhibitors[c]) {
    link(ex.id, c);
    link(c, ex.id);
  }

  const hops = settings.competitorHops;
  const adjacency = new BoothAdjacency(doc.booths);
  const nearMemo = new Map<number, number[]>();
  const near = (idx: number): readonly number[] => {
    let hit = nearMemo.get(idx);
    if (hit) return hit;
    const seen = new Set<string>([booths[idx]!.id]);
    let frontier = [booths[idx]!.id];
    for (let h = 0; h < hops; h++) {
      const next: string[] = [];
      for (const id of frontier) for (const n of adjacency.neighbours(id)) if (!seen.has(n)) {
        seen.add(n);
        next.push(n);
      }
      frontier = next;
    }
    hit = [...seen].map((id) => idxOf.get(id)!);
    nearMemo.set(idx, hit);
    return hit;
  };

  return { doc, settings, seed, hallId, infos, idxOf, blocks, seekers, competitors, existing, near };
}

/** Order of the draw: priority points, then earlier deposit, then the seeded lot. */
export function drawOrder(seekers: readonly Seeker[]): Seeker[] {
  return [...seekers].sort((a, b) => {
    if (a.priority.points !== b.priority.points) return b.priority.points - a.priority.points;
    const da = a.ex.allocation.depositDate ?? '9999-99-99';
    const db = b.ex.allocation.depositDate ?? '9999-99-99';
    if (da !== db) return da < db ? -1 : 1;
    return a.lot - b.lot;
  });
}

/** How well a block suits a seeker: 1 for meeting the request, more for each wish met. */
export function satisfaction(p: Problem, s: Seeker, block: Block): number {
  let sat = 1;
  const zonesOk = block.zoneId !== null ? s.preferred.has(block.zoneId) : block.booths.every((i) => s.preferred.has(p.infos[i]!.booth.zoneId ?? ''));
  if (zonesOk) sat += 1;
  if (s.previous.size && block.booths.some((i) => s.previous.has(i))) sat += 2;
  if (s.ex.allocation.wantsCorner && block.corner) sat += 0.5;
  if (s.ex.allocation.wantsIsland && block.island) sat += 0.5;
  return sat;
}
