import { textWidth } from './measure';
import { wrapBalanced, wrapText } from './wrap';

/** Line pitch in em: room for CJK ascent (~0.88 em) and Latin descenders (~0.24 em). */
export const LINE_HEIGHT = 1.2;
/** Baseline below the top of its line box, in em. */
export const BASELINE = 0.92;
/** The booth number's size relative to the name's. */
const NUMBER_RATIO = 0.85;
/** Type this many times the minimum counts as comfortably readable. */
const COMFORT = 1.6;
/** Each step down in font size, as a factor. */
const STEP = 0.92;

export interface LabelRequest {
  /** Booth number, shown bold on the first line; empty for none. */
  number: string;
  /**
   * The number without its hall prefix ("101" for "A1-101"), tried when the full number does
   * not fit: on a hall's own plan the hall is known, and a short legible number beats none.
   */
  shortNumber?: string;
  /**
   * Name layouts to try in order, e.g. `[[zh, en], [shortZh, shortEn], [zh]]`. Each layout is a
   * list of blocks, each block wrapped on its own lines. Number-only is always tried last.
   */
  alternatives: string[][];
}

export interface FitOptions {
  minFont: number;
  maxFont: number;
  /** Lines per name block when the layout has one block (two or more blocks get two each). */
  maxLines?: number;
}

export interface FittedLine {
  text: string;
  size: number;
  bold: boolean;
  /** Estimated advance width. */
  width: number;
  /** Baseline offset from the top of the label block. */
  baseline: number;
}

export interface FittedLabel {
  lines: FittedLine[];
  width: number;
  height: number;
  /** Index of the alternative used, or -1 when only the number fits. */
  alternative: number;
}

function sizes(maxFont: number, minFont: number): number[] {
  const out: number[] = [];
  for (let s = maxFont; s > minFont; s *= STEP) out.push(s);
  out.push(minFont);
  return out;
}

function stack(parts: { text: string; size: number; bold: boolean; width: number }[]): FittedLabel['lines'] {
  let y = 0;
  return parts.map((p) => {
    const line = { ...p, baseline: y + p.size * BASELINE };
    y += p.size * LINE_HEIGHT;
    return line;
  });
}

function measureBlock(lines: FittedLine[]): { width: number; height: number } {
  let width = 0;
  let height = 0;
  for (const l of lines) {
    width = Math.max(width, l.width);
    height += l.size * LINE_HEIGHT;
  }
  return { width, height };
}

/**
 * The largest label that fits a `boxW` × `boxH` box (same unit as the font sizes): booth
 * number plus as much of the name as fits, wrapped and shrunk down to `minFont`. Returns null
 * when not even the number fits at `minFont`. Every line's estimated width is ≤ boxW and the
 * block's height ≤ boxH — labels never run over a neighbour.
 */
export function fitLabel(boxW: number, boxH: number, req: LabelRequest, opts: FitOptions): FittedLabel | null {
  const { minFont } = opts;
  if (!(boxW > 0) || !(boxH > 0) || !(minFont > 0)) return null;
  const maxFont = Math.max(minFont, Math.min(opts.maxFont, boxH / LINE_HEIGHT));
  const full = req.number.trim();
  const short = req.shortNumber?.trim() ?? '';
  const numbers = short && short !== full ? [full, short] : [full];
  // First pass: each layout only down to a comfortable size, so a short name in readable type
  // beats a full name in the smallest type; second pass: down to the minimum.
  const comfortable = Math.min(maxFont, minFont * COMFORT);
  for (const floor of comfortable > minFont ? [comfortable, minFont] : [minFont]) {
    for (let a = 0; a < req.alternatives.length; a++) {
      for (const num of numbers) {
        const fitted = fitAlternative(boxW, boxH, num, req.alternatives[a]!, a, maxFont, floor, minFont, opts.maxLines ?? 3);
        if (fitted) return fitted;
      }
    }
  }
  if (!full) return null;
  for (const num of numbers) {
    for (const size of sizes(maxFont, minFont)) {
      const w = textWidth(num, size, true);
      if (w <= boxW && size * LINE_HEIGHT <= boxH) {
        const lines = stack([{ text: num, size, bold: true, width: w }]);
        return { lines, ...measureBlock(lines), alternative: -1 };
      }
    }
  }
  return null;
}

/** One name layout at sizes from `maxFont` down to `floor`; the largest that fits, or null. */
function fitAlternative(
  boxW: number,
  boxH: number,
  num: string,
  alternative: string[],
  index: number,
  maxFont: number,
  floor: number,
  minFont: number,
  singleBlockLines: number,
): FittedLabel | null {
  const blocks = alternative.map((b) => b.trim()).filter(Boolean);
  if (blocks.length === 0) return null;
  const maxLines = blocks.length > 1 ? 2 : singleBlockLines;
  for (const size of sizes(maxFont, floor)) {
    const numSize = Math.max(minFont, size * NUMBER_RATIO);
    const parts: { text: string; size: number; bold: boolean; width: number }[] = [];
    if (num) {
      const w = textWidth(num, numSize, true);
      if (w > boxW) continue;
      parts.push({ text: num, size: numSize, bold: true, width: w });
    }
    let ok = true;
    for (const block of blocks) {
      const lines = wrapText(block, boxW, size, maxLines);
      if (!lines) {
        ok = false;
        break;
      }
      for (const l of lines) parts.push({ text: l.text, size, bold: false, width: l.width });
    }
    if (!ok) continue;
    const lines = stack(parts);
    const m = measureBlock(lines);
    if (m.height > boxH || m.width > boxW) continue;
    // Accepted at this size: re-break multi-line names evenly (same line count, never wider).
    const balanced = num ? [parts[0]!] : [];
    for (const block of blocks) {
      for (const l of wrapBalanced(block, boxW, size, maxLines)!) balanced.push({ text: l.text, size, bold: false, width: l.width });
    }
    const even = stack(balanced);
    const em = measureBlock(even);
    if (even.length === lines.length && em.width <= boxW && em.height <= boxH) return { lines: even, ...em, alternative: index };
    return { lines, ...m, alternative: index };
  }
  return null;
}
