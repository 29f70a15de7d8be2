import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createProject } from '../../shared/model/create';
import { Booth } from '../../shared/model/entities';
import { expect, openApp, test } from './support/fixtures';
import { startHost } from './support/host';
import { drag, hallPoint, readJson } from './support/plan';

test('a hall turned 30°: a click hits the booth under it (not its box), a drag snaps to the hall’s own grid', async ({ page }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-turned-'));
  const path = join(dir, 'turned.pavilion.json');
  const doc = createProject({ name: { zh: '转角', en: 'Turned' } });
  doc.halls = { h1: { id: 'h1', code: 'A', order: 0, level: 1, name: { zh: 'A馆', en: 'Hall A' }, outline: [[0, 0], [60, 0], [60, 40], [0, 40]], placement: { x: 0, y: 0, rotation: 30 }, background: null } };
  doc.booths = {
    b1: Booth.parse({ id: 'b1', hallId: 'h1', number: 'A-1', shape: { type: 'rect', x: 10, y: 10, w: 3, h: 3 } }),
    b2: Booth.parse({ id: 'b2', hallId: 'h1', number: 'A-2', shape: { type: 'rect', x: 30, y: 25, w: 3, h: 3 } }),
  };
  writeFileSync(path, JSON.stringify(doc, null, 2));
  const host = await startHost({ project: path });
  try {
    await openApp(page, host);
    const canvas = page.getByTestId('floor-canvas');
    // Hall point (12.15, 9.04) lies inside b1's box on the plan (turned 30°) but outside b1 itself.
    const beside = await hallPoint(page, 'h1', 12.15, 9.04);
    await page.mouse.click(beside.x, beside.y);
    await expect(canvas).toHaveAttribute('data-selected', '');
    const centre = await hallPoint(page, 'h1', 11.5, 11.5);
    await page.mouse.click(centre.x, centre.y);
    await expect(canvas).toHaveAttribute('data-selected', 'b1');

    // Dragged 5.2 m along the hall's x axis and 0.15 m across it: the 0.5 m grid of the hall
    // (turned with it) takes it to (15, 10) exactly, still square to the hall.
    const to = await hallPoint(page, 'h1', 11.5 + 5.2, 11.5 + 0.15);
    await drag(page, centre, to);
    await expect.poll(() => readJson(path).booths.b1.shape).toEqual({ type: 'rect', x: 15, y: 10, w: 3, h: 3, rotation: 0 });
    await page.screenshot({ path: test.info().outputPath('turned-hall.png') });
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
