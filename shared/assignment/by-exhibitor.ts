import { shapeArea } from '../geometry/polygon';
import type { Booth } from '../model/entities';
import type { Project } from '../model/project';
import { entryOf } from '../model/project';

export interface ExhibitorBooths {
  /** Booths assigned to the exhibitor. */
  assigned: Booth[];
  assignedArea: number;
  /** Booths held or reserved for the exhibitor. */
  claimed: Booth[];
}

export interface ExhibitorIndex {
  byExhibitor: Map<string, ExhibitorBooths>;
  /** Area of every booth in m², by booth id. */
  area: Map<string, number>;
}

const cache = new WeakMap<Project['booths'], WeakMap<Project['assignments'], ExhibitorIndex>>();
// Areas by shape: an edit replaces only the shapes it changes, so the index of the next version
// does not measure 75,000 outlines again.
const areas = new WeakMap<Booth['shape'], number>();
const areaOf = (shape: Booth['shape']): number => {
  let a = areas.get(shape);
  if (a === undefined) areas.set(shape, (a = shapeArea(shape)));
  return a;
};

/**
 * Booths by exhibitor, with assigned areas. Cached per (booths, assignments) pair: operations
 * replace those records when they change them, so the cache can never be stale.
 */
export function exhibitorIndex(doc: Pick<Project, 'booths' | 'assignments'>): ExhibitorIndex {
  let inner = cache.get(doc.booths);
  if (!inner) cache.set(doc.booths, (inner = new WeakMap()));
  const hit = inner.get(doc.assignments);
  if (hit) return hit;
  const byExhibitor = new Map<string, ExhibitorBooths>();
  const area = new Map<string, number>();
  const entry = (id: string) => {
    let e = byExhibitor.get(id);
    if (!e) byExhibitor.set(id, (e = { assigned: [], assignedArea: 0, claimed: [] }));
    return e;
  };
  for (const booth of Object.values(doc.booths)) {
    const a = areaOf(booth.shape);
    area.set(booth.id, a);
    if (booth.status === 'assigned') {
      const rec = entryOf(doc.assignments, booth.id);
      if (!rec) continue;
      const e = entry(rec.exhibitorId);
      e.assigned.push(booth);
      e.assignedArea += a;
    } else if ((booth.status === 'hold' || booth.status === 'reserved') && booth.claim?.exhibitorId) {
      entry(booth.claim.exhibitorId).claimed.push(booth);
    }
  }
  const index = { byExhibitor, area };
  inner.set(doc.assignments, index);
  return index;
}

export type AssignmentState = 'unassigned' | 'partly' | 'fully';

/** Relative slack on requested area before an exhibitor counts as partly served or over-served. */
export const AREA_TOLERANCE = 0.005;

/**
 * Unassigned: no booth assigned. Partly: some booths, but less area or fewer booths than
 * requested. Fully: at least the requested area and booth count (or booths and no request).
 */
export function assignmentState(
  requested: { areaSqm: number | null; booths: number | null },
  booths: ExhibitorBooths | undefined,
): AssignmentState {
  if (!booths || booths.assigned.length === 0) return 'unassigned';
  if (requested.areaSqm !== null && booths.assignedArea < requested.areaSqm * (1 - AREA_TOLERANCE)) return 'partly';
  if (requested.booths !== null && booths.assigned.length < requested.booths) return 'partly';
  return 'fully';
}
