import { describe, expect, it } from 'vitest';
import { collectUnknownValues, matchReasons, planImport, resolveChoices, type ColumnMapping, type Identity } from '../../../shared/exhibitors/import';
import { checkIntegrity } from '../../../shared/model/project';
import { applyOperation, invertOperation } from '../../../shared/ops/operation';
import { addExhibitor, buildShow } from '../assignment/support/show';

const id = (over: Partial<Identity> & { zh?: string; en?: string }): Identity => ({
  externalId: over.externalId ?? '',
  name: { zh: over.zh ?? '', en: over.en ?? '' },
  country: over.country ?? 'CN',
  website: over.website ?? '',
  contact: { email: over.contact?.email ?? '' },
});

describe('the duplicate rule', () => {
  it('two Chinese companies with one English name stay two', () => {
    const a = id({ zh: '广西智能科技有限公司', en: 'Smart Tech Co., Ltd.' });
    const b = id({ zh: '南宁智慧科技有限公司', en: 'SMART TECH CO LTD' });
    expect(matchReasons(a, b)).toEqual({ reasons: [], strong: false });
    // Not even a shared company domain makes them one when their Chinese names differ.
    expect(matchReasons({ ...a, website: 'www.smart.cn' }, { ...b, website: 'smart.cn' }).strong).toBe(false);
  });

  it('names each strong reason', () => {
    expect(matchReasons(id({ zh: '华为技术有限公司' }), id({ zh: '华为技术 有限公司', en: 'Huawei' }))).toEqual({ reasons: ['name-zh'], strong: true });
    expect(matchReasons(id({ en: 'Viettel Group', country: 'VN' }), id({ zh: '越南军队电信', en: 'VIETTEL GROUP', country: 'VN' }))).toEqual({ reasons: ['name-en-country'], strong: true });
    expect(matchReasons(id({ en: 'A', contact: { email: 'li@acme.com.cn' } }), id({ en: 'B', website: 'https://www.acme.com.cn/en' }))).toEqual({ reasons: ['domain'], strong: true });
    expect(matchReasons(id({ externalId: 'E-001', zh: '甲' }), id({ externalId: 'e001', zh: '乙' }))).toEqual({ reasons: ['external-id'], strong: true });
  });

  it('calls an English name alone in another country weak, and free mail domains nothing', () => {
    expect(matchReasons(id({ en: 'Smart Tech', country: 'SG' }), id({ en: 'Smart Tech', country: 'MY' }))).toEqual({ reasons: ['name-en'], strong: false });
    expect(matchReasons(id({ en: 'A', contact: { email: 'a@qq.com' } }), id({ en: 'B', contact: { email: 'b@qq.com' } })).reasons).toEqual([]);
  });

  it('lets different external ids win over equal names', () => {
    expect(matchReasons(id({ externalId: '1', zh: '甲' }), id({ externalId: '2', zh: '甲' })).reasons).toEqual([]);
  });
});

const mapping: ColumnMapping = ['externalId', 'nameZh', 'nameEn', 'country', 'sectors', 'areaSqm', 'phone'];
const row = (n: number, ...cells: string[]) => ({ n, cells });

describe('the import plan', () => {
  function show() {
    const doc = buildShow();
    addExhibitor(doc, { id: 'ex_smart', name: { zh: '广西智能科技有限公司', en: 'Smart Tech Co., Ltd.' }, country: 'CN', sectors: ['robotics'] });
    return doc;
  }

  it('adds weak matches and different Chinese companies by default, and says why a pair matched', () => {
    const doc = show();
    let n = 0;
    const plan = planImport(
      doc,
      [row(2, '', '南宁智慧科技有限公司', 'Smart Tech Co., Ltd.', '中国 China', '', '18', ''), row(3, '', '', 'Smart Tech Co., Ltd.', 'Singapore', '', '', ''), row(4, '', '广西智能科技有限公司', '', '中国', '', '', '')],
      mapping,
      undefined,
      { newId: () => `ex_n${++n}` },
    );
    expect(plan.rows.map((r) => [r.row, r.decision, r.duplicate?.reasons ?? null])).toEqual([
      [2, 'add', null],
      [3, 'add', ['name-en']],
      [4, 'skip', ['name-zh']],
    ]);
    expect(plan.added).toEqual(['ex_n1', 'ex_n2']);
  });

  it('maps unknown values once for every row, creates a new sector and remembers both for the show', () => {
    const doc = show();
    const rows = [
      row(2, 'A1', '甲公司', '', '亚特兰蒂斯 Atlantis', '银发经济 / Silver Economy；AI', '3×6', ''),
      row(3, 'A2', '乙公司', '', '亚特兰蒂斯 Atlantis', '银发经济 / Silver Economy', '', ''),
      row(4, 'A3', '丙公司', '', '中国 China', '编织', '', ''),
    ];
    const unknown = collectUnknownValues(rows, mapping);
    expect(unknown.map((u) => [u.field, u.value, u.count, u.rows])).toEqual([
      ['country', '亚特兰蒂斯 Atlantis', 2, [2, 3]],
      ['sectors', '银发经济 / Silver Economy', 2, [2, 3]],
      ['sectors', '编织', 1, [4]],
    ]);
    expect(unknown[1]!.suggestedName).toEqual({ zh: '银发经济', en: 'Silver Economy' });
    // Before mapping: the unknown country holds its rows back and says why.
    const before = planImport(doc, rows, mapping);
    expect(before.rejected.map((r) => [r.row, r.problems.map((p) => p.code)])).toEqual([[2, ['country-unmapped']], [3, ['country-unmapped']]]);

    const choices = {
      country: { [unknown[0]!.key]: 'GR' },
      sectors: { [unknown[1]!.key]: { kind: 'new' as const, name: unknown[1]!.suggestedName! }, [unknown[2]!.key]: { kind: 'sectors' as const, ids: ['new-materials'] } },
    };
    let n = 0;
    const plan = planImport(doc, rows, mapping, undefined, { choices, newId: () => `ex_m${++n}`, newSectorId: () => 'sec_silver' });
    expect(plan.rejected).toEqual([]);
    const after = applyOperation(doc, plan.op);
    expect(checkIntegrity(after)).toEqual([]);
    expect(after.settings.sectors).toEqual([{ id: 'sec_silver', name: { zh: '银发经济', en: 'Silver Economy' } }]);
    expect(after.exhibitors.ex_m1).toMatchObject({ externalId: 'A1', country: 'GR', sectors: ['sec_silver', 'artificial-intelligence'], requested: { areaSqm: 18 } });
    expect(after.exhibitors.ex_m3!.sectors).toEqual(['new-materials']);
    // Next week's sheet: nothing left to map, the same rows come out the same.
    expect(collectUnknownValues(rows, mapping, { values: after.settings.importMappings, matchSector: () => null }).filter((u) => u.field === 'country')).toEqual([]);
    const again = planImport(after, rows.map((r) => ({ ...r, cells: [...r.cells] })), mapping, undefined, { mode: 'update' });
    expect(again.rejected).toEqual([]);
    expect(again.op.changes).toEqual([]);
    expect(again.unchanged).toHaveLength(3);
    // One undo takes the import, its new sector and its mappings back.
    expect(applyOperation(after, invertOperation(plan.op))).toEqual(doc);
  });

  it('resolves a new sector named like an existing one to that sector', () => {
    const r = resolveChoices(buildShow().settings, { country: {}, sectors: { dajiankang: { kind: 'new', name: { zh: '大健康', en: '' } } } });
    expect(r.newSectors).toEqual([]);
    expect(r.values.sectors!.dajiankang).toEqual(['health-care']);
  });

  it('updates by external id: only changed fields change, new rows are added, assignments untouched', () => {
    const doc = show();
    const first = [row(2, 'E1', '甲公司', 'Jia Co', '中国', 'AI', '18', '0771-1'), row(3, 'E2', '乙公司', 'Yi Co', '越南/Viet Nam', '机器人', '9', '')];
    let n = 0;
    const made = planImport(doc, first, mapping, undefined, { newId: () => `ex_u${++n}` });
    const v1 = applyOperation(doc, made.op);
    // The company renamed itself in the new list; its id still finds it.
    const second = [row(2, 'E1', '甲科技公司', 'Jia Co', '中国', 'AI', '36', '0771-1'), row(3, 'E2', '乙公司', 'Yi Co', '越南/Viet Nam', '机器人', '9', ''), row(4, 'E3', '丙公司', '', '泰国', '', '', '')];
    const plan = planImport(v1, second, mapping, undefined, { mode: 'update', newId: () => `ex_u${++n}` });
    expect(plan.rows.map((r) => [r.decision, r.duplicate?.reasons ?? null, r.changes.map((c) => `${c.field}:${String(c.before)}→${String(c.after)}`)])).toEqual([
      ['merge', ['external-id'], ['name.zh:甲公司→甲科技公司', 'requested.areaSqm:18→36']],
      ['merge', ['external-id'], []],
      ['add', null, []],
    ]);
    expect(plan.merged).toEqual(['ex_u1']);
    expect(plan.unchanged).toEqual(['ex_u2']);
    expect(plan.added).toEqual(['ex_u3']);
    expect(plan.op.changes.every((c) => c.c === 'exhibitors')).toBe(true);
  });

  it('offers the booth numbers a list carries, assigning only free ones when asked', () => {
    const doc = show();
    const booths = Object.values(doc.booths);
    const [free, taken] = [booths[0]!, booths[1]!];
    doc.booths[taken.id] = { ...taken, status: 'blocked' };
    const m: ColumnMapping = ['nameZh', 'country', 'boothNumbers'];
    const rows = [row(2, '甲公司', '中国', `${free.number}, ${taken.number}, Z-999`)];
    const offer = planImport(doc, rows, m, undefined, { newId: () => 'ex_b' });
    expect(offer.booths.map((b) => [b.number, b.status, b.assigned])).toEqual([
      [free.number, 'free', false],
      [taken.number, 'taken', false],
      ['Z-999', 'missing', false],
    ]);
    expect(offer.op.changes.every((c) => c.c === 'exhibitors')).toBe(true);
    const plan = planImport(doc, rows, m, undefined, { newId: () => 'ex_b', assignBooths: true, context: { by: '李明', at: '2026-01-01T00:00:00.000Z' } });
    const after = applyOperation(doc, plan.op);
    expect(after.assignments[free.id]).toMatchObject({ exhibitorId: 'ex_b', by: '李明' });
    expect(after.booths[taken.id]!.status).toBe('blocked');
    expect(checkIntegrity(after)).toEqual([]);
  });
});
