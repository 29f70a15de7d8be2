/**
 * Writing systems a show's names use. Exhibitors from the ten ASEAN countries bring Thai,
 * Khmer, Lao and Myanmar names and Vietnamese with stacked diacritics; each needs a font the
 * printing machine may not have, and a missing font prints as empty boxes.
 */
export type ScriptName =
  | 'Latin'
  | 'Vietnamese'
  | 'Han'
  | 'Thai'
  | 'Khmer'
  | 'Lao'
  | 'Myanmar'
  | 'Hangul'
  | 'Kana'
  | 'Arabic'
  | 'Tamil'
  | 'Other';

/** The font family each script is printed with (first choice in FONT_STACK). */
export const FONT_FOR_SCRIPT: Record<ScriptName, string | null> = {
  Latin: 'Noto Sans',
  Vietnamese: 'Noto Sans',
  Han: 'Noto Sans CJK SC',
  Kana: 'Noto Sans CJK SC',
  Hangul: 'Noto Sans CJK SC',
  Thai: 'Noto Sans Thai',
  Khmer: 'Noto Sans Khmer',
  Lao: 'Noto Sans Lao',
  Myanmar: 'Noto Sans Myanmar',
  Arabic: 'Noto Sans Arabic',
  Tamil: 'Noto Sans Tamil',
  Other: null,
};

/**
 * Font families for every printed and published text, most specific first. Latin comes first
 * so Vietnamese gets one consistent face; the CJK face also covers Latin where Noto Sans is
 * absent; common system CJK faces follow before the generic fallback.
 */
export const FONT_FAMILIES = [
  'Noto Sans',
  'Noto Sans CJK SC',
  'Noto Sans SC',
  'Source Han Sans SC',
  'Noto Sans Thai',
  'Noto Sans Khmer',
  'Noto Sans Lao',
  'Noto Sans Myanmar',
  'Noto Sans Arabic',
  'Noto Sans Tamil',
  'PingFang SC',
  'Microsoft YaHei',
] as const;

/** CSS/SVG `font-family` value (single-quoted names, safe inside a double-quoted attribute). */
export const FONT_STACK = [...FONT_FAMILIES.map((f) => `'${f}'`), 'sans-serif'].join(', ');

/** Vietnamese letters absent from other Latin orthographies (ă â đ ê ô ơ ư and the tone-marked forms). */
const VIETNAMESE = /[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/u;

const SCRIPT_TESTS: [ScriptName, RegExp][] = [
  ['Han', /\p{Script=Han}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Khmer', /\p{Script=Khmer}/u],
  ['Lao', /\p{Script=Lao}/u],
  ['Myanmar', /\p{Script=Myanmar}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Tamil', /\p{Script=Tamil}/u],
];

const ORDER: ScriptName[] = ['Latin', 'Vietnamese', 'Han', 'Kana', 'Hangul', 'Thai', 'Khmer', 'Lao', 'Myanmar', 'Arabic', 'Tamil', 'Other'];

/**
 * The scripts appearing in `text` (or in any of several texts), in a stable order, so the
 * print dialog can say which fonts must be installed. Digits, punctuation and symbols count
 * for nothing; letters outside the known scripts are reported as `Other`.
 */
export function scriptsNeeded(text: string | readonly string[]): ScriptName[] {
  const found = new Set<ScriptName>();
  const texts = new Set(typeof text === 'string' ? [text] : text);
  const seenChars = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    for (const ch of t) {
      const code = ch.charCodeAt(0);
      if (code < 128) {
        if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) found.add('Latin');
        continue;
      }
      if (seenChars.has(ch)) continue;
      seenChars.add(ch);
      if (!/\p{L}|\p{M}/u.test(ch)) continue;
      if (/\p{Script=Latin}/u.test(ch)) {
        found.add(VIETNAMESE.test(ch) ? 'Vietnamese' : 'Latin');
        continue;
      }
      if (/\p{M}/u.test(ch)) continue;
      const hit = SCRIPT_TESTS.find(([, re]) => re.test(ch));
      found.add(hit ? hit[0] : 'Other');
    }
    // Decomposed Vietnamese (base letter + combining marks) only shows after composition.
    if (!found.has('Vietnamese') && /[\u0300-\u036f]/u.test(t) && VIETNAMESE.test(t.normalize('NFC'))) found.add('Vietnamese');
  }
  if (found.has('Vietnamese')) found.add('Latin');
  return ORDER.filter((s) => found.has(s));
}
