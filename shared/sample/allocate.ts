import type { Assignment, Booth, HistoryEntry, RateCard } from '../model/entities';
import { addDays, instant } from './dates';
import type { ExhibitorDraft } from './exhibitors';
import type { IdMaker, Rng } from './random';
import type { ZonePlan } from './zones';

export interface AllocationOptions {
  /** Share of booths to assign, 0–1. */
  share: number;
  /** The day the show is being planned on: assignment times fall before it, holds expire around it. */
  today: string;
  rateCard: RateCard;
}

export interface Allocation {
  assignments: Record<string, Assignment>;
  history: HistoryEntry[];
}

/** Beyond this an exhibitor would be buying a hall, not booths. */
const MAX_BOOTHS_PER_EXHIBITOR = 12;

const STAFF = ['张敏', '李娜', '韦海燕', 'Chen Hao', 'Lisa Wong', '覃志强'];

const HOLD_NOTES = ['等待合同回签', 'Awaiting signed contract', '定金待付', 'Deposit pending', '展团名单待确认', 'Delegation list to be confirmed'];
const RESERVE_NOTES = [
  '主办方预留：贵宾参观路线',
  'Organiser reserve: VIP tour route',
  '预留给省级展团',
  'Reserved for a provincial delegation',
  '赞助商扩展展位',
  'Sponsor expansion option',
];
const BLOCK_NOTES = ['消防栓前，不可使用', 'In front of a fire hydrant', '配电箱检修通道', 'Access to the electrical cabinet', '货运通道临时占用', 'Freight route during build-up'];

/** Hands out exhibitors in order, skipping those already placed. */
class Cursor {
  private i = 0;
  constructor(private readonly items: readonly ExhibitorDraft[]) {}
  next(taken: ReadonlySet<ExhibitorDraft>): ExhibitorDraft | null {
    while (this.i < this.items.length && taken.has(this.items[this.i]!)) this.i++;
    return this.items[this.i] ?? null;
  }
}

const adjacent = (a: Booth, b: Booth) =>
  a.hallId === b.hallId && a.shape.type === 'rect' && b.shape.type === 'rect' && a.shape.y === b.shape.y && Math.abs(a.shape.x + a.shape.w - b.shape.x) < 1e-9;

/**
 * Assigns booths zone by zone so neighbours in a row go to one exhibitor when it asked for
 * several, islands go to the exhibitors that asked for raw space, pavilions stay with their
 * country, and the free booths are spread over the floor rather than left in one corner.
 * Then a few of the free booths are put on hold, reserved or blocked. Mutates `booths`.
 */
export function allocate(rng: Rng, ids: IdMaker, booths: Booth[], drafts: readonly ExhibitorDraft[], plan: ZonePlan, opts: AllocationOptions): Allocation {
  const assignments: Record<string, Assignment> = {};
  const history: HistoryEntry[] = [];
  const placed = new Set<ExhibitorDraft>();
  const share = opts.share;

  const queues = new Map<string, { standard: Booth[]; raw: Booth[] }>();
  for (const b of booths) {
    if (!b.zoneId) continue;
    let q = queues.get(b.zoneId);
    if (!q) queues.set(b.zoneId, (q = { standard: [], raw: [] }));
    (b.kind === 'raw' ? q.raw : q.standard).push(b);
  }

  const byHome = new Map<string | null, ExhibitorDraft[]>();
  const byCountry = new Map<string, ExhibitorDraft[]>();
  for (const d of rng.shuffle(drafts)) {
    let h = byHome.get(d.home);
    if (!h) byHome.set(d.home, (h = []));
    h.push(d);
    let c = byCountry.get(d.exhibitor.country);
    if (!c) byCountry.set(d.exhibitor.country, (c = []));
    c.push(d);
  }
  const homeStandard = new Map<string | null, Cursor>();
  const homeRaw = new Map<string | null, Cursor>();
  for (const [home, list] of byHome) {
    homeStandard.set(home, new Cursor(list.filter((d) => !d.rawClass)));
    homeRaw.set(home, new Cursor(list.filter((d) => d.rawClass).sort((a, b) => b.exhibitor.priority - a.exhibitor.priority)));
  }
  const pavilionHomes = new Set(plan.pavilionCountry.keys());
  const themeOverflow = new Cursor(rng.shuffle(drafts.filter((d) => !d.rawClass && !(d.home && pavilionHomes.has(d.home)))));
  const rawOverflow = new Cursor(drafts.filter((d) => d.rawClass));
  const countryOverflow = new Map([...byCountry].map(([c, list]) => [c, new Cursor(list)]));

  const boothsOf = new Map<ExhibitorDraft, number>();
  const place = (run: Booth[], d: ExhibitorDraft) => {
    boothsOf.set(d, (boothsOf.get(d) ?? 0) + run.length);
    const at = instant(opts.today, -rng.int(1, 200), rng.int(3_600, 36_000));
    const by = rng.pick(STAFF);
    for (const b of run) {
      b.status = 'assigned';
      assignments[b.id] = { id: b.id, boothId: b.id, exhibitorId: d.exhibitor.id, at, by };
      history.push({ id: ids.make('hist'), at, by, action: 'assign', boothId: b.id, exhibitorId: d.exhibitor.id, detail: '' });
      if (b.kind === 'standard' && rng.chance(0.015)) {
        const list = b.shape.type === 'rect' ? b.shape.w * b.shape.h * opts.rateCard.perSqm.standard : 0;
        b.priceOverride = Math.round((list * 0.85) / 100) * 100;
      }
    }
    placed.add(d);
  };

  /** Fills `quota` of the zone's free booths in row runs, skipping booths at random so gaps spread out. */
  const walk = (queue: Booth[], quota: number, supply: () => ExhibitorDraft | null) => {
    const free = queue.filter((b) => b.status === 'available');
    let q = Math.min(quota, free.length);
    let f = free.length - q;
    let i = 0;
    while (i < free.length && q > 0) {
      if (f > 0 && rng.next() < f / (f + q)) {
        f--;
        i++;
        continue;
      }
      const d = supply();
      if (!d) break;
      let k = 1;
      const most = Math.min(d.want, q, MAX_BOOTHS_PER_EXHIBITOR - (boothsOf.get(d) ?? 0));
      while (k < most && i + k < free.length && adjacent(free[i + k - 1]!, free[i + k]!)) k++;
      place(free.slice(i, i + k), d);
      q -= k;
      i += k;
    }
  };

  const zones = [...plan.zones].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'pavilion' ? -1 : 1));
  const quotas = new Map(zones.map((z) => [z.id, Math.round(share * (queues.get(z.id)?.standard.length ?? 0))]));
  const overflowFor = (zoneId: string) => {
    const country = plan.pavilionCountry.get(zoneId);
    return country ? countryOverflow.get(country) : themeOverflow;
  };

  // Islands first, to the exhibitors that asked for raw space.
  for (const z of zones) {
    const raw = queues.get(z.id)?.raw ?? [];
    for (const b of rng.shuffle(raw).slice(0, Math.round(share * raw.length))) {
      const d = homeRaw.get(z.id)?.next(placed) ?? rawOverflow.next(placed) ?? homeStandard.get(z.id)?.next(placed) ?? overflowFor(z.id)?.next(placed) ?? null;
      if (!d) continue;
      if (b.shape.type === 'rect') d.exhibitor.requested.areaSqm = b.shape.w * b.shape.h;
      place([b], d);
    }
  }
  // Shell-scheme rows: each zone's own applicants, then whoever is left that may stand there.
  for (const z of zones) {
    walk(queues.get(z.id)?.standard ?? [], quotas.get(z.id)!, () => homeStandard.get(z.id)?.next(placed) ?? null);
  }
  for (const z of zones) {
    const std = queues.get(z.id)?.standard ?? [];
    const rest = quotas.get(z.id)! - std.filter((b) => b.status === 'assigned').length;
    if (rest > 0) walk(std, rest, () => overflowFor(z.id)?.next(placed) ?? null);
  }

  // Still short (few exhibitors for the floor, or a pavilion with few companies from its
  // country): those already placed take more booths, up to a plausible maximum.
  for (const z of zones) {
    const std = queues.get(z.id)?.standard ?? [];
    const rest = quotas.get(z.id)! - std.filter((b) => b.status === 'assigned').length;
    if (rest <= 0) continue;
    const country = plan.pavilionCountry.get(z.id);
    const pool = [...placed].filter((d) => (country ? d.exhibitor.country === country : !(d.home && pavilionHomes.has(d.home))));
    let turn = 0;
    walk(std, rest, () => {
      for (let tries = 0; tries < pool.length; tries++) {
        const d = pool[turn++ % pool.length]!;
        if ((boothsOf.get(d) ?? 0) < MAX_BOOTHS_PER_EXHIBITOR) return d;
      }
      return null;
    });
  }

  const free = rng.shuffle(booths.filter((b) => b.status === 'available'));
  const n = booths.length;
  const holds = free.splice(0, Math.round(n * 0.03));
  const reserves = free.splice(0, Math.round(n * 0.02));
  const blocks = free.splice(0, Math.round(n * 0.01));
  const waiting = new Cursor(rng.shuffle(drafts.filter((d) => !placed.has(d))));
  const claimed = new Set<ExhibitorDraft>(placed);
  holds.forEach((b, i) => {
    const d = waiting.next(claimed) ?? (drafts.length > 0 ? rng.pick(drafts) : null);
    if (d) claimed.add(d);
    // Every third hold has lapsed, so even a small show has one to release on opening.
    const past = i % 3 === 1;
    const until = past ? addDays(opts.today, -rng.int(1, 20)) : addDays(opts.today, rng.int(3, 45));
    const at = past ? instant(until, -rng.int(14, 30), rng.int(3_600, 36_000)) : instant(opts.today, -rng.int(1, 30), rng.int(3_600, 36_000));
    b.status = 'hold';
    b.claim = { exhibitorId: d?.exhibitor.id ?? null, until, note: rng.pick(HOLD_NOTES) };
    history.push({ id: ids.make('hist'), at, by: rng.pick(STAFF), action: 'hold', boothId: b.id, exhibitorId: d?.exhibitor.id ?? null, detail: `until ${until}` });
  });
  const sponsors = [...placed].sort((a, b) => b.exhibitor.priority - a.exhibitor.priority).slice(0, Math.max(1, Math.round(placed.size * 0.05)));
  for (const b of reserves) {
    const d = sponsors.length > 0 && rng.chance(0.4) ? rng.pick(sponsors) : null;
    const note = rng.pick(RESERVE_NOTES);
    b.status = 'reserved';
    b.claim = { exhibitorId: d?.exhibitor.id ?? null, until: null, note };
    const at = instant(opts.today, -rng.int(1, 120), rng.int(3_600, 36_000));
    history.push({ id: ids.make('hist'), at, by: rng.pick(STAFF), action: 'reserve', boothId: b.id, exhibitorId: d?.exhibitor.id ?? null, detail: note });
  }
  for (const b of blocks) {
    const note = rng.pick(BLOCK_NOTES);
    b.status = 'blocked';
    b.notes = note;
    const at = instant(opts.today, -rng.int(1, 120), rng.int(3_600, 36_000));
    history.push({ id: ids.make('hist'), at, by: rng.pick(STAFF), action: 'block', boothId: b.id, exhibitorId: null, detail: note });
  }

  history.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return { assignments, history };
}
