import type { Booth } from '../model/entities';
import type { Project } from '../model/project';
import { exhibitorIndex, type AssignmentState } from '../assignment/by-exhibitor';
import { countryName } from './countries';
import { exhibitorSummary } from './filters';
import { sectorLabel } from './sectors';
import { compareNumeric } from '../text/collate';
import { saleFigures } from '../sales/amounts';
import { STAGE_TEXT } from '../sales/stages';
import { entryOf } from '../model/project';

export type TableLanguage = 'zh' | 'en';

export type Cell = string | number | null;

/** A sheet to write: numbers stay numbers, all other cells are text. */
export interface Table {
  headers: string[];
  rows: Cell[][];
}

/** Assignment states as a reader writes them (exports and printouts, never the ids). */
export const STATE_TEXT: Record<AssignmentState, { zh: string; en: string }> = {
  unassigned: { zh: '未分配', en: 'Not assigned' },
  partly: { zh: '部分分配', en: 'Partly assigned' },
  fully: { zh: '已分配', en: 'Assigned' },
};

/** Orders booths the way a floor plan is read: by hall order, then booth number naturally (A2 before A10). */
export function boothOrder(doc: Project): (a: Booth, b: Booth) => number {
  const hallOrder = (b: Booth) => entryOf(doc.halls, b.hallId)?.order ?? Number.MAX_SAFE_INTEGER;
  return (a, b) => hallOrder(a) - hallOrder(b) || compareNumeric(a.number, b.number);
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Exhibitors with their booths and their sale, one row each, every value written as a reader
 * would (country, sector, state and stage names in the chosen language, never ids). Header
 * names are ones the importer recognises, so an exported list can be edited and imported
 * back. `ids` limits the rows to those exhibitors, in that order (an export of a selection).
 */
export function exhibitorTable(doc: Project, lang: TableLanguage, ids?: readonly string[]): Table {
  const zh = lang === 'zh';
  const headers = zh
    ? ['企业名称', '英文名称', '国家', '行业', '申请面积(m²)', '申请展位数', '展位号', '已分配面积(m²)', '展馆', '分配状态', '销售阶段', `应收金额(${doc.settings.currency})`, `已开票(${doc.settings.currency})`, `已收款(${doc.settings.currency})`, '合同编号', '联系人', '邮箱', '电话', '网址', '楣板(中文)', '楣板(英文)', '优先级', '备注', '展商编号']
    : ['Chinese Name', 'English Name', 'Country', 'Sectors', 'Requested Area (m²)', 'Requested Booths', 'Booth Numbers', 'Assigned Area (m²)', 'Halls', 'Status', 'Sales Stage', `Expected (${doc.settings.currency})`, `Invoiced (${doc.settings.currency})`, `Paid (${doc.settings.currency})`, 'Contract No.', 'Contact Person', 'Email', 'Phone', 'Website', 'Fascia (ZH)', 'Fascia (EN)', 'Priority', 'Notes', 'Exhibitor ID'];
  const index = exhibitorIndex(doc);
  const order = boothOrder(doc);
  const list = ids ? ids.map((id) => doc.exhibitors[id]).filter((e) => e !== undefined) : Object.values(doc.exhibitors);
  const rows: Cell[][] = list.map((ex) => {
    const money = saleFigures(doc, ex);
    const s = exhibitorSummary(ex, index);
    const booths = [...s.assigned].sort(order);
    const halls = [...new Set(booths.map((b) => entryOf(doc.halls, b.hallId)))].filter((h) => h !== undefined).map((h) => h.code || h.name[lang]);
    return [
      ex.name.zh,
      ex.name.en,
      countryName(ex.country, lang),
      ex.sectors.map((id) => sectorLabel(doc.settings, id, lang)).join('; '),
      ex.requested.areaSqm,
      ex.requested.booths,
      booths.map((b) => b.number).join(', '),
      round2(s.assignedArea),
      halls.join(', '),
      STATE_TEXT[s.state][lang],
      STAGE_TEXT[ex.sale.stage][lang],
      round2(money.expected),
      round2(money.invoiced),
      round2(money.paid),
      ex.sale.reference,
      ex.contact.person,
      ex.contact.email,
      ex.contact.phone,
      ex.website,
      ex.fascia.zh,
      ex.fascia.en,
      ex.priority,
      ex.notes,
      ex.externalId,
    ];
  });
  return { headers, rows };
}

/**
 * The fascia-board list for the stand builder: one row per assigned booth, in floor-plan
 * order. The text is the booth's own fascia, else the exhibitor's, else the exhibitor's name.
 */
export function fasciaTable(doc: Project, lang: TableLanguage): Table {
  const headers = lang === 'zh' ? ['展位号', '展馆', '楣板(中文)', '楣板(英文)', '参展商'] : ['Booth', 'Hall', 'Fascia (ZH)', 'Fascia (EN)', 'Exhibitor'];
  const booths = Object.values(doc.booths)
    .filter((b) => b.status === 'assigned' && entryOf(doc.assignments, b.id))
    .sort(boothOrder(doc));
  const rows: Cell[][] = booths.map((b) => {
    const ex = entryOf(doc.exhibitors, doc.assignments[b.id]!.exhibitorId);
    const hall = entryOf(doc.halls, b.hallId);
    return [
      b.number,
      hall ? [hall.code, hall.name[lang]].filter(Boolean).join(' ') : '',
      b.fascia.zh || ex?.fascia.zh || ex?.name.zh || '',
      b.fascia.en || ex?.fascia.en || ex?.name.en || '',
      ex ? ex.name[lang] || ex.name.zh || ex.name.en : '',
    ];
  });
  return { headers, rows };
}
