import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './support/fixtures';

async function switchView(page: Page, name: string) {
  await page.locator('.ws-switch label').filter({ has: page.getByRole('radio', { name }) }).click();
}

async function pickOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option }).first().click();
  await page.keyboard.press('Escape');
}

test('the show-wide history: filter by person and kind, export what is shown, go to the booth', async ({ page, host }) => {
  await openApp(page, host);
  const show = JSON.parse(readFileSync(await page.locator('body').getAttribute('data-project-path').then((p) => p!), 'utf8')) as { history: { by: string; action: string }[] };
  await switchView(page, 'History');
  const view = page.getByTestId('history-view');
  const count = page.getByTestId('history-count');
  await expect(count).toHaveAttribute('data-shown', String(show.history.length));
  await pickOption(page, 'Filter by person', '李娜');
  const byLi = show.history.filter((h) => h.by === '李娜');
  await expect(count).toHaveAttribute('data-shown', String(byLi.length));
  await pickOption(page, 'Filter by kind of change', 'Assigned');
  const liAssigned = byLi.filter((h) => h.action === 'assign');
  await expect(count).toHaveAttribute('data-shown', String(liAssigned.length));

  const download = page.waitForEvent('download');
  await view.getByRole('button', { name: 'Export CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trim().split(/\r\n/);
  expect(lines[0]).toBe('When,Who,Change,Booth,Exhibitor,Detail');
  expect(lines).toHaveLength(liAssigned.length + 1);
  expect(lines.slice(1).every((l) => l.includes(',李娜,Assigned,'))).toBe(true);

  // A row leads to its booth on the plan.
  // Rows are virtual (divs, not table rows): the fourth cell is the booth.
  const first = view.locator('.ant-table-row').first();
  const booth = (await first.locator('.ant-table-cell').nth(3).textContent())!;
  await first.click();
  await expect(page.getByTestId('history-view')).toHaveCount(0);
  await expect(page.getByTestId('plan-drop')).toBeVisible();
  await expect(page.getByLabel('Booth number')).toHaveValue(booth);
});

test('warnings come grouped by kind and hall with counts, each once, and lead to the booths', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('tab', { name: 'Warnings' }).click();
  const panel = page.getByTestId('warnings-panel');
  const total = Number(await page.getByTestId('warnings-count').getAttribute('data-total'));
  expect(total).toBeGreaterThan(0);
  const headers = panel.locator('.ant-collapse-header [data-kind]');
  const kinds = await headers.evaluateAll((els) => els.map((e) => `${e.getAttribute('data-kind')}|${e.getAttribute('data-hall')}`));
  expect(new Set(kinds).size).toBe(kinds.length);
  // Narrow to one kind: the count follows.
  const kind = kinds[0]!.split('|')[0]!;
  await page.getByRole('combobox', { name: 'Kind of warning' }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await page.keyboard.press('Escape');
  await expect(headers.first()).toHaveAttribute('data-kind', kind);
  await expect(panel.locator(`.ant-collapse-header [data-kind]:not([data-kind="${kind}"])`)).toHaveCount(0);
  // Open the group, click a warning: its booths are selected.
  await headers.first().click();
  await panel.getByTestId('warning-list').locator('.ant-list-item').first().click();
  // The inspector leaves the show's settings for the booths selected.
  await expect(page.getByRole('heading', { name: 'Show settings' })).toHaveCount(0);
});
