import { describe, expect, it } from 'vitest';
import { historyPeople, historyRows } from '../../../shared/assignment';
import type { HistoryEntry } from '../../../shared/model/entities';
import { addExhibitor, buildShow } from './support/show';

const entry = (i: number, over: Partial<HistoryEntry>): HistoryEntry => ({ id: `h${i}`, at: `2026-09-0${i}T08:00:00.000Z`, by: '王芳', action: 'assign', boothId: 'b1', exhibitorId: 'ex_hw', detail: '', ...over });

describe('the show-wide history', () => {
  const doc = buildShow();
  addExhibitor(doc, { id: 'ex_hw', name: { zh: '华为技术有限公司', en: 'Huawei Technologies' } });
  addExhibitor(doc, { id: 'ex_vt', name: { zh: '越南电信', en: 'Viettel' }, country: 'VN' });
  doc.history = [
    entry(1, {}),
    entry(2, { by: 'Li Ming', action: 'hold', boothId: 'b2', exhibitorId: 'ex_vt' }),
    entry(3, { action: 'unassign' }),
    entry(4, { by: 'Li Ming', action: 'assign', boothId: 'b_gone', exhibitorId: 'ex_gone' }),
  ];

  it('lists newest first and keeps entries about booths since deleted', () => {
    const rows = historyRows(doc);
    expect(rows.map((r) => r.entry.id)).toEqual(['h4', 'h3', 'h2', 'h1']);
    expect(rows[0]!.boothNumber).toBe('b_gone');
    expect(rows[3]!.boothNumber).toBe(doc.booths.b1!.number);
  });

  it('filters by person, kind, booth number and exhibitor (names or pinyin)', () => {
    expect(historyRows(doc, { people: ['Li Ming'] }).map((r) => r.entry.id)).toEqual(['h4', 'h2']);
    expect(historyRows(doc, { actions: ['assign'] }).map((r) => r.entry.id)).toEqual(['h4', 'h1']);
    expect(historyRows(doc, { booth: doc.booths.b2!.number.toLowerCase() }).map((r) => r.entry.id)).toEqual(['h2']);
    expect(historyRows(doc, { exhibitor: 'viettel' }).map((r) => r.entry.id)).toEqual(['h2']);
    expect(historyRows(doc, { exhibitor: 'hwjs', actions: ['unassign'] }).map((r) => r.entry.id)).toEqual(['h3']);
    expect(historyPeople(doc)).toEqual(['王芳', 'Li Ming']);
  });
});
