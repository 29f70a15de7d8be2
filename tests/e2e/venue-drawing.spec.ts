import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileChooser, Page } from '@playwright/test';
import { createProject } from '../../shared/model/create';
import type { Project } from '../../shared/model/project';
import { expect, openApp, test } from './support/fixtures';
import { startHost } from './support/host';
import { drag, hallPoint, makePng, newProject, readJson } from './support/plan';

/** The plan's colour at page points, composited from its layer canvases in stacking (DOM) order as the screen shows them. */
async function colours(page: Page, pts: { x: number; y: number }[]): Promise<number[][]> {
  return page.evaluate((points) => {
    const root = document.querySelector('[data-testid="floor-canvas"]')!;
    const r = root.getBoundingClientRect();
    const out = document.createElement('canvas');
    out.width = Math.round(r.width);
    out.height = Math.round(r.height);
    const ctx = out.getContext('2d')!;
    for (const c of root.querySelectorAll('canvas')) {
      const cr = c.getBoundingClientRect();
      ctx.drawImage(c, cr.left - r.left, cr.top - r.top, cr.width, cr.height);
    }
    return points.map((p) => [...ctx.getImageData(Math.round(p.x - r.left), Math.round(p.y - r.top), 1, 1).data]);
  }, pts);
}
const near = (c: number[], rgb: [number, number, number], tol = 24) => rgb.every((v, i) => Math.abs(c[i]! - v) <= tol);

test('the site drawing lies beneath the hall floors, a hall drawing beneath entrances and booths', async ({ page }) => {
  test.setTimeout(90_000);
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-layers-'));
  const path = join(dir, 'layers.pavilion.json');
  const doc: Project = createProject({ name: { zh: '图层', en: 'Layers' } });
  const png = (id: string) => ({ id, fileName: `${id}.png`, mime: 'image/png' as const, widthPx: 100, heightPx: 100 });
  doc.assets = { a_site: png('a_site'), a_hall: png('a_hall') };
  const pose = { rotation: 0, calibration: null, opacity: 1, locked: false, hiddenLayers: [] };
  // The site drawing (dark, opaque) spans 100 m around the hall; the hall drawing covers the hall's left 30 m.
  doc.settings.site.drawing = { assetId: 'a_site', x: -20, y: -30, metresPerPixel: 1, ...pose };
  doc.halls = {
    h1: {
      id: 'h1', name: { zh: 'A馆', en: 'Hall A' }, code: 'A', level: 1, order: 0,
      outline: [[0, 0], [60, 0], [60, 40], [0, 40]],
      placement: { x: 0, y: 0, rotation: 0 },
      background: { assetId: 'a_hall', x: 0, y: 0, metresPerPixel: 0.3, ...pose },
    },
  };
  doc.facilities = { f1: { id: 'f1', hallId: 'h1', kind: 'entrance', shape: { type: 'rect', x: 8, y: 8, w: 12, h: 12, rotation: 0 }, label: { zh: '', en: '' } } } as Project['facilities'];
  writeFileSync(path, JSON.stringify(doc, null, 2));
  mkdirSync(join(dir, 'layers.assets'));
  for (const id of ['a_site', 'a_hall']) writeFileSync(join(dir, 'layers.assets', `${id}.png`), makePng(100, 100));
  const host = await startHost({ project: path });
  try {
    await openApp(page, host);
    const [outside, onDrawing, floor, entrance] = [await hallPoint(page, 'h1', 24, 45), await hallPoint(page, 'h1', 25, 25), await hallPoint(page, 'h1', 50, 30), await hallPoint(page, 'h1', 9, 9)];
    // Both drawings have loaded once both show (dark pixels beside the hall and on its left part).
    await expect.poll(async () => (await colours(page, [outside, onDrawing])).every((c) => c.slice(0, 3).every((v) => v < 120))).toBe(true);
    const [, onFloor, onEntrance] = await colours(page, [outside, floor, entrance]);
    await page.screenshot({ path: test.info().outputPath('layers.png') });
    // The hall floor (white) covers the site drawing; the entrance's green sits over the hall drawing.
    expect(near(onFloor!, [255, 255, 255]), `floor pixel ${onFloor}`).toBe(true);
    expect(near(onEntrance!, [0xc9, 0xf0, 0xd6]), `entrance pixel ${onEntrance}`).toBe(true);
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('import by keyboard; replacing a drawing asks, names what goes, and drops the old asset (English and Chinese)', async ({ page, host }) => {
  test.setTimeout(150_000);
  await openApp(page, host);
  const file = await newProject(page, host.documentsDir, { zh: '图纸替换', en: 'Replace test', file: 'replace' });
  const palette = page.getByRole('toolbar', { name: 'Editing tools' });
  const box = (await page.getByTestId('floor-canvas').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // No hall on screen yet: the dialog asks what the drawing is of before it imports.
  await palette.getByRole('button', { name: 'Background' }).click();
  const venue = page.getByRole('dialog', { name: 'Venue drawing' });
  await expect(venue.getByText('Choose a hall or the whole site first.').first()).toBeVisible();
  await expect(venue.getByRole('button', { name: 'Import PNG, JPEG, PDF or CAD (DXF)…' })).toBeDisabled();
  await venue.getByLabel('Drawing of').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'The whole site (master plan)' }).first().click();
  await expect(venue.getByRole('button', { name: 'Import PNG, JPEG, PDF or CAD (DXF)…' })).toBeEnabled();
  await venue.getByRole('button', { name: 'Close' }).first().click();
  await expect(venue).toBeHidden();
  await palette.getByRole('button', { name: 'Hall' }).click();
  await drag(page, { x: cx - 200, y: cy - 120 }, { x: cx + 200, y: cy + 120 });
  const hallDialog = page.getByRole('dialog', { name: 'New hall' });
  await hallDialog.getByLabel('Code (booth number prefix)').fill('A');
  await hallDialog.getByRole('button', { name: 'Add hall' }).click();
  await expect.poll(() => Object.values(readJson(file).halls).length).toBe(1);
  const hallId = (Object.values(readJson(file).halls)[0] as { id: string }).id;
  const bgOf = () => readJson(file).halls[hallId].background as { assetId: string } | null;
  const assetsDir = join(host.documentsDir, 'replace.assets');

  // Tab from "Drawing of" to the import button, Enter opens the file chooser. The listener is
  // attached up front: Playwright starts catching choosers only once one is listened for, and a
  // key press (unlike its click) does not wait for that.
  let nextChooser: ((c: FileChooser) => void) | null = null;
  page.on('filechooser', (c) => nextChooser?.(c));
  const importByKeyboard = async (dialogName: string, targetLabel: string, buttonName: string, png: Buffer) => {
    const dialog = page.getByRole('dialog', { name: dialogName });
    await dialog.getByLabel(targetLabel).focus();
    await page.keyboard.press('Tab');
    const button = dialog.getByRole('button', { name: buttonName });
    await expect(button).toBeFocused();
    const chooser = new Promise<FileChooser>((resolve) => (nextChooser = resolve));
    await page.keyboard.press('Enter');
    await (await chooser).setFiles({ name: 'plan.png', mimeType: 'image/png', buffer: png });
  };
  await palette.getByRole('button', { name: 'Background' }).click();
  // The hall on screen is the one the dialog works on.
  await expect(page.getByRole('dialog', { name: 'Venue drawing' }).getByText(/^A · /)).toBeVisible();
  await importByKeyboard('Venue drawing', 'Drawing of', 'Import PNG, JPEG, PDF or CAD (DXF)…', makePng(300, 200));
  await expect.poll(() => bgOf()?.assetId ?? null).not.toBeNull();
  const first = bgOf()!.assetId;

  // Replacing asks; Cancel changes nothing.
  await importByKeyboard('Venue drawing', 'Drawing of', 'Import PNG, JPEG, PDF or CAD (DXF)…', makePng(200, 200));
  let ask = page.getByRole('dialog', { name: /Replace the drawing of A · / });
  await expect(ask).toContainText('PNG 300 × 200');
  await expect(ask).toContainText('plan.png');
  await page.screenshot({ path: test.info().outputPath('replace-ask-en.png') });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  expect(bgOf()!.assetId).toBe(first);

  await importByKeyboard('Venue drawing', 'Drawing of', 'Import PNG, JPEG, PDF or CAD (DXF)…', makePng(200, 200));
  ask = page.getByRole('dialog', { name: /Replace the drawing of A · / });
  await ask.getByRole('button', { name: 'Replace' }).click();
  await expect.poll(() => bgOf()?.assetId).not.toBe(first);
  const second = bgOf()!.assetId;
  // One record left: the replaced drawing's went with the change.
  expect(Object.keys(readJson(file).assets)).toEqual([second]);
  expect(readdirSync(assetsDir).length).toBe(2);

  // One undo brings the old drawing and its record back.
  await page.getByRole('dialog', { name: 'Venue drawing' }).getByRole('button', { name: 'Close' }).first().click();
  await page.getByTestId('floor-canvas').click({ position: { x: 5, y: box.height - 5 } });
  await page.keyboard.press('Control+z');
  await expect.poll(() => bgOf()?.assetId).toBe(first);
  expect(Object.keys(readJson(file).assets)).toEqual([first]);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => bgOf()?.assetId).toBe(second);

  // In Chinese: the same button by keyboard, the same question.
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByTitle('中文').or(page.getByRole('option', { name: '中文' })).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: '底图', exact: true }).first().click();
  await importByKeyboard('场馆图纸', '图纸所属', '导入 PNG、JPEG、PDF 或 CAD（DXF）…', makePng(120, 120));
  ask = page.getByRole('dialog', { name: /替换A · .*的图纸？/ });
  await expect(ask).toContainText('PNG 200 × 200');
  await page.screenshot({ path: test.info().outputPath('replace-ask-zh.png') });
  await ask.getByRole('button', { name: '替 换' }).or(ask.getByRole('button', { name: '替换' })).first().click();
  await expect.poll(() => bgOf()?.assetId).not.toBe(second);
  expect(Object.keys(readJson(file).assets)).toEqual([bgOf()!.assetId]);
});
