import { pinyin } from 'pinyin-pro';
import type { Exhibitor } from '../model/entities';
import { countryByCode } from './countries';
import { foldForSearch, hasCjk, normalizeKey } from './text';

/**
 * What the exhibitor search looks in, prepared once per exhibitor record: both names and
 * short names, contact details, the country in Chinese and English, and for Chinese names
 * their toneless pinyin ("lingyunwei") and its initials ("lyw"), so staff typing on an
 * English keyboard find 凌云威 without switching input method.
 */
interface SearchText {
  /** Case- and width-folded fields, for substring matches that keep punctuation. */
  folded: string[];
  /** The same with spaces and punctuation dropped ("co ltd" finds "Co., Ltd."). */
  keys: string[];
}

// Exhibitor records are replaced, never changed, when edited: their prepared text can be kept.
const cache = new WeakMap<Exhibitor, SearchText>();

/** "凌云威科技" → ["lingyunweikeji", "lywkj"]; Latin and digits are kept in both. */
export function pinyinForms(text: string): string[] {
  if (!hasCjk(text)) return [];
  const full = normalizeKey(pinyin(text, { toneType: 'none', nonZh: 'consecutive', v: true, type: 'array' }).join(''));
  const initials = normalizeKey(pinyin(text, { pattern: 'first', toneType: 'none', nonZh: 'consecutive', type: 'array' }).join(''));
  return full ? [full, initials] : [];
}

/** Prepares (and keeps) what the search looks in for one exhibitor; the search calls it too. */
export function searchText(ex: Exhibitor): SearchText {
  let s = cache.get(ex);
  if (!s) {
    const country = countryByCode(ex.country);
    const fields = [ex.name.zh, ex.name.en, ex.shortName.zh, ex.shortName.en, ex.contact.person, ex.contact.email, ex.contact.phone, country?.name.zh ?? '', country?.name.en ?? ''].filter(Boolean);
    const keys = fields.map(normalizeKey);
    for (const name of [ex.name.zh, ex.shortName.zh]) keys.push(...pinyinForms(name));
    s = { folded: fields.map(foldForSearch), keys };
    cache.set(ex, s);
  }
  return s;
}

/**
 * A matcher for what the user typed: true when every whitespace-separated word occurs in
 * some field (names, contacts, country names, booth numbers, pinyin of Chinese names),
 * compared case- and width-insensitively and also with spaces and punctuation ignored.
 * `null` for an empty query (everything matches).
 */
export function exhibitorMatcher(query: string): ((ex: Exhibitor, boothNumbers: readonly string[]) => boolean) | null {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const wordKeys = words.map(normalizeKey);
  return (ex, boothNumbers) => {
    const s = searchText(ex);
    return words.every((w, i) => {
      const k = wordKeys[i]!;
      if (s.folded.some((x) => x.includes(w)) || (k.length > 0 && s.keys.some((x) => x.includes(k)))) return true;
      return boothNumbers.some((n) => foldForSearch(n).includes(w) || (k.length > 0 && normalizeKey(n).includes(k)));
    });
  };
}
