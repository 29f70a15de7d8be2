import { filterExhibitors, type ExhibitorFilter } from '../../../shared/exhibitors/filters';
import { haystackMatcher, searchHaystack, type SearchHaystack } from '../../../shared/exhibitors/search';
import type { Language } from '../../../shared/ipc/contract';
import type { Exhibitor } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';

/** One exhibitor's row, with what the search looks in (made at the first search, or in idle time). */
export interface ExhibitorRowEntry<R> {
  row: R;
  exhibitor: Exhibitor;
  /** Booth numbers the search finds the exhibitor by (assigned, held and reserved), in number order. */
  numbers: string[];
  hay: SearchHaystack | null;
}

// The haystacks of earlier document versions, by exhibitor record. An edit replaces only the
// records it changes, so after an assignment the next search makes a haystack or two instead
// of 35,000 (~300 ms at that size): a record's haystack is reused while its booth numbers are
// the same. Both tables give their numbers in the same order, so they share these.
const earlier = new WeakMap<Exhibitor, { numbers: readonly string[]; hay: SearchHaystack }>();

/** The same items in the same order (by identity). */
export const sameItems = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function haystackOf<R>(e: ExhibitorRowEntry<R>): SearchHaystack {
  if (e.hay) return e.hay;
  const known = earlier.get(e.exhibitor);
  if (known && sameItems(known.numbers, e.numbers)) return (e.hay = known.hay);
  const hay = searchHaystack(e.exhibitor, e.numbers);
  earlier.set(e.exhibitor, { numbers: e.numbers, hay });
  return (e.hay = hay);
}

export interface ExhibitorRowList<R> {
  /** Rows of the exhibitors passing `filter`, in the show's order; every row is the same array each time when nothing filters. */
  shown(doc: Project, filter: ExhibitorFilter, lang: Language): R[];
  /** Makes the rows' search haystacks until `until` (a `performance.now()` time); true when every row has one. */
  prepare(doc: Project, lang: Language, until: number): boolean;
}

/**
 * A table of exhibitors whose rows are built once per document version and language: typing
 * in a search or changing a filter then only tests rows (35,000 rows in a few ms), instead of
 * building every row again and folding its text for each keystroke (150–700 ms at that size).
 * `build` makes every row of one document version; the Exhibitors view and the side panel
 * each have their own (different columns), with the same search.
 */
export function exhibitorRowList<R>(build: (doc: Project, lang: Language) => ExhibitorRowEntry<R>[]): ExhibitorRowList<R> {
  const built = new WeakMap<Project, Map<Language, ExhibitorRowEntry<R>[]>>();
  // How far the haystacks of each row list are made (rows before this index have theirs).
  const prepared = new WeakMap<ExhibitorRowEntry<R>[], number>();
  const unfiltered = new WeakMap<ExhibitorRowEntry<R>[], R[]>();

  const entries = (doc: Project, lang: Language): ExhibitorRowEntry<R>[] => {
    let byLang = built.get(doc);
    if (!byLang) built.set(doc, (byLang = new Map()));
    let list = byLang.get(lang);
    if (!list) byLang.set(lang, (list = build(doc, lang)));
    return list;
  };

  return {
    shown(doc, filter, lang) {
      const list = entries(doc, lang);
      const others = { ...filter, text: '' };
      const narrowed = Object.entries(others).some(([k, v]) => k !== 'text' && Array.isArray(v) && v.length > 0);
      const keep = narrowed ? new Set(filterExhibitors(doc, others).map((ex) => ex.id)) : null;
      const matches = haystackMatcher(filter.text ?? '');
      if (!keep && !matches) {
        // Clearing the search gives the table the array it had, so it does not go through every row again.
        let all = unfiltered.get(list);
        if (!all) unfiltered.set(list, (all = list.map((e) => e.row)));
        return all;
      }
      const out: R[] = [];
      for (const e of list) {
        if (keep && !keep.has(e.exhibitor.id)) continue;
        if (matches && !matches(haystackOf(e))) continue;
        out.push(e.row);
      }
      return out;
    },
    prepare(doc, lang, until) {
      const list = entries(doc, lang);
      let i = prepared.get(list) ?? 0;
      while (i < list.length && performance.now() < until) {
        for (const end = Math.min(list.length, i + 200); i < end; i++) {
          haystackOf(list[i]!);
        }
      }
      prepared.set(list, i);
      return i >= list.length;
    },
  };
}
