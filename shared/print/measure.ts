/**
 * Text width estimation without a font engine, so layout runs the same in Node, the main
 * process and the renderer. Estimates err wide: a label that is estimated to fit must fit on
 * paper, or it would spill onto the next booth.
 */

/**
 * Advance widths (1/1000 em) of ASCII 32–126: for each character the wider of Noto Sans CJK SC's
 * Latin glyphs and Liberation Sans (Arial metrics), measured in Chromium. Noto Sans itself is
 * within the safety margin below.
 */
const ASCII_REGULAR = [
  278, 323, 474, 556, 556, 921, 680, 278, 338, 338, 467, 584, 278, 347, 278, 392, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 728, 293, 535, 667, 556, 833, 723,
  778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 338, 392, 338, 555, 559, 606, 563, 618, 510, 620, 556,
  325, 564, 607, 275, 275, 552, 284, 926, 610, 606, 620, 620, 388, 500, 377, 607, 521, 802, 500, 521, 500, 338, 270,
  338, 584,
];
const ASCII_BOLD = [
  278, 370, 574, 590, 590, 963, 740, 325, 378, 378, 507, 590, 325, 370, 325, 387, 590, 590, 590, 590, 590, 590, 590, 590,
  590, 590, 333, 333, 590, 590, 590, 611, 1007, 722, 722, 722, 722, 667, 611, 778, 757, 330, 568, 722, 611, 853, 749,
  778, 667, 778, 722, 667, 625, 748, 667, 944, 667, 667, 613, 378, 387, 378, 590, 567, 626, 591, 644, 556, 644, 581,
  372, 611, 640, 304, 306, 604, 315, 964, 641, 626, 644, 644, 436, 556, 421, 637, 576, 863, 562, 574, 511, 389, 296,
  389, 590,
];

/** Multiplier over the table: covers Noto Sans proper, hinting and kerning differences. */
export const WIDTH_SAFETY = 1.06;

const COMBINING = /\p{M}/u;
const FULL_WIDTH =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFFE0-\uFFE6\u2E80-\u2FFF\u3100-\u31FF\uFE30-\uFE4F]/u;
const THAI_LAO = /[\p{Script=Thai}\p{Script=Lao}]/u;
const KHMER = /\p{Script=Khmer}/u;
const MYANMAR = /\p{Script=Myanmar}/u;

/** Width of one character in em (regular or bold). */
export function charEm(ch: string, bold = false): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return ((bold ? ASCII_BOLD : ASCII_REGULAR)[code - 32] ?? 1000) / 1000;
  if (code < 32 || (code >= 0x200b && code <= 0x200f) || code === 0xfeff) return 0;
  if (COMBINING.test(ch)) return 0;
  if (FULL_WIDTH.test(ch)) return 1;
  if (THAI_LAO.test(ch)) return 0.66;
  if (KHMER.test(ch)) return 0.8;
  if (MYANMAR.test(ch)) return 0.9;
  if (code === 0xa0) return 0.278;
  // Accented Latin (Vietnamese, Malay, Filipino): the base letter's width, a little wider.
  const base = ch.normalize('NFD').charAt(0);
  const bc = base.codePointAt(0) ?? 0;
  if (base !== ch && bc >= 32 && bc <= 126) return (((bold ? ASCII_BOLD : ASCII_REGULAR)[bc - 32] ?? 1000) / 1000) * 1.05;
  if (ch === 'Đ' || ch === 'đ') return bold ? 0.78 : 0.74;
  // Anything else (symbols, other scripts): a full em is the safe guess.
  return 1;
}

/** Estimated advance width of `text` at `fontSize` (same unit as fontSize). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += charEm(ch, bold);
  return em * fontSize * WIDTH_SAFETY;
}
