/**
 * The published map of one phase (issue 18: a Canton Fair phase of about 25,000 booths ≤ 15 MB,
 * ready ≤ 3 s in Chromium with 4× CPU throttling, as on a phone): built from the bench's show,
 * opened from disk in a phone-sized page, timed to `body[data-ready]`, then to its first hall drawn.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { Project } from '../../shared/model/project';
import { buildPublishedMap } from '../../shared/publish';
import { rows, type Measurement } from './stats';

/** Halls in one phase: the Canton Fair runs its 45 halls in three phases of 15. */
export const PHASE_HALLS = 15;
/** A phone: the viewport and the CPU slow-down the target is set for. */
export const PHONE = { width: 412, height: 915 };
export const PHONE_CPU_THROTTLING = 4;

/** The first phase's halls (the first 15 in order). */
export function phaseHalls(doc: Project): string[] {
  return Object.values(doc.halls)
    .sort((a, b) => a.order - b.order)
    .slice(0, PHASE_HALLS)
    .map((h) => h.id);
}

export interface MapOpening {
  /** From navigation to `body[data-ready]` (the site overview shown, search usable), ms. */
  ready: number;
  /** From a tap on the first hall's tab to its booths drawn, ms. */
  openHall: number;
}

/** Opens a published map file in a fresh phone-sized page with the CPU slowed `rate` times. */
export async function openPublishedMap(browser: Browser, file: string, rate: number): Promise<MapOpening> {
  const context = await browser.newContext({ viewport: PHONE, hasTouch: true });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    const t0 = performance.now();
    await page.goto(`file://${file}`);
    await page.waitForSelector('body[data-ready="1"]', { timeout: 120_000 });
    const ready = performance.now() - t0;
    const t1 = performance.now();
    await page.locator('#tabs .tab:not(.site-tab)').first().click();
    await page.waitForSelector('svg.hall.on .b', { timeout: 120_000 });
    // The hall is on screen once a frame has been painted after its booths were added.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    return { ready, openHall: performance.now() - t1 };
  } finally {
    await context.close();
  }
}

/** Rows `publish-size` (MB), `publish-build`, `publish-ready`, `publish-ready-4x`, `publish-open-hall-4x` (ms). */
export async function measurePublishedMap(browser: Browser, doc: Project, booths: number, reps: number, log: (m: string) => void): Promise<Measurement[]> {
  const halls = phaseHalls(doc);
  const inPhase = new Set(halls);
  const phaseBooths = Object.values(doc.booths).filter((b) => inPhase.has(b.hallId)).length;
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-publish-bench-'));
  try {
    const build: number[] = [];
    let html = '';
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      html = buildPublishedMap(doc, { halls });
      build.push(performance.now() - t0);
    }
    const file = join(dir, 'map.html');
    writeFileSync(file, html);
    const mb = Buffer.byteLength(html) / 1e6;
    log(`  published map of one phase: ${halls.length} halls, ${phaseBooths} booths, ${mb.toFixed(2)} MB`);
    const plain: MapOpening[] = [];
    const phone: MapOpening[] = [];
    for (let i = 0; i < reps; i++) {
      plain.push(await openPublishedMap(browser, file, 1));
      phone.push(await openPublishedMap(browser, file, PHONE_CPU_THROTTLING));
    }
    return [
      ...rows('publish-size', booths, [mb], {}, 'MB'),
      ...rows('publish-build', booths, build, {}),
      ...rows('publish-ready', booths, plain.map((o) => o.ready), {}),
      ...rows('publish-ready-4x', booths, phone.map((o) => o.ready), {}),
      ...rows('publish-open-hall-4x', booths, phone.map((o) => o.openHall), {}),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
