import { readFileSync } from 'node:fs';
import { expect, openApp, test } from './support/fixtures';
import { drag, hallPoint, makePng, newProject, readJson } from './support/plan';


interface Pose {
  assetId: string;
  x: number;
  y: number;
  metresPerPixel: number;
  rotation: number;
  locked: boolean;
  calibration: { distance: number } | null;
}
/** Where drawing pixel (u, v) lies, as the file says. */
const toPlan = (d: Pose, u: number, v: number): [number, number] => {
  const a = (d.rotation * Math.PI) / 180;
  return [d.x + (u * Math.cos(a) - v * Math.sin(a)) * d.metresPerPixel, d.y + (u * Math.sin(a) + v * Math.cos(a)) * d.metresPerPixel];
};

test('line up a hall drawing and the site drawing by two pairs of points, fine-tune, lock, undo', async ({ page, host }) => {
  test.setTimeout(150_000);
  await openApp(page, host);
  const file = await newProject(page, host.documentsDir, { zh: '对齐测试', en: 'Align test', file: 'align' });
  const palette = page.getByRole('toolbar', { name: 'Editing tools' });
  const canvas = page.getByTestId('floor-canvas');
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;

  await palette.getByRole('button', { name: 'Hall' }).click();
  await drag(page, { x: cx - 250, y: cy - 150 }, { x: cx + 250, y: cy + 150 });
  const hallDialog = page.getByRole('dialog', { name: 'New hall' });
  await hallDialog.getByLabel('Code (booth number prefix)').fill('A');
  await hallDialog.getByRole('button', { name: 'Add hall' }).click();
  await expect.poll(() => Object.values(readJson(file).halls).length).toBe(1);
  const hall = Object.values(readJson(file).halls)[0] as { id: string; placement: { x: number; y: number } };
  await palette.getByRole('button', { name: 'Zoom to fit' }).click();
  const bgOf = () => readJson(file).halls[hall.id].background as Pose | null;

  // A 400 × 200 px drawing under the hall: it starts unlocked, fitted to the hall's width.
  await palette.getByRole('button', { name: 'Background' }).click();
  let dialog = page.getByRole('dialog', { name: 'Venue drawing' });
  await dialog.getByLabel('Import PNG, JPEG, PDF or CAD (DXF)…').setInputFiles({ name: 'hall.png', mimeType: 'image/png', buffer: makePng(400, 200) });
  await expect.poll(() => bgOf()?.assetId ?? null).not.toBeNull();
  const before = bgOf()!;
  expect(before.locked).toBe(false);

  // Line up: pixel (40, 40) belongs at (10, 5) m of the hall, pixel (360, 40) at (10, 45) m —
  // the drawing turns 90° clockwise at 40 m / 320 px = 0.125 m per pixel.
  await dialog.getByRole('button', { name: 'Line up by two points…' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Click a point on the drawing (1)')).toBeVisible();
  const onDrawing = (u: number, v: number) => hallPoint(page, hall.id, ...toPlan(before, u, v));
  const clicks = [await onDrawing(40, 40), await hallPoint(page, hall.id, 10, 5), await onDrawing(360, 40), await hallPoint(page, hall.id, 10, 45)];
  for (const [i, c] of clicks.entries()) {
    await page.mouse.move(c.x, c.y);
    await page.mouse.click(c.x, c.y);
    if (i === 0) await expect(page.getByText('Now click where that point belongs on the plan.')).toBeVisible();
  }
  await expect.poll(() => bgOf()?.rotation).not.toBe(0);
  const aligned = bgOf()!;
  const px = 1 / (await page.evaluate(() => window.__pavilionCanvas!.screenToPlan(1, 0).x - window.__pavilionCanvas!.screenToPlan(0, 0).x)); // screen px per metre
  expect(Math.abs(aligned.rotation - 90)).toBeLessThan(2);
  expect(aligned.metresPerPixel).toBeGreaterThan(0.125 * 0.97);
  expect(aligned.metresPerPixel).toBeLessThan(0.125 * 1.03);
  const tol = 2 / px + 0.05;
  for (const [[u, v], [x, y]] of [[[40, 40], [10, 5]], [[360, 40], [10, 45]]] as const) {
    const [gx, gy] = toPlan(aligned, u, v);
    expect(Math.abs(gx - x)).toBeLessThan(tol);
    expect(Math.abs(gy - y)).toBeLessThan(tol);
  }
  expect(aligned.calibration?.distance).toBeCloseTo(40, 0);

  // One undo takes the whole alignment back; redo brings it again.
  await canvas.click({ position: { x: 5, y: box.height - 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => bgOf()?.rotation).toBe(0);
  expect(bgOf()!.x).toBeCloseTo(before.x, 6);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => bgOf()?.rotation).toBe(aligned.rotation);

  // Numeric fine-tuning: the angle to exactly 90°, X by hand.
  await palette.getByRole('button', { name: 'Background' }).click();
  dialog = page.getByRole('dialog', { name: 'Venue drawing' });
  await dialog.getByLabel('Angle (°)').fill('90');
  await dialog.getByLabel('Angle (°)').press('Enter');
  await expect.poll(() => bgOf()?.rotation).toBe(90);
  await dialog.getByLabel('X (m)').fill('12.5');
  await dialog.getByLabel('X (m)').press('Enter');
  await expect.poll(() => bgOf()?.x).toBe(12.5);

  // Locked: saved, the numbers and "Line up" greyed, the align command off.
  await dialog.getByRole('switch', { name: 'Locked' }).click();
  await expect.poll(() => bgOf()?.locked).toBe(true);
  await expect(dialog.getByLabel('X (m)')).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Line up by two points…' })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('align-dialog-en.png') });
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  const locked = bgOf()!;

  // The site drawing: imported under the whole site, lined up the same way, then locked.
  await palette.getByRole('button', { name: 'Background' }).click();
  dialog = page.getByRole('dialog', { name: 'Venue drawing' });
  await dialog.getByLabel('Drawing of').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'The whole site (master plan)' }).first().click();
  await dialog.getByLabel('Import PNG, JPEG, PDF or CAD (DXF)…').setInputFiles({ name: 'site.png', mimeType: 'image/png', buffer: makePng(300, 300) });
  const siteOf = () => readJson(file).settings.site.drawing as Pose | null;
  await expect.poll(() => siteOf()?.assetId ?? null).not.toBeNull();
  const site0 = siteOf()!;
  await dialog.getByRole('button', { name: 'Line up by two points…' }).click();
  const pl = hall.placement;
  const siteScreen = (x: number, y: number) => hallPoint(page, hall.id, x - pl.x, y - pl.y);
  const siteClicks = [await siteScreen(...toPlan(site0, 30, 30)), await siteScreen(pl.x + 5, pl.y + 5), await siteScreen(...toPlan(site0, 270, 30)), await siteScreen(pl.x + 65, pl.y + 5)];
  for (const c of siteClicks) {
    await page.mouse.move(c.x, c.y);
    await page.mouse.click(c.x, c.y);
  }
  await expect.poll(() => siteOf()?.calibration?.distance ?? null).not.toBeNull();
  const site1 = siteOf()!;
  expect(Math.abs(site1.rotation)).toBeLessThan(2);
  expect(site1.metresPerPixel).toBeCloseTo(60 / 240, 2);
  const [sx, sy] = toPlan(site1, 30, 30);
  expect(Math.abs(sx - (pl.x + 5))).toBeLessThan(tol);
  expect(Math.abs(sy - (pl.y + 5))).toBeLessThan(tol);
  // The hall drawing stayed put while locked.
  expect(bgOf()).toEqual(locked);

  await palette.getByRole('button', { name: 'Background' }).click();
  dialog = page.getByRole('dialog', { name: 'Venue drawing' });
  await dialog.getByLabel('Drawing of').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'The whole site (master plan)' }).first().click();
  await dialog.getByRole('switch', { name: 'Locked' }).click();
  await expect.poll(() => siteOf()?.locked).toBe(true);
  await dialog.getByRole('button', { name: 'Close' }).first().click();
  await page.screenshot({ path: test.info().outputPath('aligned-plan-en.png') });

  // The same dialog in Chinese.
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByTitle('中文').or(page.getByRole('option', { name: '中文' })).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: '底图', exact: true }).first().click();
  dialog = page.getByRole('dialog', { name: '场馆图纸' });
  await expect(dialog.getByRole('button', { name: /两点对齐/ })).toBeDisabled();
  await page.screenshot({ path: test.info().outputPath('align-dialog-zh.png') });
  await dialog.getByRole('button', { name: /关\s*闭/ }).last().click();

  // With every drawing locked, the align command is off in the Tools menu; the file is unchanged.
  const saved = readFileSync(file, 'utf8');
  const s = JSON.parse(saved);
  expect(s.halls[hall.id].background).toMatchObject({ locked: true, rotation: 90, x: 12.5 });
  expect(s.settings.site.drawing).toMatchObject({ locked: true });
  expect(s.assets[s.settings.site.drawing.assetId].mime).toBe('image/png');
});
