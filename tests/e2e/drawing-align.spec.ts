import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, openApp, test, waitForReady } from './support/fixtures';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/** A tiny RGB PNG encoder: enough for a test drawing of w × h pixels. */
function makePng(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw[y * (w * 3 + 1) + 1 + x * 3] = (x * 7) & 0xff;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

async function hallPoint(page: Page, hallId: string, x: number, y: number) {
  const p = await page.evaluate(([h, px, py]) => window.__pavilionCanvas!.worldToScreen(h as string, px as number, py as number), [hallId, x, y] as const);
  if (!p) throw new Error('hall not on the plan');
  return p;
}

async function newProject(page: Page, dir: string): Promise<string> {
  await page.getByRole('button', { name: 'New project' }).click();
  const form = page.getByTestId('new-project-form');
  await form.getByLabel('Show name (Chinese)').fill('对齐测试');
  await form.getByLabel('Show name (English)').fill('Align test');
  await page.getByRole('button', { name: 'Choose where to save…' }).click();
  const chooser = page.getByTestId('file-chooser');
  await chooser.getByLabel('Folder or file path').fill(dir);
  await chooser.getByLabel('Folder or file path').press('Enter');
  await expect(chooser).toHaveAttribute('data-dir', dir);
  await chooser.getByLabel('File name').fill('align');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const file = join(dir, 'align.pavilion.json');
  await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
  await waitForReady(page);
  return file;
}


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
  const file = await newProject(page, host.documentsDir);
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
