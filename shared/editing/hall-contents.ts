import type { Project } from '../model/project';

/** What deleting a hall takes with it, for the confirmation the user answers first. */
export interface HallContents {
  booths: number;
  facilities: number;
  /** Booths assigned, held or reserved for someone: deleting them frees those exhibitors. */
  claimed: number;
}

export function hallContents(doc: Project, hallId: string): HallContents {
  let booths = 0;
  let claimed = 0;
  for (const b of Object.values(doc.booths)) {
    if (b.hallId !== hallId) continue;
    booths++;
    if (b.claim || doc.assignments[b.id]) claimed++;
  }
  const facilities = Object.values(doc.facilities).filter((f) => f.hallId === hallId).length;
  return { booths, facilities, claimed };
}
