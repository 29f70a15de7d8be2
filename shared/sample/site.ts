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

/** At most this many halls side by side in one row: a bigger centre gets more rows, not a longer strip. */
export const MAX_PER_ROW = 8;

/**
 * A plausible exhibition centre for generated shows: ground-floor halls in pairs of rows facing
 * each other across a boulevard (north row first, left to right; a bigger centre has several
 * such pairs one below the other, like the Canton Fair complex's areas), and — from four halls
 * up — a third of the halls upstairs on 2F, each above a ground-floor hall; from 30 halls up
 * the upper third is split again between 2F and 3F. Like the Nanning centre's areas around its
 * central building, not one long strip.
 */
export function planSite(sizes: readonly { width: number; depth: number }[]): SitePlan {
  const n = sizes.length;
  const upstairs = n >= 4 ? Math.floor(n / 3) : 0;
  const ground = n - upstairs;
  const perRow = Math.min(MAX_PER_ROW, Math.ceil(ground / 2));
  const halls: SitePlan['halls'] = [];
  /** Ground-floor hall indices per row, top to bottom. */
  const rows: number[][] = [];
  let top = 0;
  for (let first = 0; first < ground; first += 2 * perRow) {
    const north = sizes.slice(first, Math.min(ground, first + perRow));
    const south = sizes.slice(first + perRow, Math.min(ground, first + 2 * perRow));
    const northDepth = Math.max(0, ...north.map((s) => s.depth));
    const southDepth = Math.max(0, ...south.map((s) => s.depth));
    for (const [row, from] of [[north, first], [south, first + perRow]] as const) {
      let x = 0;
      const ids: number[] = [];
      row.forEach((s, j) => {
        // North halls line up along the boulevard with their south walls; south halls with their north walls.
        const y = row === north ? top + northDepth - s.depth : top + northDepth + BOULEVARD_M;
        halls.push({ level: 1, placement: { x, y, rotation: 0 } });
        ids.push(from + j);
        x += s.width + ROW_GAP_M;
      });
      if (ids.length > 0) rows.push(ids);
    }
    top += northDepth + BOULEVARD_M + southDepth + BOULEVARD_M;
  }
  // Upper floors over ground-floor halls taken row by row in turn, so every wing has one.
  const under: number[] = [];
  for (let j = 0; under.length < ground; j++) for (const r of rows) if (r[j] !== undefined) under.push(r[j]!);
  const third = n >= 30 ? Math.floor(upstairs / 2) : 0;
  for (let i = 0; i < upstairs; i++) {
    const second = i < upstairs - third;
    // 3F halls stack over the same ground-floor halls as the first 2F ones.
    const k = second ? i : i - (upstairs - third);
    halls.push({ level: second ? 2 : 3, placement: { ...halls[under[k % ground]!]!.placement } });
  }
  const levels = [...new Set(halls.map((h) => h.level))].map((ordinal) => ({ ordinal, name: defaultLevelName(ordinal) }));
  return { halls, levels };
}
