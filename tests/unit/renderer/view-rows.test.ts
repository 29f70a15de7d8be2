import { describe, expect, it } from 'vitest';
import { filterExhibitors } from '../../../shared/exhibitors/filters';
import { generateShow } from '../../../shared/sample/generate';
import { applyOperation } from '../../../shared/ops/operation';
import { viewRows } from '../../../renderer/panels/workspace/view-rows';
import { EMPTY_FILTER, type WorkspaceFilter } from '../../../renderer/panels/workspace/workspace-state';

describe('the Exhibitors view rows', () => {
  const doc = generateShow({ halls: 4, booths: 600, exhibitors: 300, seed: 5 });
  const hall = Object.values(doc.halls)[1]!.id;
  const filters: Partial<WorkspaceFilter>[] = [{}, { text: 'tech' }, { countries: ['VN', 'TH'] }, { stages: ['deposit-paid'], text: 'co' }, { halls: [hall] }, { states: ['unassigned'] }, { text: 'A1-1' }];

  it('are exactly the exhibitors the filter keeps, for every kind of filter, in both languages', () => {
    for (const f of filters) {
      const filter = { ...EMPTY_FILTER, ...f };
      const want = filterExhibitors(doc, filter).map((e) => e.id);
      for (const lang of ['en', 'zh-CN'] as const) expect(viewRows(doc, filter, lang).map((r) => r.id), JSON.stringify(f)).toEqual(want);
    }
  });

  it('follow a change: a new document version gets its own rows', () => {
    const ex = Object.values(doc.exhibitors)[0]!;
    const renamed = { ...ex, name: { ...ex.name, en: 'Zyxwv Renamed Ltd' } };
    const next = applyOperation(doc, { id: 'op1', label: 'ops.editExhibitor', changes: [{ c: 'exhibitors', id: ex.id, before: ex, after: renamed }] });
    expect(viewRows(doc, { ...EMPTY_FILTER, text: 'zyxwv' }, 'en')).toHaveLength(0);
    expect(viewRows(next, { ...EMPTY_FILTER, text: 'zyxwv' }, 'en').map((r) => [r.id, r.nameEn])).toEqual([[ex.id, 'Zyxwv Renamed Ltd']]);
    expect(viewRows(next, EMPTY_FILTER, 'zh-CN').find((r) => r.id === ex.id)?.countryName).not.toBe(viewRows(next, EMPTY_FILTER, 'en').find((r) => r.id === ex.id)?.countryName);
  });
});
