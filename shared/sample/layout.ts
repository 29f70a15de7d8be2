import type { Rng } from './random';

/** An axis-aligned rectangle in hall metres (x right, y down). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface BoothSlot extends Rect {
  kind: 'standard' | 'raw';
  /** The block cell the booth stands in: band (row of blocks, front to back) and column. */
  band: number;
  col: number;
}

export interface Band {
  y: number;
  depth: number;
  kind: 'standard' | 'raw';
}

/** Where everything goes in one hall, before ids, numbers and zones. */
export interface HallLayout {
  width: number;
  depth: number;
  booths: BoothSlot[];
  bands: Band[];
  /** Left edge of each block column; every block is `blockWidth` wide. */
  colX: number[];
  blockWidth: number;
  /** Centre x of each aisle between block columns. */
  crossAisles: number[];
  /** Centre x of the widest aisle, which the main entrance faces. */
  mainAisleX: number;
  /** Centre y of each aisle between bands. */
  bandAisles: number[];
  /** Where the service strip along the back wall begins (restrooms, café, stage…). */
  serviceY: number;
}

/** The shell-scheme module: standard booths are 3 × 3 m. */
export const MODULE = 3;
const SIDE_AISLE = 5;
const FOYER = 12;
const BACK_AISLE = 5;
export const SERVICE_DEPTH = 8;
const MAIN_AISLE = 8;
const MIN_WIDTH = 60;
const MIN_DEPTH = 40;

interface Plan {
  k: number;
  cols: number;
  crossAisle: number;
  bandAisle: number;
  rawDepth: number;
  rawBands: number;
}

function contentWidth(p: Plan): number {
  if (p.cols <= 1) return p.k * MODULE;
  return p.cols * p.k * MODULE + (p.cols - 2) * p.crossAisle + MAIN_AISLE;
}

/** Raw-space islands for one block cell: pieces separated by 3 m aisles, some split back to back. */
function rawCell(rng: Rng, x0: number, y0: number, width: number, depth: number, band: number, col: number): BoothSlot[] {
  const out: BoothSlot[] = [];
  let x = x0;
  let remaining = width;
  while (remaining >= 2 * MODULE) {
    let w = rng.pick([6, 9, 12, 15, 18].filter((v) => v <= remaining));
    // A leftover too narrow for aisle + smallest island goes to this piece.
    if (remaining - w < 3 * MODULE) w = remaining;
    const slot = { kind: 'raw' as const, band, col };
    if (depth === 12 && w <= 9 && rng.chance(0.6)) {
      out.push({ ...slot, x, y: y0, w, h: 6 }, { ...slot, x, y: y0 + 6, w, h: 6 });
    } else if (depth === 12 && (w === 12 || w === 18) && rng.chance(0.3)) {
      out.push({ ...slot, x, y: y0, w: w / 2, h: depth }, { ...slot, x: x + w / 2, y: y0, w: w / 2, h: depth });
    } else {
      out.push({ ...slot, x, y: y0, w, h: depth });
    }
    x += w + MODULE;
    remaining -= w + MODULE;
  }
  return out;
}

/** Two back-to-back rows of 3 × 3 m booths, `count` of them, left-aligned in the cell. */
function standardCell(x0: number, y0: number, count: number, band: number, col: number): BoothSlot[] {
  const out: BoothSlot[] = [];
  const front = Math.ceil(count / 2);
  for (let i = 0; i < count; i++) {
    const row = i < front ? 0 : 1;
    const seq = row === 0 ? i : i - front;
    out.push({ kind: 'standard', band, col, x: x0 + seq * MODULE, y: y0 + row * MODULE, w: MODULE, h: MODULE });
  }
  return out;
}

/**
 * Lays out a hall for `count` booths: a foyer behind the entrance wall, bands of blocks (raw-space
 * islands near the front, then back-to-back shell-scheme rows) between cross aisles with a wide
 * main aisle, and a service strip along the back wall. The hall is sized to fit, about 1.2–1.6
 * times as wide as deep.
 */
export function layoutHall(rng: Rng, count: number): HallLayout {
  const base = {
    k: rng.pick([8, 9, 10]),
    crossAisle: rng.pick([4, 4, 5]),
    bandAisle: rng.pick([3, 4, 4]),
    rawDepth: rng.pick([9, 12]),
    rawBands: count >= 900 ? 2 : count >= 60 ? 1 : 0,
  };
  const ratio = 1.2 + rng.next() * 0.4;
  const perBlock = 2 * base.k;
  const rawPerCell = Math.max(1, Math.round((base.k * MODULE) / 9));

  let plan: Plan = { ...base, cols: 1 };
  let best = Infinity;
  for (let cols = 1; cols <= 200; cols++) {
    const p: Plan = { ...base, cols };
    const std = Math.max(0, count - p.rawBands * cols * rawPerCell);
    const bands = Math.ceil(std / (perBlock * cols)) + (count > 0 ? p.rawBands : 0);
    const w = contentWidth(p) + 2 * SIDE_AISLE;
    const d = FOYER + bands * (2 * MODULE + p.bandAisle) + p.rawBands * (p.rawDepth - 2 * MODULE) + BACK_AISLE + SERVICE_DEPTH;
    const score = Math.abs(Math.log(w / d / ratio));
    if (score < best) {
      best = score;
      plan = p;
    } else if (w / d > ratio * 2) break;
  }

  const width = Math.max(MIN_WIDTH, contentWidth(plan) + 2 * SIDE_AISLE);
  const x0 = Math.floor((width - contentWidth(plan)) / 2);
  const blockWidth = plan.k * MODULE;
  const colX: number[] = [];
  const crossAisles: number[] = [];
  const mainIndex = Math.floor((plan.cols - 1) / 2);
  let mainAisleX = width / 2;
  for (let c = 0, x = x0; c < plan.cols; c++) {
    colX.push(x);
    x += blockWidth;
    if (c < plan.cols - 1) {
      const aisle = c === mainIndex ? MAIN_AISLE : plan.crossAisle;
      crossAisles.push(x + aisle / 2);
      if (c === mainIndex) mainAisleX = x + aisle / 2;
      x += aisle;
    }
  }

  // Raw cells first: their random make-up decides how many shell-scheme booths remain.
  const rawCells: BoothSlot[][][] = [];
  let rawCount = 0;
  if (count > 0) {
    for (let r = 0; r < plan.rawBands; r++) {
      const cells = colX.map((cx, c) => rawCell(rng, cx, 0, blockWidth, plan.rawDepth, 0, c));
      rawCells.push(cells);
      rawCount += cells.reduce((s, cell) => s + cell.length, 0);
    }
    // Tiny halls: drop islands from the back until they fit the count.
    for (let r = rawCells.length - 1; r >= 0 && rawCount > count; r--) {
      for (let c = rawCells[r]!.length - 1; c >= 0 && rawCount > count; c--) {
        const cell = rawCells[r]![c]!;
        while (cell.length > 0 && rawCount > count) {
          cell.pop();
          rawCount--;
        }
      }
    }
  }

  const std = count - rawCount;
  const perBand = perBlock * plan.cols;
  const stdBands = Math.ceil(std / perBand);
  const kinds: Band['kind'][] = Array.from({ length: stdBands }, () => 'standard');
  if (rawCells.length > 0) kinds.unshift('raw');
  if (rawCells.length > 1) kinds.splice(1 + Math.floor(stdBands / 2), 0, 'raw');

  const bands: Band[] = [];
  const bandAisles: number[] = [];
  const booths: BoothSlot[] = [];
  let y = FOYER;
  let stdLeft = std;
  let rawIndex = 0;
  kinds.forEach((kind, b) => {
    if (b > 0) {
      bandAisles.push(y + plan.bandAisle / 2);
      y += plan.bandAisle;
    }
    if (kind === 'raw') {
      for (const cell of rawCells[rawIndex++]!) {
        for (const slot of cell) booths.push({ ...slot, band: b, y: slot.y + y });
      }
      bands.push({ y, depth: plan.rawDepth, kind });
      y += plan.rawDepth;
      return;
    }
    const inBand = Math.min(stdLeft, perBand);
    stdLeft -= inBand;
    // A short last band spreads over as many blocks as keep rows about a block long.
    const used = inBand === perBand ? plan.cols : Math.min(plan.cols, Math.max(Math.ceil(inBand / perBlock), Math.round(inBand / plan.k)));
    for (let c = 0; c < used; c++) {
      const n = Math.floor(inBand / used) + (c < inBand % used ? 1 : 0);
      booths.push(...standardCell(colX[c]!, y, n, b, c));
    }
    bands.push({ y, depth: 2 * MODULE, kind });
    y += 2 * MODULE;
  });

  const depth = Math.max(MIN_DEPTH, y + BACK_AISLE + SERVICE_DEPTH);
  return { width, depth, booths, bands, colX, blockWidth, crossAisles, mainAisleX, bandAisles, serviceY: depth - SERVICE_DEPTH };
}
