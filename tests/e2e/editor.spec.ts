import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, openApp, test } from './support/fixtures';
import { drag, hallPoint, makePng, newProject, readJson } from './support/plan';

test('draw a hall, place a block, renumber, undo/redo, import and calibrate a drawing, check the layout', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openApp(page, host);
  const file = await newProject(page, host.documentsDir, { zh: '编辑测试', en: 'Editor test', file: 'editor' });
  const palette = page.getByRole('toolbar', { name: 'Editing tools' });
  const canvas = page.getByTestId('floor-canvas');
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;

  // Hall: a rectangle dragged on the plan, then named.
  await palette.getByRole('button', { name: 'Hall' }).click();
  await drag(page, { x: cx - 200, y: cy - 100 }, { x: cx + 200, y: cy + 100 });
  const hallDialog = page.getByRole('dialog', { name: 'New hall' });
  await hallDialog.getByLabel('Code (booth number prefix)').fill('A');
  await hallDialog.getByRole('button', { name: 'Add hall' }).click();
  await expect.poll(() => Object.values(readJson(file).halls).length).toBe(1);
  const hall = Object.values(readJson(file).halls)[0] as { id: string; code: string; outline: [number, number][] };
  expect(hall.code).toBe('A');
  const width = Math.max(...hall.outline.map((p) => p[0]));
  expect(width).toBeGreaterThan(50);
  await palette.getByRole('button', { name: 'Zoom to fit' }).click();

  // Booth block: 4 × 10, back-to-back rows, 3 m aisle, prefix "A".
  await palette.getByRole('button', { name: 'Booth block' }).click();
  const blockDialog = page.getByRole('dialog', { name: 'Booth block' });
  await blockDialog.getByLabel('Rows', { exact: true }).fill('4');
  await blockDialog.getByLabel('Columns', { exact: true }).fill('10');
  await blockDialog.getByLabel('Prefix', { exact: true }).fill('A');
  await expect(blockDialog.getByTestId('block-summary')).toContainText('40 booths');
  await blockDialog.getByRole('button', { name: 'Place on plan' }).click();
  const at = await hallPoint(page, hall.id, 4, 4);
  await page.mouse.move(at.x + 5, at.y + 5);
  await page.mouse.move(at.x, at.y);
  await page.mouse.click(at.x, at.y);
  await expect.poll(() => Object.values(readJson(file).booths).length).toBe(40);
  const numbers = () => (Object.values(readJson(file).booths) as { number: string }[]).map((b) => b.number).sort();
  expect(numbers()).toContain('A1');
  // Back-to-back: rows 2 and 3 share their back edge (y = 4 + 6).
  const ys = new Set((Object.values(readJson(file).booths) as { shape: { y: number } }[]).map((b) => b.shape.y));
  expect([...ys].sort((a, b) => a - b)).toEqual([4, 7, 13, 16]);

  // Renumber all booths with another prefix; undo, redo.
  await palette.getByRole('button', { name: 'Select', exact: true }).click();
  await page.keyboard.press('Control+a');
  await palette.getByRole('button', { name: 'Renumber' }).click();
  const renumber = page.getByRole('dialog', { name: /Renumber 40 booths/ });
  await renumber.getByLabel('Prefix', { exact: true }).fill('B');
  await renumber.getByLabel('First number', { exact: true }).fill('101');
  await renumber.getByRole('button', { name: 'Renumber' }).click();
  await expect.poll(() => numbers().includes('B101')).toBe(true);
  expect(numbers().some((n) => n.startsWith('A'))).toBe(false);
  await canvas.click({ position: { x: 5, y: box.height - 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => numbers().includes('A1')).toBe(true);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => numbers().includes('B101')).toBe(true);

  // A file that is not a drawing is refused with a message; nothing changes.
  await palette.getByRole('button', { name: 'Background' }).click();
  const bgDialog = page.getByRole('dialog', { name: 'Venue drawing' });
  await bgDialog.getByLabel('Import PNG, JPEG, PDF or CAD (DXF)…').setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('hello, not an image') });
  await expect(bgDialog.getByRole('alert')).toContainText('not a PNG, JPEG or PDF');
  expect((readJson(file).halls[hall.id] as { background: unknown }).background).toBeNull();

  // A real PNG goes beside the project and under the hall.
  await bgDialog.getByLabel('Import PNG, JPEG, PDF or CAD (DXF)…').setInputFiles({ name: 'venue.png', mimeType: 'image/png', buffer: makePng(200, 100) });
  await expect.poll(() => readJson(file).halls[hall.id].background?.assetId ?? null).not.toBeNull();
  const assetsDir = join(host.documentsDir, 'editor.assets');
  expect(existsSync(assetsDir) && readdirSync(assetsDir).some((n) => n.endsWith('.png'))).toBe(true);

  // Calibrate: two clicks 100 drawing pixels apart, typed as 50 m.
  await bgDialog.getByRole('button', { name: 'Calibrate…' }).click();
  const bg = readJson(file).halls[hall.id].background as { x: number; y: number; metresPerPixel: number };
  const p1 = await hallPoint(page, hall.id, bg.x + 20 * bg.metresPerPixel, bg.y + 50 * bg.metresPerPixel);
  const p2 = await hallPoint(page, hall.id, bg.x + 120 * bg.metresPerPixel, bg.y + 50 * bg.metresPerPixel);
  await page.mouse.click(p1.x, p1.y);
  await page.mouse.click(p2.x, p2.y);
  const cal = page.getByRole('dialog', { name: 'Calibrate drawing' });
  // Zero is refused with a reason; the file keeps its scale.
  await cal.getByLabel('Real distance').fill('0');
  await cal.getByRole('button', { name: 'Set scale' }).click();
  await expect(cal).toBeVisible();
  await cal.getByLabel('Real distance').fill('50');
  await cal.getByRole('button', { name: 'Set scale' }).click();
  await expect.poll(() => readJson(file).halls[hall.id].background?.calibration?.distance ?? null).toBe(50);
  const mpp = readJson(file).halls[hall.id].background.metresPerPixel as number;
  expect(mpp).toBeGreaterThan(0.45);
  expect(mpp).toBeLessThan(0.55);

  // A booth drawn across the block overlaps it: Check layout lists it, a click focuses it.
  await palette.getByRole('button', { name: 'Booth', exact: true }).click();
  const b1 = await hallPoint(page, hall.id, 5, 5);
  const b2 = await hallPoint(page, hall.id, 9, 8);
  await drag(page, b1, b2);
  await expect.poll(() => Object.values(readJson(file).booths).length).toBe(41);
  await palette.getByRole('button', { name: 'Check layout' }).click();
  const panel = page.getByRole('region', { name: 'Layout check' });
  await expect(panel).toBeVisible();
  const overlap = panel.locator('[data-problem="overlap"]').first();
  await expect(overlap).toBeVisible();
  await overlap.click();
  await expect(canvas).not.toHaveAttribute('data-selected', '');
  await page.screenshot({ path: '.tmp/shots/editor-en.png' });
});
