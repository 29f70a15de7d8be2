import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeProject } from '../../electron/services/project-format';
import { generateShow } from '../../shared/sample/generate';
import { test, expect, openApp } from './support/fixtures';
import { startHost } from './support/host';

let work = '';
test.beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'pavilion-find-e2e-'));
});
test.afterEach(() => rmSync(work, { recursive: true, force: true }));

test('a booth found by its number on another level: that level is shown and the booth is on screen', async ({ page }) => {
  const show = generateShow({ halls: 15, booths: 1500, exhibitors: 700, seed: 3 });
  const file = join(work, 'levels.pavilion.json');
  writeFileSync(file, serializeProject(show));
  const upstairs = Object.values(show.booths).find((b) => show.halls[b.hallId]!.level === 2)!;
  const host = await startHost({ project: file });
  try {
    await openApp(page, host);
    await expect(page.getByRole('radio', { name: '1F' })).toBeChecked();
    await page.getByRole('tab', { name: 'Exhibitors' }).click();
    const search = page.getByTestId('exhibitors-panel').getByLabel('Search exhibitors');
    await search.fill(upstairs.number);
    await search.press('Enter');
    await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', upstairs.id);
    await expect(page.getByRole('radio', { name: '2F' })).toBeChecked();
    const canvas = (await page.getByTestId('floor-canvas').boundingBox())!;
    const at = await page.evaluate((id) => (window as unknown as { __pavilionCanvas: { boothScreenPoint(id: string): { x: number; y: number } | null } }).__pavilionCanvas.boothScreenPoint(id), upstairs.id);
    expect(at).not.toBeNull();
    expect(at!.x).toBeGreaterThan(canvas.x);
    expect(at!.x).toBeLessThan(canvas.x + canvas.width);
    expect(at!.y).toBeGreaterThan(canvas.y);
    expect(at!.y).toBeLessThan(canvas.y + canvas.height);
  } finally {
    await host.stop();
  }
});
