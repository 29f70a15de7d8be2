import { mkdirSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseSpreadsheet } from '../../../electron/services/import';
import { planImport, prepareImport } from '../../../shared/exhibitors/import';
import { applyOperation } from '../../../shared/ops/operation';
import { checkIntegrity } from '../../../shared/model/project';
import { buildShow } from '../assignment/support/show';
import { buildZip, deflated, stored } from './support/zip';
import { organizerWorkbook, tempDir, writeTemp } from './support/files';

const dir = tempDir();

const CHINESE_CSV = [
  '序号,企业名称,英文名称,国家,所属行业,面积(㎡),展位数,联系人,联系电话,电子邮箱,楣板,备注',
  '1,"广西东盟科技有限公司","Guangxi ASEAN Tech Co., Ltd.",中国,"人工智能,机器人",36,4,张伟,0771-1234567,zw@gxat.cn,广西东盟科技,"第一行备注',
  '第二行备注"',
  '2,越南电信,Viettel,越南,通信,18,2,Nguyen Van A,+84 24 1234 5678,a@viettel.vn,,"他说""你好"""',
  '',
  '3,泰国国家石油,PTT,泰国,新能源,9,1,,,,,',
].join('\r\n');

describe('parseSpreadsheet on realistic files', () => {
  it('reads UTF-8 CSV with BOM, quoted commas, newlines and quotes, and imports it end to end', async () => {
    const file = writeTemp(dir, 'exhibitors.csv', '\uFEFF' + CHINESE_CSV);
    const res = await parseSpreadsheet(file);
    if (!res.ok) throw new Error(res.error.code);
    expect(res.value).toMatchObject({ format: 'csv', encoding: 'utf-8-bom' });
    expect(res.value.rows.map((r) => r.n)).toEqual([1, 2, 3, 5]);
    expect(res.value.rows[1]!.cells[11]).toBe('第一行备注\r\n第二行备注');
    expect(res.value.rows[2]!.cells[11]).toBe('他说"你好"');

    const prepared = prepareImport(res.value.rows);
    expect(prepared.mapping).toEqual([null, 'nameZh', 'nameEn', 'country', 'sectors', 'areaSqm', 'booths', 'contactPerson', 'phone', 'email', 'fasciaZh', 'notes']);
    const doc = buildShow();
    const plan = planImport(doc, prepared.rows, prepared.mapping);
    expect(plan.rejected).toEqual([]);
    const after = applyOperation(doc, plan.op);
    expect(checkIntegrity(after)).toEqual([]);
    const list = Object.values(after.exhibitors);
    expect(list.map((e) => [e.name.zh, e.country, e.sectors.join('+'), e.requested.areaSqm])).toEqual([
      ['广西东盟科技有限公司', 'CN', 'artificial-intelligence+robotics', 36],
      ['越南电信', 'VN', 'telecom', 18],
      ['泰国国家石油', 'TH', 'new-energy', 9],
    ]);
    expect(list[0]!.contact).toEqual({ person: '张伟', email: 'zw@gxat.cn', phone: '0771-1234567' });
  });

  it('reads UTF-8 without BOM and GBK (GB18030) bytes as written by Excel on Chinese Windows', async () => {
    const plain = await parseSpreadsheet(Buffer.from(CHINESE_CSV, 'utf8'));
    expect(plain.ok && plain.value.encoding).toBe('utf-8');
    const gbk = iconv.encode(CHINESE_CSV, 'gbk');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    const res = await parseSpreadsheet(writeTemp(dir, 'gbk.csv', gbk));
    if (!res.ok) throw new Error(res.error.code);
    expect(res.value.encoding).toBe('gb18030');
    expect(res.value.rows[1]!.cells.slice(1, 4)).toEqual(['广西东盟科技有限公司', 'Guangxi ASEAN Tech Co., Ltd.', '中国']);
    expect(prepareImport(res.value.rows).mapping[1]).toBe('nameZh');
  });

  it('reads UTF-16 tab-separated text (Excel "Unicode text")', async () => {
    const text = '企业名称\t国家\r\n越南电信\t越南\r\n';
    const res = await parseSpreadsheet(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
    expect(res.ok && res.value.rows).toEqual([{ n: 1, cells: ['企业名称', '国家'] }, { n: 2, cells: ['越南电信', '越南'] }]);
  });

  it('reads the first visible sheet of an xlsx written by exceljs, or a named one', async () => {
    const file = writeTemp(dir, 'book.xlsx', await organizerWorkbook());
    const res = await parseSpreadsheet(file);
    if (!res.ok) throw new Error(JSON.stringify(res.error));
    expect(res.value).toMatchObject({ format: 'xlsx', sheetName: '参展商', sheetNames: ['说明', '参展商', 'Sheet B'] });
    const rows = res.value.rows;
    expect(rows.map((r) => r.n)).toEqual([1, 3, 4, 5, 6]);
    expect(rows[2]!.cells).toEqual(['广西东盟科技', 'Guangxi ASEAN Tech', '中国', '36', '2', '2026-03-15', 'gxat.cn']);
    expect(rows[4]!.cells).toEqual(['', 'PTT Public Company', 'Thailand', '18', '2']);
    const prepared = prepareImport(rows);
    expect(prepared.headerRow).toBe(3);
    expect(prepared.mapping).toEqual(['nameZh', 'name', 'country', 'areaSqm', 'booths', null, 'website']);
    const plan = planImport(buildShow(), prepared.rows, prepared.mapping);
    expect(plan.added).toHaveLength(3);
    expect(plan.rejected).toEqual([]);

    const named = await parseSpreadsheet(file, { sheetName: 'Sheet B' });
    expect(named.ok && named.value.rows[1]!.cells).toEqual(['Acme', 'SG']);
    const missing = await parseSpreadsheet(file, { sheetName: 'Nope' });
    expect(!missing.ok && missing.error).toMatchObject({ code: 'sheet-not-found', sheetNames: ['说明', '参展商', 'Sheet B'] });
  });
});

describe('hostile headers', () => {
  it('imports a file whose headers are __proto__ and constructor without polluting any object', async () => {
    const csv = '__proto__,constructor,企业名称,国家,prototype\n{"polluted":true},x,越南电信,越南,y\n';
    const res = await parseSpreadsheet(Buffer.from(csv));
    if (!res.ok) throw new Error(res.error.code);
    const prepared = prepareImport(res.value.rows);
    expect(prepared.mapping).toEqual([null, null, 'nameZh', 'country', null]);
    const plan = planImport(buildShow(), prepared.rows, prepared.mapping);
    expect(plan.added).toHaveLength(1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(res.value.rows[1]!.cells)).toBe(Array.prototype);
  });
});

describe('parseSpreadsheet refuses what it cannot read, with a code', () => {
  it('missing files, folders, empty files and files over the size cap', async () => {
    expect(await parseSpreadsheet(path.join(dir, 'nope.csv'))).toEqual({ ok: false, error: { code: 'not-found' } });
    mkdirSync(path.join(dir, 'folder.csv'), { recursive: true });
    expect(await parseSpreadsheet(path.join(dir, 'folder.csv'))).toEqual({ ok: false, error: { code: 'not-a-file' } });
    expect(await parseSpreadsheet(writeTemp(dir, 'empty.csv', ''))).toEqual({ ok: false, error: { code: 'empty' } });
    expect(await parseSpreadsheet(writeTemp(dir, 'blank.csv', '\uFEFF,,\r\n ,\r\n'))).toEqual({ ok: false, error: { code: 'empty' } });
    const big = writeTemp(dir, 'big.csv', 'a,b\n'.repeat(3000));
    expect(await parseSpreadsheet(big, { limits: { maxFileBytes: 10_000 } })).toEqual({ ok: false, error: { code: 'too-large', limit: 10_000 } });
  });

  it('sniffs by content, not by name: legacy xls, images, zips that are not workbooks', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]);
    expect(await parseSpreadsheet(writeTemp(dir, 'old.xlsx', ole))).toEqual({ ok: false, error: { code: 'legacy-xls' } });
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(await parseSpreadsheet(writeTemp(dir, 'photo.csv', png))).toEqual({ ok: false, error: { code: 'unknown-format' } });
    const binary = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) % 32));
    expect((await parseSpreadsheet(binary)).ok).toBe(false);
    const docx = buildZip([stored('[Content_Types].xml', '<Types/>'), deflated('word/document.xml', '<w:document/>')]);
    expect(await parseSpreadsheet(writeTemp(dir, 'letter.xlsx', docx))).toEqual({ ok: false, error: { code: 'not-xlsx' } });
  });

  it('an unterminated quote, with its row, and too many columns', async () => {
    const res = await parseSpreadsheet(Buffer.from('企业名称,国家\n"广西科技,中国\n越南电信,越南\n'));
    expect(!res.ok && res.error).toMatchObject({ code: 'csv-malformed', row: 2 });
    const wide = await parseSpreadsheet(Buffer.from(`${Array.from({ length: 20 }, (_, i) => `c${i}`).join(',')}\n`), { limits: { maxColumns: 10 } });
    expect(!wide.ok && wide.error.code).toBe('too-many-columns');
  });
});
