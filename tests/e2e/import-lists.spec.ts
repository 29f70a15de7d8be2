import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect, openApp } from './support/fixtures';
import { startHost, type RunningHost } from './support/host';
import { createProject } from '../../shared/model/create';
import type { Project } from '../../shared/model/project';
import { exhibitorList, updatedList, UNKNOWN_COUNTRY, UNKNOWN_SECTOR, type ExhibitorList } from '../support/exhibitor-list';
import { writeGbkCsv, writeUtf8Csv, writeXlsxWithTitle } from '../support/exhibitor-list-files';

const readJson = (path: string): Project => JSON.parse(readFileSync(path, 'utf8')) as Project;
const SHOTS = process.env.PAVILION_SHOTS;

async function emptyShow(host: RunningHost, file: string): Promise<{ host: RunningHost; showPath: string }> {
  const showPath = join(host.documentsDir, file);
  mkdirSync(host.documentsDir, { recursive: true });
  writeFileSync(showPath, JSON.stringify(createProject({ name: { zh: '先进技术展', en: 'Advanced Technology Expo' }, start: '2099-09-01', end: '2099-09-05' }), null, 2));
  const { dataDir, documentsDir } = host;
  await host.stop({ keepFiles: true });
  return { host: await startHost({ dataDir, documentsDir, project: showPath }), showPath };
}

async function pick(page: Page, scope: Locator, label: string, text: string): Promise<void> {
  const box = scope.getByLabel(label, { exact: true });
  await box.click();
  if (await box.isEditable()) await box.fill(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

async function openWizard(page: Page, file: string): Promise<Locator> {
  await page.getByRole('button', { name: 'Import…' }).click();
  const wizard = page.getByTestId('import-wizard');
  await wizard.getByLabel('Spreadsheet file').setInputFiles(file);
  await expect(wizard.getByTestId('import-mapping')).toBeVisible({ timeout: 30_000 });
  return wizard;
}

/** Every row of the list is in the saved show with its name, country, sectors, area and phone. */
function expectAllRows(doc: Project, list: ExhibitorList) {
  const silver = doc.settings.sectors.find((s) => s.name.zh === '银发经济');
  expect(silver?.name.en).toBe('Silver Economy');
  const byExt = new Map(Object.values(doc.exhibitors).map((e) => [e.externalId, e]));
  expect(byExt.size).toBe(list.expected.length);
  for (const e of list.expected) {
    const ex = byExt.get(e.externalId);
    expect(ex && { zh: ex.name.zh, en: ex.name.en, country: ex.country, sectors: ex.sectors, area: ex.requested.areaSqm, phone: ex.contact.phone }, e.externalId).toEqual({
      zh: e.nameZh,
      en: e.nameEn,
      country: e.country,
      sectors: e.sectors.map((s) => (s === 'new:silver' ? silver!.id : s)),
      area: e.areaSqm,
      phone: e.phone,
    });
  }
}

async function finish(wizard: Locator, expected: Record<string, string>): Promise<void> {
  const counts = wizard.getByTestId('import-counts');
  for (const [k, v] of Object.entries(expected)) await expect(counts).toHaveAttribute(`data-${k}`, v, { timeout: 30_000 });
}

test("the office's list in three formats: map two values once, every row right, an update changes only what changed", async ({ page }) => {
  test.setTimeout(240_000);
  const list = exhibitorList();
  const first = await startHost();
  const { host, showPath } = await emptyShow(first, 'expo.pavilion.json');
  try {
    const dir = host.documentsDir;
    writeUtf8Csv(join(dir, '参展商名单-utf8.csv'), list);
    writeGbkCsv(join(dir, '参展商名单-gbk.csv'), list);
    await writeXlsxWithTitle(join(dir, '参展商名单.xlsx'), list);
    const next = updatedList(list);
    writeUtf8Csv(join(dir, '参展商名单-第2周.csv'), next.list);

    await openApp(page, host);
    await page.getByRole('tab', { name: 'Exhibitors' }).click();

    // --- UTF-8 CSV with bilingual cells: two values to map, once each.
    let wizard = await openWizard(page, join(dir, '参展商名单-utf8.csv'));
    await expect(wizard).toContainText('322 rows below the header (row 1)');
    await wizard.getByTestId('import-next').click();
    const values = wizard.getByTestId('import-values');
    await expect(values.locator('tr[data-value]')).toHaveCount(2);
    const countryRow = values.locator(`tr[data-value="${UNKNOWN_COUNTRY}"]`);
    const sectorRow = values.locator(`tr[data-value="${UNKNOWN_SECTOR}"]`);
    const countryRows = list.rows.filter((r) => r[4] === UNKNOWN_COUNTRY).length;
    await expect(countryRow).toContainText(String(countryRows));
    await pick(page, values, `Country for ${UNKNOWN_COUNTRY}`, 'China');
    // The new sector is named from the cell's two languages.
    await expect(values.getByLabel(`Chinese name of new sector for ${UNKNOWN_SECTOR}`)).toHaveValue('银发经济');
    await expect(values.getByLabel(`English name of new sector for ${UNKNOWN_SECTOR}`)).toHaveValue('Silver Economy');
    await expect(sectorRow).toBeVisible();
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'import-values-en.png') });
    await wizard.getByTestId('import-next').click();
    await finish(wizard, { add: '322', rejected: '0', skip: '0' });
    // Chinese companies that share an English name are not duplicates.
    await expect(wizard.getByTestId('import-counts')).toHaveAttribute('data-weak', '0');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'import-review-en.png') });
    await wizard.getByTestId('import-confirm').click();
    await expect(wizard.getByTestId('import-result')).toHaveAttribute('data-added', '322', { timeout: 60_000 });
    await wizard.locator('.ant-modal-footer').getByRole('button', { name: 'Close' }).click();
    expectAllRows(readJson(showPath), list);

    // --- The same list as GBK CSV and as a workbook with a title row: recognised alike, nothing left to map, nothing changes.
    for (const file of ['参展商名单-gbk.csv', '参展商名单.xlsx']) {
      wizard = await openWizard(page, join(dir, file));
      await expect(wizard.getByTestId('import-mode')).toHaveAttribute('data-mode', 'update');
      if (file.endsWith('.xlsx')) await expect(wizard).toContainText('322 rows below the header (row 2)');
      else await expect(wizard).toContainText('gb18030');
      await wizard.getByTestId('import-next').click();
      // The new sector is now one of the show's and recognised by name; the country is remembered.
      await expect(wizard.getByTestId('import-values').locator('tr[data-value]')).toHaveCount(1);
      await expect(wizard.getByTestId('import-values').locator(`tr[data-value="${UNKNOWN_COUNTRY}"]`)).toContainText('remembered');
      await wizard.getByTestId('import-next').click();
      await finish(wizard, { add: '0', update: '0', unchanged: '322', rejected: '0' });
      await expect(wizard.getByTestId('import-confirm')).toBeDisabled();
      await wizard.locator('.ant-modal-footer').getByRole('button', { name: 'Cancel' }).click();
    }

    // --- Next week's list: only the changed fields change, three companies are added, assignments untouched.
    const before = readJson(showPath);
    wizard = await openWizard(page, join(dir, '参展商名单-第2周.csv'));
    await wizard.getByTestId('import-next').click();
    await wizard.getByTestId('import-next').click();
    await finish(wizard, { add: '3', update: String(next.changed.size), rejected: '0' });
    // Each match says why, and what changes field by field.
    await expect(wizard.getByTestId('import-preview')).toContainText('(because: same exhibitor ID)');
    await expect(wizard.getByTestId('row-changes').first()).toContainText(`Chinese name: ${list.rows[0]![2]} → ${next.list.rows[0]![2]}`);
    await expect(wizard.getByTestId('row-changes').nth(1)).toHaveText('no change');
    if (SHOTS) await page.screenshot({ path: join(SHOTS, 'import-update-en.png') });
    await wizard.getByTestId('import-confirm').click();
    await expect(wizard.getByTestId('import-result')).toHaveAttribute('data-merged', String(next.changed.size), { timeout: 60_000 });
    await wizard.locator('.ant-modal-footer').getByRole('button', { name: 'Close' }).click();
    const after = readJson(showPath);
    expectAllRows(after, next.list);
    const byId = (d: Project) => new Map(Object.values(d.exhibitors).map((e) => [e.externalId, e]));
    const [b, a] = [byId(before), byId(after)];
    for (const [ext, ex] of b) {
      const changedFields = next.changed.get(ext) ?? [];
      const now = a.get(ext)!;
      expect(now.id).toBe(ex.id);
      if (!changedFields.length) expect(now, ext).toEqual(ex);
    }

    // One undo takes the update back.
    await page.keyboard.press('Control+z');
    await expect(page.getByTestId('exhibitor-count')).toHaveText('322 of 322 exhibitors');
  } finally {
    await host.stop();
  }
});

test('5,000 rows from file chosen to saved in under 10 s, with a progress bar and the window answering', async ({ page }) => {
  test.setTimeout(180_000);
  const list = exhibitorList(5000, 11);
  const first = await startHost();
  const { host, showPath } = await emptyShow(first, 'big.pavilion.json');
  try {
    const file = join(host.documentsDir, '参展商名单-5000.csv');
    writeUtf8Csv(file, list);
    await openApp(page, host);
    await page.getByRole('tab', { name: 'Exhibitors' }).click();
    // Long tasks on the window's main thread while importing: what a user would feel as a freeze.
    await page.evaluate(() => {
      const w = window as unknown as { longest: number };
      w.longest = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.longest = Math.max(w.longest, e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    const t0 = Date.now();
    const wizard = await openWizard(page, file);
    await expect(wizard).toContainText('5000 rows below the header (row 1)');
    await wizard.getByTestId('import-next').click();
    const values = wizard.getByTestId('import-values');
    await pick(page, values, `Country for ${UNKNOWN_COUNTRY}`, 'China');
    await wizard.getByTestId('import-next').click();
    await finish(wizard, { add: '5000', rejected: '0' });
    await wizard.getByTestId('import-confirm').click();
    await expect(wizard.getByTestId('import-result')).toHaveAttribute('data-added', '5000', { timeout: 60_000 });
    await expect.poll(() => Object.keys(readJson(showPath).exhibitors).length, { timeout: 30_000, intervals: [100] }).toBe(5000);
    const ms = Date.now() - t0;
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    console.log(`5,000-row import: file chosen → saved in ${ms} ms (including two clicks of mapping); longest main-thread task ${longest.toFixed(0)} ms`);
    expect(ms).toBeLessThan(10_000);
    // No freeze a user would take for a hang: 0.6 s measured on a quiet machine, 2.1 s with the
    // whole suite and other builds on the two cores (load average 8); a hang is far longer.
    expect(longest).toBeLessThan(4_000);
    await wizard.locator('.ant-modal-footer').getByRole('button', { name: 'Close' }).click();
    expectAllRows(readJson(showPath), list);
  } finally {
    await host.stop();
  }
});
