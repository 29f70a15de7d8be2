import type { HallPlacement, Level } from '../model/entities';
import { defaultLevelName } from '../model/levels';

/** Width of the boulevard between the two rows of halls, metres (the central building sits in it). */
export const BOULEVARD_M = 80;
/** Space between neighbouring halls in a row, metres. */
export const ROW_GAP_M = 30;

export interface SitePlan {
  /** Per hall, in the order given. */
  halls: { level: number; placement: HallPlacement }[];
  levels: Level[];
}

/**
 * A plausible exhibition centre for generated shows: ground-floor halls in two rows facing
 * each other across a boulevard (north row first, left to right), and — from four halls up —
 * a third of the halls upstairs on 2F, each above a ground-floor hall; from 30 halls up (a
 * Canton Fair size complex) the upper third is split again between 2F and 3F. Like the Nanning
 * centre's areas around its central building, not one long strip.
 */
export function planSite(sizes: readonly { width: number; depth: number }[]): SitePlan {
  const n = sizes.length;
  const upstairs = n >= 4 ? Math.floor(n / 3) : 0;
  const ground = n - upstairs;
  const perRow = Math.ceil(ground / 2);
  const north = sizes.slice(0, perRow);
  const northDepth = Math.max(0, ...north.map((s) => s.depth));
  const halls: SitePlan['halls'] = [];
  let x = 0;
  for (let i = 0; i < ground; i++) {
    if (i === perRow) x = 0;
    const s = sizes[i]!;
    // North halls line up along the boulevard with their south walls; south halls with their north walls.
    const y = i < perRow ? northDepth - s.depth : northDepth + BOULEVARD_M;
    halls.push({ level: 1, placement: { x, y, rotation: 0 } });
    x += s.width + ROW_GAP_M;
  }
  const third = n >= 30 ? Math.floor(upstairs / 2) : 0;
  for (let i = 0; i < upstairs; i++) {
    // Above a ground-floor hall, alternating rows so both wings have an upper floor; 3F halls
    // stack over the same ground-floor halls as the first 2F ones.
    const k = i < upstairs - third ? i : i - (upstairs - third);
    const below = halls[k % 2 === 0 ? k / 2 : perRow + (k - 1) / 2] ?? halls[k]!;
    halls.push({ level: i < upstairs - third ? 2 : 3, placement: { ...below.placement } });
  }
  const levels = [...new Set(halls.map((h) => h.level))].map((ordinal) => ({ ordinal, name: defaultLevelName(ordinal) }));
  return { halls, levels };
}
