import { exhibitorIndex, type AssignmentState } from '../../../shared/assignment/by-exhibitor';
import { countryName } from '../../../shared/exhibitors/countries';
import { exhibitorSummary, type ExhibitorFilter } from '../../../shared/exhibitors/filters';
import type { Language } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { pickText } from '../../editor/text';
import { compareNumeric } from '../../../shared/text/collate';
import { exhibitorRowList, type ExhibitorRowEntry } from '../common/exhibitor-rows';

export interface ExhibitorTableRow {
  id: string;
  name: string;
  /** The name in the other language, when it differs. */
  otherName: string;
  country: string;
  countryName: string;
  sectors: string[];
  /** Assigned booths, in number order. */
  boothIds: string[];
  boothNumbers: string;
  /** Held or reserved booths. */
  claimedIds: string[];
  assignedArea: number;
  requestedArea: number | null;
  requestedBooths: number | null;
  state: AssignmentState;
  priority: number;
}

/** Every exhibitor's row, built once per document version and language (see `exhibitorRowList`). */
const list = exhibitorRowList<ExhibitorTableRow>((doc, lang) => {
  const index = exhibitorIndex(doc);
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const out: ExhibitorRowEntry<ExhibitorTableRow>[] = [];
  for (const ex of Object.values(doc.exhibitors)) {
    const s = exhibitorSummary(ex, index);
    const assigned = [...s.assigned].sort((a, b) => compareNumeric(a.number, b.number));
    const name = pickText(ex.name, lang);
    const other = lang === 'zh-CN' ? ex.name.en : ex.name.zh;
    out.push({
      exhibitor: ex,
      numbers: [...s.assigned, ...s.claimed].map((b) => b.number),
      hay: null,
      row: {
        id: ex.id,
        name,
        otherName: other && other !== name ? other : '',
        country: ex.country,
        countryName: countryName(ex.country, l),
        sectors: ex.sectors,
        boothIds: assigned.map((b) => b.id),
        boothNumbers: assigned.map((b) => b.number).join(', '),
        claimedIds: s.claimed.map((b) => b.id),
        assignedArea: s.assignedArea,
        requestedArea: ex.requested.areaSqm,
        requestedBooths: ex.requested.booths,
        state: s.state,
        priority: ex.priority,
      },
    });
  }
  return out;
});

/** Rows of the exhibitor table for the exhibitors passing `filter`, in the show's order. */
export function exhibitorTableRows(doc: Project, filter: ExhibitorFilter, lang: Language): ExhibitorTableRow[] {
  return list.shown(doc, filter, lang);
}

/** Makes the table's search haystacks until `until`; true when every row has one (see `useRowSearchWarmup`). */
export function prepareTableSearch(doc: Project, lang: Language, until: number): boolean {
  return list.prepare(doc, lang, until);
}

/** Compares names the way people of the language sort them (pinyin for Chinese). */
export function nameCollator(lang: Language): Intl.Collator {
  return new Intl.Collator(lang === 'zh-CN' ? 'zh-CN' : 'en', { numeric: true, sensitivity: 'base' });
}

/** The MIME type the table puts on a dragged row: the exhibitor id. */
export const EXHIBITOR_DRAG_TYPE = 'application/x-pavilion-exhibitor';
