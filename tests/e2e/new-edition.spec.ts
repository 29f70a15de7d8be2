import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openApp, waitForReady } from './support/fixtures';
import { startHost } from './support/host';

interface Doc {
  booths: Record<string, { status: string; claim: { exhibitorId: string | null } | null }>;
  assignments: Record<string, { boothId: string; exhibitorId: string }>;
  exhibitors: Record<string, { allocation: { yearsExhibited: number } }>;
  settings: { name: { zh: string; en: string } };
}
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Doc;

test('a new edition from the open show, found in the window menu: returning exhibitors have last year\'s booths held for them', async ({ page, host }) => {
  await openApp(page, host);
  const lastPath = (await page.locator('body').getAttribute('data-project-path'))!;
  const last = readJson(lastPath);

  await page.getByRole('button', { name: 'Menu' }).click();
  await page.getByRole('menuitem', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'New edition from this show' }).click();
  const form = page.getByTestId('new-project-form');
  await expect(page.getByRole('dialog', { name: 'New edition from this show' })).toContainText('Returning exhibitors have last year');
  await form.getByLabel('Show name (Chinese)').fill('中国—东盟博览会 2027');
  await form.getByLabel('Show name (English)').fill('China–ASEAN Expo 2027');
  await page.getByRole('button', { name: 'Choose where to save…' }).click();
  const chooser = page.getByTestId('file-chooser');
  await expect(chooser).toHaveAttribute('data-ready', 'true');
  await chooser.getByLabel('Folder or file path').fill(host.documentsDir);
  await chooser.getByLabel('Folder or file path').press('Enter');
  await expect(chooser).toHaveAttribute('data-dir', host.documentsDir);
  await chooser.getByLabel('File name').fill('expo-2027');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const file = join(host.documentsDir, 'expo-2027.pavilion.json');
  await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
  await waitForReady(page);
  await expect(page.getByText('New edition created')).toBeVisible();
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

  const next = readJson(file);
  expect(next.settings.name.en).toBe('China–ASEAN Expo 2027');
  expect(Object.keys(next.assignments)).toHaveLength(0);
  expect(Object.keys(next.exhibitors).sort()).toEqual(Object.keys(last.exhibitors).sort());
  // Every booth assigned last year is held for the same exhibitor; they count one more year.
  const lastOwners = Object.values(last.assignments);
  expect(lastOwners.length).toBeGreaterThan(10);
  for (const a of lastOwners) {
    expect(next.booths[a.boothId]).toMatchObject({ status: 'hold', claim: { exhibitorId: a.exhibitorId } });
    expect(next.exhibitors[a.exhibitorId]!.allocation.yearsExhibited).toBe(last.exhibitors[a.exhibitorId]!.allocation.yearsExhibited + 1);
  }
  // Last year's file is as it was.
  expect(readJson(lastPath)).toEqual(last);
});

test('priority points shown with what makes them, and set per exhibitor', async ({ page, host }) => {
  await openApp(page, host);
  const path = (await page.locator('body').getAttribute('data-project-path'))!;
  const show = readJson(path) as Doc & { exhibitors: Record<string, { name: { en: string }; allocation: { sponsorship: string; priorityOverride: number | null } }> };
  const [id, ex] = Object.entries(show.exhibitors).find(([, e]) => e.allocation.sponsorship === 'none' && e.name.en)!;
  await page.getByRole('tab', { name: 'Exhibitors' }).click();
  await page.getByRole('button', { name: `Edit ${ex.name.en}` }).click();
  await expect(page.getByTestId('exhibitor-drawer')).toBeVisible();
  const fields = page.getByTestId('priority-fields');
  const before = Number(await fields.getByTestId('priority-points').getAttribute('data-points'));
  await expect(fields.getByTestId('priority-points')).toContainText('= years');
  await fields.getByRole('combobox', { name: 'Sponsorship' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Gold' }).click();
  await expect(fields.locator('.ant-select-content, .ant-select-selection-item').first()).toHaveText('Gold');
  await page.locator('.ant-drawer').getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('exhibitor-drawer')).toHaveCount(0);
  await expect.poll(() => (readJson(path) as typeof show).exhibitors[id]!.allocation.sponsorship).toBe('gold');
  // Gold is worth 35 points by the default rules.
  await page.getByRole('button', { name: `Edit ${ex.name.en}` }).click();
  await expect(page.getByTestId('priority-points')).toHaveAttribute('data-points', String(Math.round((before + 35) * 10) / 10));
});

test('space draw: exhibitors called in priority order pick from blocks that fit, one undo per pick; skip and pause', async ({ page }) => {
  const { drawOptions, drawQueue } = await import('../../shared/allocation/space-draw');
  const { loadProjectText } = await import('../../shared/model/load');
  const { generateShow } = await import('../../shared/sample/generate');
  const { withoutAssignments } = await import('../../shared/allocation/clear');
  const { serializeProject } = await import('../../electron/services/project-format');
  // A show at the start of its sale: booths drawn, exhibitors registered, nobody placed yet.
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-draw-'));
  const path = join(dir, 'draw.pavilion.json');
  writeFileSync(path, serializeProject(withoutAssignments(generateShow({ halls: 2, booths: 300, exhibitors: 120, seed: 3 }))));
  const host = await startHost({ project: path });
  try {
    await openApp(page, host);
    await expect(page.locator('body')).toHaveAttribute('data-project-path', path);
    const load = () => {
      const r = loadProjectText(readFileSync(path, 'utf8'));
      if (!r.ok) throw new Error(r.error.code);
      return r.project;
    };
    const show = load();
    const queue = drawQueue(show);
    // Some at the front may have no block left that fits them: staff skip them to the back.
    const first = queue.findIndex((id) => drawOptions(show, id).length > 0);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(queue.length).toBeGreaterThan(first + 2);

    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('menuitem', { name: 'Tools' }).click();
    await page.getByRole('menuitem', { name: 'Space draw' }).click();
    const draw = page.getByTestId('space-draw');
    await expect(draw).toHaveAttribute('data-current', queue[0]!);
    await expect(page.getByTestId('draw-clock')).toBeVisible();
    for (let i = 0; i < first; i++) {
      await draw.getByRole('button', { name: 'Skip (to the back)' }).click();
      await expect(draw).toHaveAttribute('data-current', queue[i + 1]!);
    }

    // The exhibitor whose turn it is picks the best block offered.
    const picker = queue[first]!;
    const best = drawOptions(show, picker)[0]!;
    await draw.getByRole('button', { name: `Pick ${best.numbers.join(', ')}` }).click();
    await expect(draw).toHaveAttribute('data-current', queue[first + 1]!);
    await expect.poll(() => best.boothIds.map((id) => load().assignments[id]?.exhibitorId)).toEqual(best.boothIds.map(() => picker));

    // Skip sends the next to the back; pause stops the clock.
    await draw.getByRole('button', { name: 'Skip (to the back)' }).click();
    await expect(draw).toHaveAttribute('data-current', queue[first + 2]!);
    await draw.getByRole('button', { name: 'Pause' }).click();
    const stopped = await page.getByTestId('draw-clock').textContent();
    await expect(draw.getByRole('button', { name: 'Resume' })).toBeVisible();
    await page.waitForTimeout(1300); // a paused clock must not move: wait past a tick on purpose
    expect(await page.getByTestId('draw-clock').textContent()).toBe(stopped);

    // One undo takes the pick back: the first exhibitor is waiting again.
    await page.getByTestId('floor-canvas').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => best.boothIds.map((id) => load().assignments[id]?.exhibitorId ?? null)).toEqual(best.boothIds.map(() => null));
    await expect(page.getByTestId('draw-next')).toContainText(`${drawQueue(load()).length - 1} waiting`);
  } finally {
    await host.stop();
  }
});
