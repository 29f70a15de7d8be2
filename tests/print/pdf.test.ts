/**
 * Prints plans through Chromium to PDF and checks the PDF with poppler: the text a reader sees,
 * page sizes and count, embedded fonts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutPrint, printDocumentHtml, type PrintOptions } from '../../shared/print';
import { htmlToPdf, launchChromium } from './chromium';
import { buildPrintFixture } from './fixture';
import { mmToPt, pdfFonts, pdfPages, pdfText } from './poppler';

const project = buildPrintFixture();
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'pavilion-pdf-'));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function print(name: string, options: PrintOptions) {
  const r = layoutPrint(project, options);
  if (!r.ok) throw new Error(r.error.message);
  const pdf = join(dir, `${name}.pdf`);
  await htmlToPdf(browser, printDocumentHtml(r.pages, name), join(dir, `${name}.html`), pdf);
  return { r, pdf };
}

/** Chromium rounds page sizes to whole CSS pixels (≤ 0.75 pt off). */
const TOLERANCE_PT = 1.5;

describe('printed PDF', () => {
  it('prints hall 1 on A3 landscape with booth numbers and names in Chinese and English', async () => {
    const { r, pdf } = await print('hall1', { halls: ['h_1'], paper: 'A3', orientation: 'landscape', language: 'zh-CN', include: { directory: true } });
    const text = pdfText(pdf);
    // The label turned 30° reads right in content order (pdftotext reads quarter-turned text backwards).
    const raw = pdfText(pdf, true);
    for (const n of ['A1-101', 'A1-I01', 'A1-314', 'A1-R01']) expect(raw).toContain(n);
    expect(text).toContain('10T-1A');
    expect(text).toContain('华为技术有限公司');
    expect(text).toContain('Huawei Technologies');
    expect(text).toContain('中国—东盟博览会');
    expect(text).toContain('图例');
    // A Vietnamese name keeps its diacritics.
    expect(raw.normalize('NFC').replace(/\s+/g, '')).toContain('ViễnthôngFPT');
    // A hostile name is printed as text (its booth shows the number; the directory names it).
    expect(text.replace(/\s+/g, ' ')).toMatch(/<img src=x/);

    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(r.pages.length);
    for (const p of pages) {
      expect(Math.abs(p.width - 1190.55)).toBeLessThan(TOLERANCE_PT);
      expect(Math.abs(p.height - 841.89)).toBeLessThan(TOLERANCE_PT);
    }
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) expect(f, `${f.name} ${f.type}`).toMatchObject({ embedded: true });
  });

  it('prints the poster of hall 2 at 1:100 as tiles with their indexes, in English', async () => {
    const { r, pdf } = await print('poster', { halls: ['h_2'], paper: 'A3', orientation: 'landscape', scale: 100, language: 'en', include: { directory: false } });
    const grid = r.halls[0]!.tiles!;
    expect(grid.cols * grid.rows).toBeGreaterThan(1);
    expect(pdfPages(pdf)).toHaveLength(r.pages.length);
    const text = pdfText(pdf);
    expect(text).toContain(`A1 of ${grid.cols}×${grid.rows}`);
    expect(text).toContain(`B2 of ${grid.cols}×${grid.rows}`);
    expect(text).toContain('Scale 1:100');
  });

  it('prints the directory on A4 portrait after the plans, numbered, sorted by pinyin', async () => {
    const { r, pdf } = await print('dir', { halls: ['h_1', 'h_2', 'h_3'], paper: 'A4', orientation: 'portrait', include: { directory: true }, directorySort: 'pinyin' });
    const pages = pdfPages(pdf);
    expect(pages).toHaveLength(r.pages.length);
    for (const p of pages) {
      expect(Math.abs(p.width - mmToPt(210))).toBeLessThan(TOLERANCE_PT);
      expect(Math.abs(p.height - mmToPt(297))).toBeLessThan(TOLERANCE_PT);
    }
    const dirPages = r.pages.filter((p) => p.kind === 'directory').length;
    const text = pdfText(pdf);
    expect(text).toContain('展商名录');
    expect(text).toContain(`第 ${dirPages} 页，共 ${dirPages} 页`);
    // Pinyin order: 阿里巴巴 (a) before 百度 (b) before 华为 (h) before 腾讯 (t).
    const order = ['阿里巴巴（中国）有限公司', '百度在线网络技术', '华为技术有限公司', '腾讯云计算'].map((n) => text.lastIndexOf(n));
    for (const i of order) expect(i).toBeGreaterThan(-1);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(text).toContain('本展馆尚无展位');
  });
});
