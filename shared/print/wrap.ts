import { charEm, textWidth, WIDTH_SAFETY } from './measure';

/** A piece of text between two places a line may break. */
interface Piece {
  text: string;
  space: boolean;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;
/** Scripts written without spaces between words: only a dictionary knows where words end. */
const NO_SPACE_SCRIPTS = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** Chinese typesetting never starts a line with these… */
const NO_LINE_START = new Set([...'，。、；：！？）》」』】〉〕…—·’”%％,.;:!?)]}']);
/** …nor ends one with these. */
const NO_LINE_END = new Set([...'（《「『【〈〔‘“([{']);

type Seg = { segment: string };
type SegmenterLike = { segment(text: string): Iterable<Seg> };

let segmenter: SegmenterLike | null | undefined;
function wordSegmenter(): SegmenterLike | null {
  if (segmenter === undefined) {
    const S = (Intl as unknown as { Segmenter?: new (l: string, o: { granularity: 'word' }) => SegmenterLike }).Segmenter;
    segmenter = typeof S === 'function' ? new S('th', { granularity: 'word' }) : null;
  }
  return segmenter;
}

/** Splits text into pieces that may not be broken further, with break chances between them. */
export function breakPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  const push = (t: string, space = false) => {
    if (t) pieces.push({ text: t, space });
  };
  for (const run of text.split(/(\s+)/u)) {
    if (!run) continue;
    if (/^\s+$/u.test(run)) {
      push(' ', true);
      continue;
    }
    let word = '';
    const flush = () => {
      if (!word) return;
      if (NO_SPACE_SCRIPTS.test(word) && wordSegmenter()) {
        for (const s of wordSegmenter()!.segment(word)) push(s.segment);
      } else {
        // Latin words may break after a hyphen or slash (the mark stays on the first line).
        for (const part of word.split(/(?<=[-/])/u)) push(part);
      }
      word = '';
    };
    for (const ch of run) {
      if (CJK.test(ch)) {
        flush();
        push(ch);
      } else word += ch;
    }
    flush();
  }
  // Glue punctuation to its neighbour so no line starts with a closing or ends with an opening mark.
  const glued: Piece[] = [];
  for (const p of pieces) {
    const prev = glued[glued.length - 1];
    if (prev && !prev.space && !p.space && (NO_LINE_START.has(p.text.charAt(0)) || NO_LINE_END.has(prev.text.charAt(prev.text.length - 1)))) {
      prev.text += p.text;
    } else glued.push({ ...p });
  }
  return glued;
}

export interface WrappedLine {
  text: string;
  width: number;
}

interface Measured {
  pieces: Piece[];
  /** Width of each piece in em, regular and bold. */
  em: number[];
  emBold: number[];
}

/** Names are wrapped at many sizes and in several boxes: split and measure each text once. */
const measuredCache = new Map<string, Measured>();
const CACHE_LIMIT = 50_000;

function measured(text: string): Measured {
  let m = measuredCache.get(text);
  if (m) return m;
  const pieces = breakPieces(text);
  const em = (t: string, bold: boolean) => {
    let e = 0;
    for (const ch of t) e += charEm(ch, bold);
    return e;
  };
  m = { pieces, em: pieces.map((p) => em(p.text, false)), emBold: pieces.map((p) => em(p.text, true)) };
  if (measuredCache.size >= CACHE_LIMIT) measuredCache.clear();
  measuredCache.set(text, m);
  return m;
}

/**
 * Greedy line filling at one font size. Returns null when the text needs more than `maxLines`
 * lines or a single unbreakable piece is wider than `maxWidth` (words are never cut).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): WrappedLine[] | null {
  const m = measured(text.trim());
  if (m.pieces.length === 0) return [];
  const ems = bold ? m.emBold : m.em;
  const unit = fontSize * WIDTH_SAFETY;
  const maxEm = maxWidth / unit;
  const lines: WrappedLine[] = [];
  let cur = '';
  let curEm = 0;
  // A space between words is only counted once the next word lands on the same line.
  let pendingSpace: { text: string; em: number } | null = null;
  const commit = () => {
    if (cur) lines.push({ text: cur, width: curEm * unit });
    cur = '';
    curEm = 0;
    pendingSpace = null;
  };
  for (let i = 0; i < m.pieces.length; i++) {
    const p = m.pieces[i]!;
    const e = ems[i]!;
    if (p.space) {
      if (cur) pendingSpace = { text: p.text, em: e };
      continue;
    }
    if (cur) {
      const sp: { text: string; em: number } | null = pendingSpace;
      const w = curEm + (sp ? sp.em : 0) + e;
      if (w <= maxEm + 1e-9) {
        cur += (sp ? sp.text : '') + p.text;
        curEm = w;
        pendingSpace = null;
        continue;
      }
      commit();
      if (lines.length >= maxLines) return null;
    }
    if (e > maxEm + 1e-9) return null;
    cur = p.text;
    curEm = e;
  }
  commit();
  return lines.length <= maxLines ? lines : null;
}

/**
 * Like `wrapText`, then narrows the measure as far as the same number of lines allows, so a
 * two-line name breaks near its middle instead of leaving one character on the second line.
 */
export function wrapBalanced(text: string, maxWidth: number, fontSize: number, maxLines: number, bold = false): WrappedLine[] | null {
  const greedy = wrapText(text, maxWidth, fontSize, maxLines, bold);
  if (!greedy || greedy.length < 2) return greedy;
  let best = greedy;
  let lo = Math.max(...greedy.map((l) => l.width)) / greedy.length;
  let hi = Math.max(...greedy.map((l) => l.width));
  for (let i = 0; i < 10 && hi - lo > fontSize * 0.05; i++) {
    const mid = (lo + hi) / 2;
    const lines = wrapText(text, mid, fontSize, greedy.length, bold);
    if (lines && lines.length === greedy.length) {
      best = lines;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/**
 * Joins items into lines no wider than `maxWidth`, breaking only between items (booth numbers
 * such as "A1-101" must not break at their hyphen). An item wider than a line gets a line of
 * its own. `sep` follows every item but the last on its line.
 */
export function joinWrapped(items: readonly string[], sep: string, maxWidth: number, fontSize: number, bold = false): (WrappedLine & { items: number })[] {
  const lines: (WrappedLine & { items: number })[] = [];
  let cur = '';
  let count = 0;
  const tail = sep.trimEnd();
  for (const item of items) {
    const candidate = cur ? cur + sep + item : item;
    if (!cur || textWidth(candidate + tail, fontSize, bold) <= maxWidth) {
      cur = candidate;
      count++;
      continue;
    }
    lines.push({ text: cur + tail, width: textWidth(cur + tail, fontSize, bold), items: count });
    cur = item;
    count = 1;
  }
  if (cur) lines.push({ text: cur, width: textWidth(cur, fontSize, bold), items: count });
  return lines;
}
