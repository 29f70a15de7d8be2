import { polygonArea, shapeArea } from '../geometry/polygon';
import { BOOTH_STATUSES, type BoothStatus } from '../model/entities';
import type { Bilingual } from '../model/primitives';
import type { Project } from '../model/project';
import { boothPrice } from './pricing';
import { entryOf } from '../model/project';

export interface Totals {
  booths: number;
  areaSqm: number;
}

export interface OccupancyRow {
  /** Hall id, zone id ('' = no zone), ISO country code or sector id. */
  key: string;
  /** Hall and zone names; countries and sectors are named by the renderer from their lists. */
  name: Bilingual | null;
  booths: number;
  areaSqm: number;
  /** Booths and m² that can be sold (all but blocked). */
  sellableAreaSqm: number;
  assignedBooths: number;
  assignedAreaSqm: number;
  /** Assigned m² / sellable m² (0 when nothing is sellable). */
  occupancy: number;
  /** Exhibitors with at least one assigned booth here. */
  exhibitors: number;
}

export interface GroupRow {
  /** ISO country code or sector id. */
  key: string;
  exhibitors: number;
  assignedBooths: number;
  assignedAreaSqm: number;
  /** Share of all assigned m². */
  share: number;
}

export interface DashboardOptions {
  /** UFI-style rule: an international show has at least this share of net area rented by foreign exhibitors. */
  internationalThreshold?: number;
  /** Countries that do not count as foreign (default China only). */
  domesticCountries?: readonly string[];
}

export interface Dashboard {
  byStatus: Record<BoothStatus, Totals>;
  total: Totals;
  /** Gross = hall outlines; net = booth shapes; ratio = net / gross. */
  area: { grossHallSqm: number; netBoothSqm: number; netToGross: number };
  revenue: {
    currency: string;
    byStatus: Record<BoothStatus, number>;
    /** Assigned booths. */
    assigned: number;
    /** Assigned, reserved and held booths. */
    pipeline: number;
    /** Every booth that is not blocked. */
    potential: number;
  };
  occupancy: { byHall: OccupancyRow[]; byZone: OccupancyRow[] };
  /** Assigned booths by the exhibitor's country and sector (an exhibitor counts toward each of its sectors). */
  byCountry: GroupRow[];
  bySector: GroupRow[];
  international: {
    foreignAreaSqm: number;
    assignedAreaSqm: number;
    /** Foreign share of assigned (rented) net area. */
    share: number;
    threshold: number;
    /** True when the foreign share is below the threshold: the show misses the international mark. */
    belowThreshold: boolean;
    foreignExhibitors: number;
    exhibitorsWithBooths: number;
  };
}

const zeroTotals = (): Record<BoothStatus, Totals> =>
  Object.fromEntries(BOOTH_STATUSES.map((s) => [s, { booths: 0, areaSqm: 0 }])) as Record<BoothStatus, Totals>;

function occupancyRow(key: string, name: Bilingual | null): OccupancyRow & { ex: Set<string> } {
  return { key, name, booths: 0, areaSqm: 0, sellableAreaSqm: 0, assignedBooths: 0, assignedAreaSqm: 0, occupancy: 0, exhibitors: 0, ex: new Set() };
}

function finish(rows: Iterable<OccupancyRow & { ex: Set<string> }>): OccupancyRow[] {
  return [...rows].map(({ ex, ...r }) => ({ ...r, exhibitors: ex.size, occupancy: r.sellableAreaSqm > 0 ? r.assignedAreaSqm / r.sellableAreaSqm : 0 }));
}

/**
 * The show's figures in one pass over the booths: booths and m² by status, gross vs net area,
 * expected revenue from the rate card (overrides replace the computed price), occupancy by
 * hall and zone, assigned area by country and sector, and the foreign share of rented area.
 */
export function computeDashboard(doc: Project, opts: DashboardOptions = {}): Dashboard {
  const threshold = opts.internationalThreshold ?? 0.2;
  const domestic = new Set(opts.domesticCountries ?? ['CN']);
  const rateCard = doc.settings.rateCard;
  const byStatus = zeroTotals();
  const revenueByStatus = Object.fromEntries(BOOTH_STATUSES.map((s) => [s, 0])) as Record<BoothStatus, number>;
  const halls = new Map<string, OccupancyRow & { ex: Set<string> }>();
  const zones = new Map<string, OccupancyRow & { ex: Set<string> }>();
  for (const h of Object.values(doc.halls).sort((a, b) => a.order - b.order)) halls.set(h.id, occupancyRow(h.id, h.name));
  for (const z of Object.values(doc.zones)) zones.set(z.id, occupancyRow(z.id, z.name));
  const countries = new Map<string, GroupRow & { ex: Set<string> }>();
  const sectors = new Map<string, GroupRow & { ex: Set<string> }>();
  const group = (m: Map<string, GroupRow & { ex: Set<string> }>, key: string) => {
    let g = m.get(key);
    if (!g) m.set(key, (g = { key, exhibitors: 0, assignedBooths: 0, assignedAreaSqm: 0, share: 0, ex: new Set() }));
    return g;
  };
  let net = 0;
  let assignedArea = 0;
  let foreignArea = 0;
  const foreignEx = new Set<string>();
  const withBooths = new Set<string>();

  for (const booth of Object.values(doc.booths)) {
    const area = shapeArea(booth.shape);
    net += area;
    const st = byStatus[booth.status];
    st.booths++;
    st.areaSqm += area;
    revenueByStatus[booth.status] += boothPrice(booth, rateCard, area);

    const hall = halls.get(booth.hallId) ?? occupancyRow(booth.hallId, null);
    halls.set(booth.hallId, hall);
    const zoneKey = booth.zoneId ?? '';
    let zone = zones.get(zoneKey);
    if (!zone) zones.set(zoneKey, (zone = occupancyRow(zoneKey, null)));
    const exId = booth.status === 'assigned' ? entryOf(doc.assignments, booth.id)?.exhibitorId : undefined;
    const ex = exId ? entryOf(doc.exhibitors, exId) : undefined;
    for (const row of [hall, zone]) {
      row.booths++;
      row.areaSqm += area;
      if (booth.status !== 'blocked') row.sellableAreaSqm += area;
      if (ex) {
        row.assignedBooths++;
        row.assignedAreaSqm += area;
        row.ex.add(ex.id);
      }
    }
    if (!ex) continue;
    assignedArea += area;
    withBooths.add(ex.id);
    if (!domestic.has(ex.country)) {
      foreignArea += area;
      foreignEx.add(ex.id);
    }
    const groups = [group(countries, ex.country), ...ex.sectors.map((s) => group(sectors, s))];
    for (const g of groups) {
      g.assignedBooths++;
      g.assignedAreaSqm += area;
      g.ex.add(ex.id);
    }
  }

  let gross = 0;
  for (const h of Object.values(doc.halls)) gross += polygonArea(h.outline);
  const groupRows = (m: Map<string, GroupRow & { ex: Set<string> }>) =>
    [...m.values()]
      .map(({ ex, ...g }) => ({ ...g, exhibitors: ex.size, share: assignedArea > 0 ? g.assignedAreaSqm / assignedArea : 0 }))
      .sort((a, b) => b.assignedAreaSqm - a.assignedAreaSqm || a.key.localeCompare(b.key));
  const total = BOOTH_STATUSES.reduce((t, s) => ({ booths: t.booths + byStatus[s].booths, areaSqm: t.areaSqm + byStatus[s].areaSqm }), { booths: 0, areaSqm: 0 });
  const share = assignedArea > 0 ? foreignArea / assignedArea : 0;
  return {
    byStatus,
    total,
    area: { grossHallSqm: gross, netBoothSqm: net, netToGross: gross > 0 ? net / gross : 0 },
    revenue: {
      currency: doc.settings.currency,
      byStatus: revenueByStatus,
      assigned: revenueByStatus.assigned,
      pipeline: revenueByStatus.assigned + revenueByStatus.reserved + revenueByStatus.hold,
      potential: BOOTH_STATUSES.filter((s) => s !== 'blocked').reduce((sum, s) => sum + revenueByStatus[s], 0),
    },
    occupancy: { byHall: finish(halls.values()), byZone: finish([...zones.values()].filter((z) => z.booths > 0 || z.key !== '')) },
    byCountry: groupRows(countries),
    bySector: groupRows(sectors),
    international: {
      foreignAreaSqm: foreignArea,
      assignedAreaSqm: assignedArea,
      share,
      threshold,
      belowThreshold: assignedArea > 0 && share < threshold,
      foreignExhibitors: foreignEx.size,
      exhibitorsWithBooths: withBooths.size,
    },
  };
}
