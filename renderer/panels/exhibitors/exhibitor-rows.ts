import type { Project } from '../../../shared/model/project';
import type { Language } from '../../../shared/ipc/contract';
import { boothsByExhibitor } from '../../editor/booth-facts';
import { pickText } from '../../editor/text';

export interface ExhibitorRow {
  id: string;
  name: string;
  country: string;
  boothIds: string[];
  boothNumbers: string;
  /** Lower-cased text the search looks in: both names, short names, country. */
  haystack: string;
}

/** Table rows for the exhibitor list, sorted by name in the display language. */
export function exhibitorRows(p: Pick<Project, 'exhibitors' | 'assignments' | 'booths'>, lang: Language): ExhibitorRow[] {
  const booths = boothsByExhibitor(p);
  const collator = new Intl.Collator(lang === 'zh-CN' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
  const rows = Object.values(p.exhibitors).map((e) => {
    const ids = booths.get(e.id) ?? [];
    const numbers = ids.map((id) => p.booths[id]?.number ?? '').filter(Boolean).sort(collator.compare);
    return {
      id: e.id,
      name: pickText(e.name, lang),
      country: e.country,
      boothIds: ids,
      boothNumbers: numbers.join(', '),
      haystack: [e.name.zh, e.name.en, e.shortName.zh, e.shortName.en, e.country, ...numbers].join('\u0001').toLowerCase(),
    };
  });
  rows.sort((a, b) => collator.compare(a.name, b.name));
  return rows;
}

/** Rows whose text contains every word of the query (any order). */
export function filterRows(rows: readonly ExhibitorRow[], query: string): readonly ExhibitorRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((r) => words.every((w) => r.haystack.includes(w)));
}
