/**
 * Opens the published map from disk in Chromium with every network request refused, as a
 * visitor's phone or a kiosk would, and uses it: search, details, language, pan and zoom.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPublishedMap } from '../../shared/publish';
import { launchChromium } from './chromium';
import { buildPrintFixture, PRIVATE_STRINGS, XSS_NAME } from './fixture';

const project = buildPrintFixture();
let browser: Browser;
let dir: string;
let file: string;

beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'pavilion-publish-'));
  file = join(dir, 'map.html');
  writeFileSync(file, buildPublishedMap(project, { language: 'zh-CN' }));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Opened {
  page: Page;
  problems: string[];
  offline: string[];
}

async function open(viewport = { width: 1280, height: 800 }): Promise<Opened> {
  const page = await browser.newPage({ viewport, hasTouch: viewport.width < 600 });
  const problems: string[] = [];
  const offline: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.route('**', (r) => {
    const url = r.request().url();
    if (url.startsWith('file:')) return r.continue();
    offline.push(url);
    return r.abort();
  });
  await page.goto(`file://${file}`);
  await page.waitForSelector('body[data-ready]', { timeout: 10_000 });
  return { page, problems, offline };
}

const viewBox = (page: Page) => page.$eval('svg.hall.on', (s) => s.getAttribute('viewBox')!.split(' ').map(Number));

describe('published map', () => {
  it('runs its script under the CSP from file:// without fetching anything', async () => {
    const { page, problems, offline } = await open();
    // The tabs are built by the script: it ran, so the CSP hash matched.
    expect(await page.$$eval('#tabs .tab:not(.site-tab)', (t) => t.map((b) => b.firstChild!.textContent))).toEqual(['1号馆 人工智能', '2号馆 智慧城市', '3号馆（筹建中）']);
    // It opens on the site overview (first tab); tapping a hall there opens the hall.
    expect(await page.$eval('#tabs .tab:first-child', (b) => [b.textContent, b.getAttribute('aria-selected')])).toEqual(['场地 · 1层', 'true']);
    expect(await page.$eval('svg.hall.on', (s) => s.id)).toBe('site-0');
    const hall2 = (await page.$('svg.hall.on [data-open-hall="1"] polygon'))!;
    const hb = (await hall2.boundingBox())!;
    await page.mouse.click(hb.x + hb.width / 2, hb.y + hb.height / 3);
    expect(await page.$eval('svg.hall.on', (s) => s.id)).toBe('hall-1');
    expect(problems).toEqual([]);
    expect(offline).toEqual([]);
    await page.close();
  });

  it('is really guarded by its CSP: with a wrong hash the script does not run', async () => {
    const bad = join(dir, 'bad-hash.html');
    writeFileSync(bad, buildPublishedMap(project, { scriptHash: () => "'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='" }));
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => errors.push(m.text()));
    await page.goto(`file://${bad}`);
    expect(await page.$$('#tabs .tab')).toHaveLength(0);
    expect(await page.$('body[data-ready]')).toBeNull();
    expect(errors.join('\n')).toMatch(/Content Security Policy/);
    await page.close();
  });

  it('finds exhibitors by Chinese or English name, pinyin, booth number, country and sector', async () => {
    const { page, problems } = await open();
    const search = async (q: string) => {
      await page.fill('#q', q);
      return page.$$eval('#results .hit strong', (s) => s.map((x) => x.textContent));
    };
    expect(await search('华为')).toEqual(['华为技术有限公司']);
    expect(await page.$$eval('svg.hall.on .b.hl', (b) => b.length)).toBeGreaterThan(0);
    expect(await page.$eval('#tabs .tab:nth-child(3) .count', (c) => (c as HTMLElement).hidden)).toBe(false);
    expect(await search('huawei')).toEqual(['华为技术有限公司']);
    expect(await search('hwjs')).toEqual(['华为技术有限公司']);
    expect(await search('A1-I01')).toEqual(['华为技术有限公司']);
    expect(await search('viettel')).toEqual(['越南维他集团']);
    expect(await search('Vien thong')).toEqual(['FPT电信股份公司']);
    const thai = await search('thailand');
    expect(thai).toEqual(expect.arrayContaining(['泰国正大集团', '泰国国家电信']));
    expect(await search('泰国')).toEqual(expect.arrayContaining(['泰国正大集团', '泰国国家电信']));
    expect(await search('新能源汽车')).toEqual(expect.arrayContaining(['比亚迪股份有限公司', '上汽通用五菱']));
    expect(await search('no such thing')).toEqual([]);
    expect(await page.textContent('#results')).toContain('没有找到');
    // A free booth is found by number and says it has no exhibitor, nothing else.
    expect(await search('A1-605')).toEqual(['展位 A1-605']);
    // The hostile name is shown as text and runs nothing.
    await search('onerror');
    expect(await page.textContent('#results')).toContain(XSS_NAME);
    expect(await page.$$('#results img')).toHaveLength(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows an exhibitor’s public details from a result or a booth, and switches language', async () => {
    const { page, problems } = await open();
    await page.fill('#q', '正大');
    await page.click('#results .hit');
    const details = await page.textContent('#details');
    expect(details).toContain('泰国正大集团');
    expect(details).toContain('Charoen Pokphand Group');
    expect(details).toContain('泰国');
    expect(details).toContain('农业科技');
    expect(await page.getAttribute('#details a', 'href')).toBe('https://www.cpgroupglobal.com/');
    expect(await page.getAttribute('#details a', 'rel')).toBe('noopener noreferrer');
    expect(await page.$$eval('#details .chip', (c) => c.length)).toBeGreaterThan(1);
    for (const secret of PRIVATE_STRINGS) expect(details).not.toContain(secret);

    // Tap a booth on the map.
    await page.fill('#q', '');
    await page.click('#zfit');
    const box = (await page.$('svg.hall.on [data-booth] polygon'))!;
    const bb = (await box.boundingBox())!;
    const number = await box.evaluate((p) => {
      const i = +p.parentElement!.getAttribute('data-booth')!;
      return (JSON.parse(document.getElementById('pv-data')!.textContent!) as { booths: { n: string[] } }).booths.n[i]!;
    });
    await page.mouse.click(bb.x + bb.width / 2, bb.y + bb.height / 2);
    expect(await page.isVisible('#details')).toBe(true);
    expect(await page.textContent('#details .chip.on')).toBe(number);

    await page.click('#lang');
    expect(await page.textContent('#title')).toBe('China–ASEAN Expo Advanced Technology Exhibition');
    expect(await page.getAttribute('#q', 'placeholder')).toContain('Search');
    expect(await page.$eval('body', (b) => b.className)).toContain('lang-en');
    // Chinese labels hidden, English shown.
    expect(await page.$eval('svg.hall.on .lz', (e) => getComputedStyle(e).display)).toBe('none');
    expect(await page.$eval('svg.hall.on .le', (e) => getComputedStyle(e).display)).not.toBe('none');
    await page.keyboard.press('Escape');
    expect(await page.isVisible('#details')).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('pans, zooms and pinches with pointer events on a phone-sized screen', async () => {
    const { page, problems } = await open({ width: 390, height: 780 });
    const v0 = await viewBox(page);
    const map = (await (await page.$('#map'))!.boundingBox())!;
    const cx = map.x + map.width / 2;
    const cy = map.y + map.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    await page.mouse.move(cx + 60, cy + 30, { steps: 5 });
    await page.mouse.up();
    const v1 = await viewBox(page);
    expect(v1[0]).toBeLessThan(v0[0]!);
    expect(v1[2]).toBeCloseTo(v0[2]!, 6);
    await page.mouse.wheel(0, -400);
    const v2 = await viewBox(page);
    expect(v2[2]).toBeLessThan(v1[2]!);
    // Two fingers moving apart zoom in.
    await page.evaluate(
      ({ x, y }) => {
        const el = document.getElementById('map')!;
        const fire = (type: string, id: number, px: number) =>
          el.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX: px, clientY: y, bubbles: true, pointerType: 'touch', isPrimary: id === 1 }));
        fire('pointerdown', 1, x - 20);
        fire('pointerdown', 2, x + 20);
        for (let d = 20; d <= 100; d += 10) {
          fire('pointermove', 1, x - d);
          fire('pointermove', 2, x + d);
        }
        fire('pointerup', 1, x - 100);
        fire('pointerup', 2, x + 100);
      },
      { x: cx, y: cy },
    );
    const v3 = await viewBox(page);
    expect(v3[2]).toBeLessThan(v2[2]! * 0.4);
    await page.click('#zfit');
    expect(await viewBox(page)).toEqual(v0);
    // On a phone the panel is a bottom sheet, shown only with results or details.
    expect(await page.isVisible('#panel')).toBe(false);
    await page.fill('#q', 'BYD');
    expect(await page.isVisible('#panel')).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('works from the keyboard: a site hall opens with Enter, a result with Enter, and the booth’s number is drawn', async () => {
    const { page, problems } = await open();
    await page.focus('svg.hall.on [data-open-hall="1"]');
    await page.keyboard.press('Enter');
    expect(await page.$eval('svg.hall.on', (s) => s.id)).toBe('hall-1');
    // Booths are drawn only once their hall is shown.
    expect(await page.$$eval('#hall-0 .b', (b) => b.length)).toBe(0);
    await page.focus('#q');
    await page.keyboard.type('华为');
    await page.keyboard.press('Enter');
    expect(await page.textContent('#details h2')).toBe('华为技术有限公司');
    const chosen = await page.getAttribute('svg.hall.on .b.sel', 'data-booth');
    const number = (await page.textContent('#details .chip.on'))!;
    // Zoomed to it, the booth carries its number and name as text.
    await expect.poll(() => page.textContent(`svg.hall.on [data-label-for="${chosen}"]`)).toBe(`${number}华为技术有限公司`);
    // The results and the details' booth buttons are in the tab order after the map.
    const reached = new Set<string>();
    for (let i = 0; i < 40 && reached.size < 2; i++) {
      await page.keyboard.press('Tab');
      const cls = await page.evaluate(() => document.activeElement?.className ?? '');
      if (/\bhit\b/.test(cls)) reached.add('hit');
      if (/\bchip\b/.test(cls)) reached.add('chip');
    }
    expect([...reached].sort()).toEqual(['chip', 'hit']);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('contains none of the project’s private data', () => {
    const html = readFileSync(file, 'utf8');
    for (const secret of PRIVATE_STRINGS) expect(html).not.toContain(secret);
    for (const ex of Object.values(project.exhibitors)) {
      for (const v of [ex.contact.email, ex.contact.phone, ex.contact.person, ex.notes]) if (v) expect(html).not.toContain(v);
    }
    for (const b of Object.values(project.booths)) {
      if (b.notes) expect(html).not.toContain(b.notes);
      if (b.claim?.note) expect(html).not.toContain(b.claim.note);
      if (b.priceOverride !== null) expect(html).not.toContain(String(b.priceOverride));
    }
  });
});
