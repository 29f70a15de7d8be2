import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { hallDxf } from './support/cad';
import { expect, openApp, test } from './support/fixtures';
import { drag, newProject, readJson } from './support/plan';

test('import a DXF in millimetres: size in metres, units, layers; a DWG is explained', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openApp(page, host);
  const file = await newProject(page, host.documentsDir, { zh: '图纸测试', en: 'Drawing test', file: 'cad' });
  const palette = page.getByRole('toolbar', { name: 'Editing tools' });
  const canvas = page.getByTestId('floor-canvas');
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await palette.getByRole('button', { name: 'Hall' }).click();
  await drag(page, { x: cx - 250, y: cy - 200 }, { x: cx + 250, y: cy + 200 });
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

/** An outline's corners to the centimetre, in any order and turn. */
const outlineOf = (pts: [number, number][]) => pts.map(([x, y]) => `${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`).sort();

interface SavedBooth {
  number: string;
  hallId: string;
  shape: { type: string; x: number; y: number; w: number; h: number };
}

test('convert a DXF in millimetres: walls to the hall outline, 20 numbered booths, a column picked on the plan; one undo each', async ({ page, host }) => {
  test.setTimeout(180_000);
  await openApp(page, host);
  const file = await newProject(page, host.documentsDir, { zh: '图纸测试', en: 'Drawing test', file: 'cad' });
  const palette = page.getByRole('toolbar', { name: 'Editing tools' });
  const canvas = page.getByTestId('floor-canvas');
  const box = (await canvas.boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  // Convert is offered only once a hall has a CAD drawing.
  await expect(palette.getByRole('button', { name: 'Convert drawing' })).toBeDisabled();
  await palette.getByRole('button', { name: 'Hall' }).click();
  await drag(page, { x: cx - 200, y: cy - 150 }, { x: cx + 200, y: cy + 150 });
  const hallDialog = page.getByRole('dialog', { name: 'New hall' });
  await hallDialog.getByLabel('Code (booth number prefix)').fill('C');
  await hallDialog.getByRole('button', { name: 'Add hall' }).click();
  await expect.poll(() => Object.values(readJson(file).halls).length).toBe(1);
  const hallId = (Object.values(readJson(file).halls)[0] as { id: string }).id;

  await palette.getByRole('button', { name: 'Background' }).click();
  await page.getByRole('dialog', { name: 'Venue drawing' }).getByLabel('Import PNG, JPEG, PDF or CAD (DXF)…').setInputFiles({ name: 'hall.dxf', mimeType: 'application/dxf', buffer: hallDxf() });
  const cad = page.getByRole('dialog', { name: /Import CAD drawing — hall\.dxf/ });
  await expect(cad.getByTestId('dxf-size')).toHaveText('Size: 48.2 m × 31.0 m');
  await cad.getByLabel('Show layer FURNITURE').uncheck();
  await cad.getByRole('button', { name: 'Place under hall C' }).click();
  await expect.poll(() => readJson(file).halls[hallId].background?.hiddenLayers ?? null).toEqual(['FURNITURE']);

  // 1. The outer walls become the hall's outline (the drawn hall was smaller than the drawing).
  await palette.getByRole('button', { name: 'Convert drawing' }).click();
  let dialog = page.getByRole('dialog', { name: 'Convert drawing — hall C' });
  // The booth layer is guessed from its name.
  await expect(dialog.getByLabel('Convert layer BOOTHS')).toBeChecked();
  await dialog.getByLabel('Convert layer BOOTHS').uncheck();
  await expect(dialog.getByTestId('convert-preview')).toContainText('Nothing chosen yet');
  await dialog.getByLabel('Convert layer WALLS').check();
  await dialog.getByRole('radio', { name: 'Hall outline' }).check();
  await expect(dialog.getByTestId('convert-made')).toHaveText("The hall's outline will follow the largest closed outline");
  await dialog.getByRole('button', { name: 'Set the hall outline' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => outlineOf(readJson(file).halls[hallId].outline)).toEqual(['0,0', '0,31', '48.2,0', '48.2,31']);

  // 2. Booths from the booth layer: numbers from the text inside; the open polyline skipped with its reason.
  await palette.getByRole('button', { name: 'Convert drawing' }).click();
  dialog = page.getByRole('dialog', { name: 'Convert drawing — hall C' });
  await dialog.getByLabel('Convert layer WALLS').uncheck();
  await dialog.getByLabel('Convert layer BOOTHS').check();
  await dialog.getByRole('radio', { name: 'Booths' }).check();
  await expect(dialog.getByTestId('convert-made')).toHaveText('20 booths will be made');
  await expect(dialog.getByTestId('convert-numbers')).toHaveText('20 numbered from the text inside, 0 by the scheme');
  await expect(dialog.getByTestId('convert-skipped')).toContainText('1 path skipped:');
  await expect(dialog.getByTestId('convert-skipped')).toContainText('1 open polyline (its ends do not meet)');
  await page.screenshot({ path: '.tmp/shots/cad-convert-en.png' });
  await dialog.getByRole('button', { name: 'Make 20 booths' }).click();
  await expect(dialog).toBeHidden();

  const booths = () => Object.values(readJson(file).booths as Record<string, SavedBooth>);
  await expect.poll(() => booths().length).toBe(20);
  const saved = booths().sort((a, b) => a.number.localeCompare(b.number));
  expect(saved.map((b) => b.number)).toEqual(Array.from({ length: 20 }, (_, i) => `C${101 + i}`));
  saved.forEach((b, i) => {
    // DXF y runs up: row 0 (6–9 m from the bottom) lies 22–25 m from the hall's top (31 m).
    const col = i % 10;
    const row = Math.floor(i / 10);
    expect(b.hallId).toBe(hallId);
    expect(b.shape.type).toBe('rect');
    expect(Math.abs(b.shape.x - (4 + 3 * col))).toBeLessThanOrEqual(0.01);
    expect(Math.abs(b.shape.y - (22 - 9 * row))).toBeLessThanOrEqual(0.01);
    expect(Math.abs(b.shape.w - 3)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(b.shape.h - 3)).toBeLessThanOrEqual(0.01);
  });
  await palette.getByRole('button', { name: 'Zoom to fit' }).click();
  await page.screenshot({ path: '.tmp/shots/cad-converted-en.png' });

  // One undo takes all 20 away; one redo brings them back.
  await canvas.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => booths().length).toBe(0);
  await expect.poll(() => outlineOf(readJson(file).halls[hallId].outline)).toEqual(['0,0', '0,31', '48.2,0', '48.2,31']);
  await page.keyboard.press('Control+Shift+z');
  await expect.poll(() => booths().length).toBe(20);

  // 3. A column picked on the plan: a rectangle takes every outline inside it, a click the one around it.
  const at = (x: number, y: number) => page.evaluate(([h, px, py]) => window.__pavilionCanvas!.worldToScreen(h as string, px as number, py as number)!, [hallId, x, y] as const);
  await palette.getByRole('button', { name: 'Convert drawing' }).click();
  dialog = page.getByRole('dialog', { name: 'Convert drawing — hall C' });
  await dialog.getByRole('radio', { name: 'Picked on the plan' }).check();
  await expect(dialog.getByTestId('convert-picked')).toHaveText('0 paths picked');
  await dialog.getByRole('button', { name: 'Pick on the plan…' }).click();
  await expect(page.getByTestId('convert-pick-hint')).toBeVisible();
  // The column block at (2 m, 2 m) from the drawing's bottom: a circle and its hatch's square.
  const a = await at(1.2, 28.2);
  const b = await at(2.8, 29.8);
  await drag(page, a, b);
  await expect(dialog.getByTestId('convert-picked')).toHaveText('2 paths picked');
  // Picking again shows what is picked so far; Escape goes back with the pick kept.
  await dialog.getByRole('button', { name: 'Pick on the plan…' }).click();
  await expect(page.getByTestId('convert-pick-hint')).toBeVisible();
  await page.screenshot({ path: '.tmp/shots/cad-pick-en.png' });
  await page.keyboard.press('Escape');
  await expect(dialog.getByTestId('convert-picked')).toHaveText('2 paths picked');
  await dialog.getByRole('button', { name: 'Clear' }).click();
  await dialog.getByRole('button', { name: 'Pick on the plan…' }).click();
  const c = await at(11, 29);
  await page.mouse.click(c.x, c.y);
  await expect(dialog.getByTestId('convert-picked')).toHaveText('1 path picked');
  await dialog.getByRole('radio', { name: 'Columns' }).check();
  await expect(dialog.getByTestId('convert-made')).toHaveText('1 column will be made');
  await dialog.getByRole('button', { name: 'Make 1 column' }).click();
  await expect(dialog).toBeHidden();
  await expect.poll(() => Object.values(readJson(file).facilities as Record<string, { kind: string }>).filter((f) => f.kind === 'column').length).toBe(1);
  const column = Object.values(readJson(file).facilities as Record<string, { kind: string; shape: { x: number; y: number; w: number; h: number } }>).find((f) => f.kind === 'column')!;
  expect(Math.abs(column.shape.x - 10.6)).toBeLessThanOrEqual(0.01);
  expect(Math.abs(column.shape.y - 28.6)).toBeLessThanOrEqual(0.01);
  expect(Math.abs(column.shape.w - 0.8)).toBeLessThanOrEqual(0.01);

  // 4. Drawing tools snap to the drawing: with the grid off, a booth dragged a few pixels off the
  // corners of the open polyline (40–43 m × 4–7 m) lands on them exactly.
  await palette.getByRole('button', { name: 'Booth', exact: true }).click();
  await page.getByRole('group', { name: 'Tool options' }).getByLabel('Grid').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Off"]').click();
  await expect(page.getByLabel('Snap to drawing')).toBeChecked();
  const p0 = await at(40, 4);
  const p1 = await at(43, 7);
  await page.mouse.move(p0.x + 3, p0.y - 2);
  await page.screenshot({ path: '.tmp/shots/cad-snap-en.png' });
  await drag(page, { x: p0.x + 3, y: p0.y - 2 }, { x: p1.x - 2, y: p1.y + 3 });
  await expect.poll(() => booths().length).toBe(21);
  const drawn = booths().find((b) => !saved.some((c) => c.number === b.number))!;
  expect(drawn.shape).toMatchObject({ type: 'rect', x: 40, y: 4, w: 3, h: 3 });
  await page.keyboard.press('Escape');
  await palette.getByRole('button', { name: 'Select', exact: true }).click();

  // The same dialog in Chinese.
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: '中文' }).click();
  await page.locator('[data-command="tool.convertDrawing"]').click();
  await expect(page.locator('[data-command="tool.convertDrawing"]')).toHaveAttribute('aria-label', '转换图纸');
  dialog = page.getByRole('dialog', { name: '转换图纸 — 展馆 C' });
  await dialog.getByRole('radio', { name: '所选图层上的全部轮廓' }).check();
  await dialog.getByLabel('转换图层 BOOTHS').check();
  await dialog.getByRole('radio', { name: '展位' }).check();
  await expect(dialog.getByTestId('convert-made')).toHaveText('将生成 0 个展位');
  await expect(dialog.getByTestId('convert-skipped')).toContainText('20 条与展位重叠');
  await page.waitForTimeout(400); // the radio's own transition, for the picture only
  await page.screenshot({ path: '.tmp/shots/cad-convert-zh.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a CAD master plan under the whole site: DXF in millimetres placed at its own scale, drawn beneath the halls, lined up and undone like any drawing', async ({ page, host }) => {
  test.setTimeout(120_000);
  await openApp(page, host);
  const file = await newProject(page, host.documentsDir, { zh: '场地图纸', en: 'Site plan test', file: 'site-cad' });
  const palette = page.getByRole('toolbar', { name: 'Editing tools' });
  const canvas = page.getByTestId('floor-canvas');
  const box = (await canvas.boundingBox())!;
  await palette.getByRole('button', { name: 'Hall' }).click();
  await drag(page, { x: box.x + box.width / 2 - 150, y: box.y + box.height / 2 - 100 }, { x: box.x + box.width / 2 + 150, y: box.y + box.height / 2 + 100 });
  const hallDialog = page.getByRole('dialog', { name: 'New hall' });
  await hallDialog.getByLabel('Code (booth number prefix)').fill('S');
  await hallDialog.getByRole('button', { name: 'Add hall' }).click();
  await expect.poll(() => Object.values(readJson(file).halls).length).toBe(1);

  await palette.getByRole('button', { name: 'Background' }).click();
  const venue = page.getByRole('dialog', { name: 'Venue drawing' });
  await venue.getByLabel('Drawing of').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'The whole site (master plan)' }).first().click();
  await venue.getByLabel('Import PNG, JPEG, PDF or CAD (DXF)…').setInputFiles({ name: 'site.dxf', mimeType: 'application/dxf', buffer: hallDxf() });
  const cad = page.getByRole('dialog', { name: /Import CAD drawing — site\.dxf/ });
  await expect(cad.getByTestId('dxf-size')).toHaveText('Size: 48.2 m × 31.0 m');
  await cad.getByLabel('Show layer FURNITURE').uncheck();
  await cad.getByRole('button', { name: 'Place under the whole site' }).click();
  await expect(cad).toBeHidden();

  await expect.poll(() => readJson(file).settings.site.drawing?.hiddenLayers ?? null).toEqual(['FURNITURE']);
  const saved = readJson(file);
  const site = saved.settings.site.drawing;
  expect(site.metresPerPixel).toBe(0.001);
  expect(saved.assets[site.assetId]).toMatchObject({ mime: 'application/vnd.pavilion.drawing+json', widthPx: 48200, heightPx: 31000 });
  // The hall keeps no drawing of its own: the plan went under the site.
  expect((Object.values(saved.halls)[0] as { background: unknown }).background).toBeNull();

  // Drawn: the site layer (the bottom canvas of the plan) has lines on it.
  await expect(venue).toBeHidden();
  await palette.getByRole('button', { name: 'Zoom to fit' }).click();
  await expect
    .poll(() =>
      page.evaluate(() => {
        const bottom = document.querySelector('[data-testid="floor-canvas"] canvas') as HTMLCanvasElement | null;
        if (!bottom) return 0;
        const data = bottom.getContext('2d')!.getImageData(0, 0, bottom.width, bottom.height).data;
        let inked = 0;
        for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) inked++;
        return inked;
      }),
    )
    .toBeGreaterThan(100);
  await page.screenshot({ path: '.tmp/shots/cad-site-plan-en.png' });

  // One undo takes the master plan away again, with its asset record.
  await page.keyboard.press('Control+z');
  await expect.poll(() => readJson(file).settings.site.drawing).toBeNull();
  expect(Object.keys(readJson(file).assets)).toHaveLength(0);
});
