import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp } from './support/fixtures';

interface SampleHall {
  id: string;
  code: string;
  level: number;
  name: { zh: string; en: string };
  outline: [number, number][];
  placement: { x: number; y: number; rotation: number };
}

test('print dialog: a site overview of level 1 comes first; the Chinese dialog; the PDF names its halls', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openApp(page, host);
  const file = join(host.documentsDir, 'Pavilion', 'China-ASEAN Expo sample.pavilion.json');
  await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
  const show = JSON.parse(readFileSync(file, 'utf8')) as { halls: Record<string, SampleHall> };
  const level = Math.min(...Object.values(show.halls).map((h) => h.level));
  const onLevel = Object.values(show.halls).filter((h) => h.level === level);

  await page.getByRole('button', { name: 'Print', exact: true }).click();
  const dialog = page.getByTestId('print-dialog');
  await expect(dialog).toBeVisible();
  await page.getByRole('button', { name: 'None', exact: true }).click();
  await dialog.getByRole('checkbox', { name: /Site overview first/ }).check();
  const preview = page.getByTestId('print-preview');
  await expect(preview).toHaveAttribute('data-state', 'ready');
  await expect(preview).toHaveAttribute('data-pages', '1');
  await expect.poll(() => page.locator('.print-preview-main img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.screenshot({ path: test.info().outputPath('print-site-en.png') });

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByTitle('中文').or(page.getByRole('option', { name: '中文' })).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: '打印', exact: true }).click();
  await expect(dialog).toBeVisible();
  await page.getByRole('button', { name: '全不选', exact: true }).click();
  await dialog.getByRole('checkbox', { name: /先打印场地总览/ }).check();
  await expect(preview).toHaveAttribute('data-state', 'ready');
  await expect(preview).toHaveAttribute('data-pages', '1');
  await expect.poll(() => page.locator('.print-preview-main img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await page.screenshot({ path: test.info().outputPath('print-site-zh.png') });

  // The route prints it: the PDF's text has the heading and every hall code of the level.
  const hash = (await dialog.getAttribute('data-print-route'))!;
  const options = JSON.parse(new URLSearchParams(hash.split('?')[1]).get('opts')!);
  expect(options.siteOverview).toBe(level);
  const route = page;
  await route.evaluate((h) => (window.location.hash = h), hash);
  await expect(route.locator('body')).toHaveAttribute('data-print-ready', 'true');
  const pdf = test.info().outputPath('site.pdf');
  writeFileSync(pdf, await route.pdf({ preferCSSPageSize: true, printBackground: true }));
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  expect(text).toMatch(/Site\s+overview|场地总览/);
  for (const h of onLevel) expect(text).toContain(h.code);

});
