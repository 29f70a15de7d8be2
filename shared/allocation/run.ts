import type { Project } from '../model/project';
import { greedyPass } from './greedy';
import { buildProblem } from './problem';
import { scoreOf, toProposal } from './proposal';
import type { AllocationOptions, Proposal } from './types';

/** The default proposal: the priority-order pass, with reasons. Synchronous and fast. */
export function proposeGreedy(doc: Project, opts: AllocationOptions = {}, now: () => number = () => 0): Proposal {
  const t0 = now();
  opts.onProgress?.(0, 'prepare');
  const p = buildProblem(doc, opts);
  opts.onProgress?.(0.3, 'draw');
  const choice = greedyPass(p, (d) => opts.onProgress?.(0.3 + 0.6 * d, 'draw'));
  const g = scoreOf(p, choice);
  const proposal = toProposal(p, choice, 'greedy', { millis: 0, solver: 'none', greedyScore: g.score, greedyPlaced: g.placed });
  proposal.stats.millis = Math.round(now() - t0);
  opts.onProgress?.(1, 'done');
  return proposal;
}
