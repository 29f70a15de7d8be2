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
 * Everything one row's search looks in, joined into two strings: the exhibitor's prepared
 * fields and its booth numbers, folded (`folded`) and as keys (`keys`). Fields are joined by a
 * line break, which no searched word holds (words are split at white space, keys have none),
 * so a word matches the joined text exactly when it matches one field. One `includes` per word
 * over one string instead of a dozen, and the booth numbers folded once, not per keystroke:
 * 35,000 rows are tested in a few ms.
 */
export interface SearchHaystack {
  folded: string;
  keys: string;
}

const SEP = '\n';

/** The joined search text of one exhibitor with these booth numbers (not kept: callers keep it per document version). */
export function searchHaystack(ex: Exhibitor, boothNumbers: readonly string[]): SearchHaystack {
  const s = searchText(ex);
  const folded = s.folded.join(SEP);
  const keys = s.keys.join(SEP);
  if (boothNumbers.length === 0) return { folded, keys };
  return { folded: `${folded}${SEP}${boothNumbers.map(foldForSearch).join(SEP)}`, keys: `${keys}${SEP}${boothNumbers.map(normalizeKey).join(SEP)}` };
}

/**
 * A matcher over prepared haystacks for what the user typed (folded once, not per row): true
 * when every whitespace-separated word occurs in some field, compared case- and
 * width-insensitively and also with spaces and punctuation ignored. `null` for an empty query.
 */
export function haystackMatcher(query: string): ((h: SearchHaystack) => boolean) | null {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  // A word that is its own key (letters and digits, no accents: most of what is typed) is in
  // the folded text only where it is in the keys too, so the keys alone are searched for it.
  const wordKeys = words.map(normalizeKey);
  const keysOnly = words.map((w, i) => w === wordKeys[i]);
  return (h) => {
    for (let i = 0; i < words.length; i++) {
      const k = wordKeys[i]!;
      if (keysOnly[i]) {
        if (!h.keys.includes(k)) return false;
      } else if (!h.folded.includes(words[i]!) && !(k.length > 0 && h.keys.includes(k))) return false;
    }
    return true;
  };
}

// The last haystack made for each exhibitor record, with the booth numbers it was made for.
const haystacks = new WeakMap<Exhibitor, { numbers: string; hay: SearchHaystack }>();

/**
 * A matcher for what the user typed: true when every whitespace-separated word occurs in
 * some field (names, contacts, country names, booth numbers, pinyin of Chinese names),
 * compared case- and width-insensitively and also with spaces and punctuation ignored.
 * `null` for an empty query (everything matches).
 */
export function exhibitorMatcher(query: string): ((ex: Exhibitor, boothNumbers: readonly string[]) => boolean) | null {
  const matches = haystackMatcher(query);
  if (!matches) return null;
  return (ex, boothNumbers) => {
    const numbers = boothNumbers.join(SEP);
    let known = haystacks.get(ex);
    if (!known || known.numbers !== numbers) haystacks.set(ex, (known = { numbers, hay: searchHaystack(ex, boothNumbers) }));
    return matches(known.hay);
  };
}
