/** Longest side of an exported PNG, px: beyond it browsers fail to allocate the canvas or the file becomes unusable. */
export const MAX_PNG_SIDE = 12_000;
/** Most pixels in one exported PNG (a canvas of 100 M px already needs 400 MB). */
export const MAX_PNG_PIXELS = 100_000_000;

export type PngSize = { ok: true; width: number; height: number } | { ok: false; width: number; height: number; maxDpi: number };

/**
 * Pixel size of a sheet exported at `dpi` (DPI/25.4 px per mm). Refuses sizes past the caps,
 * saying the largest DPI that would fit, so the dialog can offer it instead of a blank file.
 */
export function pngSize(widthMm: number, heightMm: number, dpi: number): PngSize {
  const pxPerMm = dpi / 25.4;
  const width = Math.max(1, Math.round(widthMm * pxPerMm));
  const height = Math.max(1, Math.round(heightMm * pxPerMm));
  if (width <= MAX_PNG_SIDE && height <= MAX_PNG_SIDE && width * height <= MAX_PNG_PIXELS) return { ok: true, width, height };
  const bySide = (MAX_PNG_SIDE * 25.4) / Math.max(widthMm, heightMm);
  const byArea = Math.sqrt(MAX_PNG_PIXELS / (widthMm * heightMm)) * 25.4;
  return { ok: false, width, height, maxDpi: Math.max(1, Math.floor(Math.min(bySide, byArea))) };
}

/**
 * Draws a sheet's SVG into a canvas of `width`×`height` px on white and encodes it as PNG.
 * The SVG is loaded as an image from a Blob URL: its text uses the installed fonts.
 */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.decoding = 'async';
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the canvas could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
