import { Floor } from './floor';
import { drawOrder, satisfaction, type Problem, type Seeker } from './problem';

/** Seeker index → chosen block index (or -1). */
export type Choice = Int32Array;

export function bestSatisfaction(s: Seeker): number {
  return 1 + (s.preferred.size ? 1 : 0) + (s.previous.size ? 2 : 0) + (s.ex.allocation.wantsCorner ? 0.5 : 0) + (s.ex.allocation.wantsIsland ? 0.5 : 0);
}

/** The best block still open for a seeker: highest satisfaction, then first on the floor. */
export function pick(p: Problem, floor: Floor, s: Seeker): number {
  const top = bestSatisfaction(s);
  let best = -1;
  let bestSat = -1;
  for (const bi of s.candidates) {
    const block = p.blocks[bi]!;
    if (floor.fits(s, block) !== 'ok') continue;
    const sat = satisfaction(p, s, block);
    if (sat > bestSat) {
      best = bi;
      bestSat = sat;
      if (sat >= top) break;
    }
  }
  return best;
}

/**
 * The priority-order pass (the space draw run by the computer): exhibitors in draw order each
 * take the best block still open to them. Fast, and what an organizer expects first.
 */
export function greedyPass(p: Problem, onProgress?: (done: number) => void): Choice {
  const choice = new Int32Array(p.seekers.length).fill(-1);
  const floor = new Floor(p);
  const index = new Map(p.seekers.map((s, i) => [s, i]));
  const order = drawOrder(p.seekers);
  order.forEach((s, n) => {
    const i = index.get(s)!;
    const bi = pick(p, floor, s);
    if (bi >= 0) {
      choice[i] = bi;
      floor.place(s, i, p.blocks[bi]!);
    }
    if (onProgress && n % 200 === 0) onProgress(n / order.length);
  });
  return choice;
}

/** Replays choices onto a fresh floor (used to explain who is left out and why). */
export function floorOf(p: Problem, choice: Choice): Floor {
  const floor = new Floor(p);
  choice.forEach((bi, i) => {
    if (bi >= 0) floor.place(p.seekers[i]!, i, p.blocks[bi]!);
  });
  return floor;
}
