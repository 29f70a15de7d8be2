import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, waitForReady } from './support/fixtures';

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
  await page.getByRole('menuitem', { name: 'File' }).hover();
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
  const fields = page.getByTestId('priority-fields');
  const before = Number(await fields.getByTestId('priority-points').getAttribute('data-points'));
  await expect(fields.getByTestId('priority-points')).toContainText('= years');
  await fields.getByRole('combobox', { name: 'Sponsorship' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'Gold' }).click();
  await page.locator('.ant-drawer').getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => (readJson(path) as typeof show).exhibitors[id]!.allocation.sponsorship).toBe('gold');
  // Gold is worth 35 points by the default rules.
  await page.getByRole('button', { name: `Edit ${ex.name.en}` }).click();
  await expect(page.getByTestId('priority-points')).toHaveAttribute('data-points', String(Math.round((before + 35) * 10) / 10));
});
