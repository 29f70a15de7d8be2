import { ProjectSettings, type Booth, type Facility, type Hall, type RateCard } from '../model/entities';
import type { Bilingual, Point } from '../model/primitives';
import { PROJECT_FORMAT, SCHEMA_VERSION, type Project } from '../model/project';
import { boothTypeOf, computeOpenSides } from '../geometry/open-sides';
import { addSales } from './sales';
import { allocate } from './allocate';
import { addDays, isIsoDate } from './dates';
import { apportion, makeExhibitors, priorityInputs, type ZoneCapacity } from './exhibitors';
import { hallFacilities } from './facilities';
import { layoutHall, type HallLayout } from './layout';
import { IdMaker, Rng } from './random';
import { planSite } from './site';
import { sitePlanDrawing } from './site-drawing';
import { planZones } from './zones';

export interface GenerateShowOptions {
  halls: number;
  booths: number;
  exhibitors: number;
  seed: number;
  /** Share of booths assigned to exhibitors, 0–1 (default 0.65); fewer when exhibitors run out. */
  assignedShare?: number;
  name?: Bilingual;
  venue?: Bilingual;
  /** Show dates, `YYYY-MM-DD` (default 2027-09-17 to 2027-09-21). */
  start?: string;
  end?: string;
  /**
   * The day the show is being planned on, `YYYY-MM-DD` (default ten months before `start`).
   * Assignment times fall before it; some holds expire before it, most after.
   */
  today?: string;
  /** Write the assignment history (default true). */
  history?: boolean;
  /**
   * Put a generated master plan under the site (`site-drawing.ts`): the show then names the
   * asset `a_siteplan.png`, which whoever writes the file writes beside it (`sampleAssetFiles`).
   */
  siteDrawing?: boolean;
}

export const DEFAULT_SHOW_NAME: Bilingual = { zh: '中国—东盟博览会 先进技术展', en: 'China–ASEAN Expo Advanced Technology Exhibition' };
export const DEFAULT_VENUE: Bilingual = { zh: '南宁国际会展中心', en: 'Nanning International Convention and Exhibition Center' };
/** Up to a Canton Fair and a half (about 70,000 booths). */
export const MAX_GENERATED_BOOTHS = 100_000;

/** Thrown for options the generator cannot honour; the message names the option. */
export class GenerateOptionsError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'GenerateOptionsError';
  }
}

function checkOptions(o: GenerateShowOptions): void {
  const int = (v: number, name: string, min: number, max: number) => {
    if (!Number.isInteger(v) || v < min || v > max) throw new GenerateOptionsError(`${name} must be a whole number from ${min} to ${max}, got ${v}`);
  };
  int(o.halls, 'halls', 1, 100);
  int(o.booths, 'booths', 0, MAX_GENERATED_BOOTHS);
  int(o.exhibitors, 'exhibitors', 0, MAX_GENERATED_BOOTHS);
  if (!Number.isSafeInteger(o.seed)) throw new GenerateOptionsError(`seed must be an integer, got ${o.seed}`);
  const share = o.assignedShare ?? 0.65;
  if (!(share >= 0 && share <= 1)) throw new GenerateOptionsError(`assignedShare must be between 0 and 1, got ${share}`);
  for (const key of ['start', 'end', 'today'] as const) {
    const v = o[key];
    if (v !== undefined && !isIsoDate(v)) throw new GenerateOptionsError(`${key} must be a date YYYY-MM-DD, got ${v}`);
  }
}

/** Independent random streams, so that changing e.g. the layout does not rename every company. */
function stream(seed: number, salt: number): Rng {
  return new Rng(seed, salt);
}

/** Booth numbers per hall: `<hall code>-<row><seq>`, rows front to back, seq left to right (A1-101). */
function numberBooths(layout: HallLayout): string[] {
  const rows = [...new Set(layout.booths.map((b) => b.y))].sort((a, b) => a - b);
  const rowOf = new Map(rows.map((y, i) => [y, i + 1]));
  const order = layout.booths.map((_, i) => i).sort((a, b) => layout.booths[a]!.y - layout.booths[b]!.y || layout.booths[a]!.x - layout.booths[b]!.x);
  const seqs: number[] = new Array<number>(layout.booths.length);
  let prevY = NaN;
  let seq = 0;
  for (const i of order) {
    const y = layout.booths[i]!.y;
    seq = y === prevY ? seq + 1 : 1;
    prevY = y;
    seqs[i] = seq;
  }
  const digits = Math.max(2, String(Math.max(0, ...seqs)).length);
  return layout.booths.map((b, i) => `${rowOf.get(b.y)}${String(seqs[i]).padStart(digits, '0')}`);
}

/**
 * A realistic China–ASEAN Expo style show, fully determined by the options (same seed, same show):
 * halls sized to their booths, blocks of back-to-back 3 × 3 m shell-scheme rows and raw-space
 * islands, themed zones and ASEAN country pavilions, facilities, Chinese and ASEAN exhibitors
 * with contacts, and assignments, holds, reservations and blocks that satisfy `checkIntegrity`.
 * Pure: no clock, no `Math.random`, no I/O.
 */
export function generateShow(options: GenerateShowOptions): Project {
  checkOptions(options);
  const { seed } = options;
  const start = options.start ?? '2027-09-17';
  const end = options.end ?? addDays(start, 4);
  if (end < start) throw new GenerateOptionsError(`end (${end}) is before start (${start})`);
  const today = options.today ?? addDays(start, -304);
  const share = options.assignedShare ?? 0.65;
  const ids = new IdMaker(stream(seed, 1));
  const layoutRng = stream(seed, 2);

  const settings = ProjectSettings.parse({
    id: ids.make('prj'),
    name: options.name ?? DEFAULT_SHOW_NAME,
    venue: options.venue ?? DEFAULT_VENUE,
    event: { start, end },
    currency: 'CNY',
  });
  const rateCard: RateCard = settings.rateCard;

  const perHall = apportion(
    options.booths,
    Array.from({ length: options.halls }, () => 0.8 + layoutRng.next() * 0.4),
  );
  const layouts = perHall.map((n) => layoutHall(layoutRng, n));

  const halls: Record<string, Hall> = {};
  const hallIds: string[] = [];
  const site = planSite(layouts);
  settings.site = { ...settings.site, levels: site.levels };
  layouts.forEach((l, i) => {
    const id = ids.make('hall');
    hallIds.push(id);
    const outline: Point[] = [
      [0, 0],
      [l.width, 0],
      [l.width, l.depth],
      [0, l.depth],
    ];
    const { level, placement } = site.halls[i]!;
    halls[id] = { id, name: { zh: `${i + 1}号馆`, en: `Hall ${i + 1}` }, code: `A${i + 1}`, level, order: i, outline, placement, background: null };
  });

  const sitePlan = options.siteDrawing ? sitePlanDrawing(Object.values(halls)) : null;
  if (sitePlan) settings.site = { ...settings.site, drawing: sitePlan.drawing };

  const plan = planZones(layouts, ids);

  const boothList: Booth[] = [];
  layouts.forEach((l, h) => {
    const hall = halls[hallIds[h]!]!;
    const numbers = numberBooths(l);
    const shapes = l.booths.map((s) => ({ type: 'rect' as const, x: s.x, y: s.y, w: s.w, h: s.h, rotation: 0 }));
    const open = computeOpenSides(shapes, { walls: [hall.outline] });
    const order = l.booths.map((_, i) => i).sort((a, b) => l.booths[a]!.y - l.booths[b]!.y || l.booths[a]!.x - l.booths[b]!.x);
    for (const i of order) {
      const slot = l.booths[i]!;
      boothList.push({
        id: ids.make('b'),
        hallId: hall.id,
        number: `${hall.code}-${numbers[i]}`,
        shape: shapes[i]!,
        kind: slot.kind,
        openSides: open[i]!,
        type: boothTypeOf(shapes[i]!, open[i]!),
        status: 'available',
        claim: null,
        zoneId: plan.zoneOf(h, slot.band, slot.col),
        priceOverride: null,
        fascia: { zh: '', en: '' },
        notes: '',
      });
    }
  });

  const facilities: Record<string, Facility> = {};
  layouts.forEach((l, h) => {
    const withStage = h % 3 === 0 || l.booths.length >= 600;
    for (const f of hallFacilities(l, withStage)) {
      const id = ids.make('fac');
      facilities[id] = { id, hallId: hallIds[h]!, kind: f.kind, shape: { type: 'rect', ...f.rect, rotation: 0 }, label: f.label };
    }
  });

  const capacity = new Map<string, ZoneCapacity>();
  for (const b of boothList) {
    if (!b.zoneId) continue;
    const c = capacity.get(b.zoneId) ?? { standard: 0, raw: 0 };
    if (b.kind === 'raw') c.raw++;
    else c.standard++;
    capacity.set(b.zoneId, c);
  }
  const meanWant = options.exhibitors > 0 ? Math.min(6, Math.max(1, (options.booths * 0.8) / options.exhibitors)) : 1;
  const drafts = makeExhibitors(stream(seed, 3), ids, options.exhibitors, plan, capacity, meanWant);

  const { assignments, history } = allocate(stream(seed, 4), ids, boothList, drafts, plan, { share, today, rateCard });
  priorityInputs(stream(seed, 5), drafts, today);

  const booths: Record<string, Booth> = {};
  for (const b of boothList) booths[b.id] = b;
  const exhibitors: Project['exhibitors'] = {};
  for (const d of drafts) exhibitors[d.exhibitor.id] = d.exhibitor;
  addSales(stream(seed, 5), { booths, assignments, exhibitors }, rateCard, today);
  const zones: Project['zones'] = {};
  for (const z of plan.zones) zones[z.id] = z;

  return {
    format: PROJECT_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    revision: 0,
    settings,
    halls,
    zones,
    booths,
    exhibitors,
    assignments,
    facilities,
    assets: sitePlan ? { [sitePlan.asset.id]: sitePlan.asset } : {},
    history: options.history === false ? [] : history,
  };
}
