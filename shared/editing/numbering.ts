import type { Project } from '../model/project';

export type NumberingDirection = 'row' | 'column' | 'serpentine';

/**
 * How booths get their numbers. Numbers run `first`, `first + step`, … through the cells,
 * formatted as `prefix` + the number zero-padded to `pad` digits (prefix "A1-", pad 3 →
 * "A1-007").
 *
 * Skipping: `skip` lists exact numbers never used (4, 13 …); `skipEndings` lists digit
 * strings, and any number whose decimal form ends in one is skipped too (["4"] drops 4, 14,
 * 24, 104 …). A skipped number is simply passed over; the next one is used instead.
 *
 * `oddEvenPerSide`: the two sides of an aisle share a range, one side taking the odd
 * numbers and the other the even ones (101, 103 … facing 102, 104 …), each advancing by
 * 2 × step. The odd side starts at `first` rounded up to odd, the even side one above it.
 * Lines (rows, or columns for `column`) are paired as the two sides of an aisle; the next
 * aisle continues after the highest number used.
 */
export interface NumberingScheme {
  prefix: string;
  first: number;
  step: number;
  /** `row`: left to right, row by row; `column`: top to bottom, column by column; `serpentine`: rows alternating direction. */
  direction: NumberingDirection;
  skip: number[];
  skipEndings?: string[];
  oddEvenPerSide: boolean;
  pad: number;
}

export const DEFAULT_NUMBERING: NumberingScheme = {
  prefix: '',
  first: 1,
  step: 1,
  direction: 'row',
  skip: [],
  skipEndings: [],
  oddEvenPerSide: false,
  pad: 0,
};

/** Longest booth number the schema accepts. */
export const MAX_NUMBER_LENGTH = 32;

/** The scheme can produce numbers at all (integers, sensible ranges, digit-only endings). */
export function numberingIsValid(s: NumberingScheme): boolean {
  const int = (v: number) => Number.isSafeInteger(v);
  return (
    s.prefix.length <= MAX_NUMBER_LENGTH - 1 &&
    int(s.first) &&
    s.first >= 0 &&
    int(s.step) &&
    s.step >= 1 &&
    int(s.pad) &&
    s.pad >= 0 &&
    s.pad <= 12 &&
    (s.direction === 'row' || s.direction === 'column' || s.direction === 'serpentine') &&
    s.skip.every(int) &&
    (s.skipEndings ?? []).every((e) => /^\d{1,6}$/.test(e))
  );
}

export function isSkipped(n: number, s: NumberingScheme): boolean {
  if (s.skip.includes(n)) return true;
  const text = String(n);
  return (s.skipEndings ?? []).some((e) => text.endsWith(e));
}

export function formatBoothNumber(n: number, s: NumberingScheme): string {
  return `${s.prefix}${String(n).padStart(s.pad, '0')}`;
}

/** Gives up after this many skipped candidates in a row: the skip rules leave nothing. */
const MAX_SKIPPED_RUN = 10_000;

class Counter {
  private value: number;
  max = -Infinity;

  constructor(
    start: number,
    private readonly stride: number,
    private readonly scheme: NumberingScheme,
  ) {
    this.value = start;
  }

  next(): number | null {
    for (let tries = 0; tries < MAX_SKIPPED_RUN; tries++) {
      const v = this.value;
      this.value += this.stride;
      if (!isSkipped(v, this.scheme)) {
        if (v > this.max) this.max = v;
        return v;
      }
    }
    return null;
  }
}

export interface LineOptions {
  /**
   * With odd/even numbering, how many leading lines stand alone before pairing starts.
   * A back-to-back block's first row faces the outer aisle on its own, so its pairs are
   * (1, 2), (3, 4) …: offset 1. Default 0: pairs (0, 1), (2, 3) ….
   */
  pairOffset?: number;
}

/**
 * Numbers for lines of cells (rows or columns, each listed in reading order). Serpentine
 * reverses every other line, or every other aisle when numbering odd/even so that facing
 * booths keep adjacent numbers. Null when the skip rules leave no numbers.
 */
export function numberLines(lineLengths: readonly number[], s: NumberingScheme, opts: LineOptions = {}): string[][] | null {
  const out: string[][] = lineLengths.map((n) => new Array<string>(n).fill(''));
  const fill = (line: number, counter: Counter, reversed: boolean): boolean => {
    const n = lineLengths[line]!;
    for (let k = 0; k < n; k++) {
      const v = counter.next();
      if (v === null) return false;
      out[line]![reversed ? n - 1 - k : k] = formatBoothNumber(v, s);
    }
    return true;
  };
  if (!s.oddEvenPerSide) {
    const counter = new Counter(s.first, s.step, s);
    for (let i = 0; i < lineLengths.length; i++) {
      if (!fill(i, counter, s.direction === 'serpentine' && i % 2 === 1)) return null;
    }
    return out;
  }
  const groups: number[][] = [];
  const offset = Math.max(0, Math.min(opts.pairOffset ?? 0, lineLengths.length));
  for (let i = 0; i < offset; i++) groups.push([i]);
  for (let i = offset; i < lineLengths.length; i += 2) groups.push(i + 1 < lineLengths.length ? [i, i + 1] : [i]);
  let base = s.first;
  groups.forEach((group, g) => {
    if (base < 0) return;
    const reversed = s.direction === 'serpentine' && g % 2 === 1;
    // Facing booths get consecutive numbers: 101 opposite 102, 103 opposite 104 …
    const oddStart = base % 2 === 1 ? base : base + 1;
    const odd = new Counter(oddStart, 2 * s.step, s);
    const even = new Counter(oddStart + 1, 2 * s.step, s);
    if (!fill(group[0]!, odd, reversed)) base = -1;
    else if (group[1] !== undefined && !fill(group[1], even, reversed)) base = -1;
    else base = Math.max(odd.max, even.max, base - 1) + 1;
  });
  return base < 0 ? null : out;
}

/** Numbers for a rows × cols grid, as `[row][col]`. Null when the skip rules leave no numbers. */
export function gridNumbers(rows: number, cols: number, s: NumberingScheme, opts: LineOptions = {}): string[][] | null {
  if (s.direction !== 'column') return numberLines(new Array<number>(rows).fill(cols), s, opts);
  const byColumn = numberLines(new Array<number>(cols).fill(rows), s, opts);
  if (!byColumn) return null;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => byColumn[c]![r]!));
}

/** Booth numbers compare trimmed and case-blind: "a1-05" and "A1-05 " are the same booth. */
export function numberKey(n: string): string {
  return n.trim().toUpperCase();
}

/** Numbers in use across the show (numbers are unique show-wide), except the given booths'. */
export function takenNumbers(doc: Project, exceptBoothIds: Iterable<string> = []): Set<string> {
  const except = new Set(exceptBoothIds);
  const out = new Set<string>();
  for (const b of Object.values(doc.booths)) if (!except.has(b.id)) out.add(numberKey(b.number));
  return out;
}

export type NumberProblem = 'number-empty' | 'number-too-long';

export function numberProblem(n: string): NumberProblem | null {
  if (n.trim() === '') return 'number-empty';
  if (n.length > MAX_NUMBER_LENGTH) return 'number-too-long';
  return null;
}

/**
 * A free number like `wanted`: the number itself when free; else, when it ends in digits,
 * the next free number with the same prefix and width ("A1-105" → "A1-106"); else the
 * first free "-2", "-3" … suffix. Adds the result to `taken`.
 */
export function uniqueNumber(wanted: string, taken: Set<string>): string {
  const claim = (n: string) => {
    taken.add(numberKey(n));
    return n;
  };
  if (!taken.has(numberKey(wanted))) return claim(wanted);
  const m = /^(.*?)(\d+)$/.exec(wanted);
  if (m) {
    const head = m[1]!;
    const digits = m[2]!;
    for (let n = Number(digits) + 1; ; n++) {
      const candidate = `${head}${String(n).padStart(digits.length, '0')}`;
      if (!taken.has(numberKey(candidate))) return claim(candidate);
    }
  }
  for (let k = 2; ; k++) {
    const suffix = `-${k}`;
    const candidate = `${wanted.slice(0, MAX_NUMBER_LENGTH - suffix.length)}${suffix}`;
    if (!taken.has(numberKey(candidate))) return claim(candidate);
  }
}

/**
 * The number a new booth in a hall gets when the user gives none: one above the highest
 * "<code>-<n>" already in the hall (same zero padding), else "<code>-1"; then made unique.
 */
export function suggestNumber(doc: Project, hallId: string): string {
  const code = doc.halls[hallId]?.code ?? '';
  const head = code ? `${code}-` : '';
  const pattern = new RegExp(`^${head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\d+)$`, 'i');
  let best = 0;
  let width = 1;
  for (const b of Object.values(doc.booths)) {
    if (b.hallId !== hallId) continue;
    const m = pattern.exec(b.number.trim());
    if (m && Number(m[1]) >= best) {
      best = Number(m[1]);
      width = m[1]!.length;
    }
  }
  return uniqueNumber(`${head}${String(best + 1).padStart(width, '0')}`, takenNumbers(doc));
}
