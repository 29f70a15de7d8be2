import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { serve } from '../../electron/web-host/cli';

export interface ExhibitorsTableSamples {
  /** A search typed into the Exhibitors view → the frame showing the matching rows (ms). */
  filter: number[];
  /** The search cleared → the frame showing every row again (ms). */
  clear: number[];
  /** Frame times while the table is scrolled by the mouse wheel (ms). */
  scrollFrames: number[];
  /** Rows each search left, by query (to see that it found something). */
  found: Record<string, number>;
}

/** Searches a person types: an English brand (the walk's), a Chinese word, pinyin initials (科技 → kj), another brand. */
export const TABLE_QUERIES = ['Bandung', '科技', 'kj', 'Garuda'] as const;

const READY = 'body[data-ready="true"][data-project-path]:not([data-project-path=""])';

/**
 * Time from `act` to the first frame after the count's `data-shown` changed: the commit that
 * holds the new rows, then the paint (a `requestAnimationFrame` after the change runs before
 * the frame that shows it; the timer waits for the frame after that one's paint to begin).
 */
async function untilShown(page: Page, countTestId: string, act: () => Promise<void>): Promise<number> {
  await page.evaluate((testId) => {
    const w = window as unknown as { __shown?: Promise<number> };
    const el = document.querySelector(`[data-testid="${testId}"]`)!;
    w.__shown = new Promise((done, fail) => {
      // A search that leaves the count as it was never changes it: fail rather than hang.
      const timer = setTimeout(() => fail(new Error('the row count did not change in 30 s')), 30_000);
      new MutationObserver((_, obs) => {
        obs.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => setTimeout(() => done(performance.now()), 0));
      }).observe(el, { attributes: true, attributeFilter: ['data-shown'] });
    });
  }, countTestId);
  const asked = await page.evaluate(() => performance.now());
  await act();
  return (await page.evaluate(() => (window as unknown as { __shown: Promise<number> }).__shown)) - asked;
}

/** `requestAnimationFrame` deltas while `act` runs. */
async function frames(page: Page, act: () => Promise<void>): Promise<number[]> {
  // A string: the bench runs under tsx, whose named functions would call a helper the page lacks.
  await page.evaluate(`(() => {
    window.__frames = [];
    window.__stop = false;
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await act();
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __stop: boolean };
    w.__stop = true;
    return w.__frames.slice(1);
  });
}

/** Where the table is: the full-window Exhibitors view, or the side panel's Exhibitors tab beside the plan. */
export type ExhibitorsTableWhere = 'view' | 'panel';

const PLACES: Record<ExhibitorsTableWhere, { box: string; count: string }> = {
  view: { box: 'exhibitors-view', count: 'ws-count' },
  panel: { box: 'exhibitors-panel', count: 'exhibitor-count' },
};

/**
 * The Exhibitors view (or the side panel's table, `where`) of the real app on a show (browser host + built renderer, `npm run
 * build` first), as the walk in `tests/scale/canton.spec.ts` uses it: the view opened, the
 * search prepared (`body[data-search-ready]`), then per round each of `TABLE_QUERIES` typed
 * and cleared, and the table scrolled by 30 wheel turns. With `profile`, a V8 CPU profile of
 * the last round's searches is written there (read it with `scripts/cpu-profile-top.ts`).
 */
export async function measureExhibitorsTable(browser: Browser, root: string, showFile: string, rounds: number, profile: string | null = null, where: ExhibitorsTableWhere = 'view'): Promise<ExhibitorsTableSamples> {
  const place = PLACES[where];
  const out: ExhibitorsTableSamples = { filter: [], clear: [], scrollFrames: [], found: {} };
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-bench-table-'));
  mkdirSync(join(dir, 'data'));
  writeFileSync(join(dir, 'data', 'settings.json'), JSON.stringify({ userName: 'Bench', userNameConfirmed: true }));
  const running = await serve({ port: 0, project: showFile, dataDir: join(dir, 'data'), documentsDir: dir, build: false }, root, () => undefined);
  const context = await browser.newContext({ viewport: { width: 1600, height: 960 } });
  try {
    const page = await context.newPage();
    await page.goto(running.host.url);
    await page.waitForSelector(READY, { timeout: 180_000 });
    if (where === 'view') await page.locator('.ws-switch label').filter({ has: page.getByRole('radio', { name: 'Exhibitors' }) }).click();
    else await page.getByRole('tab', { name: 'Exhibitors', exact: true }).click();
    const view = page.getByTestId(place.box);
    const count = page.getByTestId(place.count);
    await count.waitFor();
    await page.waitForSelector('body[data-search-ready="true"]', { timeout: 180_000 });
    // Builds from before the view prepared its rows' search have no such attribute (A/B runs against them).
    await page.waitForFunction((box) => document.querySelector(`[data-testid="${box}"]`)?.getAttribute('data-search-prepared') !== 'false', place.box, { timeout: 180_000 });
    const total = await count.getAttribute('data-shown');
    const search = view.getByLabel('Search exhibitors');
    let cdp: CDPSession | null = null;
    for (let round = 0; round < rounds; round++) {
      if (profile && round === rounds - 1) {
        cdp = await context.newCDPSession(page);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await cdp.send('Profiler.start');
      }
      for (const q of TABLE_QUERIES) {
        out.filter.push(await untilShown(page, place.count, () => search.fill(q)));
        out.found[q] = Number(await count.getAttribute('data-shown'));
        out.clear.push(await untilShown(page, place.count, () => search.fill('')));
        if ((await count.getAttribute('data-shown')) !== total) throw new Error(`search cleared: ${await count.getAttribute('data-shown')} rows shown, not ${total}`);
      }
      if (cdp) {
        const { profile: p } = await cdp.send('Profiler.stop');
        writeFileSync(profile!, JSON.stringify(p));
      }
      const body = view.locator('.row-table-scroll, .ant-table-tbody-virtual-holder, .ant-table-body').first();
      const box = (await body.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const dir = round % 2 === 0 ? 1 : -1;
      out.scrollFrames.push(
        ...(await frames(page, async () => {
          for (let i = 0; i < 30; i++) await page.mouse.wheel(0, dir * 900);
        })),
      );
    }
    // The walk's search finds some of the Canton Fair's exhibitors; small shows may have no Bandung.
    if (!Object.values(out.found).some((n) => n > 0)) throw new Error(`no search found anything (${JSON.stringify(out.found)} of ${total})`);
  } finally {
    await context.close();
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return out;
}
