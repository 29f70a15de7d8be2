import { defaultSale } from '../sales/stages';
import { EXHIBITOR_ALLOCATION_DEFAULT, type ExhibitorAllocation } from '../model/allocation-fields';
import { addDays } from './dates';
import type { Exhibitor } from '../model/entities';
import { COUNTRIES, CHINA } from './catalog/countries';
import { THEMES, type SectorKey } from './catalog/sectors';
import { companyIdentity } from './names';
import type { IdMaker, Rng } from './random';
import type { ZonePlan } from './zones';

/** An exhibitor plus what the generator needs to place it. */
export interface ExhibitorDraft {
  exhibitor: Exhibitor;
  /** The zone the exhibitor asked for (also its `preferredZones`), or null. */
  home: string | null;
  /** Booths it asked for. */
  want: number;
  /** Asked for raw space (an island) rather than shell-scheme booths. */
  rawClass: boolean;
}

export interface ZoneCapacity {
  standard: number;
  raw: number;
}

const ISLAND_AREAS = [54, 72, 81, 108, 144, 162, 216];

const NOTES = [
  '需要380V动力电',
  'Needs 380 V three-phase power',
  '展品含重型设备，需核对地面承重',
  'Heavy exhibits: check floor load',
  '上届参展商，希望保留原展位',
  'Returning exhibitor, wants last year’s spot',
  '要求靠近主通道',
  'Asks for a main-aisle location',
  '与省级展团同区布展',
  'Exhibits with its national delegation',
];

/** Splits `total` by weights into integers that sum to `total` (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum <= 0 || total <= 0) return weights.map(() => 0);
  const exact = weights.map((w) => (total * w) / sum);
  const out = exact.map(Math.floor);
  let left = total - out.reduce((s, v) => s + v, 0);
  const order = exact.map((v, i) => [v - Math.floor(v), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    out[i]! += 1;
  }
  return out;
}

/** Booths asked for: 1 plus a geometric tail, so the average is `mean`. */
function wantFor(rng: Rng, mean: number): number {
  if (mean <= 1) return 1;
  const p = 1 / mean;
  const extra = Math.floor(Math.log(1 - rng.next()) / Math.log(1 - p));
  return Math.min(12, 1 + extra);
}

export function makeExhibitors(
  rng: Rng,
  ids: IdMaker,
  count: number,
  plan: ZonePlan,
  capacity: ReadonlyMap<string, ZoneCapacity>,
  meanWant: number,
): ExhibitorDraft[] {
  const chinaShare = 1 - COUNTRIES.reduce((s, c) => s + c.share, 0);
  const codes = [CHINA.code, ...COUNTRIES.map((c) => c.code)];
  const quotas = apportion(count, [chinaShare, ...COUNTRIES.map((c) => c.share)]);
  const countries = rng.shuffle(codes.flatMap((code, i) => Array.from({ length: quotas[i]! }, () => code)));

  const homes: (string | null)[] = countries.map(() => null);
  for (const [zoneId, code] of plan.pavilionCountry) {
    const cap = capacity.get(zoneId)?.standard ?? 0;
    let n = Math.ceil((cap * 0.9) / meanWant);
    countries.forEach((c, i) => {
      if (c === code && n > 0) {
        homes[i] = zoneId;
        n--;
      }
    });
  }
  const themes = plan.zones.filter((z) => z.kind === 'theme');
  const open = homes.flatMap((h, i) => (h === null ? [i] : []));
  const themeQuota = apportion(
    open.length,
    themes.map((z) => (capacity.get(z.id)?.standard ?? 0) + (capacity.get(z.id)?.raw ?? 0)),
  );
  let cursor = 0;
  const shuffledOpen = rng.shuffle(open);
  themes.forEach((z, t) => {
    for (let k = 0; k < themeQuota[t]!; k++) homes[shuffledOpen[cursor++]!] = z.id;
  });

  const zoneById = new Map(plan.zones.map((z) => [z.id, z]));
  const fallbackSectors = themes.length > 0 ? themes.map((z) => z.sectors) : THEMES.slice(0, 4).map((t) => [...t.sectors]);
  const usedNames = new Set<string>();

  const drafts: ExhibitorDraft[] = countries.map((country, i) => {
    const home = homes[i] ?? null;
    const zone = home ? zoneById.get(home) : undefined;
    const pool = (zone && zone.kind === 'theme' ? zone.sectors : rng.pick(fallbackSectors)) as SectorKey[];
    const sectors: SectorKey[] = [rng.pick(pool)];
    if (pool.length > 1 && rng.chance(0.3)) {
      const other = rng.pick(pool);
      if (other !== sectors[0]) sectors.push(other);
    }
    let identity = companyIdentity(rng, country, sectors[0]!);
    for (let tries = 0; tries < 30 && usedNames.has(identity.name.zh); tries++) identity = companyIdentity(rng, country, sectors[0]!);
    usedNames.add(identity.name.zh);
    const want = wantFor(rng, meanWant);
    const exhibitor: Exhibitor = {
      id: ids.make('ex'),
      externalId: '',
      name: identity.name,
      shortName: identity.shortName,
      country,
      sectors,
      contact: identity.contact,
      website: identity.website,
      requested: { areaSqm: want * 9, booths: want },
      priority: rng.int(0, 80),
      allocation: { ...EXHIBITOR_ALLOCATION_DEFAULT },
      competitors: [],
      preferredZones: home ? [home] : [],
      fascia: rng.chance(0.4) ? { zh: identity.shortName.zh, en: identity.shortName.en.toUpperCase() } : { zh: '', en: '' },
      notes: rng.chance(0.1) ? rng.pick(NOTES) : '',
      sale: defaultSale(),
    };
    return { exhibitor, home, want, rawClass: false };
  });

  // The biggest names in each themed zone ask for its islands.
  for (const z of themes) {
    const islands = capacity.get(z.id)?.raw ?? 0;
    if (islands === 0) continue;
    const members = drafts.filter((d) => d.home === z.id).sort((a, b) => b.exhibitor.priority - a.exhibitor.priority);
    // Never all of them: shell-scheme rows need their applicants too.
    const big = Math.min(Math.ceil(islands * 1.15), Math.max(1, Math.floor(members.length * 0.25)));
    for (const d of members.slice(0, big)) {
      d.rawClass = true;
      d.want = 1;
      d.exhibitor.priority = rng.int(60, 100);
      d.exhibitor.requested = { areaSqm: rng.pick(ISLAND_AREAS), booths: 1 };
    }
  }

  // A few name rivals in their own line of business, to keep apart on the floor.
  const bySector = new Map<string, ExhibitorDraft[]>();
  for (const d of drafts) {
    const s = d.exhibitor.sectors[0]!;
    let list = bySector.get(s);
    if (!list) bySector.set(s, (list = []));
    list.push(d);
  }
  for (const d of drafts) {
    if (!rng.chance(0.08)) continue;
    const peers = bySector.get(d.exhibitor.sectors[0]!) ?? [];
    for (let k = rng.int(1, 2); k > 0 && peers.length > 1; k--) {
      const other = rng.pick(peers).exhibitor.id;
      if (other !== d.exhibitor.id && !d.exhibitor.competitors.includes(other)) d.exhibitor.competitors.push(other);
    }
  }
  return drafts;
}

const SPONSOR_DRAW: readonly [number, ExhibitorAllocation['sponsorship']][] = [
  [0.02, 'platinum'],
  [0.05, 'gold'],
  [0.1, 'silver'],
  [0.18, 'bronze'],
];

/**
 * What the organizer's priority rules read: years exhibited, sponsorship, deposit date, and a
 * wish for a corner or island. Drawn from its own stream after placement, so the rest of the
 * show is the same as without them.
 */
export function priorityInputs(rng: Rng, drafts: readonly ExhibitorDraft[], today: string): void {
  for (const d of drafts) {
    const r = rng.next();
    const sponsorship = SPONSOR_DRAW.find(([p]) => r < p)?.[1] ?? 'none';
    d.exhibitor.allocation = {
      ...EXHIBITOR_ALLOCATION_DEFAULT,
      yearsExhibited: rng.chance(0.45) ? rng.int(1, 12) : 0,
      sponsorship,
      depositDate: rng.chance(0.7) ? addDays(today, -rng.int(1, 200)) : null,
      wantsCorner: !d.rawClass && rng.chance(0.08),
      wantsIsland: d.rawClass,
    };
  }
}
