import { pinyin } from 'pinyin-pro';
import type { Project } from '../model/project';
import { sectorLabel } from '../exhibitors/sectors';
import { countryName, type ChromeLanguage, chromeStrings } from './i18n';
import { collator, compareCodeUnits, compareNumeric, compareText } from '../text/collate';
import { entryOf } from '../model/project';

export type DirectorySort = 'name-en' | 'pinyin' | 'stroke' | 'country' | 'sector';
export const DIRECTORY_SORTS: readonly DirectorySort[] = ['name-en', 'pinyin', 'stroke', 'country', 'sector'];

export interface DirectoryBooth {
  boothId: string;
  hallId: string;
  hallCode: string;
  hallOrder: number;
  number: string;
}

/** One exhibitor as the directory lists it. */
export interface DirectoryEntry {
  exhibitorId: string;
  name: { zh: string; en: string };
  country: string;
  sectors: string[];
  /** The sectors' names in the show's vocabulary, parallel to `sectors` (ids never reach the page). */
  sectorNames?: { zh: string; en: string }[];
  booths: DirectoryBooth[];
}

/** A directory entry's sector as the reader sees it. */
export function entrySectorName(e: DirectoryEntry, i: number, lang: ChromeLanguage): string {
  const n = e.sectorNames?.[i];
  if (!n) return e.sectors[i] ?? '';
  return (lang === 'en' ? n.en || n.zh : n.zh || n.en) || e.sectors[i] || '';
}

export interface DirectoryGroup {
  /** Letter, country or sector heading; null for a list without headings. */
  heading: string | null;
  entries: DirectoryEntry[];
}


/**
 * Exhibitors with at least one assigned booth in the given halls, each with its booths there
 * (hall order, then booth number). `only` narrows the list to some exhibitor ids.
 */
export function directoryEntries(project: Project, hallIds: readonly string[], only?: ReadonlySet<string>): DirectoryEntry[] {
  const halls = new Set(hallIds);
  const byExhibitor = new Map<string, DirectoryBooth[]>();
  for (const a of Object.values(project.assignments)) {
    const booth = entryOf(project.booths, a.boothId);
    if (!booth || !halls.has(booth.hallId) || (only && !only.has(a.exhibitorId))) continue;
    const hall = entryOf(project.halls, booth.hallId);
    if (!hall || !entryOf(project.exhibitors, a.exhibitorId)) continue;
    let list = byExhibitor.get(a.exhibitorId);
    if (!list) byExhibitor.set(a.exhibitorId, (list = []));
    list.push({ boothId: booth.id, hallId: hall.id, hallCode: hall.code, hallOrder: hall.order, number: booth.number });
  }
  const out: DirectoryEntry[] = [];
  for (const [id, booths] of byExhibitor) {
    const ex = entryOf(project.exhibitors, id)!;
    booths.sort((a, b) => a.hallOrder - b.hallOrder || compareNumeric(a.hallCode, b.hallCode) || compareNumeric(a.number, b.number));
    const sectorNames = ex.sectors.map((s) => ({ zh: sectorLabel(project.settings, s, 'zh'), en: sectorLabel(project.settings, s, 'en') }));
    out.push({ exhibitorId: id, name: { zh: ex.name.zh.trim(), en: ex.name.en.trim() }, country: ex.country, sectors: [...ex.sectors], sectorNames, booths });
  }
  return out;
}

/** Toneless pinyin of a name for sorting; Latin parts are kept as they are, lower-cased. */
export function pinyinKey(text: string): string {
  return pinyin(text, { toneType: 'none', nonZh: 'consecutive', v: true }).toLowerCase().replace(/\s+/g, ' ').trim();
}

function pinyinToneKey(text: string): string {
  return pinyin(text, { toneType: 'num', nonZh: 'consecutive', v: true }).toLowerCase();
}

let cachedStroke: Intl.Collator | null | undefined;
/**
 * The platform's CLDR stroke-count collation (ICU `zh-u-co-stroke`: by number of strokes, then
 * stroke order), or null where the platform's ICU data lacks it.
 */
export function strokeCollator(): Intl.Collator | null {
  if (cachedStroke === undefined) {
    const c = new Intl.Collator('zh-u-co-stroke');
    cachedStroke = c.resolvedOptions().collation === 'stroke' ? c : null;
  }
  return cachedStroke;
}

/** Whether stroke-count sorting is available on this platform. */
export function strokeSortSupported(): boolean {
  return strokeCollator() !== null;
}

const latin = collator('en', { sensitivity: 'base', numeric: true });

/** The name used for English ordering: the English name, else the Chinese name's pinyin. */
function enKey(e: DirectoryEntry): string {
  return e.name.en || pinyinKey(e.name.zh);
}

function zhText(e: DirectoryEntry): string {
  return e.name.zh || e.name.en;
}

interface Keyed {
  e: DirectoryEntry;
  py: string;
  tone: string;
}

function byPinyin(a: Keyed, b: Keyed): number {
  return latin.compare(a.py, b.py) || compareCodeUnits(a.tone, b.tone) || compareText(zhText(a.e), zhText(b.e), 'zh') || compareCodeUnits(a.e.exhibitorId, b.e.exhibitorId);
}

function byEnglish(a: DirectoryEntry, b: DirectoryEntry): number {
  return latin.compare(enKey(a), enKey(b)) || compareCodeUnits(a.name.en, b.name.en) || compareCodeUnits(a.exhibitorId, b.exhibitorId);
}

function initial(key: string): string {
  const c = key
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(c) ? c : '#';
}

/** Sorts names in the reader's language: A–Z by English for English, pinyin for Chinese. */
function sortForLanguage(entries: DirectoryEntry[], lang: ChromeLanguage): DirectoryEntry[] {
  if (lang === 'en') return [...entries].sort(byEnglish);
  return entries
    .map((e) => ({ e, py: pinyinKey(zhText(e)), tone: pinyinToneKey(zhText(e)) }))
    .sort(byPinyin)
    .map((k) => k.e);
}

function letterGroups(sorted: DirectoryEntry[], keyOf: (e: DirectoryEntry) => string): DirectoryGroup[] {
  const groups: DirectoryGroup[] = [];
  for (const e of sorted) {
    const h = initial(keyOf(e));
    const last = groups[groups.length - 1];
    if (last && last.heading === h) last.entries.push(e);
    else groups.push({ heading: h, entries: [e] });
  }
  return groups;
}

/**
 * Orders directory entries into headed groups.
 * - `name-en`: A–Z by English name (Chinese-only names by their pinyin), letter headings.
 * - `pinyin`: by the pinyin of the Chinese name (tones break ties), letter headings.
 * - `stroke`: by stroke count of the Chinese name (CLDR stroke collation); throws
 *   `StrokeSortUnsupportedError` where the platform lacks it.
 * - `country` / `sector`: headed by country (localised) or sector, names inside in the reader's
 *   order; an exhibitor appears under each of its sectors.
 */
export function sortDirectory(entries: readonly DirectoryEntry[], sort: DirectorySort, lang: ChromeLanguage): DirectoryGroup[] {
  const list = [...entries];
  switch (sort) {
    case 'name-en':
      return letterGroups(list.sort(byEnglish), enKey);
    case 'pinyin': {
      const keyed = list.map((e) => ({ e, py: pinyinKey(zhText(e)), tone: pinyinToneKey(zhText(e)) })).sort(byPinyin);
      return letterGroups(
        keyed.map((k) => k.e),
        (e) => pinyinKey(zhText(e)),
      );
    }
    case 'stroke': {
      const c = strokeCollator();
      if (!c) throw new StrokeSortUnsupportedError();
      return [{ heading: null, entries: list.sort((a, b) => c.compare(zhText(a), zhText(b)) || byEnglish(a, b)) }];
    }
    case 'country': {
      const groups = new Map<string, DirectoryEntry[]>();
      for (const e of list) {
        const g = groups.get(e.country) ?? [];
        g.push(e);
        groups.set(e.country, g);
      }
      return [...groups.entries()]
        .map(([code, es]) => ({ heading: countryName(code, lang), entries: sortForLanguage(es, lang) }))
        .sort((a, b) => compareText(a.heading, b.heading, lang));
    }
    case 'sector': {
      const none = chromeStrings(lang).noSector;
      const groups = new Map<string, DirectoryEntry[]>();
      for (const e of list) {
        const sectors = e.sectors.length ? [...new Set(e.sectors.map((_, i) => entrySectorName(e, i, lang)))] : [''];
        for (const s of sectors) {
          const g = groups.get(s) ?? [];
          g.push(e);
          groups.set(s, g);
        }
      }
      return [...groups.entries()]
        .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : compareText(a, b, lang)))
        .map(([s, es]) => ({ heading: s || none, entries: sortForLanguage(es, lang) }));
    }
  }
}

export class StrokeSortUnsupportedError extends Error {
  readonly code = 'stroke-sort-unsupported';
  constructor() {
    super('this platform has no stroke-count collation (ICU zh-u-co-stroke)');
    this.name = 'StrokeSortUnsupportedError';
  }
}
