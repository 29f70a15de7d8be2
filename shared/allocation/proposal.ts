import type { Project } from '../model/project';
import { leftOutReasons, placementReasons } from './explain';
import { floorOf, type Choice } from './greedy';
import { satisfaction, type Problem } from './problem';
import type { AllocationMethod, Proposal, ProposalStats } from './types';

/** Placing someone is worth two wishes met: the optimiser places first, then pleases. */
export const PLACE_VALUE = 2;

/** Σ priority weight × (placed + satisfaction), the objective both passes are compared on, and how many are placed. */
export function scoreOf(p: Problem, choice: Choice): { score: number; placed: number } {
  let score = 0;
  let placed = 0;
  choice.forEach((bi, i) => {
    if (bi < 0) return;
    const s = p.seekers[i]!;
    score += s.weight * (PLACE_VALUE + satisfaction(p, s, p.blocks[bi]!));
    placed++;
  });
  return { score: Math.round(score * 100) / 100, placed };
}

/** Turns chosen blocks into a proposal with reasons for every placement and every exhibitor left out. */
export function toProposal(
  p: Problem,
  choice: Choice,
  method: AllocationMethod,
  extra: Pick<ProposalStats, 'millis' | 'solver' | 'greedyScore' | 'greedyPlaced'>,
): Proposal {
  const floor = floorOf(p, choice);
  const placements: Proposal['placements'] = [];
  const leftOut: Proposal['leftOut'] = [];
  let satisfiable = 0;
  p.seekers.forEach((s, i) => {
    if (s.candidates.length > 0) satisfiable++;
    const bi = choice[i]!;
    if (bi >= 0) {
      const block = p.blocks[bi]!;
      placements.push({
        exhibitorId: s.ex.id,
        boothIds: block.booths.map((b) => p.infos[b]!.booth.id),
        hallId: block.hallId,
        priority: s.priority.points,
        satisfaction: satisfaction(p, s, block),
        reasons: placementReasons(p, s, block),
      });
    } else {
      leftOut.push({ exhibitorId: s.ex.id, priority: s.priority.points, satisfiable: s.candidates.length > 0, reasons: leftOutReasons(p, s, floor) });
    }
  });
  placements.sort((a, b) => b.priority - a.priority || (a.exhibitorId < b.exhibitorId ? -1 : 1));
  leftOut.sort((a, b) => b.priority - a.priority || (a.exhibitorId < b.exhibitorId ? -1 : 1));
  const { score, placed } = scoreOf(p, choice);
  return {
    kind: 'pavilion-allocation-proposal',
    version: 1,
    method,
    seed: p.seed,
    hallId: p.hallId,
    revision: p.doc.revision,
    placements,
    leftOut,
    stats: {
      exhibitors: p.seekers.length,
      satisfiable,
      placed,
      placedShare: satisfiable === 0 ? 1 : placed / satisfiable,
      score,
      boothsProposed: placements.reduce((n, pl) => n + pl.boothIds.length, 0),
      ...extra,
    },
  };
}

export type { Project };
