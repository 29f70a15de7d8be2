import { exhibitorIndex } from '../../../shared/assignment/by-exhibitor';
import { warningsFor } from '../../../shared/assignment/warnings';
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
import { exhibitorRowList, type ExhibitorRowEntry } from '../common/exhibitor-rows';

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

/**
 * Every exhibitor's row, built once per document version and language (see
 * `exhibitorRowList`): money and warnings are summed once, not at each keystroke.
 */
const list = exhibitorRowList<ViewRow>((doc, lang) => {
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const index = exhibitorIndex(doc);
  const warnings = warningCounts(doc);
  const out: ExhibitorRowEntry<ViewRow>[] = [];
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
  return out;
});

/**
 * Makes the view's search haystacks until `until`; true when every row has one. Run in idle
 * time after the rows are built, so the first search of a document version tests 35,000 rows
 * instead of also folding and joining their text (~200 ms).
 */
export function prepareRowSearch(doc: Project, lang: Language, until: number): boolean {
  return list.prepare(doc, lang, until);
}

/** The Exhibitors view's rows for the exhibitors passing the filter, every value readable. */
export function viewRows(doc: Project, filter: WorkspaceFilter, lang: Language): ViewRow[] {
  return list.shown(doc, filter, lang);
}
