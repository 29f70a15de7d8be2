/**
 * Checks in Chromium, with the real fonts, that every label's ink lies inside its own booth:
 * the text width estimate must never let a name run onto a neighbour. Ink bounds come from
 * canvas text metrics in the page's font stack; booth outlines from the drawn polygons.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProjectText } from '../../shared/model/load';
import type { Project } from '../../shared/model/project';
import { layoutPrint, printDocumentHtml, type PrintOptions } from '../../shared/print';
import { buildPublishedMap } from '../../shared/publish';
import { launchChromium } from './chromium';
import { buildPrintFixture } from './fixture';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

interface Report {
  labels: number;
  lines: number;
  outside: string[];
}

/** Runs in the page: every `[data-label-for]` group against its booth's polygon. */
function checkLabels(): Report {
  const canvas = document.createElement('canvas').getContext('2d')!;
  const outside: string[] = [];
  let labels = 0;
  let lines = 0;
  const inside = (x: number, y: number, poly: DOMPoint[]) => {
    let c = false;
    for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
      const a = poly[i]!;
      const b = poly[j]!;
      if (a.y > y !== b.y > y && x < ((b.x - a.x) * (y - a.y)) / (b.y - a.y) + a.x) c = !c;
    }
    return c;
  };
  for (const svg of Array.from(document.querySelectorAll('svg'))) {
    // Printed booths are polygons; the published map draws most as rectangles (its fill is `.bf`).
    const booths = new Map<string, SVGGeometryElement>();
    for (const g of Array.from(svg.querySelectorAll('[data-booth]'))) booths.set(g.getAttribute('data-booth')!, g.querySelector('.bf, polygon')!);
    for (const g of Array.from(svg.querySelectorAll('[data-label-for]'))) {
      if (getComputedStyle(g).display === 'none') continue;
      const id = g.getAttribute('data-label-for')!;
      const poly = booths.get(id);
      if (!poly) continue;
      labels++;
      const pm = poly.getCTM()!;
      const corners =
        poly instanceof SVGRectElement
          ? (([x, y, w, h]) => [new DOMPoint(x, y), new DOMPoint(x + w, y), new DOMPoint(x + w, y + h), new DOMPoint(x, y + h)])([poly.x, poly.y, poly.width, poly.height].map((a) => a.baseVal.value) as [number, number, number, number])
          : Array.from((poly as SVGPolygonElement).points);
      const pts = corners.map((p) => new DOMPoint(p.x, p.y).matrixTransform(pm));
      // Half a tenth of a millimetre (or user unit) of slack for rounding.
      const eps = 0.05;
      for (const text of Array.from(g.querySelectorAll('text'))) {
        lines++;
        const cs = getComputedStyle(text);
        const size = Number(text.getAttribute('font-size'));
        canvas.font = `${cs.fontWeight} 100px ${cs.fontFamily}`;
        canvas.textAlign = 'center';
        const m = canvas.measureText(text.textContent ?? '');
        const k = size / 100;
        const y = Number(text.getAttribute('y'));
        const x0 = -m.actualBoundingBoxLeft * k;
        const x1 = m.actualBoundingBoxRight * k;
        const y0 = y - m.actualBoundingBoxAscent * k;
        const y1 = y + m.actualBoundingBoxDescent * k;
        const tm = text.getCTM()!;
        for (const [cx, cy] of [
          [x0, y0],
          [x1, y0],
          [x1, y1],
          [x0, y1],
        ] as const) {
          const p = new DOMPoint(cx, cy).matrixTransform(tm);
          // Pull the corner towards the label centre by eps, so touching the edge passes.
          const c = new DOMPoint((x0 + x1) / 2, (y0 + y1) / 2).matrixTransform(tm);
          const d = Math.hypot(p.x - c.x, p.y - c.y) || 1;
          const q = { x: p.x + ((c.x - p.x) / d) * eps, y: p.y + ((c.y - p.y) / d) * eps };
          if (!inside(q.x, q.y, pts)) {
            outside.push(`${id}: "${text.textContent}" at ${size.toFixed(2)}`);
            break;
          }
        }
      }
    }
  }
  return { labels, lines, outside };
}

async function check(html: string, prepare?: (page: Page) => Promise<void>): Promise<Report> {
  const page = await browser.newPage();
  try {
    await page.route('**', (r) => (r.request().url().startsWith('file:') || r.request().url().startsWith('about:') ? r.continue() : r.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    if (prepare) await prepare(page);
    return await page.evaluate(checkLabels);
  } finally {
    await page.close();
  }
}

function pages(project: Project, options: PrintOptions): string {
  const r = layoutPrint(project, options);
  if (!r.ok) throw new Error(r.error.message);
  return printDocumentHtml(r.pages, 'labels');
}

const fixture = buildPrintFixture();
const samplePath = 'resources/samples/expo-sample.pavilion.json';

describe('labels on paper stay inside their booths (real fonts in Chromium)', () => {
  const cases: [string, PrintOptions][] = [
    ['A3 fitted, both languages, zh chrome', { halls: ['h_1', 'h_2'], paper: 'A3', labels: 'both' }],
    ['A4 landscape, English names', { halls: ['h_1'], paper: 'A4', orientation: 'landscape', labels: 'name-en', language: 'en' }],
    ['A1, Chinese names, zone colours', { halls: ['h_1'], paper: 'A1', labels: 'name-zh', colouring: 'zone' }],
    ['1:100 poster tiles', { halls: ['h_1'], paper: 'A3', scale: 100, labels: 'both' }],
    ['large type minimum', { halls: ['h_1'], paper: 'A2', labels: 'both', minFontMm: 2.5 }],
  ];
  for (const [name, options] of cases) {
    it(name, async () => {
      const r = await check(pages(fixture, options));
      expect(r.labels).toBeGreaterThan(50);
      expect(r.outside).toEqual([]);
    });
  }

  it.runIf(existsSync(samplePath))('the bundled sample show, both languages', async () => {
    const loaded = loadProjectText(readFileSync(samplePath, 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.code);
    const halls = Object.keys(loaded.project.halls);
    for (const language of ['zh-CN', 'en'] as const) {
      const r = await check(pages(loaded.project, { halls, paper: 'A3', language }));
      expect(r.labels).toBeGreaterThan(100);
      expect(r.outside).toEqual([]);
    }
  });
});

describe('labels on the published map stay inside their booths', () => {
  // The page draws labels itself, for the hall on screen and only as the zoom allows: each hall
  // is checked at several zooms, so small booths get labels too.
  for (const lang of ['zh-CN', 'en'] as const) {
    it(`${lang} labels`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      const total: Report = { labels: 0, lines: 0, outside: [] };
      try {
        await page.setContent(buildPublishedMap(fixture, { language: lang }), { waitUntil: 'load' });
        await page.waitForSelector('body[data-ready]');
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const tabs = await page.$$('#tabs .tab:not(.site-tab)');
        for (const tab of tabs) {
          await tab.click();
          for (let zoom = 0; zoom < 5; zoom++) {
            await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
            const r = await page.evaluate(checkLabels);
            total.labels += r.labels;
            total.lines += r.lines;
            total.outside.push(...r.outside);
            await page.click('#zin');
          }
        }
      } finally {
        await page.close();
      }
      expect(total.labels).toBeGreaterThan(200);
      expect(total.outside).toEqual([]);
    });
  }
});
