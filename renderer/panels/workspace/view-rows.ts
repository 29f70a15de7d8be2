import { exhibitorIndex } from '../../../shared/assignment/by-exhibitor';
import { warningsFor } from '../../../shared/assignment/warnings';
import { filterExhibitors } from '../../../shared/exhibitors/filters';
import { haystackMatcher, searchHaystack, type SearchHaystack } from '../../../shared/exhibitors/search';
import { countryName } from '../../../shared/exhibitors/countries';
import { sectorLabel } from '../../../shared/exhibitors/sectors';
import type { Language } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { saleFigures } from '../../../shared/sales/amounts';
import { compareNumeric } from '../../../shared/text/collate';
import type { AssignmentState } from '../../../shared/assignment/by-exhibitor';
import type { SalesStage } from '../../../shared/model/entities';
import { exhibitorSummary } from '../../../shared/exhibitors/filters';
import type { WorkspaceFilter } from './workspace-state';

export interface ViewRow {
  id: string;
  nameZh: string;
  nameEn: string;
  country: string;
  countryName: string;
  sectors: string;
  booths: string;
  boothIds: string[];
  requested: number | null;
  assigned: number;
  state: AssignmentState;
  stage: SalesStage;
  expected: number;
  invoiced: number;
  paid: number;
  contact: string;
  phone: string;
  email: string;
  priority: number;
  warnings: number;
}

const warningCache = new WeakMap<Project, Map<string, number>>();

/** Warnings per exhibitor, computed once per document version. */
export function warningCounts(doc: Project): Map<string, number> {
  let m = warningCache.get(doc);
  if (!m) {
    m = new Map();
    for (const w of warningsFor(doc)) m.set(w.exhibitorId, (m.get(w.exhibitorId) ?? 0) + 1);
    warningCache.set(doc, m);
  }
  return m;
}

interface CachedRow {
  row: ViewRow;
  exhibitor: Project['exhibitors'][string];
  numbers: string[];
  /** What the search looks in, joined; made at the first search of this document version. */
  hay: SearchHaystack | null;
}

/**
 * Every exhibitor's row, built once per document version and language: typing in the search
 * or changing a filter then only tests rows (35,000 rows in a few ms, not the 150–700 ms of
 * summing booths, money and warnings for each again).
 */
const rowCache = new WeakMap<Project, Map<Language, CachedRow[]>>();

function allRows(doc: Project, lang: Language): CachedRow[] {
  let byLang = rowCache.get(doc);
  if (!byLang) rowCache.set(doc, (byLang = new Map()));
  const known = byLang.get(lang);
  if (known) return known;
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const index = exhibitorIndex(doc);
  const warnings = warningCounts(doc);
  const out: CachedRow[] = [];
  for (const ex of Object.values(doc.exhibitors)) {
    const s = exhibitorSummary(ex, index);
    const booths = [...s.assigned, ...s.claimed].sort((a, b) => compareNumeric(a.number, b.number));
    const numbers = booths.map((b) => b.number);
    const money = saleFigures(doc, ex);
    out.push({
      exhibitor: ex,
      numbers,
      hay: null,
      row: {
        id: ex.id,
        nameZh: ex.name.zh,
        nameEn: ex.name.en,
        country: ex.country,
        countryName: countryName(ex.country, l),
        sectors: ex.sectors.map((id) => sectorLabel(doc.settings, id, l)).join(l === 'zh' ? '、' : ', '),
        booths: numbers.join(', '),
        boothIds: booths.map((b) => b.id),
        requested: ex.requested.areaSqm,
        assigned: s.assignedArea,
        state: s.state,
        stage: ex.sale.stage,
        expected: money.expected,
        invoiced: money.invoiced,
        paid: money.paid,
        contact: ex.contact.person,
        phone: ex.contact.phone,
        email: ex.contact.email,
        priority: ex.priority,
        warnings: warnings.get(ex.id) ?? 0,
      },
    });
  }
  byLang.set(lang, out);
  return out;
}

// How far the search haystacks of each row list are made (rows before this index have theirs).
const prepared = new WeakMap<CachedRow[], number>();

/**
 * Makes the rows' search haystacks until `until` (a `performance.now()` time); true when every
 * row has one. Run in idle time after the view's rows are built, so the first search of a
 * document version tests 35,000 rows instead of also folding and joining their text (~200 ms).
 */
export function prepareRowSearch(doc: Project, lang: Language, until: number): boolean {
  const rows = allRows(doc, lang);
  let i = prepared.get(rows) ?? 0;
  while (i < rows.length && performance.now() < until) {
    for (const end = Math.min(rows.length, i + 200); i < end; i++) {
      const r = rows[i]!;
      r.hay ??= searchHaystack(r.exhibitor, r.numbers);
    }
  }
  prepared.set(rows, i);
  return i >= rows.length;
}

const unfiltered = new WeakMap<CachedRow[], ViewRow[]>();

/**
 * Every row, the same array each time for one document version and language: clearing the
 * search gives the table the list it had, so it does not go through 35,000 rows again.
 */
function allViewRows(rows: CachedRow[]): ViewRow[] {
  let all = unfiltered.get(rows);
  if (!all) unfiltered.set(rows, (all = rows.map((r) => r.row)));
  return all;
}

/** The Exhibitors view's rows for the exhibitors passing the filter, every value readable. */
export function viewRows(doc: Project, filter: WorkspaceFilter, lang: Language): ViewRow[] {
  const rows = allRows(doc, lang);
  const others = { ...filter, text: '' };
  const narrowed = Object.entries(others).some(([k, v]) => k !== 'text' && Array.isArray(v) && v.length > 0);
  const keep = narrowed ? new Set(filterExhibitors(doc, others).map((ex) => ex.id)) : null;
  const matches = haystackMatcher(filter.text);
  if (!keep && !matches) return allViewRows(rows);
  const out: ViewRow[] = [];
  for (const r of rows) {
    if (keep && !keep.has(r.row.id)) continue;
    if (matches && !matches((r.hay ??= searchHaystack(r.exhibitor, r.numbers)))) continue;
    out.push(r.row);
  }
  return out;
}
