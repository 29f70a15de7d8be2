import Papa from 'papaparse';
import type { SheetRow, SpreadsheetResult } from '../../../shared/exhibitors/import/types';
import { decodeText } from './decode';
import type { ImportLimits } from './limits';

/**
 * Parses CSV bytes (any encoding decodeText knows; the delimiter — comma, tab, semicolon,
 * bar — is detected). Stops as soon as the row or column limit is passed, so a 200,000-row
 * file is refused in the time it takes to read 50,000. papaparse never throws; its `errors`
 * are checked: an unbalanced quote makes the file `csv-malformed` with the row number,
 * because everything after it would be read into one cell.
 */
export function parseCsv(bytes: Uint8Array, limits: Pick<ImportLimits, 'maxRows' | 'maxColumns'>): SpreadsheetResult {
  const { text, encoding } = decodeText(bytes);
  const rows: SheetRow[] = [];
  let record = 0;
  let failure: SpreadsheetResult | null = null;
  // papaparse guesses the delimiter only when told to skip empty lines; guess on a preview, then
  // parse with empty lines kept so that row numbers match what the user sees.
  const delimiter = Papa.parse<string[]>(text.slice(0, 65536), { skipEmptyLines: true, preview: 20 }).meta.delimiter;
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step(results, parser) {
      record++;
      const quoteError = results.errors.find((e) => e.type === 'Quotes');
      if (quoteError) {
        failure = { ok: false, error: { code: 'csv-malformed', row: record, detail: `${quoteError.code}: ${quoteError.message}` } };
        parser.abort();
        return;
      }
      const cells = results.data;
      if (!Array.isArray(cells) || cells.every((c) => typeof c !== 'string' || c.trim() === '')) return;
      if (cells.length > limits.maxColumns) {
        failure = { ok: false, error: { code: 'too-many-columns', limit: limits.maxColumns, row: record } };
        parser.abort();
        return;
      }
      if (rows.length >= limits.maxRows) {
        failure = { ok: false, error: { code: 'too-many-rows', limit: limits.maxRows } };
        parser.abort();
        return;
      }
      rows.push({ n: record, cells: cells.map((c) => (typeof c === 'string' ? c : String(c ?? ''))) });
    },
  });
  if (failure) return failure;
  if (rows.length === 0) return { ok: false, error: { code: 'empty' } };
  return { ok: true, value: { format: 'csv', encoding, rows } };
}
