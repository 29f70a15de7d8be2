import loadHighs from 'highs';
import { checkProposal } from '../../shared/allocation/check';
import { withoutAssignments } from '../../shared/allocation/clear';
import { proposeOptimised } from '../../shared/allocation/optimise';
import { proposeGreedy } from '../../shared/allocation/run';
import type { Project } from '../../shared/model/project';
import { rows, type Measurement } from './stats';

/**
 * Allocation on a show with its assignments cleared (holds, reservations and blocks kept):
 * the priority-order pass and [Optimise] (HiGHS, 60 s limit), each once. Rows: time of each
 * (the pass is the baseline of the optimiser), placed % of the exhibitors whose request can
 * be met, priority-weighted score (the pass as baseline), and hard rules broken (must be 0).
 */
export async function measureAllocation(show: Project, booths: number): Promise<Measurement[]> {
  const doc = withoutAssignments(show);
  const now = () => performance.now();
  const greedy = proposeGreedy(doc, { seed: 1 }, now);
  const optimised = proposeOptimised(doc, await loadHighs(), { seed: 1, seconds: 60 }, now);
  const broken = checkProposal(doc, greedy).length + checkProposal(doc, optimised).length;
  const pct = (x: number) => Math.round(x * 10000) / 100;
  return [
    ...rows('allocate-priority-pass', booths, [greedy.stats.millis], {}),
    ...rows('allocate-optimise', booths, [optimised.stats.millis], { 'priority-pass': [greedy.stats.millis] }),
    ...rows('allocate-placed-share', booths, [pct(optimised.stats.placedShare)], { 'priority-pass': [pct(greedy.stats.placedShare)] }, '%'),
    ...rows('allocate-score', booths, [optimised.stats.score], { 'priority-pass': [greedy.stats.score] }, 'pts'),
    ...rows('allocate-rules-broken', booths, [broken], {}, 'count'),
  ];
}
