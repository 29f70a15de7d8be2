import ExcelJS from 'exceljs';
import type { SheetRow, SpreadsheetResult } from '../../../shared/exhibitors/import/types';
import type { ImportLimits } from './limits';

/** A cell as the text the user sees: formulas give their cached result, dates become YYYY-MM-DD. */
export function cellText(v: ExcelJS.CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return '';
    const iso = v.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  if (typeof v === 'object') {
    if ('richText' in v && Array.isArray(v.richText)) return v.richText.map((r) => (typeof r?.text === 'string' ? r.text : '')).join('');
    if ('formula' in v || 'sharedFormula' in v) return cellText((v as { result?: ExcelJS.CellValue }).result);
    if ('hyperlink' in v) {
      const t = (v as { text?: unknown }).text;
      return typeof t === 'string' ? t : t && typeof t === 'object' ? cellText(t as ExcelJS.CellValue) : String((v as { hyperlink: unknown }).hyperlink ?? '');
    }
  }
  return '';
}

/**
 * Reads the first visible worksheet (or the one named) of an xlsx with exceljs. Call only
 * after inspectZip has accepted the bytes, and only inside the parse worker.
 */
export async function parseXlsx(
  bytes: Uint8Array,
  sheetName: string | undefined,
  limits: Pick<ImportLimits, 'maxRows' | 'maxColumns'>,
): Promise<SpreadsheetResult> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    return { ok: false, error: { code: 'xlsx-corrupt', detail: e instanceof Error ? e.message.slice(0, 500) : String(e).slice(0, 500) } };
  }
  // exceljs lists worksheets in tab order.
  const sheets = wb.worksheets;
  const sheetNames = sheets.map((s) => s.name);
  const ws = sheetName !== undefined ? sheets.find((s) => s.name === sheetName) : (sheets.find((s) => s.state === 'visible') ?? sheets[0]);
  if (!ws) {
    if (sheetName !== undefined) return { ok: false, error: { code: 'sheet-not-found', sheetNames, detail: sheetName } };
    return { ok: false, error: { code: 'empty' } };
  }
  if (ws.actualColumnCount > limits.maxColumns) return { ok: false, error: { code: 'too-many-columns', limit: limits.maxColumns } };
  if (ws.actualRowCount > limits.maxRows) return { ok: false, error: { code: 'too-many-rows', limit: limits.maxRows } };
  const rows: SheetRow[] = [];
  let tooWide = false;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (tooWide) return;
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (col > limits.maxColumns) {
        tooWide = true;
        return;
      }
      cells[col - 1] = cellText(cell.value);
    });
    for (let i = 0; i < cells.length; i++) cells[i] ??= '';
    if (cells.some((c) => c.trim() !== '')) rows.push({ n: rowNumber, cells });
  });
  if (tooWide) return { ok: false, error: { code: 'too-many-columns', limit: limits.maxColumns } };
  if (rows.length > limits.maxRows) return { ok: false, error: { code: 'too-many-rows', limit: limits.maxRows } };
  if (rows.length === 0) return { ok: false, error: { code: 'empty' } };
  return { ok: true, value: { format: 'xlsx', sheetName: ws.name, sheetNames, rows } };
}
