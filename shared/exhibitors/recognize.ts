import { matchCountry } from './countries';
import { hasCjk, normalizeKey } from './text';

/**
 * Reading cells the way registration forms in China fill them: two languages in one cell
 * ("中国 China", "China（中国）", "越南/Viet Nam"), several spellings of one thing, areas as
 * sizes or booth counts ("3×6", "2个标摊"), full-width digits ("１８"). Each reader returns
 * what it recognised, or null, and never alters the cell it was given.
 */

/** Separators between the language versions of one value. */
const PART_SEPARATORS = /[/／|｜()（）[\]【】<>《》]+/;

/**
 * The language versions a cell holds: the cell split at slashes and brackets, then each piece
 * at the boundary between Chinese and other text ("中国China" → "中国", "China").
 */
export function bilingualParts(cell: string): string[] {
  const out: string[] = [];
  for (const piece of cell.normalize('NFKC').split(PART_SEPARATORS)) {
    // Runs of Chinese characters vs. everything else; spaces inside "Viet Nam" stay.
    const runs = piece.match(/[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+/gu) ?? [];
    for (const run of runs) {
      const t = run.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
      if (t && normalizeKey(t)) out.push(t);
    }
  }
  return out;
}

/**
 * The country a cell names, in either language or both ("中国 China", "China（中国）",
 * "越南/Viet Nam", "Lao PDR", "中国香港", "PRC"), or null when it names none or two different
 * ones ("中国 Vietnam" is a question for the user, not a guess).
 */
export function recognizeCountry(cell: string): string | null {
  const whole = matchCountry(cell);
  if (whole) return whole;
  const parts = bilingualParts(cell);
  if (parts.length < 2) return null;
  let found: string | null = null;
  for (const p of parts) {
    const code = matchCountry(p);
    if (!code) continue;
    if (found && found !== code) return null;
    found = code;
  }
  return found;
}

/** Splits a list cell on the separators people use between items: , ， ; ； 、 | and newlines (not "/", which joins two languages of one item). */
export function splitListItems(cell: string): string[] {
  return cell
    .split(/[,，;；、|｜\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The sectors one list item names, given a matcher for single names. "大健康 / Big Health" is
 * one sector in two languages; "AI/大数据" two sectors when each part names a different one.
 * `unknown` is the item itself when any part of it is not recognised and nothing else names
 * it, so the user maps the whole item once.
 */
export function recognizeSectorItem(item: string, match: (name: string) => string | null): { ids: string[]; unknown: string | null } {
  const whole = match(item);
  if (whole) return { ids: [whole], unknown: null };
  const parts = bilingualParts(item);
  if (parts.length < 2) return { ids: [], unknown: item };
  const ids: string[] = [];
  const unmatched: string[] = [];
  for (const p of parts) {
    const id = match(p);
    if (id) {
      if (!ids.includes(id)) ids.push(id);
    } else unmatched.push(p);
  }
  if (unmatched.length === 0) return { ids, unknown: null };
  // One language recognised, the other not: the other is a translation of the same sector
  // when the parts are one Chinese and one not ("大健康 / Big Health").
  const oneOfEach = parts.length === 2 && hasCjk(parts[0]!) !== hasCjk(parts[1]!);
  if (ids.length === 1 && oneOfEach) return { ids, unknown: null };
  return { ids: [], unknown: item };
}

/** Splits a bilingual cell into its Chinese and other-language parts, for naming a new sector. */
export function splitBilingual(cell: string): { zh: string; en: string } {
  const parts = bilingualParts(cell);
  const zh = parts.filter(hasCjk).join(' ');
  const en = parts.filter((p) => !hasCjk(p)).join(' ');
  return { zh: zh.slice(0, 500), en: en.slice(0, 500) };
}

/** Floor area of one standard shell-scheme booth (3 m × 3 m), the unit "2个标摊" counts in. */
export const STANDARD_BOOTH_SQM = 9;

export type AreaReading =
  | { kind: 'area'; areaSqm: number }
  | { kind: 'size'; areaSqm: number; width: number; depth: number }
  | { kind: 'booths'; areaSqm: number; booths: number };

const NUM = String.raw`(\d+(?:\.\d+)?)`;
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const AREA_UNIT = String.raw`(?:m2|m²|㎡|平方米|平米|平方|sq\.?\s*m|sqm|square\s*met(?:er|re)s?)?`;
const BOOTH_WORD = String.raw`(?:个|個)?\s*(?:标准展位|标摊|標攤|标展|标位|展位|个展位|standard\s*booths?|std\.?\s*booths?|booths?|stands?|units?)`;

function cleanNumberText(cell: string): string {
  return cell
    .normalize('NFKC')
    .trim()
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .toLowerCase();
}

/**
 * A requested area as people write it: "18", "18㎡", "18 m²", "１８", "1,200 sqm" (square
 * metres); "3x3", "3×6", "3*6m" (width × depth); "2个标摊", "2 booths", "两个标摊" (standard
 * booths of 9 m²). Null when it is none of these.
 */
export function recognizeArea(cell: string): AreaReading | null {
  const s = cleanNumberText(cell);
  if (!s) return null;
  let m = new RegExp(String.raw`^${NUM}\s*${AREA_UNIT}$`, 'i').exec(s);
  if (m) return { kind: 'area', areaSqm: Number(m[1]) };
  m = new RegExp(String.raw`^${NUM}\s*(?:m|米)?\s*[x×*✕]\s*${NUM}\s*(?:m|米)?\s*${AREA_UNIT}$`, 'i').exec(s);
  if (m) {
    const width = Number(m[1]);
    const depth = Number(m[2]);
    return { kind: 'size', areaSqm: Math.round(width * depth * 100) / 100, width, depth };
  }
  m = new RegExp(String.raw`^(\d+|[一二两三四五六七八九十])\s*${BOOTH_WORD}$`, 'i').exec(s);
  if (m) {
    const booths = /^\d+$/.test(m[1]!) ? Number(m[1]) : CN_DIGITS[m[1]!]!;
    return { kind: 'booths', booths, areaSqm: booths * STANDARD_BOOTH_SQM };
  }
  return null;
}

/** A count ("2", "２", "2个", "2 booths", "两个"), or null. */
export function recognizeCount(cell: string): number | null {
  const s = cleanNumberText(cell);
  const m = new RegExp(String.raw`^(\d+(?:\.\d+)?|[一二两三四五六七八九十])\s*(?:${BOOTH_WORD}|个|個)?$`, 'i').exec(s);
  if (!m) return null;
  return /^[\d.]+$/.test(m[1]!) ? Number(m[1]) : CN_DIGITS[m[1]!]!;
}

/**
 * A phone cell kept as the text it is ("+84 24 3826 1234", "0771-5551234"); spreadsheets'
 * ways of forcing text are undone: a leading apostrophe, `="0771…"`, and a whole number that
 * a workbook stored as 1.38001380001E10.
 */
export function phoneText(cell: string): string {
  let s = cell.trim();
  const formula = /^="(.*)"$/.exec(s);
  if (formula) s = formula[1]!;
  if (s.startsWith("'")) s = s.slice(1);
  if (/^\d(\.\d+)?e\+?\d+$/i.test(s)) {
    const n = Number(s);
    if (Number.isSafeInteger(n)) s = String(n);
  }
  return s.trim();
}
