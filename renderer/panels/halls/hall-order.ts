import type { Hall } from '../../../shared/model/entities';

/** Hall ids in plan order (by `order`, then id, as the plan lays them out). */
export function hallOrder(halls: Record<string, Hall>): string[] {
  return Object.values(halls)
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .map((h) => h.id);
}

/** The order after moving one hall a place up (−1) or down (+1); null at either end. */
export function movedOrder(ids: readonly string[], hallId: string, by: -1 | 1): string[] | null {
  const i = ids.indexOf(hallId);
  const j = i + by;
  if (i < 0 || j < 0 || j >= ids.length) return null;
  const next = [...ids];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}

/** A free code for a copy of a hall: "A" → "A2", "A2" → "A3", skipping codes in use. */
export function nextHallCode(code: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((c) => c.trim().toUpperCase()));
  const m = /^(.*?)(\d+)$/.exec(code.trim());
  const stem = m ? m[1]! : code.trim();
  let n = m ? Number(m[2]) + 1 : 2;
  while (used.has(`${stem}${n}`.toUpperCase())) n++;
  return `${stem}${n}`.slice(0, 16);
}
