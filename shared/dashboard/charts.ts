import { exhibitorIndex } from '../assignment/by-exhibitor';
import { shapeArea } from '../geometry/polygon';
import { OPEN_STAGES } from '../sales/stages';
import { saleFigures } from '../sales/amounts';
import type { SalesStage } from '../model/entities';
import type { Bilingual } from '../model/primitives';
import type { Project } from '../model/project';

export const ASEAN = ['BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'] as const;
export type Region = 'china' | 'asean' | 'other';

export function regionOf(country: string): Region {
  if (country === 'CN') return 'china';
  return (ASEAN as readonly string[]).includes(country) ? 'asean' : 'other';
}

export interface HallOccupancy {
  hallId: string;
  code: string;
  name: Bilingual;
  soldSqm: number;
  heldSqm: number;
  freeSqm: number;
}

export interface CountryCount {
  country: string;
  region: Region;
  exhibitors: number;
}

export interface SectorZoneCell {
  zoneId: string;
  sector: string;
  exhibitors: number;
}

export interface WeekPoint {
  /** Monday of the week, YYYY-MM-DD. */
  week: string;
  assignedSqm: number;
}

export interface ChartData {
  halls: HallOccupancy[];
  revenue: { expected: number; invoiced: number; paid: number };
  countries: CountryCount[];
  regions: Record<Region, number>;
  /** Share of exhibitors from outside China (the international mark is 20 %). */
  internationalShare: number;
  sectorsByZone: SectorZoneCell[];
  funnel: { stage: SalesStage; exhibitors: number }[];
  weeks: WeekPoint[];
}

const round = (n: number) => Math.round(n * 100) / 100;

function monday(iso: string): string {
  const d = new Date(iso);
  const day = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - day)).toISOString().slice(0, 10);
}

/**
 * The dashboard's chart series in one pass each: m² sold / held / free by hall, revenue
 * expected vs invoiced vs paid, exhibitors by country (China / ASEAN / other), sectors by
 * zone, the sales funnel (exhibitors who reached each stage, cancelled apart) and assigned m²
 * week by week replayed from the history.
 */
export function chartData(doc: Project): ChartData {
  const halls = new Map<string, HallOccupancy>();
  for (const h of Object.values(doc.halls).sort((a, b) => a.order - b.order)) halls.set(h.id, { hallId: h.id, code: h.code, name: h.name, soldSqm: 0, heldSqm: 0, freeSqm: 0 });
  const index = exhibitorIndex(doc);
  for (const b of Object.values(doc.booths)) {
    const row = halls.get(b.hallId);
    if (!row) continue;
    const a = index.area.get(b.id) ?? shapeArea(b.shape);
    if (b.status === 'assigned') row.soldSqm += a;
    else if (b.status === 'hold' || b.status === 'reserved') row.heldSqm += a;
    else if (b.status === 'available') row.freeSqm += a;
  }
  const revenue = { expected: 0, invoiced: 0, paid: 0 };
  const countries = new Map<string, number>();
  const regions: Record<Region, number> = { china: 0, asean: 0, other: 0 };
  const stageCount = new Map<SalesStage, number>();
  const cells = new Map<string, SectorZoneCell>();
  for (const ex of Object.values(doc.exhibitors)) {
    const f = saleFigures(doc, ex);
    revenue.expected += f.expected;
    revenue.invoiced += f.invoiced;
    revenue.paid += f.paid;
    stageCount.set(ex.sale.stage, (stageCount.get(ex.sale.stage) ?? 0) + 1);
    if (ex.sale.stage === 'cancelled') continue;
    countries.set(ex.country, (countries.get(ex.country) ?? 0) + 1);
    regions[regionOf(ex.country)]++;
    const mine = index.byExhibitor.get(ex.id);
    const zones = new Set([...(mine?.assigned ?? []), ...(mine?.claimed ?? [])].map((b) => b.zoneId ?? ''));
    for (const z of zones) {
      for (const s of ex.sectors) {
        const key = `${z}\u0000${s}`;
        const c = cells.get(key) ?? { zoneId: z, sector: s, exhibitors: 0 };
        c.exhibitors++;
        cells.set(key, c);
      }
    }
  }
  // The funnel counts who reached a stage or went further, so it narrows stage by stage.
  let further = 0;
  const funnel = [...OPEN_STAGES].reverse().map((stage) => {
    further += stageCount.get(stage) ?? 0;
    return { stage, exhibitors: further };
  }).reverse();
  funnel.push({ stage: 'cancelled', exhibitors: stageCount.get('cancelled') ?? 0 });

  const weeks: WeekPoint[] = [];
  let assigned = 0;
  const entries = doc.history.filter((h) => h.action === 'assign' || h.action === 'unassign').sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const h of entries) {
    const b = doc.booths[h.boothId];
    const a = b ? (index.area.get(b.id) ?? shapeArea(b.shape)) : 0;
    assigned += h.action === 'assign' ? a : -a;
    const w = monday(h.at);
    const last = weeks[weeks.length - 1];
    if (last && last.week === w) last.assignedSqm = round(assigned);
    else weeks.push({ week: w, assignedSqm: round(assigned) });
  }
  const total = regions.china + regions.asean + regions.other;
  return {
    halls: [...halls.values()].map((h) => ({ ...h, soldSqm: round(h.soldSqm), heldSqm: round(h.heldSqm), freeSqm: round(h.freeSqm) })),
    revenue: { expected: round(revenue.expected), invoiced: round(revenue.invoiced), paid: round(revenue.paid) },
    countries: [...countries].map(([country, exhibitors]) => ({ country, region: regionOf(country), exhibitors })).sort((a, b) => b.exhibitors - a.exhibitors || a.country.localeCompare(b.country)),
    regions,
    internationalShare: total ? (regions.asean + regions.other) / total : 0,
    sectorsByZone: [...cells.values()],
    funnel,
    weeks,
  };
}
