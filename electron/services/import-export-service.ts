import type { ExportFile, ExportKind, ParseImportFileRequest, RenderExportRequest, Result } from '../../shared/ipc/contract';
import type { SpreadsheetResult } from '../../shared/exhibitors/import/types';
import { exhibitorTable, fasciaTable } from '../../shared/exhibitors/table';
import type { Project } from '../../shared/model/project';
import { renderTable, tablesToXlsx, type ExportFormat } from './export/render';
import { dashboardTables } from '../../shared/dashboard/tables';
import { parseSpreadsheet, type ParseOptions } from './import/parse-spreadsheet';

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Base64 of at most this many characters is decoded; the schema caps the payload already. */
const MAX_BASE64 = 30_000_000;

function isBase64(text: string): boolean {
  return /^[A-Za-z0-9+/]*={0,2}$/.test(text) && text.length % 4 === 0;
}

/** A safe file-name stem from the show's name (letters, digits, CJK; everything else a dash). */
export function fileStem(name: string): string {
  const stem = name
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return stem || 'show';
}

/**
 * Spreadsheet upload and export rendering for the renderer: bytes in, bytes out, so no file
 * path crosses the boundary (the renderer's file input and download do the choosing).
 */
export class ImportExportService {
  constructor(
    /** The host's document of an open show, once loaded. */
    private readonly projectOf: (handle: string) => Project | null | Promise<Project | null>,
    private readonly parseOptions: ParseOptions = {},
  ) {}

  /** Parses an uploaded spreadsheet in the limited worker; see `parseSpreadsheet`. */
  async parseImportFile(req: ParseImportFileRequest): Promise<SpreadsheetResult> {
    if (req.dataBase64.length > MAX_BASE64) return { ok: false, error: { code: 'too-large', limit: Math.floor((MAX_BASE64 / 4) * 3) } };
    if (!isBase64(req.dataBase64)) return { ok: false, error: { code: 'unknown-format', detail: 'the upload is not base64' } };
    const bytes = new Uint8Array(Buffer.from(req.dataBase64, 'base64'));
    return parseSpreadsheet(bytes, { ...this.parseOptions, sheetName: req.sheetName ?? this.parseOptions.sheetName });
  }

  /** The exhibitor list or fascia list of the host's copy of the show, as CSV or XLSX bytes. */
  async renderExport(req: RenderExportRequest): Promise<Result<ExportFile>> {
    const doc = await this.projectOf(req.handle);
    if (!doc) return { ok: false, error: { code: 'unknown-handle' } };
    const zh = req.language === 'zh';
    const showName = doc.settings.name[req.language] || doc.settings.name.zh || doc.settings.name.en;
    if (req.kind === 'dashboard-xlsx') {
      const data = await tablesToXlsx(dashboardTables(doc, req.language));
      return { ok: true, value: { fileName: `${fileStem(showName)}-${zh ? '数据看板' : 'dashboard'}.xlsx`, mime: MIME.xlsx, dataBase64: data.toString('base64') } };
    }
    const [what, format] = splitKind(req.kind);
    const table = what === 'exhibitors' ? exhibitorTable(doc, req.language, req.exhibitorIds) : fasciaTable(doc, req.language);
    const sheet = what === 'exhibitors' ? (zh ? '参展商' : 'Exhibitors') : zh ? '楣板' : 'Fascia';
    const data = await renderTable(table, format, sheet);
    const suffix = what === 'exhibitors' ? (zh ? '参展商' : 'exhibitors') : zh ? '楣板' : 'fascia';
    return { ok: true, value: { fileName: `${fileStem(showName)}-${suffix}.${format}`, mime: MIME[format], dataBase64: data.toString('base64') } };
  }
}

function splitKind(kind: Exclude<ExportKind, 'dashboard-xlsx'>): ['exhibitors' | 'fascia', ExportFormat] {
  const [what, format] = kind.split('-') as ['exhibitors' | 'fascia', ExportFormat];
  return [what, format];
}
