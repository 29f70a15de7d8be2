import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serve } from '../../electron/web-host/cli';

export interface AppOpenSamples {
  /** The renderer asks the host to open the show → the plan's first drawing (ms). */
  openToFirstDraw: number[];
  /** Same start → the whole window ready (side panels built too). */
  openToReady: number[];
  /** Page navigation → the plan's first drawing: starting the app with the show. */
  startToFirstDraw: number[];
  /** Where the open's time went, per round (ms): see `phasesOf`. */
  phases: Record<string, number>[];
}

/** The real app's figures and their targets (issue 18: a 7,500-booth show). */
export const APP_TARGETS: Record<string, { booths: number; maxMs: number; what: string }> = {
  'app-open-to-first-draw': { booths: 7500, maxMs: 1000, what: 'open → plan drawn' },
  'app-open-to-ready': { booths: 7500, maxMs: 2000, what: 'open → ready (panels too)' },
  'app-start-to-first-draw': { booths: 7500, maxMs: 2000, what: 'app start with the last show → plan drawn' },
};

/**
 * The open split at the renderer's timeline marks: the host's reply received and parsed
 * (`open-reply`), the document store loaded (`loaded`), the scene built and drawn
 * (`scene-build`, `draw` measures), the plan drawn, the panels mounted (`ready`); and before
 * the open, the page's start (`dom-content-loaded`: the bundle loaded and run).
 */
function phasesOf(marks: Record<string, number>, measures: Record<string, number>, domContentLoaded: number): Record<string, number> {
  const at = (name: string) => marks[`pavilion:${name}`] ?? NaN;
  return {
    'start: page → DOMContentLoaded': domContentLoaded,
    'start: DOMContentLoaded → open request': at('open-start') - domContentLoaded,
    'open: request → reply parsed': at('open-reply') - at('open-start'),
    'open: reply → document loaded': at('loaded') - at('open-reply'),
    'open: loaded → plan drawn': at('first-draw') - at('loaded'),
    '  of which scene build': measures['pavilion:scene-build'] ?? NaN,
    '  of which drawing': measures['pavilion:draw'] ?? NaN,
    'open: plan drawn → ready': at('ready') - at('first-draw'),
  };
}

/**
 * Opens a show in the real app, as a user does: the browser host with the same services as
 * the desktop app (its own data folder, a copy of the file), the built renderer, and the
 * renderer's timeline marks (`pavilion:open-start`, `pavilion:first-draw`, `pavilion:ready`).
 * Each round is a fresh host and a fresh page.
 *
 * `browser` should be launched as a user's browser is: without the canvas bench's
 * `--disable-frame-rate-limit`, under which the opening spinner alone is animated as fast as
 * the machine allows and takes one of two cores from the host and the page (see
 * docs/performance.md).
 */
export async function measureAppOpen(browser: Browser, root: string, showFile: string, rounds: number): Promise<AppOpenSamples> {
  const out: AppOpenSamples = { openToFirstDraw: [], openToReady: [], startToFirstDraw: [], phases: [] };
  for (let i = 0; i < rounds; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'pavilion-bench-app-'));
    const project = join(dir, 'documents', 'show.pavilion.json');
    mkdirSync(join(dir, 'documents'));
    copyFileSync(showFile, project);
    const running = await serve({ port: 0, project, dataDir: join(dir, 'data'), documentsDir: join(dir, 'documents'), build: false }, root, () => undefined);
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(running.host.url);
      await page.waitForSelector('body[data-ready="true"][data-project-path]:not([data-project-path=""])', { timeout: 180_000 });
      const { marks, measures, domContentLoaded } = await page.evaluate(() => ({
        // The first of each: the start-up open, not a later one.
        marks: Object.fromEntries(performance.getEntriesByType('mark').reverse().map((m) => [m.name, m.startTime])),
        measures: Object.fromEntries(performance.getEntriesByType('measure').reverse().map((m) => [m.name, m.duration])),
        domContentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN,
      }));
      const start = marks['pavilion:open-start'];
      const drawn = marks['pavilion:first-draw'];
      const ready = marks['pavilion:ready'];
      if (start === undefined || drawn === undefined || ready === undefined) throw new Error(`app open: timeline marks missing (${Object.keys(marks).join(', ')})`);
      out.openToFirstDraw.push(drawn - start);
      out.openToReady.push(ready - start);
      out.startToFirstDraw.push(drawn);
      out.phases.push(phasesOf(marks, measures, domContentLoaded));
    } finally {
      await context.close();
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}
