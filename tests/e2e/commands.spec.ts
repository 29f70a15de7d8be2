import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import type { Project } from '../../shared/model/project';
import { COMMAND_CATALOG, type Shortcut } from '../../shared/commands/catalog';

/**
 * Every editing command of the registry, run from each place it is offered (arrange bar or
 * palette button, the plan's right-click menu, its shortcut) on the sample show, each checked
 * in the saved file and taken back with undo. Nothing in the shortcut help is out of reach.
 */

const readJson = (path: string): Project => JSON.parse(readFileSync(path, 'utf8')) as Project;
const samplePath = (docs: string) => join(docs, 'Pavilion', 'China-ASEAN Expo sample.pavilion.json');

// Hall A1 of the sample: a row of free 3 × 3 m booths, and two big ones above it.
const B204 = 'b_a64iv5z895'; // A1-204, free, x 14
const B206 = 'b_fkbqe34hlr'; // A1-206, free, x 20
const B207 = 'b_142l6ht4t2'; // A1-207, free, x 23
const B210 = 'b_5aei8fzvas'; // A1-210, free, x 40
const HALL = 'hall_mcz47wnxku';
const ENTRANCE = 'fac_2o8g4em4ok';

/** Watches the console and the network for anything going wrong while the test runs. */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()}: ${r.url()}`);
  });
  return problems;
}

async function boothPoint(page: Page, id: string) {
  const p = await page.evaluate((b) => window.__pavilionCanvas!.boothScreenPoint(b), id);
  expect(p, `booth ${id} on screen`).not.toBeNull();
  return p!;
}

/** Selects booths by clicking them (Shift for the rest). */
async function selectBooths(page: Page, ids: string[]) {
  await page.keyboard.press('Escape');
  for (const [i, id] of ids.entries()) {
    const p = await boothPoint(page, id);
    if (i === 0) await page.mouse.click(p.x, p.y);
    else {
      await page.keyboard.down('Shift');
      await page.mouse.click(p.x, p.y);
      await page.keyboard.up('Shift');
    }
  }
  await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', ids.join(','));
}

type Route = 'toolbar' | 'context' | 'shortcut';

async function invoke(page: Page, id: string, route: Route, label: string, on: string) {
  if (route === 'toolbar') {
    await page.locator(`button[data-command="${id}"]`).first().click();
  } else if (route === 'context') {
    const p = await boothPoint(page, on);
    await page.mouse.click(p.x, p.y, { button: 'right' });
    await page.getByRole('menuitem', { name: label }).click();
  } else {
    const s: Shortcut = COMMAND_CATALOG.find((c) => c.id === id)!.shortcuts[0]!;
    const key = `${s.mod ? 'Control+' : ''}${s.shift ? 'Shift+' : ''}${s.key.length === 1 ? s.key.toUpperCase() : s.key}`;
    await page.getByTestId('floor-canvas').focus();
    await page.keyboard.press(key);
  }
}

const saved = (page: Page) => expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

interface Case {
  id: string;
  select: string[];
  /** What the saved file shows once the command ran. */
  check(before: Project, after: Project): boolean;
}

const shape = (p: Project, id: string) => p.booths[id]?.shape as { x: number; y: number; w: number; h: number; rotation: number } | undefined;
/** The booths as sorted JSON: undo restores content, not the order keys were written in. */
const canonBooths = (p: Project) => JSON.stringify(Object.entries(p.booths).sort(([a], [b]) => a.localeCompare(b)));
const countBooths = (p: Project) => Object.keys(p.booths).length;
const moved = (ids: string[]) => (a: Project, b: Project) => ids.some((id) => JSON.stringify(shape(a, id)) !== JSON.stringify(shape(b, id)));

const CASES: Case[] = [
  { id: 'edit.nudgeLeft', select: [B204], check: (a, b) => shape(b, B204)!.x < shape(a, B204)!.x },
  { id: 'edit.nudgeRight', select: [B204], check: (a, b) => shape(b, B204)!.x > shape(a, B204)!.x },
  { id: 'edit.nudgeUp', select: [B204], check: (a, b) => shape(b, B204)!.y < shape(a, B204)!.y },
  { id: 'edit.nudgeDown', select: [B204], check: (a, b) => shape(b, B204)!.y > shape(a, B204)!.y },
  { id: 'edit.rotate', select: [B204], check: (a, b) => shape(b, B204)!.rotation !== shape(a, B204)!.rotation },
  { id: 'edit.duplicate', select: [B204], check: (a, b) => countBooths(b) === countBooths(a) + 1 },
  { id: 'edit.split', select: [B204], check: (a, b) => countBooths(b) === countBooths(a) + 1 && shape(b, B204)?.w !== shape(a, B204)!.w },
  { id: 'edit.merge', select: [B206, B207], check: (a, b) => countBooths(b) === countBooths(a) - 1 },
  { id: 'edit.alignLeft', select: [B204, B210], check: moved([B204, B210]) },
  { id: 'edit.alignCentre', select: [B204, B210], check: moved([B204, B210]) },
  { id: 'edit.alignRight', select: [B204, B210], check: moved([B204, B210]) },
  { id: 'edit.alignTop', select: [B204, 'b_9ndz3ua8t5'], check: moved([B204, 'b_9ndz3ua8t5']) },
  { id: 'edit.alignMiddle', select: [B204, 'b_9ndz3ua8t5'], check: moved([B204, 'b_9ndz3ua8t5']) },
  { id: 'edit.alignBottom', select: [B204, 'b_9ndz3ua8t5'], check: moved([B204, 'b_9ndz3ua8t5']) },
  { id: 'edit.distributeH', select: [B204, B206, B210], check: moved([B206]) },
  { id: 'edit.distributeV', select: [B204, 'b_9ndz3ua8t5', B210], check: moved([B204, 'b_9ndz3ua8t5', B210]) },
  { id: 'edit.delete', select: [B204], check: (a, b) => !b.booths[B204] && countBooths(b) === countBooths(a) - 1 },
];

test('every registry command from its button, the context menu and its shortcut, checked in the saved file', async ({ page, host }) => {
  test.setTimeout(480_000);
  const problems = watchProblems(page);
  await openApp(page, host);
  const file = samplePath(host.documentsDir);
  await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
  // Hall A1 fills the screen, so its booths are big enough to click.
  await page.getByRole('button', { name: /Hall 1/ }).first().click();
  await saved(page);

  for (const c of CASES) {
    const spec = COMMAND_CATALOG.find((x) => x.id === c.id)!;
    const label = spec.label.en;
    const routes: Route[] = [];
    if ((await page.locator(`button[data-command="${c.id}"]`).count()) > 0) routes.push('toolbar');
    if ('context' in spec) routes.push('context');
    if (spec.shortcuts.length) routes.push('shortcut');
    for (const route of routes) {
      await selectBooths(page, c.select);
      await saved(page);
      const before = readJson(file);
      await invoke(page, c.id, route, label, c.select[0]!);
      await expect.poll(() => c.check(before, readJson(file)), { message: `${c.id} via ${route}` }).toBe(true);
      await page.getByTestId('floor-canvas').focus();
      await page.keyboard.press('Control+z');
      await expect.poll(() => canonBooths(readJson(file)), { message: `undo of ${c.id} via ${route}` }).toBe(canonBooths(before));
    }
  }

  // Copy and paste: the copy lands beside the original, not on it.
  for (const route of ['toolbar', 'shortcut'] as Route[]) {
    await selectBooths(page, [B204]);
    await saved(page);
    const before = readJson(file);
    await invoke(page, 'edit.copy', route, 'Copy', B204);
    await invoke(page, 'edit.paste', route, 'Paste', B204);
    await expect.poll(() => countBooths(readJson(file))).toBe(countBooths(before) + 1);
    const after = readJson(file);
    const copy = Object.values(after.booths).find((b) => !before.booths[b.id])!;
    const s = copy.shape as { x: number; y: number };
    const o = shape(before, B204)!;
    expect(Math.abs(s.x - o.x) >= 3 || Math.abs(s.y - o.y) >= 3).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(() => countBooths(readJson(file))).toBe(countBooths(before));
  }

  // Select all: the booths of the hall on screen only.
  await page.getByTestId('floor-canvas').focus();
  await page.keyboard.press('Control+a');
  const sample = readJson(file);
  const inHall = Object.values(sample.booths).filter((b) => b.hallId === HALL).length;
  await expect.poll(async () => (await page.getByTestId('floor-canvas').getAttribute('data-selected'))!.split(',').length).toBe(inHall);

  // Deleting a taken booth asks first; cancelling keeps it.
  const taken = Object.values(sample.booths).find((b) => b.hallId === HALL && b.status === 'assigned')!;
  await selectBooths(page, [taken.id]);
  await page.keyboard.press('Delete');
  const ask = page.getByRole('dialog', { name: 'Delete booths that are taken?' });
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await saved(page);
  expect(readJson(file).booths[taken.id]).toBeDefined();

  // Delete the hall with its booths from the context menu on its floor, then undo.
  await page.keyboard.press('Escape');
  const floor = await page.evaluate((h) => window.__pavilionCanvas!.worldToScreen(h, 2, 2), HALL);
  await page.mouse.click(floor!.x, floor!.y, { button: 'right' });
  await page.getByRole('menuitem', { name: 'Delete hall' }).click();
  await page.getByRole('dialog', { name: /Delete hall A1/ }).getByRole('button', { name: 'Delete' }).click();
  await expect.poll(() => readJson(file).halls[HALL]).toBeUndefined();
  expect(Object.values(readJson(file).booths).some((b) => b.hallId === HALL)).toBe(false);
  await page.keyboard.press('Control+z');
  await expect.poll(() => Object.values(readJson(file).booths).filter((b) => b.hallId === HALL).length).toBe(inHall);

  // A facility: selected on the plan, its label edited in the inspector.
  await page.keyboard.press('Escape');
  const fac = sample.facilities[ENTRANCE]!;
  const fs = fac.shape as { x: number; y: number; w: number; h: number };
  const fp = await page.evaluate(([h, x, y]) => window.__pavilionCanvas!.worldToScreen(h as string, x as number, y as number), [HALL, fs.x + fs.w / 2, fs.y + fs.h / 2] as const);
  await page.mouse.click(fp!.x, fp!.y);
  const label = page.getByTestId('facility-inspector').getByLabel('Label (English)');
  await label.fill('North Entrance');
  await label.press('Enter');
  await expect.poll(() => readJson(file).facilities[ENTRANCE]!.label.en).toBe('North Entrance');

  // Every command of the help is offered somewhere: a button, the context menu or a key.
  await page.keyboard.press('F1');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help.getByRole('row')).toHaveCount(COMMAND_CATALOG.length + 4);
  await page.keyboard.press('Escape');

  expect(problems).toEqual([]);
});

test('clicking ten booths in a row leaves one booth form, holding the last one', async ({ page, host }) => {
  await openApp(page, host);
  const file = samplePath(host.documentsDir);
  await page.getByRole('button', { name: /Hall 1/ }).first().click();
  const doc = readJson(file);
  const row = Object.values(doc.booths)
    .filter((b) => b.hallId === HALL && (b.shape as { y: number }).y === 25)
    .slice(0, 10);
  expect(row).toHaveLength(10);
  for (const b of row) {
    const p = await boothPoint(page, b.id);
    await page.mouse.click(p.x, p.y);
    await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', b.id);
  }
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector.getByLabel('Booth number')).toHaveCount(1);
  await expect(inspector.getByLabel('Booth number')).toHaveValue(row.at(-1)!.number);
});

test('booth numbers are drawn where a 3 m booth is 28 px wide (English and Chinese)', async ({ page, host }, info) => {
  const problems = watchProblems(page);
  await openApp(page, host);
  await page.getByRole('button', { name: /Hall 1/ }).first().click();
  for (const lang of ['en', 'zh-CN'] as const) {
    if (lang === 'zh-CN') {
      await page.getByRole('combobox', { name: 'Language' }).click();
      await page.getByRole('option', { name: '中文' }).click();
    }
    await page.evaluate(() => window.__pavilionCanvas!.setScale(28 / 3));
    await expect(page.getByTestId('zoom')).toContainText('187%');
    const shot = await page.getByTestId('floor-canvas').screenshot();
    await info.attach(`labels-28px-${lang}`, { body: shot, contentType: 'image/png' });
  }
  expect(problems).toEqual([]);
});
