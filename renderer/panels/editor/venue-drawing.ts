import type { Asset } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { placeNewDrawing } from '../../../shared/editing/drawing-assets';
import type { EditResult } from '../../../shared/editing/result';
import type { UiError } from '../../editor/host-errors';
import { toUiError } from '../../editor/host-errors';
import { api } from '../../app/api/client';

/** What a picked file really is, by its first bytes. */
export function sniffKind(bytes: Uint8Array): 'png' | 'jpeg' | 'pdf' | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if (String.fromCharCode(...bytes.slice(0, 5)) === '%PDF-') return 'pdf';
  return null;
}

/** Largest drawing sent to the host (it checks again). */
export const MAX_DRAWING_BYTES = 30 * 1024 * 1024;

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * A PDF's first page as PNG bytes, rendered with pdf.js (eval disabled). The page is drawn
 * at a scale giving about 4,000 px on its long side: enough to read booth lines, far below
 * the host's pixel cap.
 */
async function renderPdfFirstPage(data: Uint8Array): Promise<Uint8Array> {
  const pdfjs = await import('pdfjs-dist');
  const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise;
  try {
    const page = await doc.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: 4000 / Math.max(base.width, base.height) });
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(viewport.width);
    canvas.height = Math.ceil(viewport.height);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    await page.render({ canvas, canvasContext: ctx, viewport }).promise;
    const blob = await new Promise<Blob | null>((res) => canvas.toBlob(res, 'image/png'));
    if (!blob) throw new Error('the page could not be turned into an image');
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    void doc.destroy();
  }
}

export type DrawingImport = { ok: true; asset: Asset; dataBase64: string } | { ok: false; error: UiError; reason?: 'not-image' | 'too-large' | 'pdf-failed' };

/** Checks, converts (PDF) and stores a venue drawing beside the show; the show is not touched. */
export async function importDrawing(handle: string, file: File): Promise<DrawingImport> {
  if (file.size > MAX_DRAWING_BYTES) return { ok: false, error: { code: 'too-large' }, reason: 'too-large' };
  let bytes: Uint8Array = new Uint8Array(await file.arrayBuffer());
  const kind = sniffKind(bytes);
  if (!kind) return { ok: false, error: { code: 'unsupported' }, reason: 'not-image' };
  if (kind === 'pdf') {
    try {
      bytes = await renderPdfFirstPage(bytes);
    } catch (e) {
      return { ok: false, error: { ...toUiError(e), code: 'corrupt' }, reason: 'pdf-failed' };
    }
  }
  const dataBase64 = toBase64(bytes);
  try {
    const r = await api().importAsset({ handle, fileName: file.name.slice(0, 255) || 'drawing', dataBase64 });
    return r.ok ? { ok: true, asset: r.value, dataBase64 } : { ok: false, error: r.error };
  } catch (e) {
    return { ok: false, error: toUiError(e) };
  }
}

/** One operation: the asset record, the drawing placed (hall or site), the replaced drawing's unused asset dropped. */
export function placeDrawing(doc: Project, hallId: string | null, asset: Asset): EditResult {
  return placeNewDrawing(doc, hallId, asset, { opacity: 0.5 });
}
