/**
 * Debian's Chromium through playwright-core, for printing the print engine's pages to PDF and
 * opening published maps. Used by the print tests and `scripts/print-sample.ts`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Chromium to launch: `CHROMIUM_PATH`, else Debian's, else whatever `chromium` is on the PATH. */
export function chromiumPath(): string {
  const env = process.env.CHROMIUM_PATH;
  if (env && existsSync(env)) return env;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('Chromium not found: install Debian chromium or set CHROMIUM_PATH');
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/**
 * Prints an HTML document to PDF with the page sizes its CSS declares. The document is loaded
 * from a file beside the PDF, with every non-file request refused, so nothing is fetched.
 */
export async function htmlToPdf(browser: Browser, html: string, htmlPath: string, pdfPath: string): Promise<void> {
  writeFileSync(htmlPath, html);
  const page = await browser.newPage();
  try {
    await page.route('**', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
    await page.goto(`file://${htmlPath}`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
}
