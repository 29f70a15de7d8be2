import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject } from '../../shared/model/create';
import type { Hall } from '../../shared/model/entities';
import { expect, openApp, test } from './support/fixtures';
import { startHost } from './support/host';

const hall = (id: string, code: string, order: number, x: number, y: number, level = 1, rotation = 0): Hall => ({
  id, code, order, level, name: { zh: `${code}馆`, en: `Hall ${code}` },
  outline: [[0, 0], [60, 0], [60, 40], [0, 40]],
  placement: { x, y, rotation },
  background: null,
});

test('overlapping halls of a level are one layout-check finding per pair, with a way to each hall (English and Chinese)', async ({ page }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-overlap-'));
  const path = join(dir, 'overlap.pavilion.json');
  const doc = createProject({ name: { zh: '重叠', en: 'Overlap' } });
  // B reaches 10 m into A; C stands clear; D lies over A one floor up (not a finding); E, turned 30°, clear of all.
  doc.halls = Object.fromEntries(
    [hall('ha', 'A', 0, 0, 0), hall('hb', 'B', 1, 50, 20), hall('hc', 'C', 2, 0, 100), hall('hd', 'D', 3, 0, 0, 2), hall('he', 'E', 4, 200, 0, 1, 30)].map((h) => [h.id, h]),
  );
  writeFileSync(path, JSON.stringify(doc, null, 2));
  const host = await startHost({ project: path });
  try {
    await openApp(page, host);
    await page.getByRole('toolbar', { name: 'Editing tools' }).getByRole('button', { name: 'Check layout' }).click();
    const panel = page.getByRole('region', { name: 'Layout check' });
    const rows = panel.locator('[data-problem="halls-overlap"]');
    await expect(rows).toHaveCount(1);
    await expect(rows).toContainText('Halls overlap');
    await expect(rows).toContainText('A and B overlap on the same level');
    // "Go to hall B": B fills the plan, A's far corner is off to one side.
    await rows.getByRole('button', { name: 'Go to hall B' }).click();
    const canvas = (await page.getByTestId('floor-canvas').boundingBox())!;
    await expect.poll(async () => {
      const c = await page.evaluate(() => window.__pavilionCanvas!.worldToScreen('hb', 30, 20));
      return c !== null && Math.abs(c.x - (canvas.x + canvas.width / 2)) < canvas.width / 4 && Math.abs(c.y - (canvas.y + canvas.height / 2)) < canvas.height / 4;
    }).toBe(true);
    const scaleB = await page.evaluate(() => window.__pavilionCanvas!.screenToPlan(1, 0).x - window.__pavilionCanvas!.screenToPlan(0, 0).x);
    await rows.getByRole('button', { name: 'Go to hall A' }).click();
    await expect.poll(async () => {
      const c = await page.evaluate(() => window.__pavilionCanvas!.worldToScreen('ha', 30, 20));
      return c !== null && Math.abs(c.x - (canvas.x + canvas.width / 2)) < canvas.width / 4;
    }).toBe(true);
    expect(scaleB).toBeGreaterThan(0);
    await page.screenshot({ path: test.info().outputPath('halls-overlap-en.png') });

    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByTitle('中文').or(page.getByRole('option', { name: '中文' })).first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const rowsZh = page.getByRole('region', { name: '布局检查' }).locator('[data-problem="halls-overlap"]');
    await expect(rowsZh).toContainText('展厅重叠');
    await expect(rowsZh).toContainText('A 与 B 在同一层重叠');
    await expect(rowsZh.getByRole('button', { name: '转到展厅 B' })).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('halls-overlap-zh.png') });
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
