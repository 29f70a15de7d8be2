import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './support/fixtures';

/**
 * Files of these tests: a folder of their own (test-results/ is emptied by any other
 * Playwright run starting meanwhile).
 */
let work = '';
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'pavilion-print-e2e-'));
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));
const outputPath = (name: string) => join(work, name);

/** Screenshots for people to look at (README, review). */
const SHOTS = join(process.cwd(), '.tmp', 'shots');

interface Named {
  zh: string;
  en: string;
}
interface SampleShow {
  halls: Record<string, { id: string; order: number; name: Named }>;
  booths: Record<string, { id: string; hallId: string; number: string }>;
  assignments: Record<string, { boothId: string; exhibitorId: string; by: string }>;
  exhibitors: Record<string, { name: Named; contact: { person: string; email: string; phone: string }; notes: string }>;
}

async function openSampleShow(page: Page, host: { url: string; documentsDir: string }) {
  await openApp(page, host as Parameters<typeof openApp>[1]);
  const file = join(host.documentsDir, 'Pavilion', 'China-ASEAN Expo sample.pavilion.json');
  await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
  return JSON.parse(readFileSync(file, 'utf8')) as SampleShow;
}

const pdfText = (pdf: string) => execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
const compact = (s: string) => s.replace(/\s+/g, '');

/** Prints the print route of `hash` to PDF as Chromium's printToPDF does, preferring the CSS page sizes. */
async function pdfFromRoute(page: Page, hash: string, path: string): Promise<number> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await expect(page.locator('body')).toHaveAttribute('data-print-ready', 'true');
  const pages = Number(await page.locator('body').getAttribute('data-print-pages'));
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  return pages;
}

test('print dialog: A3 landscape, hall 1, both names, directory; the PDF has the names, sizes and fonts', async ({ page, host }) => {
  mkdirSync(SHOTS, { recursive: true });
  const show = await openSampleShow(page, host);
  const hall1 = Object.values(show.halls).sort((a, b) => a.order - b.order)[0]!;

  await page.getByRole('button', { name: 'Print', exact: true }).click();
  const dialog = page.getByTestId('print-dialog');
  await expect(dialog).toBeVisible();
  await page.getByRole('button', { name: 'None', exact: true }).click();
  await expect(page.getByTestId('print-preview')).toContainText('No hall selected');
  await dialog.getByRole('checkbox', { name: new RegExp(`^${hall1.name.en} \\(`) }).check();
  await page.getByLabel('Paper', { exact: true }).click();
  await page.locator('.ant-select-item-option[title="A3 (297 × 420 mm)"]').click();
  await dialog.getByText('Landscape', { exact: true }).click();
  await dialog.getByText('Number and both names', { exact: true }).click();
  await dialog.getByRole('checkbox', { name: 'Exhibitor directory' }).check();

  const preview = page.getByTestId('print-preview');
  await expect(preview).toHaveAttribute('data-state', 'ready');
  const shown = Number(await preview.getAttribute('data-pages'));
  expect(shown).toBeGreaterThan(1);
  await expect(page.getByTestId('print-thumb')).toHaveCount(shown);
  await expect(page.getByTestId('print-summary')).toContainText(`${shown} pages`);
  // The page images have loaded (decoded SVG has a size).
  await expect.poll(() => page.locator('.print-preview-main img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.screenshot({ path: join(SHOTS, 'print-dialog-en.png') });

  const hash = (await dialog.getAttribute('data-print-route'))!;
  const options = JSON.parse(new URLSearchParams(hash.split('?')[1]).get('opts')!);
  expect(options).toMatchObject({ halls: [hall1.id], paper: 'A3', orientation: 'landscape', labels: 'both', include: { directory: true }, language: 'en' });

  // The PDF, from the print route, as the desktop app's printToPDF would make it.
  const pdf = outputPath('hall1-en.pdf');
  const pages = await pdfFromRoute(page, hash, pdf);
  expect(pages).toBe(shown);
  await page.screenshot({ path: join(SHOTS, 'print-route-en.png') });

  const text = compact(pdfText(pdf));
  const inHall = Object.values(show.booths).filter((b) => b.hallId === hall1.id);
  for (const b of inHall.slice(0, 10)) expect(text).toContain(compact(b.number));
  const assigned = Object.values(show.assignments).filter((a) => show.booths[a.boothId]?.hallId === hall1.id);
  expect(assigned.length).toBeGreaterThan(0);
  for (const a of assigned.slice(0, 8)) {
    const ex = show.exhibitors[a.exhibitorId]!;
    expect(text, ex.name.zh).toContain(compact(ex.name.zh));
    expect(text, ex.name.en).toContain(compact(ex.name.en));
  }
  expect(text).toContain('Legend');

  const info = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), pdf], { encoding: 'utf8' });
  expect(Number(/^Pages:\s+(\d+)/m.exec(info)![1])).toBe(shown);
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [Number(m[1]), Number(m[2])]);
  expect(sizes).toHaveLength(shown);
  // A3 landscape: 420 × 297 mm = 1190.55 × 841.89 pt (Chromium rounds to whole CSS pixels).
  expect(Math.abs(sizes[0]![0]! - 1190.55)).toBeLessThan(1.5);
  expect(Math.abs(sizes[0]![1]! - 841.89)).toBeLessThan(1.5);
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line.trim().split(/\s+/).slice(-5)[0], line).toBe('yes');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(SHOTS, 'print-pdf-page1-en')]);

  // Back to the editor, where the dialog still holds the choices; now the sheet in Chinese.
  await page.getByRole('button', { name: 'Back to the plan' }).click();
  await expect(page.locator('body')).not.toHaveAttribute('data-print-ready', /.*/);
  await expect(dialog.getByRole('checkbox', { name: 'Exhibitor directory' })).toBeChecked();
  await page.getByLabel('Sheet language').click();
  await page.locator('.ant-select-item-option[title="中文"]').click();
  await expect(preview).toHaveAttribute('data-state', 'ready');
  const zhHash = (await dialog.getAttribute('data-print-route'))!;
  expect(zhHash).toContain('zh-CN');
  const zhPdf = outputPath('hall1-zh.pdf');
  await pdfFromRoute(page, zhHash, zhPdf);
  const zhText = compact(pdfText(zhPdf));
  expect(zhText).toContain('图例');
  expect(zhText).toContain('展商名录');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', zhPdf, join(SHOTS, 'print-pdf-page1-zh')]);
  const dirPage = sizes.length; // the last page is a directory page
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(dirPage), '-l', String(dirPage), '-singlefile', zhPdf, join(SHOTS, 'print-pdf-directory-zh')]);
});

test('the print dialog says when nothing can be printed, and a PNG export is capped', async ({ page, host }) => {
  await openSampleShow(page, host);
  await page.keyboard.press('Control+p');
  const preview = page.getByTestId('print-preview');
  await expect(preview).toHaveAttribute('data-state', 'ready');
  await page.getByRole('button', { name: 'None', exact: true }).click();
  await expect(preview).toHaveAttribute('data-state', 'error');
  await expect(preview).toContainText('No hall selected: choose at least one hall to print.');
  await expect(page.getByRole('button', { name: 'Save PDF' })).toBeDisabled();
  await page.getByRole('button', { name: 'All', exact: true }).click();
  await expect(preview).toHaveAttribute('data-state', 'ready');

  // A0 at 1200 DPI would be 56,000 px wide: refused with the largest DPI that fits.
  await page.getByLabel('Paper', { exact: true }).click();
  await page.locator('.ant-select-item-option[title="A0 (841 × 1189 mm)"]').click();
  await expect(preview).toHaveAttribute('data-state', 'ready');
  await page.getByLabel('PNG resolution (DPI)').fill('1200');
  await expect(page.getByTestId('print-png-size')).toContainText('is too large');
  await expect(page.getByRole('button', { name: /Export page 1 as PNG/ })).toBeDisabled();
  await page.getByLabel('PNG resolution (DPI)').fill('50');
  await expect(page.getByTestId('print-png-size')).not.toContainText('too large');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /Export page 1 as PNG/ }).click();
  const png = await download;
  expect(png.suggestedFilename()).toMatch(/-1-50dpi\.png$/);
  const bytes = readFileSync(await png.path());
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  // PNG width lives at bytes 16–19 of the IHDR chunk.
  expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);

  // The dialog in Chinese, for a look.
  await page.keyboard.press('Escape');
  await page.getByRole('toolbar').getByLabel('Language').click();
  // The sample's "holds expired" notification may lie over the list: click the option itself.
  await page.locator('.ant-select-item-option[title="中文"]').dispatchEvent('click');
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('dialog')).toContainText('打印 / 导出');
  await expect(preview).toHaveAttribute('data-state', 'ready');
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'print-dialog-zh.png') });
});

test('[Publish map] downloads one self-contained HTML file without private fields; it works offline', async ({ page, host, browser }) => {
  const show = await openSampleShow(page, host);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Publish map' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/-map\.html$/);
  const path = outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const html = readFileSync(path, 'utf8');

  const secrets = new Set<string>();
  for (const e of Object.values(show.exhibitors)) {
    for (const v of [e.contact.person, e.contact.email, e.contact.phone, e.notes]) if (v.trim()) secrets.add(v);
  }
  for (const a of Object.values(show.assignments)) if (a.by.trim()) secrets.add(a.by);
  expect(secrets.size).toBeGreaterThan(10);
  for (const s of secrets) expect(html.includes(s), `private text in the published file: ${s}`).toBe(false);
  expect(html).not.toMatch(/[\w.+-]+@[\w-]+\.[a-z]{2,}/i);

  // Opened from disk with every non-file request refused: it still searches.
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const requests: string[] = [];
  await context.route('**', (r) => {
    const url = r.request().url();
    if (url.startsWith('file:')) return r.continue();
    requests.push(url);
    return r.abort();
  });
  const map = await context.newPage();
  await map.goto(`file://${path}`);
  const ex = show.exhibitors[Object.values(show.assignments)[0]!.exhibitorId]!;
  await map.locator('#q').fill(ex.name.en);
  await expect(map.locator('#results')).toContainText(ex.name.en);
  await map.screenshot({ path: join(SHOTS, 'print-published-map-en.png') });
  expect(requests).toEqual([]);
  await context.close();
});
