import type { ApiError, Result } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model/project';
import { printDocumentHtml } from '../../shared/print/document';
import { layoutPrint, type PrintOptions } from '../../shared/print/layout';

export interface PrintJob {
  /** The sheets as one HTML document with a named page size per sheet, no scripts. */
  html: string;
  /** Suggested name of the PDF: the show's name, hall codes when not all halls. */
  fileName: string;
  pages: number;
}

function safeName(s: string): string {
  return s
    // Characters no file system accepts, and control characters.
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
}

/**
 * The document the hidden print window prints: the same print engine and the same SVG sheets
 * as the renderer's print route, without any script, so the window can run with JavaScript off.
 */
export function buildPrintJob(project: Project | null, options: PrintOptions): Result<PrintJob> {
  if (!project) return { ok: false, error: { code: 'unknown-handle' } };
  const r = layoutPrint(project, options);
  if (!r.ok) {
    const error: ApiError = { code: 'io', details: [`${r.error.code}: ${r.error.message}`] };
    return { ok: false, error };
  }
  const lang = options.language === 'en' ? 'en' : 'zh-CN';
  const n = project.settings.name;
  const show = safeName((lang === 'en' ? n.en || n.zh : n.zh || n.en) || 'pavilion') || 'pavilion';
  const allHalls = Object.keys(project.halls).length === options.halls.length;
  const codes = allHalls ? '' : options.halls.map((id) => project.halls[id]?.code ?? '').filter(Boolean).join('-');
  const fileName = `${show}${codes ? `-${safeName(codes)}` : ''}.pdf`;
  return { ok: true, value: { html: printDocumentHtml(r.pages, show), fileName, pages: r.pages.length } };
}
