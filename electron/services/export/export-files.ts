import type { Project } from '../../../shared/model/project';
import { rejectedRowsCsv } from '../../../shared/exhibitors/import/rejected';
import type { RejectedRow } from '../../../shared/exhibitors/import/plan';
import { exhibitorTable, fasciaTable, type TableLanguage } from '../../../shared/exhibitors/table';
import { renderTable, type ExportFormat } from './render';
import { writeFileAtomic, type WriteResult } from './write-atomic';

export interface ExportRequest {
  filePath: string;
  format: ExportFormat;
  /** Language of headers, country and sector names. */
  language: TableLanguage;
}

/** Exhibitors with their booths (numbers, halls, area, state) to CSV or XLSX. */
export async function exportExhibitors(doc: Project, req: ExportRequest): Promise<WriteResult> {
  const table = exhibitorTable(doc, req.language);
  return writeFileAtomic(req.filePath, await renderTable(table, req.format, req.language === 'zh' ? '参展商' : 'Exhibitors'));
}

/** The fascia-board list (booth, hall, fascia zh/en, exhibitor) for the stand builder. */
export async function exportFasciaList(doc: Project, req: ExportRequest): Promise<WriteResult> {
  const table = fasciaTable(doc, req.language);
  return writeFileAtomic(req.filePath, await renderTable(table, req.format, req.language === 'zh' ? '楣板' : 'Fascia'));
}

/** Rows an import rejected, with the reason for each, as CSV (UTF-8 with BOM) to fix and import again. */
export async function exportRejectedRows(filePath: string, headers: readonly string[], rejected: readonly RejectedRow[]): Promise<WriteResult> {
  return writeFileAtomic(filePath, Buffer.from(rejectedRowsCsv(headers, rejected), 'utf8'));
}
