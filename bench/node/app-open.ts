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
}

/**
 * Opens a show in the real app, as a user does: the browser host with the same services as
 * the desktop app (its own data folder, a copy of the file), the built renderer, and the
 * renderer's timeline marks (`pavilion:open-start`, `pavilion:first-draw`, `pavilion:ready`).
 * Each round is a fresh host and a fresh page.
 */
export async function measureAppOpen(browser: Browser, root: string, showFile: string, rounds: number): Promise<AppOpenSamples> {
  const out: AppOpenSamples = { openToFirstDraw: [], openToReady: [], startToFirstDraw: [] };
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
      const marks = await page.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])));
      const start = marks['pavilion:open-start'];
      const drawn = marks['pavilion:first-draw'];
      const ready = marks['pavilion:ready'];
      if (start === undefined || drawn === undefined || ready === undefined) throw new Error(`app open: timeline marks missing (${Object.keys(marks).join(', ')})`);
      out.openToFirstDraw.push(drawn - start);
      out.openToReady.push(ready - start);
      out.startToFirstDraw.push(drawn);
    } finally {
      await context.close();
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}
