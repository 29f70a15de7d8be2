import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import type { Facility } from '../../shared/model/entities';
import type { Project } from '../../shared/model/project';

/**
 * Facilities are selected and edited as facilities: a click on one on the plan opens the
 * facility inspector (not a booth form, no booth selected), its kind and labels are edited
 * there and saved, a drag moves it, and undo takes each step back. A free text label placed
 * with the facility tool is found and edited the same way.
 */

const readJson = (path: string): Project => JSON.parse(readFileSync(path, 'utf8')) as Project;
const samplePath = (docs: string) => join(docs, 'Pavilion', 'China-ASEAN Expo sample.pavilion.json');
const HALL = 'hall_mcz47wnxku'; // A1
const DESK = 'fac_mflulht81c'; // A1's service desk, 6 × 2.5 m at (43, 4), on open floor

async function hallPoint(page: Page, x: number, y: number) {
  const p = await page.evaluate(([h, px, py]) => window.__pavilionCanvas!.worldToScreen(h as string, px as number, py as number), [HALL, x, y] as const);
  expect(p).not.toBeNull();
  return p!;
}

const centre = (f: Facility) => {
  const s = f.shape as { x: number; y: number; w: number; h: number };
  return [s.x + s.w / 2, s.y + s.h / 2] as const;
};

/** Picks an entry of the open Ant Design select by its title (scrolling its virtual list to the end first when it is not drawn). */
async function pick(page: Page, title: string) {
  const option = page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${title}"]`);
  for (let i = 0; i < 5 && (await option.count()) === 0; i++) {
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').last().hover();
    await page.mouse.wheel(0, 200);
  }
  await option.click();
}

const saved = (page: Page) => expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

test('a facility clicked on the plan is edited in the facility inspector, saved, moved and undone', async ({ page, host }) => {
  await openApp(page, host);
  const file = samplePath(host.documentsDir);
  await page.getByRole('button', { name: /Hall 1/ }).first().click();
  await saved(page);
  const original = readJson(file).facilities[DESK]!;
  const canvas = page.getByTestId('floor-canvas');
  const inspector = page.getByTestId('facility-inspector');
  const undo = async () => {
    await canvas.focus();
    await page.keyboard.press('Control+z');
  };

  // A click on the desk selects the desk, as a facility: no booth is selected.
  const [cx, cy] = centre(original);
  const at = await hallPoint(page, cx, cy);
  await page.mouse.click(at.x, at.y);
  await expect(inspector).toHaveAttribute('data-facility-id', DESK);
  await expect(canvas).toHaveAttribute('data-selected', '');
  await expect(page.getByRole('region', { name: 'Inspector' }).getByLabel('Booth number')).toHaveCount(0);

  // Its English and Chinese labels and its kind, each saved.
  const en = inspector.getByLabel('Label (English)');
  await en.fill('Information');
  await en.press('Enter');
  await expect.poll(() => readJson(file).facilities[DESK]!.label.en).toBe('Information');
  const zh = inspector.getByLabel('Label (Chinese)');
  await zh.fill('问讯处');
  await zh.press('Enter');
  await expect.poll(() => readJson(file).facilities[DESK]!.label.zh).toBe('问讯处');
  await inspector.getByLabel('Facility kind').click();
  await pick(page, 'First aid');
  await expect.poll(() => readJson(file).facilities[DESK]!.kind).toBe('first-aid');
  await expect(inspector).toHaveAttribute('data-facility-id', DESK);
  await page.screenshot({ path: '.tmp/shots/facility-inspector-en.png' });

  // A drag moves it (the desk, not some booth), one step.
  const to = await hallPoint(page, cx + 4, cy);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move((at.x + to.x) / 2, at.y, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => (readJson(file).facilities[DESK]!.shape as { x: number }).x).toBeGreaterThan(45);
  await expect(inspector).toHaveAttribute('data-facility-id', DESK);

  // Undo takes back the move, the kind and both labels, one step each.
  await undo();
  await expect.poll(() => (readJson(file).facilities[DESK]!.shape as { x: number }).x).toBe(43);
  await undo();
  await expect.poll(() => readJson(file).facilities[DESK]!.kind).toBe('service-desk');
  await undo();
  await expect.poll(() => readJson(file).facilities[DESK]!.label.zh).toBe(original.label.zh);
  await undo();
  await expect.poll(() => readJson(file).facilities[DESK]).toEqual(original);

  // Shift-click adds the desk to a booth selection; dragging the desk then moves both, as one
  // selection (pressing a facility that is already selected keeps the selection).
  const booth = Object.values(readJson(file).booths).find((b) => b.number === 'A1-204')!;
  const by = (booth.shape as { y: number }).y;
  const bp = await page.evaluate((id) => window.__pavilionCanvas!.boothScreenPoint(id), booth.id);
  await page.mouse.click(bp!.x, bp!.y);
  await expect(canvas).toHaveAttribute('data-selected', booth.id);
  await page.keyboard.down('Shift');
  await page.mouse.click(at.x, at.y);
  await page.keyboard.up('Shift');
  await expect(canvas).toHaveAttribute('data-selected', booth.id);
  await expect(page.getByTestId('facility-inspector')).toHaveCount(0); // two things selected: the summary, not one form
  const up = await hallPoint(page, cx, cy - 3);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x, (at.y + up.y) / 2, { steps: 4 });
  await page.mouse.move(up.x, up.y, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => (readJson(file).facilities[DESK]!.shape as { y: number }).y).toBeLessThan(2);
  expect((readJson(file).booths[booth.id]!.shape as { y: number }).y).toBeLessThan(by - 2);
  await expect(canvas).toHaveAttribute('data-selected', booth.id);
  await undo();
  await expect.poll(() => readJson(file).facilities[DESK]).toEqual(original);
  expect((readJson(file).booths[booth.id]!.shape as { y: number }).y).toBe(by);
});

test('a text label placed on the plan is selected with a click and edited like any facility (English and Chinese)', async ({ page, host }) => {
  await openApp(page, host);
  const file = samplePath(host.documentsDir);
  await page.getByRole('button', { name: /Hall 1/ }).first().click();
  await saved(page);
  const before = Object.keys(readJson(file).facilities);
  const palette = page.getByRole('toolbar', { name: 'Editing tools' });
  const canvas = page.getByTestId('floor-canvas');

  await palette.getByRole('button', { name: 'Facility', exact: true }).click();
  await page.getByRole('combobox', { name: 'Facility kind' }).click();
  await pick(page, 'Label');
  await page.getByPlaceholder('Label (English)').fill('Lounge');
  const spot = await hallPoint(page, 60, 6);
  await page.mouse.click(spot.x, spot.y);
  await expect.poll(() => Object.keys(readJson(file).facilities).length).toBe(before.length + 1);
  const label = Object.values(readJson(file).facilities).find((f) => !before.includes(f.id))!;
  expect(label).toMatchObject({ kind: 'label', hallId: HALL, label: { en: 'Lounge' } });

  // Back to the select tool; clear the selection, then click the label.
  await palette.getByRole('button', { name: 'Select', exact: true }).click();
  await canvas.focus();
  await page.keyboard.press('Escape');
  const [lx, ly] = centre(label);
  const lp = await hallPoint(page, lx, ly);
  await page.mouse.click(lp.x, lp.y);
  const inspector = page.getByTestId('facility-inspector');
  await expect(inspector).toHaveAttribute('data-facility-id', label.id);
  await expect(canvas).toHaveAttribute('data-selected', '');
  const en = inspector.getByLabel('Label (English)');
  await en.fill('VIP Lounge');
  await en.press('Enter');
  await expect.poll(() => readJson(file).facilities[label.id]!.label.en).toBe('VIP Lounge');
  await page.screenshot({ path: '.tmp/shots/facility-label-en.png' });

  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByRole('option', { name: '中文' }).click();
  const zh = page.getByTestId('facility-inspector').getByLabel('标注（中文）');
  await zh.fill('贵宾休息室');
  await zh.press('Enter');
  await expect.poll(() => readJson(file).facilities[label.id]!.label.zh).toBe('贵宾休息室');
  await page.screenshot({ path: '.tmp/shots/facility-label-zh.png' });

  await canvas.focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => readJson(file).facilities[label.id]!.label.zh).toBe('');
  await page.keyboard.press('Control+z');
  await expect.poll(() => readJson(file).facilities[label.id]!.label.en).toBe('Lounge');
});
