import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import type { Project } from '../../shared/model/project';

/**
 * The layout check on the sample show: a booth drawn into an aisle is one finding (not one per
 * neighbour), and clicking the finding brings that booth into view beside the results panel,
 * never under it, in English and Chinese and on a narrow window.
 */

const readJson = (path: string): Project => JSON.parse(readFileSync(path, 'utf8')) as Project;
const samplePath = (docs: string) => join(docs, 'Pavilion', 'China-ASEAN Expo sample.pavilion.json');
const HALL = 'hall_mcz47wnxku'; // A1: rows of 3 × 3 m booths at y 25–31 and 35–41, a 4 m aisle between

async function hallPoint(page: Page, x: number, y: number) {
  const p = await page.evaluate(([h, px, py]) => window.__pavilionCanvas!.worldToScreen(h as string, px as number, py as number), [HALL, x, y] as const);
  expect(p).not.toBeNull();
  return p!;
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

const inside = (p: { x: number; y: number }, r: { x: number; y: number; width: number; height: number }, margin = 0) =>
  p.x >= r.x - margin && p.x <= r.x + r.width + margin && p.y >= r.y - margin && p.y <= r.y + r.height + margin;

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
  { width: 1024, height: 720 },
]) {
  test(`a booth in an aisle is one finding, and its click shows the booth beside the panel (${size.width} px)`, async ({ page, host }) => {
    await page.setViewportSize(size);
    await openApp(page, host);
    const file = samplePath(host.documentsDir);
    await page.getByRole('button', { name: /Hall 1/ }).first().click();
    const before = Object.keys(readJson(file).booths).length;

    // A 3 × 3 m booth in the middle of the 4 m aisle, across two booths above and two below.
    const palette = page.getByRole('toolbar', { name: 'Editing tools' });
    await palette.getByRole('button', { name: 'Booth', exact: true }).click();
    await drag(page, await hallPoint(page, 15.5, 31.5), await hallPoint(page, 18.5, 34.5));
    await expect.poll(() => Object.keys(readJson(file).booths).length).toBe(before + 1);
    const doc = readJson(file);
    const added = Object.values(doc.booths).find((b) => b.hallId === HALL && (b.shape as { y: number }).y === 31.5)!;
    expect(added).toBeDefined();
    await page.keyboard.press('Escape');

    await palette.getByRole('button', { name: 'Check layout' }).click();
    const panel = page.getByRole('region', { name: 'Layout check' });
    await expect(panel).toBeVisible();
    const rows = panel.locator('[data-problem="narrow-aisle"]');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText(`${added.number} faces 4 booths too closely (minimum 3 m)`);
    await expect(rows.first().locator('li')).toHaveCount(4);
    await expect(rows.first().locator('li').first()).toContainText('0.5 m');

    // Look somewhere else, then click the finding: the booth ends up on screen, not under the panel.
    await page.getByRole('button', { name: /Hall 2/ }).first().click();
    await rows.first().click();
    const canvas = page.getByTestId('floor-canvas');
    await expect(canvas).toHaveAttribute('data-selected', new RegExp(`^${added.id}`));
    await page.waitForTimeout(300);
    const panelBox = (await panel.boundingBox())!;
    const canvasBox = (await canvas.boundingBox())!;
    for (const [x, y] of [
      [15.5, 31.5],
      [18.5, 31.5],
      [15.5, 34.5],
      [18.5, 34.5],
    ] as const) {
      const p = await hallPoint(page, x, y);
      expect(inside(p, canvasBox), `corner ${x},${y} on the plan`).toBe(true);
      expect(inside(p, panelBox, 8), `corner ${x},${y} clear of the check panel`).toBe(false);
    }
    await page.screenshot({ path: `.tmp/shots/layout-check-en-${size.width}.png` });

    // Chinese: the same single finding, in Chinese.
    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByRole('option', { name: '中文' }).click();
    const zhPanel = page.getByRole('region', { name: '布局检查' });
    await expect(zhPanel.locator('[data-problem="narrow-aisle"]').first()).toContainText(`${added.number} 与 4 个展位间距过窄（最小 3 米）`);
    await page.screenshot({ path: `.tmp/shots/layout-check-zh-${size.width}.png` });
  });
}
