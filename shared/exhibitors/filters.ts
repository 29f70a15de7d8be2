import type { Exhibitor, SalesStage } from '../model/entities';
import type { Project } from '../model/project';
import { assignmentState, exhibitorIndex, type AssignmentState, type ExhibitorIndex } from '../assignment/by-exhibitor';
import { exhibitorMatcher } from './search';

export interface ExhibitorFilter {
  /** ISO codes; empty or absent = any. */
  countries?: readonly string[];
  /** Sector ids; an exhibitor matches if it has any of them. */
  sectors?: readonly string[];
  /** Zone ids: an exhibitor matches with a booth assigned, held or reserved in the zone, or the zone among its preferred ones. */
  zones?: readonly string[];
  states?: readonly AssignmentState[];
  /** Sales stages; empty or absent = any. */
  stages?: readonly SalesStage[];
  /** Hall ids: an exhibitor matches with a booth assigned, held or reserved in the hall. */
  halls?: readonly string[];
  /** Words to find in names (zh/en, short names, pinyin of Chinese names), country names, booth numbers or contact details; all must match. */
  text?: string;
}

/** The exhibitor's assignment state and booth numbers, from a prebuilt index. */
export function exhibitorSummary(ex: Exhibitor, index: ExhibitorIndex) {
  const mine = index.byExhibitor.get(ex.id);
  return {
    state: assignmentState(ex.requested, mine),
    assignedArea: mine?.assignedArea ?? 0,
    assigned: mine?.assigned ?? [],
    claimed: mine?.claimed ?? [],
  };
}

/** Exhibitors passing every given criterion, in the show's order. */
export function filterExhibitors(doc: Project, filter: ExhibitorFilter): Exhibitor[] {
  const index = exhibitorIndex(doc);
  const countries = filter.countries?.length ? new Set(filter.countries) : null;
  const sectors = filter.sectors?.length ? new Set(filter.sectors) : null;
  const zones = filter.zones?.length ? new Set(filter.zones) : null;
  const states = filter.states?.length ? new Set(filter.states) : null;
  const stages = filter.stages?.length ? new Set(filter.stages) : null;
  const halls = filter.halls?.length ? new Set(filter.halls) : null;
  const matches = exhibitorMatcher(filter.text ?? '');
  return Object.values(doc.exhibitors).filter((ex) => {
    if (countries && !countries.has(ex.country)) return false;
    if (sectors && !ex.sectors.some((s) => sectors.has(s))) return false;
    if (stages && !stages.has(ex.sale.stage)) return false;
    const s = exhibitorSummary(ex, index);
    if (states && !states.has(s.state)) return false;
    const booths = [...s.assigned, ...s.claimed];
    if (halls && !booths.some((b) => halls.has(b.hallId))) return false;
    if (zones && !ex.preferredZones.some((z) => zones.has(z)) && !booths.some((b) => b.zoneId !== null && zones.has(b.zoneId))) return false;
    if (matches && !matches(ex, booths.map((b) => b.number))) return false;
    return true;
  });
}
