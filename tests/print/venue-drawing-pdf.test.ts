/**
 * The venue drawing in a real PDF (Chromium → poppler): with the option on, faint lines are
 * printed where the plan is otherwise empty and no image is embedded (vector lines); the
 * drawing's texts are not printed; with it off, the page is as before.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutPrint, printDocumentHtml, type PrintOptions } from '../../shared/print';
import { htmlToPdf, launchChromium } from './chromium';
import { buildPrintFixture } from './fixture';
import { pdfText } from './poppler';
import { venueDrawing, withVenueDrawing } from '../unit/print/venue-drawing-fixture';

const drawing = venueDrawing();
const project = withVenueDrawing(buildPrintFixture(), drawing);
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'pavilion-vd-pdf-'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function print(name: string, options: PrintOptions): Promise<string> {
  const r = layoutPrint(project, options);
  if (!r.ok) throw new Error(r.error.message);
  const pdf = join(dir, `${name}.pdf`);
  await htmlToPdf(browser, printDocumentHtml(r.pages.slice(0, 1), name), join(dir, `${name}.html`), pdf);
  return pdf;
}

/** The first page in grey at 40 dpi: its pixels (0 black … 255 white). */
function grey(pdf: string): Uint8Array {
  const out = join(dir, `${Math.random().toString(36).slice(2)}`);
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-f', '1', '-l', '1', '-singlefile', pdf, out]);
  const bytes = readFileSync(`${out}.pgm`);
  // P5 header: magic, width, height, maxval, each followed by whitespace.
  let fields = 0;
  let i = 0;
  while (fields < 4) {
    while (/\s/.test(String.fromCharCode(bytes[i]!))) i++;
    while (!/\s/.test(String.fromCharCode(bytes[i]!))) i++;
    fields++;
  }
  return bytes.subarray(i + 1);
}

const base: PrintOptions = { halls: ['h_1'], paper: 'A3', orientation: 'landscape', language: 'en' };

describe('venue drawing in the printed PDF', () => {
  it('prints faint vector lines when on, nothing when off', async () => {
    const off = await print('off', base);
    const on = await print('on', { ...base, include: { venueDrawing: true }, drawings: { a_venue: drawing } });
    const a = grey(off);
    const b = grey(on);
    expect(b.length).toBe(a.length);
    let darker = 0;
    let black = 0;
    for (let i = 0; i < a.length; i++) {
      if (b[i]! < a[i]! - 8) darker++;
      // Faint: no pixel the drawing adds is near black.
      if (b[i]! < a[i]! - 8 && b[i]! < 60) black++;
    }
    // The two diagonals and the walls cross the aisles: many pixels darker, none black.
    expect(darker).toBeGreaterThan(200);
    expect(black).toBe(0);
    // Lines, not a picture.
    expect(execFileSync('pdfimages', ['-list', on], { encoding: 'utf8' }).split('\n').filter((l) => /^\s*\d+\s+\d+\s+image/.test(l))).toHaveLength(0);
    // The drawing's texts are not printed; the plan's own still are.
    const text = pdfText(on, true);
    expect(text).not.toContain('VENUE-NOTE-XYZ');
    expect(text).toContain('A1-');
    expect(pdfText(off, true)).not.toContain('VENUE-NOTE-XYZ');
  }, 120_000);
});
