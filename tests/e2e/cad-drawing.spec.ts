import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DxfWriter } from '../../shared/drawing/dxf-writer';
import { expect, openApp, test, waitForReady } from './support/fixtures';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

/**
 * A hall drawing in millimetres as venues hand it over: outer walls 48.2 m × 31.0 m, 20 booths
 * of 3 m × 3 m (closed polylines) with their numbers as TEXT inside, columns as a block, and a
 * furniture layer to hide.
 */
export function hallDxf(): Buffer {
  const w = new DxfWriter({ insUnits: 4 }).layer('WALLS', 7).layer('BOOTHS', 3).layer('NUMBERS', 1).layer('FURNITURE', 2).layer('COLUMNS', 8);
  w.block('COL').circle('0', 0, 0, 400).hatch('0', [[-400, -400], [400, -400], [400, 400], [-400, 400]]).endBlock();
  w.lwpolyline('WALLS', [[0, 0], [48200, 0], [48200, 31000], [0, 31000]], true);
  for (let i = 0; i < 20; i++) {
    const col = i % 10;
    const row = Math.floor(i / 10);
    const x = 4000 + col * 3000;
    const y = 6000 + row * 9000;
    w.lwpolyline('BOOTHS', [[x, y], [x + 3000, y], [x + 3000, y + 3000], [x, y + 3000]], true);
    w.centredText('NUMBERS', x + 1500, y + 1500, 400, `C${101 + i}`);
    w.circle('FURNITURE', x + 700, y + 700, 300);
  }
  w.insert('COLUMNS', 'COL', 2000, 2000, { cols: 6, rows: 4, dc: 9000, dr: 9000 });
  return Buffer.from(w.toString());
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

async function newProject(page: Page, dir: string): Promise<string> {
  await page.getByRole('button', { name: 'New project' }).click();
  const form = page.getByTestId('new-project-form');
  await form.getByLabel('Show name (Chinese)').fill('图纸测试');
  await form.getByLabel('Show name (English)').fill('Drawing test');
  await page.getByRole('button', { name: 'Choose where to save…' }).click();
  const chooser = page.getByTestId('file-chooser');
  await chooser.getByLabel('Folder or file path').fill(dir);
  await chooser.getByLabel('Folder or file path').press('Enter');
  await expect(chooser).toHaveAttribute('data-dir', dir);
  await chooser.getByLabel('File name').fill('cad');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const file = join(dir, 'cad.pavilion.json');
  await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
  await waitForReady(page);
  return file;
}

test('import a DXF in millimetres: size in metres, units, layers; a DWG is explained', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openApp(page, host);
  const file = await newProject(page, host.documentsDir);
  const palette = page.getByRole('toolbar', { name: 'Editing tools' });
  const canvas = page.getByTestId('floor-canvas');
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await palette.getByRole('button', { name: 'Hall' }).click();
  await drag(page, { x: cx - 300, y: cy - 200 }, { x: cx + 300, y: cy + 200 });
  const hallDialog = page.getByRole('dialog', { name: 'New hall' });
  await hallDialog.getByLabel('Code (booth number prefix)').fill('C');
  await hallDialog.getByRole('button', { name: 'Add hall' }).click();
  await expect.poll(() => Object.values(readJson(file).halls).length).toBe(1);
  const hall = Object.values(readJson(file).halls)[0] as { id: string };

  // A DWG: nothing is read; the dialog says how to save it as DXF.
  await palette.getByRole('button', { name: 'Background' }).click();
  let bgDialog = page.getByRole('dialog', { name: 'Venue drawing' });
  await bgDialog.getByLabel('Import PNG, JPEG, PDF or CAD (DXF)…').setInputFiles({ name: 'hall.dwg', mimeType: 'application/acad', buffer: Buffer.from('AC1032\0\0\0\0\0\0') });
  let cad = page.getByRole('dialog', { name: /Import CAD drawing/ });
  await expect(cad.getByRole('alert')).toContainText('save the drawing as DXF first');
  await expect(cad.getByTestId('dwg-help')).toContainText('Save As');
  await cad.getByRole('button', { name: 'Close', exact: true }).last().click();

  // The DXF: size in metres before anything is saved; a wrong unit shows at once.
  await palette.getByRole('button', { name: 'Background' }).click();
  bgDialog = page.getByRole('dialog', { name: 'Venue drawing' });
  await bgDialog.getByLabel('Import PNG, JPEG, PDF or CAD (DXF)…').setInputFiles({ name: 'hall.dxf', mimeType: 'application/dxf', buffer: hallDxf() });
  cad = page.getByRole('dialog', { name: /Import CAD drawing — hall\.dxf/ });
  await expect(cad.getByTestId('dxf-size')).toHaveText('Size: 48.2 m × 31.0 m');
  expect(readJson(file).halls[hall.id].background).toBeNull();
  await cad.getByLabel('Drawing units').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="metres"]').click();
  await expect(cad.getByTestId('dxf-size')).toHaveText('Size: 48200.0 m × 31000.0 m');
  await cad.getByLabel('Drawing units').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="millimetres"]').click();
  await expect(cad.getByTestId('dxf-size')).toHaveText('Size: 48.2 m × 31.0 m');
  await expect(cad.getByTestId('dxf-summary')).toContainText('INSERT 1');
  await cad.getByLabel('Show layer FURNITURE').uncheck();
  await page.screenshot({ path: '.tmp/shots/cad-import-en.png' });
  await cad.getByRole('button', { name: 'Place under hall C' }).click();
  await expect(cad).toBeHidden();

  await expect.poll(() => readJson(file).halls[hall.id].background?.hiddenLayers ?? null).toEqual(['FURNITURE']);
  const saved = readJson(file);
  const bg = saved.halls[hall.id].background;
  expect(bg.metresPerPixel).toBe(0.001);
  expect(saved.assets[bg.assetId]).toMatchObject({ mime: 'application/vnd.pavilion.drawing+json', widthPx: 48200, heightPx: 31000 });
  expect(readdirSync(join(host.documentsDir, 'cad.assets')).filter((n) => n.endsWith('.drawing.json'))).toHaveLength(1);

  // Layers stay switchable from the drawing's dialog, saved with the show and undone like any edit.
  await palette.getByRole('button', { name: 'Background' }).click();
  bgDialog = page.getByRole('dialog', { name: 'Venue drawing' });
  await bgDialog.getByLabel('Show layer WALLS').uncheck();
  await expect.poll(() => readJson(file).halls[hall.id].background.hiddenLayers).toEqual(['FURNITURE', 'WALLS']);
  await bgDialog.getByLabel('Show layer WALLS').check();
  await expect.poll(() => readJson(file).halls[hall.id].background.hiddenLayers).toEqual(['FURNITURE']);
  await bgDialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await palette.getByRole('button', { name: 'Zoom to fit' }).click();
  await page.screenshot({ path: '.tmp/shots/cad-plan-en.png' });
});
