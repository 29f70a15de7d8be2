import type { SpreadsheetResult } from '../../../shared/exhibitors/import/types';
import type { ImportLimits } from './limits';
import { parseCsv } from './parse-csv';

/** What the parse worker is asked to do; the bytes have been sniffed and zip-checked already. */
export interface ParseJob {
  format: 'csv' | 'xlsx';
  bytes: Uint8Array;
  sheetName?: string;
  limits: ImportLimits;
}

/** Runs one parse; never throws (a parser's exception becomes an error code). */
export async function runParseJob(job: ParseJob): Promise<SpreadsheetResult> {
  try {
    if (job.format === 'csv') return parseCsv(job.bytes, job.limits);
    // exceljs is large: loaded only by workers that read a workbook.
    const { parseXlsx } = await import('./parse-xlsx');
    return await parseXlsx(job.bytes, job.sheetName, job.limits);
  } catch (e) {
    const detail = e instanceof Error ? `${e.name}: ${e.message}`.slice(0, 500) : String(e).slice(0, 500);
    return { ok: false, error: { code: job.format === 'xlsx' ? 'xlsx-corrupt' : 'csv-malformed', detail } };
  }
}
