import { describe, expect, it } from 'vitest';
import { exhibitorTableRows, prepareTableSearch } from '../../../renderer/panels/exhibitors/table-rows';
import { exhibitorInputOf, formValuesOf } from '../../../renderer/panels/exhibitors/exhibitor-form';
import { addExhibitor, editExhibitor } from '../../../shared/exhibitors/ops';
import { applyOperation } from '../../../shared/ops/operation';
import { assign, exhibitor, show } from './fixtures';

function sample() {
  const p = show(4);
  p.exhibitors.e1 = exhibitor('e1', 'Viettel Group', '越南军队电信集团', 'VN', { requested: { areaSqm: 200, booths: null }, contact: { person: 'Nguyen An', email: 'an@viettel.vn', phone: '+84 24 1234' } });
  p.exhibitors.e2 = exhibitor('e2', 'Alibaba Cloud', '阿里云', 'CN', { requested: { areaSqm: 100, booths: null } });
  p.exhibitors.e3 = exhibitor('e3', 'Siam Robotics', '暹罗机器人', 'TH');
  assign(p, 'b2', 'e1');
  assign(p, 'b1', 'e2');
  return p;
}

describe('exhibitorTableRows', () => {
  it('names in the display language, booth numbers in order, and the assignment state', () => {
    const rows = exhibitorTableRows(sample(), {}, 'en');
    const viettel = rows.find((r) => r.id === 'e1')!;
    expect(viettel).toMatchObject({ name: 'Viettel Group', otherName: '越南军队电信集团', country: 'VN', countryName: 'Vietnam', boothNumbers: 'A-002', state: 'partly', assignedArea: 100 });
    expect(rows.find((r) => r.id === 'e2')?.state).toBe('fully');
    expect(rows.find((r) => r.id === 'e3')?.state).toBe('unassigned');
    expect(exhibitorTableRows(sample(), {}, 'zh-CN').find((r) => r.id === 'e1')).toMatchObject({ name: '越南军队电信集团', otherName: 'Viettel Group', countryName: '越南' });
  });

  it('filters by text (Chinese, English, booth, contact), country and state', () => {
    const p = sample();
    const ids = (f: Parameters<typeof exhibitorTableRows>[1]) => exhibitorTableRows(p, f, 'en').map((r) => r.id);
    expect(ids({ text: '阿里' })).toEqual(['e2']);
    expect(ids({ text: 'siam' })).toEqual(['e3']);
    expect(ids({ text: 'A-002' })).toEqual(['e1']);
    expect(ids({ text: 'Nguyen' })).toEqual(['e1']);
    expect(ids({ countries: ['CN', 'TH'] })).toEqual(['e2', 'e3']);
    expect(ids({ states: ['unassigned', 'partly'] })).toEqual(['e1', 'e3']);
  });
});

describe('exhibitor form', () => {
  it('round-trips an exhibitor through the form values', () => {
    const p = sample();
    const values = formValuesOf(p.exhibitors.e1!);
    const res = editExhibitor(p, 'e1', exhibitorInputOf(values));
    expect(res.ok).toBe(true);
    if (res.ok) expect(applyOperation(p, res.op).exhibitors.e1).toEqual(p.exhibitors.e1);
  });

  it('trims text, drops empty sectors and keeps numbers; a form without any name is refused', () => {
    const p = sample();
    const values = { ...formValuesOf(null), nameEn: '  New Co  ', sectors: ['robotics', ' ', 'robotics'], areaSqm: 36, booths: 2 };
    const input = exhibitorInputOf(values);
    expect(input).toMatchObject({ name: { zh: '', en: 'New Co' }, sectors: ['robotics'], requested: { areaSqm: 36, booths: 2 }, country: 'CN' });
    expect(addExhibitor(p, input).ok).toBe(true);
    const none = addExhibitor(p, exhibitorInputOf(formValuesOf(null)));
    expect(none.ok).toBe(false);
  });

  it('carries the priority inputs: an empty override and deposit date mean none, last edition\'s booths stay', () => {
    const p = sample();
    const prev = [{ number: 'A-101', hallCode: 'A', x: 1, y: 2 }];
    p.exhibitors.e1 = { ...p.exhibitors.e1!, allocation: { ...p.exhibitors.e1!.allocation, previousBooths: prev } };
    const values = { ...formValuesOf(p.exhibitors.e1!), yearsExhibited: 4, sponsorship: 'gold' as const, depositDate: '2026-03-01', priorityOverride: null, wantsCorner: true };
    expect(exhibitorInputOf(values).allocation).toMatchObject({ yearsExhibited: 4, sponsorship: 'gold', depositDate: '2026-03-01', priorityOverride: null, wantsCorner: true, wantsIsland: false, previousBooths: prev });
    expect(exhibitorInputOf({ ...values, depositDate: ' ', priorityOverride: 90 }).allocation).toMatchObject({ depositDate: null, priorityOverride: 90 });
  });
});

describe('exhibitorTableRows text search', () => {
  it('finds the same exhibitors as the shared filter', async () => {
    const { filterExhibitors } = await import('../../../shared/exhibitors/filters');
    const p = sample();
    for (const text of ['viettel grp', '越南', 'A-00', 'an@', '+84 24', 'cloud 阿里', 'nothing-like-this', '  ']) {
      expect(exhibitorTableRows(p, { text }, 'en').map((r) => r.id), text).toEqual(filterExhibitors(p, { text }).map((e) => e.id));
    }
  });
});

describe('exhibitorTableRows: rows built once per document version', () => {
  it('gives the same array while nothing filters, and new rows for an edited show', () => {
    const p = sample();
    const all = exhibitorTableRows(p, {}, 'en');
    expect(exhibitorTableRows(p, { text: '  ', countries: [] }, 'en')).toBe(all);
    expect(exhibitorTableRows(p, {}, 'zh-CN')).not.toBe(all);
    const res = editExhibitor(p, 'e1', exhibitorInputOf({ ...formValuesOf(p.exhibitors.e1!), nameEn: 'Viettel Telecom' }));
    if (!res.ok) throw new Error('edit refused');
    const edited = applyOperation(p, res.op);
    expect(exhibitorTableRows(edited, {}, 'en').find((r) => r.id === 'e1')?.name).toBe('Viettel Telecom');
    expect(exhibitorTableRows(edited, { text: 'telecom' }, 'en').map((r) => r.id)).toEqual(['e1']);
    // The earlier version's rows are as they were.
    expect(all.find((r) => r.id === 'e1')?.name).toBe('Viettel Group');
  });

  it('after an assignment, the search finds the exhibitor by its new booth (and not the others by it)', () => {
    const p = sample();
    expect(prepareTableSearch(p, 'en', performance.now() + 10_000)).toBe(true);
    expect(exhibitorTableRows(p, { text: 'A-003' }, 'en')).toEqual([]);
    // A new version as the edit runner makes it: the touched records replaced, the others shared.
    const next = { ...p, booths: { ...p.booths }, assignments: { ...p.assignments } };
    assign(next, 'b3', 'e3');
    expect(exhibitorTableRows(next, { text: 'A-003' }, 'en').map((r) => r.id)).toEqual(['e3']);
    expect(exhibitorTableRows(next, { text: 'A-002' }, 'en').map((r) => r.id)).toEqual(['e1']);
    expect(exhibitorTableRows(p, { text: 'A-003' }, 'en')).toEqual([]);
    // Rows of exhibitors the edit did not touch are those of the earlier version; e3's is new.
    const row = (doc: typeof p, id: string) => exhibitorTableRows(doc, {}, 'en').find((r) => r.id === id);
    expect(row(next, 'e1')).toBe(row(p, 'e1'));
    expect(row(p, 'e3')).toMatchObject({ state: 'unassigned', boothNumbers: '' });
    expect(row(next, 'e3')).toMatchObject({ state: 'fully', boothNumbers: 'A-003', boothIds: ['b3'] });
  });

  it('prepares the search in slices, then finds what an unprepared search finds', () => {
    const p = sample();
    expect(prepareTableSearch(p, 'en', performance.now() - 1)).toBe(false);
    expect(prepareTableSearch(p, 'en', performance.now() + 10_000)).toBe(true);
    expect(exhibitorTableRows(p, { text: 'A-002' }, 'en').map((r) => r.id)).toEqual(['e1']);
    expect(exhibitorTableRows(p, { text: 'nguyen', states: ['unassigned'] }, 'en')).toEqual([]);
  });
});
