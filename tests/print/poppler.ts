/** poppler-utils, for checking the PDFs Chromium prints: text, page sizes and fonts. */
import { execFileSync } from 'node:child_process';

/**
 * The PDF's text. Layout mode (default) keeps spaces between words but reads turned text
 * backwards; `raw` keeps content order, so turned labels read right, but may drop spaces.
 */
export function pdfText(pdf: string, raw = false): string {
  return execFileSync('pdftotext', [...(raw ? ['-raw'] : []), '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

export interface PdfPage {
  width: number;
  height: number;
}

/** Page count and each page's size in points. */
export function pdfPages(pdf: string): PdfPage[] {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN);
  const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', String(count), pdf], { encoding: 'utf8' });
  const pages: PdfPage[] = [];
  for (const m of sizes.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)) pages.push({ width: Number(m[1]), height: Number(m[2]) });
  if (pages.length !== count) throw new Error(`pdfinfo reported ${count} pages but ${pages.length} sizes`);
  return pages;
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
}

/** Fonts as pdffonts lists them (columns read from the right: names and types may contain spaces). */
export function pdfFonts(pdf: string): PdfFont[] {
  const out = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  return out.map((line) => {
    const cols = line.trim().split(/\s+/);
    const [emb] = cols.slice(-5);
    return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: emb === 'yes' };
  });
}

/** Millimetres to PDF points. */
export const mmToPt = (mm: number) => (mm / 25.4) * 72;
