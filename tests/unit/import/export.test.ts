import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportExhibitors, exportFasciaList, exportRejectedRows, tableToCsv, writeFileAtomic } from '../../../electron/services/export';
import { parseSpreadsheet } from '../../../electron/services/import';
import { assignBooths } from '../../../shared/assignment';
import { escapeFormula, exhibitorTable, fasciaTable, toCsv } from '../../../shared/exhibitors';
import { planImport, prepareImport } from '../../../shared/exhibitors/import';
import { Booth } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { CTX, addExhibitor, apply, buildShow } from '../assignment/support/show';
import { tempDir } from './support/files';
import { readZip } from './support/zip';

const dir = tempDir();
const HOSTILE = ['=cmd|\' /C calc\'!A0', '+SUM(A1:A2)', '-2+3', '@SUM(1)', '\tTAB', '\rCR'];

function show(): Project {
  let doc = buildShow();
  doc.booths.b10 = { ...Booth.parse({ id: 'b10', hallId: 'h1', number: 'A10', shape: { type: 'rect', x: 27, y: 0, w: 3, h: 3 } }), fascia: { zh: '展位自定楣板', en: '' } };
  addExhibitor(doc, {
    id: 'ex_gx',
    name: { zh: '广西东盟科技有限公司', en: 'Guangxi ASEAN Tech Co., Ltd.' },
    country: 'CN',
    sectors: ['artificial-intelligence', 'robotics'],
    requested: { areaSqm: 18, booths: 2 },
    contact: { person: '张伟', email: 'zw@gxat.cn', phone: '0771-1234567' },
    fascia: { zh: '广西东盟科技', en: 'GX ASEAN TECH' },
    notes: '第一行\n第二行, 含逗号',
  });
  addExhibitor(doc, { id: 'ex_bad', name: { zh: HOSTILE[0]!, en: HOSTILE[1]! }, country: 'VN', contact: { person: HOSTILE[3]!, email: '', phone: HOSTILE[2]! }, notes: HOSTILE[4]!, website: HOSTILE[5]! });
  doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_gx', boothIds: ['b10', 'b2'] }, CTX));
  doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_bad', boothIds: ['b3'] }, CTX));
  return doc;
}

describe('formula escaping', () => {
  it('prefixes an apostrophe to cells starting with = + - @ tab or CR, and leaves numbers alone', () => {
    for (const h of HOSTILE) expect(escapeFormula(h)).toBe(`'${h}`);
    expect(escapeFormula('广西')).toBe('广西');
    expect(escapeFormula('a=b')).toBe('a=b');
    // Phone numbers stay as written; only what could be a formula is defused.
    for (const phone of ['+86 171 2194 1268', '+84 (24) 3826-1234', '-0771 555 1234', '+6621234567']) expect(escapeFormula(phone)).toBe(phone);
    for (const f of ['+1+1', '-A1', '+86 SUM(1)', '+', '-']) expect(escapeFormula(f)).toBe(`'${f}`);
    expect(toCsv([['=1', -5, 3.5, null, 'x,y', 'say "hi"']])).toBe(`'=1,-5,3.5,,"x,y","say ""hi"""\r\n`);
  });
});

describe('exhibitor export', () => {
  it('writes CSV as UTF-8 with BOM, Chinese intact, every hostile cell defused', async () => {
    const file = path.join(dir, 'exhibitors.csv');
    const res = await exportExhibitors(show(), { filePath: file, format: 'csv', language: 'zh' });
    expect(res.ok).toBe(true);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('企业名称,英文名称,国家,行业,申请面积(m²),申请展位数,展位号,已分配面积(m²),展馆,分配状态');
    expect(text).toContain('广西东盟科技有限公司,"Guangxi ASEAN Tech Co., Ltd.",中国,人工智能; 机器人,18,2,"A02, A10",18,H1,已分配');
    expect(text).toContain('"第一行\n第二行, 含逗号"');
    for (const h of HOSTILE) {
      const cell = `'${h}`;
      expect(text.includes(cell) || text.includes(`"${cell}"`), JSON.stringify(h)).toBe(true);
    }
    // No line starts a cell with a formula character except after the apostrophe.
    const parsed = await parseSpreadsheet(file);
    if (!parsed.ok) throw new Error(parsed.error.code);
    for (const row of parsed.value.rows) for (const c of row.cells) expect(c).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('writes XLSX where hostile text is a string cell with the Text format, never a formula', async () => {
    const file = path.join(dir, 'exhibitors.xlsx');
    expect((await exportExhibitors(show(), { filePath: file, format: 'xlsx', language: 'en' })).ok).toBe(true);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('Exhibitors');
    expect(ws.getRow(1).values).toContain('Chinese Name');
    const bad = ws.getRow(3);
    expect(bad.getCell(1).value).toBe(HOSTILE[0]);
    expect(bad.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(bad.getCell(1).numFmt).toBe('@');
    expect(ws.getRow(2).getCell(5).value).toBe(18);
    const sheetXml = readZip(readFileSync(file)).find((p) => p.name === 'xl/worksheets/sheet1.xml')!.content.toString('utf8');
    expect(sheetXml).not.toContain('<f>');
  });

  it('lists fascia boards in floor-plan order with the right fallbacks', () => {
    const t = fasciaTable(show(), 'zh');
    expect(t.headers).toEqual(['展位号', '展馆', '楣板(中文)', '楣板(英文)', '参展商']);
    expect(t.rows).toEqual([
      ['A02', 'H1 1号馆', '广西东盟科技', 'GX ASEAN TECH', '广西东盟科技有限公司'],
      ['A03', 'H1 1号馆', HOSTILE[0], HOSTILE[1], HOSTILE[0]],
      ['A10', 'H1 1号馆', '展位自定楣板', 'GX ASEAN TECH', '广西东盟科技有限公司'],
    ]);
    expect(tableToCsv(t).toString('utf8')).toContain(`A03,H1 1号馆,'${HOSTILE[0]}`);
  });

  it('writes the fascia list to both formats', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const res = await exportFasciaList(show(), { filePath: path.join(dir, `fascia.${format}`), format, language: 'en' });
      expect(res.ok).toBe(true);
      const back = await parseSpreadsheet(path.join(dir, `fascia.${format}`));
      expect(back.ok && back.value.rows[0]!.cells).toEqual(['Booth', 'Hall', 'Fascia (ZH)', 'Fascia (EN)', 'Exhibitor']);
    }
  });

  it('round-trips: an exported list imports back onto the same exhibitors with nothing to change', async () => {
    const doc = show();
    delete doc.exhibitors.ex_bad;
    for (const [id, a] of Object.entries(doc.assignments)) if (a.exhibitorId === 'ex_bad') {
      delete doc.assignments[id];
      doc.booths[id] = { ...doc.booths[id]!, status: 'available' };
    }
    for (const language of ['zh', 'en'] as const) {
      const file = path.join(dir, `roundtrip-${language}.csv`);
      await exportExhibitors(doc, { filePath: file, format: 'csv', language });
      const parsed = await parseSpreadsheet(file);
      if (!parsed.ok) throw new Error(parsed.error.code);
      const prepared = prepareImport(parsed.value.rows);
      expect(prepared.mapping.filter(Boolean).sort()).toEqual(
        ['externalId', 'areaSqm', 'booths', 'boothNumbers', 'contactPerson', 'country', 'email', 'fasciaEn', 'fasciaZh', 'nameEn', 'nameZh', 'notes', 'phone', 'priority', 'sectors', 'website'].sort(),
      );
      const plan = planImport(doc, prepared.rows, prepared.mapping, undefined, { mode: 'update' });
      expect(plan.rows[0]!.duplicate?.reasons).toContain('name-zh');
      expect(plan.merged).toEqual([]);
      expect(plan.unchanged).toEqual(['ex_gx']);
      expect(plan.booths.every((b) => b.status === 'already')).toBe(true);
      expect(plan.op.changes).toEqual([]);
      expect(exhibitorTable(doc, language).rows).toHaveLength(1);
    }
  });

  it('exports rejected rows and refuses to write into a missing folder, leaving no temp file', async () => {
    const ok = await exportRejectedRows(path.join(dir, 'rejected.csv'), ['企业名称', '国家'], [{ row: 4, cells: ['无名', 'Atlantis'], problems: [{ field: 'country', code: 'country-unknown', value: 'Atlantis' }] }]);
    expect(ok.ok).toBe(true);
    expect(readFileSync(path.join(dir, 'rejected.csv'), 'utf8')).toBe('\uFEFF行号 / Row,企业名称,国家,问题 / Problems\r\n4,无名,Atlantis,country: 无法识别的国家 / unknown country (Atlantis)\r\n');
    const bad = await writeFileAtomic(path.join(dir, 'missing', 'x.csv'), 'x');
    expect(!bad.ok && bad.error.code).toBe('not-found');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
