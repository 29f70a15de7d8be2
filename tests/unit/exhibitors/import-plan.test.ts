import { describe, expect, it } from 'vitest';
import { parseRow, planImport, previewImport, rejectedRowsCsv, type ColumnMapping } from '../../../shared/exhibitors/import';
import { Exhibitor } from '../../../shared/model/entities';
import { checkIntegrity } from '../../../shared/model/project';
import { applyOperation, invertOperation } from '../../../shared/ops/operation';
import { addExhibitor, buildShow } from '../assignment/support/show';

const mapping: ColumnMapping = ['nameZh', 'nameEn', 'country', 'sectors', 'areaSqm', 'booths', 'email', 'notes'];
const row = (n: number, ...cells: string[]) => ({ n, cells });

describe('parseRow', () => {
  it('builds a valid exhibitor from typical cells', () => {
    const r = parseRow(row(2, ' 广西东盟科技有限公司 ', 'Guangxi ASEAN Tech', 'Viet Nam', '人工智能、机器人; 编织', '1,200', '2', 'a@b.cn', ''), mapping);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.draft).toMatchObject({ name: { zh: '广西东盟科技有限公司', en: 'Guangxi ASEAN Tech' }, country: 'VN', sectors: ['artificial-intelligence', 'robotics'], requested: { areaSqm: 1200, booths: 2 } });
    expect(Exhibitor.safeParse({ ...r.draft, id: 'x' }).success).toBe(true);
    // An unknown sector is not stored as free text: the mapping step asks for it.
    expect(r.notes).toEqual([{ field: 'sectors', code: 'sector-unmapped', value: '编织' }]);
    expect(r.patch).not.toHaveProperty('notes');
  });

  it('reads areas and counts the way people type them', () => {
    for (const [text, n] of [['36', 36], ['36.5', 36.5], ['３６', 36], ['36㎡', 36], ['36 m²', 36], ['36平方米', 36], ['1,200 sqm', 1200]] as const) {
      const r = parseRow(row(2, '甲', '', 'CN', '', text), mapping);
      expect(r.ok && r.draft.requested.areaSqm, text).toBe(n);
    }
  });

  it('reports one reason code per bad field, all at once', () => {
    const r = parseRow(row(7, '', '', 'Atlantis', '', 'big', '-1', 'not-an-email', 'x'.repeat(5001)), mapping);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.row).toBe(7);
    expect(r.problems.map((p) => `${p.field}:${p.code}`).sort()).toEqual(['areaSqm:not-a-number', 'booths:negative', 'country:country-unmapped', 'name:name-missing', 'notes:too-long']);
    expect(r.problems.find((p) => p.field === 'country')!.value).toBe('Atlantis');
    expect(r.notes.map((x) => x.code)).toEqual(['email-invalid']);
    const frac = parseRow(row(8, '甲', '', 'CN', '', '', '1.5'), mapping);
    expect(!frac.ok && frac.problems.map((p) => p.code)).toEqual(['not-an-integer']);
  });

  it('needs a country unless a default is given; the name column may be in either language', () => {
    const m: ColumnMapping = ['name', 'fascia'];
    const r = parseRow(row(2, 'Acme Robotics', '阿克米'), m);
    expect(!r.ok && r.problems).toEqual([{ field: 'country', code: 'country-missing' }]);
    const d = parseRow(row(2, 'Acme Robotics', '阿克米'), m, { defaultCountry: 'SG' });
    expect(d.ok && d.draft).toMatchObject({ name: { zh: '', en: 'Acme Robotics' }, fascia: { zh: '阿克米', en: '' }, country: 'SG' });
    expect(d.notes.map((n) => n.code)).toEqual(['country-default']);
  });
});

describe('planImport', () => {
  function show() {
    const doc = buildShow();
    addExhibitor(doc, { id: 'ex_hw', name: { zh: '华为技术有限公司', en: 'Huawei Technologies Co., Ltd.' }, country: 'CN', sectors: ['telecom'], contact: { person: '张伟', email: 'old@hw.example', phone: '' }, notes: 'VIP' });
    return doc;
  }

  const rows = [
    row(2, '越南电信', 'Viettel', '越南', '通信', '36', '4', 'a@viettel.vn', ''),
    row(3, '', 'HUAWEI TECHNOLOGIES CO LTD', '中国', '人工智能', '72', '', 'new@hw.example', ''),
    row(4, '无名', '', '', '', '', '', '', ''),
    row(5, '越南电信', 'Viettel Group', 'VN', 'AI', '', '', '', 'second row'),
    row(6, '泰国石油', 'PTT', 'Thailand', '新能源', '18', '2', '', ''),
  ];

  it('imports in one operation that a single undo takes back, skipping duplicates by default', () => {
    const doc = show();
    let n = 0;
    const plan = planImport(doc, rows, mapping, undefined, { newId: () => `ex_new${++n}` });
    expect(plan.added).toEqual(['ex_new1', 'ex_new2']);
    expect(plan.merged).toEqual([]);
    expect(plan.skipped).toEqual([3, 5]);
    expect(plan.rejected.map((r) => [r.row, r.problems.map((p) => p.code)])).toEqual([[4, ['country-missing']]]);
    expect(plan.op.label).toBe('ops.importExhibitors');
    expect(plan.op.labelArgs).toEqual({ added: 2, merged: 0 });
    const after = applyOperation(doc, plan.op);
    expect(checkIntegrity(after)).toEqual([]);
    expect(after.exhibitors.ex_new1).toMatchObject({ country: 'VN', sectors: ['telecom'], requested: { areaSqm: 36, booths: 4 } });
    expect(applyOperation(after, invertOperation(plan.op))).toEqual(doc);
  });

  it('merges, adds or skips duplicates as decided, against the show and earlier rows', () => {
    const doc = show();
    const preview = previewImport(doc, rows, mapping);
    expect(preview.map((p) => p.duplicate && (p.duplicate.kind === 'existing' ? p.duplicate.exhibitorId : `row ${p.duplicate.row}`))).toEqual([null, 'ex_hw', null, 'row 2', null]);
    let n = 0;
    const plan = planImport(doc, rows, mapping, new Map([[3, 'merge'], [5, 'merge'], [6, 'skip']]), { newId: () => `ex_new${++n}` });
    expect(plan.added).toEqual(['ex_new1']);
    expect(plan.merged).toEqual(['ex_hw']);
    expect(plan.skipped).toEqual([6]);
    const after = applyOperation(doc, plan.op);
    // Filled cells overwrite, empty cells keep, sectors are added.
    expect(after.exhibitors.ex_hw).toMatchObject({
      name: { zh: '华为技术有限公司', en: 'HUAWEI TECHNOLOGIES CO LTD' },
      sectors: ['telecom', 'artificial-intelligence'],
      contact: { person: '张伟', email: 'new@hw.example' },
      requested: { areaSqm: 72, booths: null },
      notes: 'VIP',
    });
    expect(after.exhibitors.ex_new1).toMatchObject({ name: { en: 'Viettel Group' }, sectors: ['telecom', 'artificial-intelligence'], notes: 'second row', requested: { areaSqm: 36 } });
    const added = planImport(doc, rows, mapping, { 3: 'add' }, { newId: () => `ex_x${++n}` });
    expect(added.added).toHaveLength(3);
  });

  it('writes rejected rows as CSV with the reasons, in both languages, defused for Excel', () => {
    const plan = planImport(show(), [row(9, '=HYPERLINK("http://evil")', '', 'Atlantis', '', 'lots')], mapping);
    const csv = rejectedRowsCsv(['企业名称', '英文名称', '国家', '行业', '面积'], plan.rejected);
    expect(csv.startsWith('\uFEFF行号 / Row,企业名称,英文名称,国家,行业,面积,问题 / Problems\r\n')).toBe(true);
    expect(csv).toContain(`9,"'=HYPERLINK(""http://evil"")",,Atlantis,,lots,"areaSqm:`);
    expect(csv).toContain('areaSqm: 不是数字 / not a number (lots); country: 无法识别的国家，导入时未对应 / unknown country, not mapped in the import (Atlantis)');
  });
});
