import ExcelJS from 'exceljs';
import { looksLikeFormula, toCsv } from '../../../shared/exhibitors/csv';
import type { Table } from '../../../shared/exhibitors/table';

export type ExportFormat = 'csv' | 'xlsx';

/** CSV in UTF-8 with a BOM (Excel then reads Chinese correctly), formula-looking text defused. */
export function tableToCsv(table: Table): Buffer {
  return Buffer.from(toCsv([table.headers, ...table.rows], { bom: true }), 'utf8');
}

/**
 * An xlsx with one sheet: header row bold and frozen, numbers as numbers, everything else as
 * text. Text is written as string cells (never formulas), and text that a spreadsheet would
 * read as a formula also gets the Text number format ("@"), so editing the cell in Excel
 * keeps it text.
 */
export async function tableToXlsx(table: Table, sheetName: string): Promise<Buffer> {
  return tablesToXlsx([{ ...table, name: sheetName }]);
}

/** A workbook with one sheet per table, written like `tableToXlsx`. */
export async function tablesToXlsx(tables: readonly (Table & { name: string })[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Pavilion';
  for (const t of tables) addSheet(wb, t, t.name);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function addSheet(wb: ExcelJS.Workbook, table: Table, sheetName: string): void {
  // Sheet names: at most 31 characters, none of : \ / ? * [ ].
  const ws = wb.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31) || 'Sheet1', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(table.headers).font = { bold: true };
  for (const r of table.rows) {
    const row = ws.addRow(r.map((c) => (c === null ? '' : c)));
    row.eachCell((cell) => {
      if (typeof cell.value === 'string' && looksLikeFormula(cell.value)) cell.numFmt = '@';
    });
  }
  table.headers.forEach((h, i) => {
    const longest = Math.max(h.length, ...table.rows.slice(0, 500).map((r) => String(r[i] ?? '').length));
    ws.getColumn(i + 1).width = Math.min(60, Math.max(8, longest * 1.3 + 2));
  });
}

export async function renderTable(table: Table, format: ExportFormat, sheetName: string): Promise<Buffer> {
  return format === 'csv' ? tableToCsv(table) : tableToXlsx(table, sheetName);
}
