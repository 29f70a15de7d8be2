import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import { startHost, type RunningHost } from './support/host';
import { createProject } from '../../shared/model/create';
import { newBooth } from '../../shared/editing/factory';
import type { Booth } from '../../shared/model/entities';
import type { Project } from '../../shared/model/project';

const readJson = (path: string): Project => JSON.parse(readFileSync(path, 'utf8')) as Project;

/** A free 10 × 10 m island booth of hall h1 at x, 10. */
const booth = (id: string, number: string, x: number): Booth => ({ ...newBooth({ id, hallId: 'h1', number, shape: { type: 'rect', x, y: 10, w: 10, h: 10, rotation: 0 } }), openSides: [0, 1, 2, 3], type: 'island' });

/** One 70 × 30 m hall "A" with two free 10 × 10 m booths and one zone. */
function smallShow(): Project {
  const p = createProject({ name: { zh: '编辑测试展', en: 'Editing Test Show' } });
  p.halls.h1 = { id: 'h1', name: { zh: '1号馆', en: 'Hall 1' }, code: 'A', level: 1, order: 0, outline: [[0, 0], [70, 0], [70, 30], [0, 30]], placement: { x: 0, y: 0, rotation: 0 }, background: null };
  p.booths.b1 = booth('b1', 'A-001', 5);
  p.booths.b2 = booth('b2', 'A-002', 30);
  p.zones.z1 = { id: 'z1', kind: 'theme', name: { zh: '科技', en: 'Tech Zone' }, color: '#4e79a7', sectors: [], countries: [] };
  return p;
}

async function openShow(page: Page): Promise<{ host: RunningHost; file: string }> {
  const first = await startHost();
  const file = join(first.documentsDir, 'edit.pavilion.json');
  mkdirSync(first.documentsDir, { recursive: true });
  writeFileSync(file, JSON.stringify(smallShow(), null, 2));
  await first.stop({ keepFiles: true });
  const host = await startHost({ dataDir: first.dataDir, documentsDir: first.documentsDir, project: file });
  await openApp(page, host);
  await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
  return { host, file };
}

async function hallPoint(page: Page, x: number, y: number) {
  const p = await page.evaluate(([px, py]) => window.__pavilionCanvas!.worldToScreen('h1', px as number, py as number), [x, y] as const);
  expect(p).not.toBeNull();
  return p!;
}

async function clickBooth(page: Page, id: string) {
  const p = await page.evaluate((b) => window.__pavilionCanvas!.boothScreenPoint(b), id);
  await page.mouse.click(p!.x, p!.y);
  await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', id);
}

const saved = (page: Page) => expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

test('edit a booth in the inspector, resize one by its handle, rename and duplicate a hall', async ({ page }) => {
  test.setTimeout(120_000);
  const { host, file } = await openShow(page);
  try {
    const form = page.getByTestId('booth-edit-form');

    // --- Inspector: a taken number is refused in words, a free one is saved.
    await clickBooth(page, 'b1');
    const number = form.getByLabel('Booth number');
    await number.fill('a-002');
    await number.press('Enter');
    await expect(page.getByText('This booth number is already used in the show.')).toBeVisible();
    await expect(number).toHaveValue('A-001');
    await number.fill('A-101');
    await number.press('Enter');
    await expect.poll(() => readJson(file).booths.b1!.number).toBe('A-101');

    // Size in metres: one side at a time, each one operation.
    const width = form.getByLabel('Width');
    await width.fill('12');
    await width.press('Enter');
    await expect.poll(() => readJson(file).booths.b1!.shape).toMatchObject({ w: 12, h: 10 });
    const depth = form.getByLabel('Depth');
    await depth.fill('6');
    await depth.press('Enter');
    await expect.poll(() => readJson(file).booths.b1!.shape).toMatchObject({ w: 12, h: 6 });

    // Zone from the show's zones; price override, then back to the rate card.
    await form.getByLabel('Zone').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Tech Zone' }).click();
    await expect.poll(() => readJson(file).booths.b1!.zoneId).toBe('z1');
    const price = form.getByLabel('Price override');
    await price.fill('8800');
    await price.press('Enter');
    await expect.poll(() => readJson(file).booths.b1!.priceOverride).toBe(8800);
    await price.fill('');
    await price.press('Enter');
    await expect.poll(() => readJson(file).booths.b1!.priceOverride).toBeNull();
    // Undo takes back exactly the last edit.
    await page.getByTestId('floor-canvas').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => readJson(file).booths.b1!.priceOverride).toBe(8800);
    await expect.poll(() => readJson(file).booths.b1!.zoneId).toBe('z1');

    // --- Resize by dragging the right-hand handle of booth b2 (x 30..40): snapped to the 0.5 m grid.
    await clickBooth(page, 'b2');
    const handle = await hallPoint(page, 40, 15);
    const to = await hallPoint(page, 44.1, 18);
    // Escape drops a drag in progress: nothing is saved.
    await page.mouse.move(handle.x, handle.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await saved(page);
    expect(readJson(file).booths.b2!.shape).toMatchObject({ x: 30, w: 10 });
    await page.mouse.move(handle.x, handle.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => readJson(file).booths.b2!.shape).toMatchObject({ x: 30, y: 10, w: 14, h: 10 });
    // The undo button names the operation in words (op labels).
    await page.getByRole('button', { name: 'Undo', exact: true }).hover();
    await expect(page.getByRole('tooltip')).toContainText('Undo: Resize booth A-002');

    // --- Halls: rename with a new code (carried into the booth numbers), then duplicate.
    await page.getByRole('tab', { name: 'Halls' }).click();
    await page.getByRole('button', { name: 'Rename hall A' }).click();
    const rename = page.getByRole('dialog', { name: 'Hall A' });
    await rename.getByLabel('Name (English)').fill('Main Hall');
    await rename.getByLabel('Code (booth number prefix)').fill('M');
    await rename.getByLabel('Level').fill('2');
    await rename.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => readJson(file).halls.h1).toMatchObject({ code: 'M', level: 2, name: { zh: '1号馆', en: 'Main Hall' } });
    expect(Object.values(readJson(file).booths).map((b) => b.number).sort()).toEqual(['M-002', 'M-101']);

    await page.getByRole('button', { name: 'Duplicate hall M' }).click();
    const dup = page.getByRole('dialog', { name: 'Duplicate hall M' });
    await expect(dup.getByLabel('Code (booth number prefix)')).toHaveValue('M2');
    await dup.getByLabel('Name (English)').fill('Hall Two');
    await dup.getByRole('button', { name: 'Duplicate' }).click();
    await expect.poll(() => Object.keys(readJson(file).halls).length).toBe(2);
    const doc = readJson(file);
    const copy = Object.values(doc.halls).find((h) => h.id !== 'h1')!;
    expect(copy).toMatchObject({ code: 'M2', name: { en: 'Hall Two' }, order: 1 });
    const copied = Object.values(doc.booths).filter((b) => b.hallId === copy.id);
    expect(copied.map((b) => b.number).sort()).toEqual(['M2-002', 'M2-101']);
    expect(copied.every((b) => b.status === 'available')).toBe(true);

    // Reorder: the copy moves to the front.
    await page.getByRole('button', { name: 'Move hall M2 up' }).click();
    await expect.poll(() => readJson(file).halls[copy.id]!.order).toBe(0);
    expect(readJson(file).halls.h1!.order).toBe(1);
  } finally {
    await host.stop();
  }
});
