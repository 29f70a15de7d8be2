import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { serve } from '../../electron/web-host/cli';

export interface AppOpenSamples {
  /** A user opens a show in the running app: the open asked for → the plan's first drawing (ms). */
  openToFirstDraw: number[];
  /** Same start → the whole window ready (side panels built too). */
  openToReady: number[];
  /**
   * The same show opened again after the app was started again: a show this app checked or
   * saved before (the usual case: the show a team works on for months), which the host
   * answers before parsing it (`CheckedShows`). `openToFirstDraw` is the first open of a
   * show new to this app, which the host checks in full before the window may show it.
   */
  againToFirstDraw: number[];
  againToReady: number[];
  /** Page navigation → the plan's first drawing: starting the app with the last show. */
  startToFirstDraw: number[];
  /** The window's JavaScript heap after the user's open and a garbage collection (MB). */
  heapMb: number[];
  /** Where the time went, per round (ms): see `phasesOf`. */
  phases: Record<string, number>[];
}


interface Timeline {
  /** The first of each mark, ms since navigation. */
  marks: Record<string, number>;
  measures: Record<string, number>;
  domContentLoaded: number;
}

const READY = 'body[data-ready="true"][data-project-path]:not([data-project-path=""])';

/**
 * The time split at the renderer's timeline marks. Start-up: the page's start
 * (DOMContentLoaded: the small entry script run, which asks the host for the last show at
 * once), the app's scripts loaded and run (`boot`), start-up's open of that show (taking the
 * reply asked for early), its plan drawn.
 * The user's open: the host's reply received and parsed (`open-reply`: the host reads and
 * checks the file, sends its text, the page parses it), the document loaded and the plan
 * built and drawn (`scene-build`, `draw` measures; `first-draw`), the window ready (`ready`).
 */
function phasesOf(start: Timeline, open: Timeline): Record<string, number> {
  const at = (t: Timeline, name: string) => t.marks[`pavilion:${name}`] ?? NaN;
  return {
    'start: page → DOMContentLoaded': start.domContentLoaded,
    // The window's entry is tiny and asks for the show at once; the app's scripts load after it.
    'start: page → app scripts run': at(start, 'boot'),
    'start: app scripts run → show asked for': at(start, 'open-start') - at(start, 'boot'),
    'start: show asked for → plan drawn': at(start, 'first-draw') - at(start, 'open-start'),
    'open: asked for → reply parsed': at(open, 'open-reply') - at(open, 'open-start'),
    // When the host sends the file's bytes ahead of its verdict (browser host, current-version file).
    '  asked for → show bytes in': at(open, 'show-bytes') - at(open, 'open-start'),
    '  page parse of the bytes': at(open, 'show-parsed') - at(open, 'show-bytes'),
    '  parsed → host verdict in': at(open, 'open-reply') - at(open, 'show-parsed'),
    // The plan is built and drawn while the document store loads (the canvas listens to it).
    'open: reply → plan drawn (load, scene, draw)': at(open, 'first-draw') - at(open, 'open-reply'),
    '  of which scene build': open.measures['pavilion:scene-build'] ?? NaN,
    // Built while the host's verdict was awaited (browser host), so not in the line above.
    '  scene built ahead, before the reply': open.measures['pavilion:scene-build-ahead'] ?? NaN,
    '  of which drawing': open.measures['pavilion:draw'] ?? NaN,
    'open: plan drawn → ready': at(open, 'ready') - at(open, 'first-draw'),
  };
}

/** The page's timeline marks and measures, the first of each name. */
function timeline(page: Page): Promise<Timeline> {
  return page.evaluate(() => ({
    marks: Object.fromEntries(performance.getEntriesByType('mark').reverse().map((m) => [m.name, m.startTime])),
    measures: Object.fromEntries(performance.getEntriesByType('measure').reverse().map((m) => [m.name, m.duration])),
    domContentLoaded: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? NaN,
  }));
}

/** Navigates to the app, which opens its last show; its timeline once the window is ready. */
async function startApp(page: Page, url: string): Promise<Timeline> {
  await page.goto(url);
  await page.waitForSelector(READY, { timeout: 180_000 });
  const start = await timeline(page);
  if (start.marks['pavilion:first-draw'] === undefined) throw new Error(`app start: timeline marks missing (${Object.keys(start.marks).join(', ')})`);
  return start;
}

/** Opens a show as a user does (Open project, the path typed in the file chooser); ms from the ask. */
async function openInWindow(page: Page, path: string): Promise<{ drawn: number; ready: number; timeline: Timeline }> {
  await page.evaluate(() => {
    performance.clearMarks();
    performance.clearMeasures();
  });
  await page.getByRole('button', { name: 'Open project' }).click();
  const input = page.getByTestId('file-chooser').getByLabel('Folder or file path');
  await input.fill(path);
  await input.press('Enter');
  await page.waitForSelector(`body[data-ready="true"][data-project-path="${path.replaceAll('"', '\\"')}"]`, { timeout: 180_000 });
  const open = await timeline(page);
  const asked = open.marks['pavilion:open-start'];
  const drawn = open.marks['pavilion:first-draw'];
  const ready = open.marks['pavilion:ready'];
  if (asked === undefined || drawn === undefined || ready === undefined) throw new Error(`app open: timeline marks missing (${Object.keys(open.marks).join(', ')})`);
  return { drawn: drawn - asked, ready: ready - asked, timeline: open };
}

/**
 * Starts the real app with a show as its last project, then opens another show in it as a
 * user does (Open project, the path typed in the file chooser): the browser host with the
 * same services as the desktop app (its own data folder, copies of the file), the built
 * renderer, and the renderer's timeline marks (`pavilion:open-start`, `pavilion:first-draw`,
 * `pavilion:ready`). The start-up gives "app start → plan drawn"; the user's open, in a
 * window already running, gives "open → plan drawn" and "open → ready" (at start-up the show
 * is asked for before the window's first render, so that open overlaps the render). Then the
 * app is started again over the same settings folder and the same show opened once more
 * ("again": a show this app checked before). Each round is a fresh folder, host and page.
 *
 * `browser` should be launched as a user's browser is: without the canvas bench's
 * `--disable-frame-rate-limit`, under which the opening spinner alone is animated as fast as
 * the machine allows and takes one of two cores from the host and the page (see
 * docs/performance.md).
 */
export async function measureAppOpen(browser: Browser, root: string, showFile: string, rounds: number): Promise<AppOpenSamples> {
  const out: AppOpenSamples = { openToFirstDraw: [], openToReady: [], againToFirstDraw: [], againToReady: [], startToFirstDraw: [], heapMb: [], phases: [] };
  for (let i = 0; i < rounds; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'pavilion-bench-app-'));
    const project = join(dir, 'documents', 'show.pavilion.json');
    const other = join(dir, 'documents', 'other.pavilion.json');
    mkdirSync(join(dir, 'documents'));
    copyFileSync(showFile, project);
    copyFileSync(showFile, other);
    // A returning user: their name was asked at the first start, so no dialog stands in the way.
    mkdirSync(join(dir, 'data'));
    writeFileSync(join(dir, 'data', 'settings.json'), JSON.stringify({ userName: 'Bench', userNameConfirmed: true }));
    const start = () => serve({ port: 0, project, dataDir: join(dir, 'data'), documentsDir: join(dir, 'documents'), build: false }, root, () => undefined);
    let running = await start();
    let context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    try {
      let page = await context.newPage();
      const startTimeline = await startApp(page, running.host.url);
      out.startToFirstDraw.push(startTimeline.marks['pavilion:first-draw']!);
      const open = await openInWindow(page, other);
      out.openToFirstDraw.push(open.drawn);
      out.openToReady.push(open.ready);
      out.phases.push(phasesOf(startTimeline, open.timeline));
      const cdp = await context.newCDPSession(page);
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = await cdp.send('Runtime.getHeapUsage');
      out.heapMb.push(heap.usedSize / 2 ** 20);

      // The app closed and started again (same settings folder), then the same show opened.
      await context.close();
      await running.close();
      running = await start();
      context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      page = await context.newPage();
      await startApp(page, running.host.url);
      const again = await openInWindow(page, other);
      out.againToFirstDraw.push(again.drawn);
      out.againToReady.push(again.ready);
      const phases = phasesOf(startTimeline, again.timeline);
      for (const k of Object.keys(phases)) if (k.startsWith('open') || k.startsWith('  ')) out.phases[out.phases.length - 1]![`again ${k.trim()}`] = phases[k]!;
    } finally {
      await context.close();
      await running.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}
