import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { ExhibitorList } from './exhibitor-list';

/** CSV as a spreadsheet program writes it: cells quoted only when they must be, nothing else touched. */
function csv(list: ExhibitorList): string {
  const cell = (c: string) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return [list.headers, ...list.rows].map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** The list as Excel saves "CSV UTF-8": with a byte-order mark. */
export function writeUtf8Csv(path: string, list: ExhibitorList): void {
  writeFileSync(path, '\uFEFF' + csv(list), 'utf8');
}

/** The list as Chinese Excel saves plain "CSV": GBK, no mark (GBK has no "²": such a sheet says "m2"). */
export function writeGbkCsv(path: string, list: ExhibitorList): void {
  const gbk = { ...list, rows: list.rows.map((r) => r.map((c) => c.replace(/²/g, '2'))) };
  writeFileSync(path, iconv.encode(csv(gbk), 'gbk'));
}

/** The list as a workbook with a merged title row above the header; phones typed as text. */
export async function writeXlsxWithTitle(path: string, list: ExhibitorList, title = '2026 中国—东盟博览会先进技术展 参展商名单 Exhibitor List'): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('参展商 Exhibitors');
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, list.headers.length);
  ws.addRow(list.headers);
  for (const r of list.rows) {
    // Serial numbers and plain areas are numbers in a real workbook; the rest is text.
    ws.addRow(r.map((c, i) => ((i === 0 || i === 6) && /^\d+$/.test(c) ? Number(c) : c)));
  }
  await wb.xlsx.writeFile(path);
}
