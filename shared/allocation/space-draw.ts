import { assignBooths } from '../assignment/commands';
import type { ActionContext, CommandResult } from '../assignment/types';
import type { Project } from '../model/project';
import { placementReasons } from './explain';
import { Floor } from './floor';
import { buildProblem, satisfaction } from './problem';
import type { Reason } from './types';
import { waitlist } from './waitlist';

/**
 * The space draw: exhibitors without a booth come up in priority order (then earlier deposit),
 * each picks — or staff pick for them — one of the blocks of free booths that meets every hard
 * rule for them, and each pick is one operation. The order is recomputed from the show, so a
 * draw paused for lunch resumes where the show now stands.
 */
export function drawQueue(doc: Project): string[] {
  return waitlist(doc)
    .filter((w) => w.kind === 'no-booth')
    .map((w) => w.exhibitorId);
}

export interface DrawOption {
  boothIds: string[];
  numbers: string[];
  hallId: string;
  area: number;
  /** "1×3", "2×2", "1". */
  form: string;
  corner: boolean;
  island: boolean;
  reasons: Reason[];
}

/** The blocks this exhibitor may pick now, best first (preferred zone, last year's booth, wishes). */
export function drawOptions(doc: Project, exhibitorId: string, limit = 12): DrawOption[] {
  if (!doc.exhibitors[exhibitorId]) return [];
  const p = buildProblem(doc, { exhibitorIds: [exhibitorId] });
  const s = p.seekers.find((x) => x.ex.id === exhibitorId);
  if (!s) return [];
  const floor = new Floor(p);
  const scored = s.candidates
    .map((bi) => p.blocks[bi]!)
    .filter((block) => floor.fits(s, block) === 'ok')
    .map((block) => ({ block, sat: satisfaction(p, s, block) }));
  scored.sort((a, b) => b.sat - a.sat || a.block.idx - b.block.idx);
  return scored.slice(0, limit).map(({ block }) => {
    const booths = block.booths.map((i) => p.infos[i]!.booth);
    return {
      boothIds: booths.map((b) => b.id),
      numbers: booths.map((b) => b.number),
      hallId: block.hallId,
      area: Math.round(block.area * 100) / 100,
      form: block.form,
      corner: block.corner,
      island: block.island,
      reasons: placementReasons(p, s, block),
    };
  });
}

/** The pick: the booths are assigned to the exhibitor, one operation (one undo). */
export function drawPick(doc: Project, exhibitorId: string, boothIds: readonly string[], ctx: ActionContext): CommandResult {
  return assignBooths(doc, { exhibitorId, boothIds }, ctx);
}
