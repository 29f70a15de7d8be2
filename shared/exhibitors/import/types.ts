/** One non-empty row of a spreadsheet: `n` is its 1-based row number as the user sees it. */
export interface SheetRow {
  n: number;
  cells: string[];
}

export type SpreadsheetFormat = 'csv' | 'xlsx';

/** What the parser hands to the import: every non-empty row, cells as text. */
export interface ParsedSheet {
  format: SpreadsheetFormat;
  /** Text encoding a CSV was read with (`utf-8`, `utf-8-bom`, `gb18030`, `utf-16le`, `utf-16be`). */
  encoding?: string;
  /** The sheet read, and all sheets of a workbook (to offer a choice). */
  sheetName?: string;
  sheetNames?: string[];
  rows: SheetRow[];
}

/**
 * Why a file could not be read. Codes, translated by the renderer under `errors.import.<code>`.
 */
export type SpreadsheetErrorCode =
  | 'not-found'
  | 'not-a-file'
  | 'permission'
  | 'io'
  | 'empty'
  | 'too-large'
  | 'unknown-format'
  | 'legacy-xls'
  | 'bad-zip'
  | 'not-xlsx'
  | 'zip-bomb'
  | 'xlsx-corrupt'
  | 'sheet-not-found'
  | 'csv-malformed'
  | 'too-many-rows'
  | 'too-many-columns'
  | 'timeout'
  | 'out-of-memory'
  | 'worker-failed';

export interface SpreadsheetError {
  code: SpreadsheetErrorCode;
  /** The limit that was exceeded (bytes, rows, columns, seconds), when one was. */
  limit?: number;
  /** Row of the problem, for csv-malformed. */
  row?: number;
  /** For sheet-not-found: the sheets there are. */
  sheetNames?: string[];
  /** Readable detail for support; not translated. */
  detail?: string;
}

export type SpreadsheetResult = { ok: true; value: ParsedSheet } | { ok: false; error: SpreadsheetError };
