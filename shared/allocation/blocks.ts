import { shapeArea, shapeBBox } from '../geometry/polygon';
import type { Booth } from '../model/entities';

/** A booth as the allocation sees it: index-addressed, with what the rules read. */
export interface BoothInfo {
  idx: number;
  booth: Booth;
  area: number;
  cx: number;
  cy: number;
  /** Free to propose: available, unassigned and inside the scope. */
  free: boolean;
}

/** Booths that can go to one exhibitor together: one booth, or a rectangle of adjacent ones. */
export interface Block {
  idx: number;
  booths: number[];
  hallId: string;
  area: number;
  /** "1×3" for a row of three, "2×2" for two back-to-back pairs, "1" for one booth. */
  form: string;
  /** The one zone every booth lies in, '' for no zone, or null when the booths span zones. */
  zoneId: string | null;
  corner: boolean;
  island: boolean;
}

const EPS = 0.01;
const key = (n: number) => Math.round(n * 100);

interface Row {
  hallId: string;
  y: number;
  h: number;
  /** Booth indices ordered by x. */
  cells: number[];
}

/**
 * Rows of rectangular, unrotated free booths per hall: booths of one height at one y, in x
 * order. Booths touching left-to-right form runs; rows touching top-to-bottom pair up.
 */
function rowsOf(infos: readonly BoothInfo[]): Row[] {
  const rows = new Map<string, Row>();
  for (const info of infos) {
    const s = info.booth.shape;
    if (!info.free || s.type !== 'rect' || s.rotation !== 0) continue;
    const k = `${info.booth.hallId}|${key(s.y)}|${key(s.h)}`;
    let row = rows.get(k);
    if (!row) rows.set(k, (row = { hallId: info.booth.hallId, y: s.y, h: s.h, cells: [] }));
    row.cells.push(info.idx);
  }
  const xOf = (i: number) => (infos[i]!.booth.shape as { x: number }).x;
  for (const row of rows.values()) row.cells.sort((a, b) => xOf(a) - xOf(b));
  return [...rows.values()];
}

function touchesRight(a: BoothInfo, b: BoothInfo): boolean {
  const sa = a.booth.shape;
  const sb = b.booth.shape;
  return sa.type === 'rect' && sb.type === 'rect' && Math.abs(sa.x + sa.w - sb.x) < EPS;
}

/** Maximal runs of touching booths in a row. */
function runsOf(row: Row, infos: readonly BoothInfo[]): number[][] {
  const runs: number[][] = [];
  let cur: number[] = [];
  for (const i of row.cells) {
    if (cur.length && !touchesRight(infos[cur[cur.length - 1]!]!, infos[i]!)) {
      runs.push(cur);
      cur = [];
    }
    cur.push(i);
  }
  if (cur.length) runs.push(cur);
  return runs;
}

/**
 * Every block of `count` free booths: single booths (any shape), rows of `count` touching
 * booths, and for an even count two touching rows of count/2 booths aligned end to end.
 * Ordered hall by hall, front to back, left to right, so first-fit fills rows without gaps.
 */
export function enumerateBlocks(infos: readonly BoothInfo[], count: number, hallOrder: ReadonlyMap<string, number>): Block[] {
  const out: number[][] = [];
  const forms: string[] = [];
  if (count === 1) {
    for (const info of infos) {
      if (!info.free) continue;
      out.push([info.idx]);
      forms.push('1');
    }
  } else {
    const rows = rowsOf(infos);
    const runsByRow = rows.map((r) => runsOf(r, infos));
    rows.forEach((_, r) => {
      for (const run of runsByRow[r]!) for (let s = 0; s + count <= run.length; s++) {
        out.push(run.slice(s, s + count));
        forms.push(`1×${count}`);
      }
    });
    if (count % 2 === 0) {
      const m = count / 2;
      const byTop = new Map<string, number>();
      rows.forEach((r, i) => byTop.set(`${r.hallId}|${key(r.y)}`, i));
      rows.forEach((r, i) => {
        const below = byTop.get(`${r.hallId}|${key(r.y + r.h)}`);
        if (below === undefined) return;
        const lower = new Map<number, { run: number[]; at: number }>();
        for (const run of runsByRow[below]!) run.forEach((c, at) => lower.set(key((infos[c]!.booth.shape as { x: number }).x), { run, at }));
        for (const run of runsByRow[i]!) for (let s = 0; s + m <= run.length; s++) {
          const top = run.slice(s, s + m);
          const first = infos[top[0]!]!.booth.shape as { x: number };
          const hit = lower.get(key(first.x));
          if (!hit || hit.at + m > hit.run.length) continue;
          const bottom = hit.run.slice(hit.at, hit.at + m);
          const lastTop = infos[top[m - 1]!]!.booth.shape as { x: number; w: number };
          const lastBottom = infos[bottom[m - 1]!]!.booth.shape as { x: number; w: number };
          if (Math.abs(lastTop.x + lastTop.w - lastBottom.x - lastBottom.w) > EPS) continue;
          out.push([...top, ...bottom]);
          forms.push(`2×${m}`);
        }
      });
    }
  }
  const blocks = out.map((booths, i) => makeBlock(infos, booths, forms[i]!));
  const order = (b: Block) => {
    const first = infos[b.booths[0]!]!;
    return [hallOrder.get(b.hallId) ?? 0, first.cy, first.cx] as const;
  };
  const keyed = blocks.map((b) => ({ b, k: order(b) }));
  keyed.sort((p, q) => p.k[0] - q.k[0] || p.k[1] - q.k[1] || p.k[2] - q.k[2]);
  return keyed.map((x) => x.b);
}

function makeBlock(infos: readonly BoothInfo[], booths: number[], form: string): Block {
  let area = 0;
  let zone: string | null | undefined;
  let corner = false;
  let island = false;
  for (const i of booths) {
    const b = infos[i]!.booth;
    area += infos[i]!.area;
    const z = b.zoneId ?? '';
    zone = zone === undefined ? z : zone === z ? zone : null;
    if (b.type === 'corner' || b.type === 'peninsula' || b.type === 'island') corner = true;
    if (b.type === 'island' || b.type === 'peninsula') island = true;
  }
  return { idx: -1, booths, hallId: infos[booths[0]!]!.booth.hallId, area, form, zoneId: zone ?? null, corner, island };
}

export function boothInfo(booth: Booth, idx: number, free: boolean): BoothInfo {
  const box = shapeBBox(booth.shape);
  return { idx, booth, area: shapeArea(booth.shape), cx: (box.minX + box.maxX) / 2, cy: (box.minY + box.maxY) / 2, free };
}
