import { setOccupancy } from '../assignment/occupancy';
import type { ActionContext } from '../assignment/types';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import type { Operation } from '../ops/operation';
import { placedExhibitors } from './problem';
import type { Placement, Proposal } from './types';

export const ALLOCATION_LABELS = {
  accept: 'ops.acceptAllocation',

} as const;

export interface AcceptSelection {
  /** Only placements in this hall. */
  hallId?: string | null;
  /** Only these exhibitors' placements. */
  exhibitorIds?: ReadonlySet<string> | null;
}

export interface AcceptResult {
  /** One operation for everything accepted (one undo step), or null when nothing could be. */
  op: Operation | null;
  accepted: Placement[];
  /** Placements whose booths or exhibitor changed since the proposal was made. */
  stale: Placement[];
}

/** The placements a selection covers. */
export function selectPlacements(proposal: Proposal, sel: AcceptSelection = {}): Placement[] {
  return proposal.placements.filter((p) => (!sel.hallId || p.hallId === sel.hallId) && (!sel.exhibitorIds || sel.exhibitorIds.has(p.exhibitorId)));
}

/**
 * Assigns the selected placements in one operation. A placement is skipped as stale when one
 * of its booths is no longer free or its exhibitor got space meanwhile; the rest go through.
 */
export function acceptProposal(doc: Project, proposal: Proposal, sel: AcceptSelection, ctx: ActionContext): AcceptResult {
  const chosen = selectPlacements(proposal, sel);
  const placed = placedExhibitors(doc);
  const b = operation(doc, ALLOCATION_LABELS.accept, { count: chosen.length });
  const used = new Set<string>();
  const accepted: Placement[] = [];
  const stale: Placement[] = [];
  for (const pl of chosen) {
    const free = pl.boothIds.every((id) => {
      const booth = doc.booths[id];
      return booth && booth.status === 'available' && !doc.assignments[id] && !used.has(id);
    });
    if (!free || !doc.exhibitors[pl.exhibitorId] || placed.has(pl.exhibitorId)) {
      stale.push(pl);
      continue;
    }
    for (const id of pl.boothIds) {
      used.add(id);
      setOccupancy(b, id, { kind: 'assigned', exhibitorId: pl.exhibitorId }, ctx);
    }
    accepted.push(pl);
  }
  if (!accepted.length) return { op: null, accepted, stale };
  const built = b.build();
  built.labelArgs = { count: accepted.length };
  return { op: built, accepted, stale };
}

/** The proposal without the placements given (after a partial accept or a per-exhibitor reject). */
export function withoutPlacements(proposal: Proposal, exhibitorIds: ReadonlySet<string>): Proposal {
  return { ...proposal, placements: proposal.placements.filter((p) => !exhibitorIds.has(p.exhibitorId)) };
}
