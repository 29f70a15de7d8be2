import type { ApiError } from '../../../shared/ipc/contract';
import type { ChromeLanguage } from '../../../shared/print/i18n';
import type { PrintOptions, PrintPage } from '../../../shared/print/layout';
import { buildPublishedMap } from '../../../shared/publish/published-map';
import { api } from '../../app/api/client';
import { editor } from '../../editor/instance';
import { outputBaseName } from '../../print/options';
import { setPrintLogo } from '../../print/print-job';
import { pngSize, svgToPng } from '../../print/png';
import { printHash } from '../../print/route';
import { goToPrintRoute } from '../../print/use-print-route';
import { base64ToBytes, downloadFile } from '../exhibitors/download';

export type OutputOutcome =
  | { kind: 'downloaded'; fileName: string }
  /** Sent to the system print dialog (desktop app). */
  | { kind: 'printed' }
  /** Browser mode: the print route was opened and the browser's print dialog asked for. */
  | { kind: 'browser-print' }
  | { kind: 'failed'; error: ApiError }
  | { kind: 'no-show' };

/**
 * The host prints what it has saved: edits still queued are sent first, so the PDF shows
 * what the user sees. A failed flush is not fatal (the edits stay queued), the PDF is then
 * the saved state.
 */
async function savedHandle(): Promise<string | null> {
  await editor.flush();
  return editor.store.getState().handle;
}

function printInBrowser(options: PrintOptions): OutputOutcome {
  setPrintLogo(options.logo ?? null);
  goToPrintRoute(printHash(options, { autoPrint: true }));
  return { kind: 'browser-print' };
}

/**
 * PDF of the pages: made by the desktop app's hidden print window and downloaded (Electron
 * asks where to save it); in browser mode, the browser's own print dialog on the print route.
 */
export async function savePdf(options: PrintOptions): Promise<OutputOutcome> {
  const handle = await savedHandle();
  if (!handle) return { kind: 'no-show' };
  const res = await api().printToPdf({ handle, options });
  if (res.ok) {
    downloadFile(res.value.fileName, 'application/pdf', base64ToBytes(res.value.dataBase64));
    return { kind: 'downloaded', fileName: res.value.fileName };
  }
  if (res.error.code === 'unsupported') return printInBrowser(options);
  return { kind: 'failed', error: res.error };
}

/** To a printer through the system dialog (desktop app) or the browser's print dialog. */
export async function printPages(options: PrintOptions): Promise<OutputOutcome> {
  const handle = await savedHandle();
  if (!handle) return { kind: 'no-show' };
  const res = await api().printToPrinter({ handle, options });
  if (res.ok) return { kind: 'printed' };
  if (res.error.code === 'unsupported') return printInBrowser(options);
  return { kind: 'failed', error: res.error };
}

export type PngOutcome = { kind: 'downloaded'; fileName: string; width: number; height: number } | { kind: 'too-large'; maxDpi: number; width: number; height: number } | { kind: 'failed'; message: string };

/** One sheet as a PNG at `dpi`, downloaded. */
export async function exportPng(page: PrintPage, index: number, dpi: number, language: ChromeLanguage): Promise<PngOutcome> {
  const size = pngSize(page.widthMm, page.heightMm, dpi);
  if (!size.ok) return { kind: 'too-large', maxDpi: size.maxDpi, width: size.width, height: size.height };
  const doc = editor.store.getState().doc;
  const base = doc ? outputBaseName(doc, language) : 'pavilion';
  try {
    const blob = await svgToPng(page.svg, size.width, size.height);
    const fileName = `${base}-${index + 1}-${dpi}dpi.png`;
    downloadFile(fileName, 'image/png', new Uint8Array(await blob.arrayBuffer()));
    return { kind: 'downloaded', fileName, width: size.width, height: size.height };
  } catch (e) {
    return { kind: 'failed', message: e instanceof Error ? e.message : String(e) };
  }
}

/**
 * The interactive map as one self-contained HTML file, built here from the open show's public
 * fields only (shared/publish), downloaded as `<show>-map.html`.
 */
export function publishMap(language: ChromeLanguage): OutputOutcome {
  const doc = editor.store.getState().doc;
  if (!doc) return { kind: 'no-show' };
  const html = buildPublishedMap(doc, { language });
  const fileName = `${outputBaseName(doc, language)}-map.html`;
  downloadFile(fileName, 'text/html;charset=utf-8', html);
  return { kind: 'downloaded', fileName };
}
