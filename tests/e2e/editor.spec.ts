import { existsSync, readFileSync, readdirSync } from 'node:fs';
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
  await form.getByLabel('Show name (Chinese)').fill('编辑测试');
  await form.getByLabel('Show name (English)').fill('Editor test');
  await page.getByRole('button', { name: 'Choose where to save…' }).click();
  const chooser = page.getByTestId('file-chooser');
  await chooser.getByLabel('Folder or file path').fill(dir);
  await chooser.getByLabel('Folder or file path').press('Enter');
  await expect(chooser).toHaveAttribute('data-dir', dir);
  await chooser.getByLabel('File name').fill('editor');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const file = join(dir, 'editor.pavilion.json');
  await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
  await waitForReady(page);
  return file;
}

test('draw a hall, place a block, renumber, undo/redo, import and calibrate a drawing, check the layout', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openApp(page, host);
  const file = await newProject(page, host.documentsDir);
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
