/**
 * The A4 handout of a full hall: every 3 × 3 m booth of a ~500-booth hall must show its number
 * (short, without the hall prefix, where the full one does not fit), read back from the PDF.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutPrint, printDocumentHtml } from '../../shared/print';
import { shortBoothNumber } from '../../shared/print/hall-plan';
import { generateShow } from '../../shared/sample/generate';
import { htmlToPdf, launchChromium } from './chromium';
import { pdfText } from './poppler';

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'pavilion-handout-'));
}, 60_000);
afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('A4 handout of a 500-booth hall', () => {
  it('shows at least 95 % of booth numbers and needs no list of unnamed exhibitors', async () => {
    const project = generateShow({ halls: 2, booths: 1000, exhibitors: 600, seed: 7 });
    const counts = new Map<string, number>();
    for (const b of Object.values(project.booths)) counts.set(b.hallId, (counts.get(b.hallId) ?? 0) + 1);
    const [hallId, count] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    expect(count).toBeGreaterThanOrEqual(450);
    const hall = project.halls[hallId]!;
    const r = layoutPrint(project, { halls: [hallId], paper: 'A4', language: 'zh-CN' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.pages.map((p) => p.kind)).toEqual(['plan']);
    const pdf = join(dir, 'handout.pdf');
    await htmlToPdf(browser, printDocumentHtml(r.pages, 'handout'), join(dir, 'handout.html'), pdf);
    const words = new Set(pdfText(pdf, true).split(/\s+/));
    const booths = Object.values(project.booths).filter((b) => b.hallId === hallId);
    const shown = booths.filter((b) => words.has(b.number) || words.has(shortBoothNumber(b.number, hall.code)));
    expect(shown.length / booths.length).toBeGreaterThanOrEqual(0.95);
  }, 60_000);
});
