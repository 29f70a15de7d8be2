/**
 * Text keys for matching what people type against what is stored: full-width and half-width
 * forms fold together (NFKC turns "ＡＢＣ" into "abc" and "㎡" into "m2"), case is ignored,
 * and spaces, punctuation and symbols are dropped, so "Guangxi Tech Co., Ltd." and
 * "GUANGXI TECH CO LTD" give the same key. Accents are dropped too ("Việt Nam" = "Viet Nam").
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\s\p{P}\p{S}\p{M}]+/gu, '');
}

/** Lower-cased, width-folded text for substring search (keeps spaces and punctuation). */
export function foldForSearch(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u{20000}-\u{2ffff}]/u;

/** True when the text holds a Chinese character, which decides the language of an unlabelled name. */
export function hasCjk(text: string): boolean {
  return CJK.test(text);
}
