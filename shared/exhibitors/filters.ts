import type { Exhibitor, SalesStage } from '../model/entities';
import type { Project } from '../model/project';
import { assignmentState, exhibitorIndex, type AssignmentState, type ExhibitorIndex } from '../assignment/by-exhibitor';
import { foldForSearch, normalizeKey } from './text';

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
  /** Words to find in names (zh/en, short names), booth numbers or contact details; all must match. */
  text?: string;
}

function haystack(ex: Exhibitor, boothNumbers: readonly string[]): string[] {
  return [ex.name.zh, ex.name.en, ex.shortName.zh, ex.shortName.en, ex.contact.person, ex.contact.email, ex.contact.phone, ...boothNumbers].filter(Boolean);
}

/**
 * True when every whitespace-separated word of `query` occurs in some field, compared
 * case- and width-insensitively and also with spaces and punctuation ignored (so "co ltd"
 * finds "Co., Ltd." and "13800 138000" finds "138-0013-8000").
 */
export function matchesText(fields: readonly string[], query: string): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const folded = fields.map(foldForSearch);
  const keys = fields.map(normalizeKey);
  return words.every((w) => {
    const k = normalizeKey(w);
    return folded.some((f) => f.includes(w)) || (k.length > 0 && keys.some((f) => f.includes(k)));
  });
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
  const text = filter.text?.trim() ?? '';
  return Object.values(doc.exhibitors).filter((ex) => {
    if (countries && !countries.has(ex.country)) return false;
    if (sectors && !ex.sectors.some((s) => sectors.has(s))) return false;
    if (stages && !stages.has(ex.sale.stage)) return false;
    const s = exhibitorSummary(ex, index);
    if (states && !states.has(s.state)) return false;
    const booths = [...s.assigned, ...s.claimed];
    if (halls && !booths.some((b) => halls.has(b.hallId))) return false;
    if (zones && !ex.preferredZones.some((z) => zones.has(z)) && !booths.some((b) => b.zoneId !== null && zones.has(b.zoneId))) return false;
    if (text && !matchesText(haystack(ex, booths.map((b) => b.number)), text)) return false;
    return true;
  });
}
