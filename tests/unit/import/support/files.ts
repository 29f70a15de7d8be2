import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';

/** A fresh temp folder per test file; files written by the tests, never fixtures checked in. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'pavilion-import-'));
}

export function writeTemp(dir: string, name: string, data: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, data);
  return p;
}

/** A realistic organizer's workbook: title row, header, rich text, a formula, a date, a hidden first sheet. */
export async function organizerWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const hidden = wb.addWorksheet('说明');
  hidden.state = 'hidden';
  hidden.addRow(['内部使用']);
  const ws = wb.addWorksheet('参展商');
  ws.addRow(['2026 中国—东盟博览会 先进技术展 参展商名单']);
  ws.mergeCells('A1:F1');
  ws.addRow([]);
  ws.addRow(['企业名称', 'Company Name', '国家', '面积(㎡)', '展位数', '报名日期', '网址']);
  ws.addRow([
    { richText: [{ text: '广西' }, { text: '东盟科技', font: { bold: true } }] },
    'Guangxi ASEAN Tech',
    '中国',
    { formula: '6*6', result: 36 },
    2,
    new Date(Date.UTC(2026, 2, 15)),
    { text: 'gxat.cn', hyperlink: 'https://gxat.cn' },
  ]);
  ws.addRow(['越南电信', 'Viettel', 'Viet Nam', 54, 6, null, '']);
  ws.addRow(['', 'PTT Public Company', 'Thailand', '18', 2]);
  const other = wb.addWorksheet('Sheet B');
  other.addRow(['Company', 'Country']);
  other.addRow(['Acme', 'SG']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
