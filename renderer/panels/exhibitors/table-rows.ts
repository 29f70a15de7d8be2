import { assignmentState, exhibitorIndex, type AssignmentState, type ExhibitorBooths } from '../../../shared/assignment/by-exhibitor';
import { countryName } from '../../../shared/exhibitors/countries';
import type { ExhibitorFilter } from '../../../shared/exhibitors/filters';
import type { Language } from '../../../shared/ipc/contract';
import type { Booth, Exhibitor } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { pickText } from '../../editor/text';
import { compareNumeric } from '../../../shared/text/collate';
import { exhibitorRowList, sameItems, type ExhibitorRowEntry } from '../common/exhibitor-rows';

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

type Entry = ExhibitorRowEntry<ExhibitorTableRow>;
const NONE: readonly Booth[] = [];

// Each exhibitor's row of earlier document versions, by language, kept while its record and its
// booths are the same objects. An edit replaces only the records it changes, so after an
// assignment the table makes a row or two instead of 35,000 (~200 ms at that size).
const earlier = new Map<Language, WeakMap<Exhibitor, { assigned: readonly Booth[]; claimed: readonly Booth[]; entry: Entry }>>();

function rowEntry(ex: Exhibitor, mine: ExhibitorBooths | undefined, lang: Language): Entry {
  const assignedBooths = mine?.assigned ?? NONE;
  const claimedBooths = mine?.claimed ?? NONE;
  const assigned = [...assignedBooths].sort((a, b) => compareNumeric(a.number, b.number));
  // In number order, as the Exhibitors view's: the two tables then share the search's haystacks.
  const numbers = [...assignedBooths, ...claimedBooths].map((b) => b.number).sort(compareNumeric);
  const name = pickText(ex.name, lang);
  const other = lang === 'zh-CN' ? ex.name.en : ex.name.zh;
  return {
    exhibitor: ex,
    numbers,
    hay: null,
    row: {
      id: ex.id,
      name,
      otherName: other && other !== name ? other : '',
      country: ex.country,
      countryName: countryName(ex.country, lang === 'zh-CN' ? 'zh' : 'en'),
      sectors: ex.sectors,
      boothIds: assigned.map((b) => b.id),
      boothNumbers: assigned.map((b) => b.number).join(', '),
      claimedIds: claimedBooths.map((b) => b.id),
      assignedArea: mine?.assignedArea ?? 0,
      requestedArea: ex.requested.areaSqm,
      requestedBooths: ex.requested.booths,
      state: assignmentState(ex.requested, mine),
      priority: ex.priority,
    },
  };
}

/** Every exhibitor's row, built once per document version and language (see `exhibitorRowList`). */
const list = exhibitorRowList<ExhibitorTableRow>((doc, lang) => {
  const index = exhibitorIndex(doc);
  let kept = earlier.get(lang);
  if (!kept) earlier.set(lang, (kept = new WeakMap()));
  const out: Entry[] = [];
  for (const ex of Object.values(doc.exhibitors)) {
    const mine = index.byExhibitor.get(ex.id);
    const assigned = mine?.assigned ?? NONE;
    const claimed = mine?.claimed ?? NONE;
    const before = kept.get(ex);
    if (before && sameItems(before.assigned, assigned) && sameItems(before.claimed, claimed)) {
      out.push(before.entry);
      continue;
    }
    const entry = rowEntry(ex, mine, lang);
    kept.set(ex, { assigned, claimed, entry });
    out.push(entry);
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
