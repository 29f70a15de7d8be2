import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, openApp, waitForReady } from './support/fixtures';
import { startHost } from './support/host';

const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

test('first start opens the sample show, drawn on the canvas, and a click selects a booth', async ({ page, host }) => {
  await openApp(page, host);
  const samplePath = join(host.documentsDir, 'Pavilion', 'China-ASEAN Expo sample.pavilion.json');
  await expect(page.locator('body')).toHaveAttribute('data-project-path', samplePath);
  expect(existsSync(samplePath)).toBe(true);
  const sample = readJson(samplePath);
  const boothCount = Object.keys(sample.booths).length;
  expect(boothCount).toBeGreaterThan(100);

  await expect(page.getByTestId('counts')).toContainText(`Booths: ${boothCount}`);
  await expect(page).toHaveTitle(/China–ASEAN Expo/);
  await expect(page.getByRole('button', { name: /Hall 1/ }).first()).toBeVisible();

  // Pick an assigned booth and click it where the canvas drew it.
  const assignment = Object.values(sample.assignments)[0] as { boothId: string; exhibitorId: string };
  const booth = sample.booths[assignment.boothId];
  const exhibitor = sample.exhibitors[assignment.exhibitorId];
  const point = await page.evaluate(
    (id) => (window as unknown as { __pavilionCanvas: { boothScreenPoint(id: string): { x: number; y: number } } }).__pavilionCanvas.boothScreenPoint(id),
    assignment.boothId,
  );
  await page.mouse.click(point.x, point.y);
  await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', assignment.boothId);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await expect(inspector).toContainText(booth.number);
  await expect(inspector).toContainText(exhibitor.name.en);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', '');
});

test('create a new project, find it on disk, edit it, and reopen it', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('button', { name: 'New project' }).click();
  const form = page.getByTestId('new-project-form');
  await form.getByLabel('Show name (Chinese)').fill('东盟智慧城市展');
  await form.getByLabel('Show name (English)').fill('ASEAN Smart City Show');
  await page.getByRole('button', { name: 'Choose where to save…' }).click();

  const chooser = page.getByTestId('file-chooser');
  await expect(chooser).toHaveAttribute('data-ready', 'true');
  // The chooser starts beside the open show; go to the documents folder by typing it.
  await chooser.getByLabel('Folder or file path').fill(host.documentsDir);
  await chooser.getByLabel('Folder or file path').press('Enter');
  await expect(chooser).toHaveAttribute('data-dir', host.documentsDir);
  await chooser.getByLabel('File name').fill('smart-city');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const file = join(host.documentsDir, 'smart-city.pavilion.json');
  await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
  await waitForReady(page);
  const created = readJson(file);
  expect(created.format).toBe('pavilion-project');
  expect(created.settings.name).toEqual({ zh: '东盟智慧城市展', en: 'ASEAN Smart City Show' });
  expect(created.revision).toBe(0);

  // An edit goes through an operation, is autosaved, and can be undone.
  // With nothing selected the inspector edits the show itself.
  const nameEn = page.getByRole('region', { name: 'Inspector' }).getByLabel('Show name (English)');
  await nameEn.fill('ASEAN Smart City Expo');
  await nameEn.press('Enter');
  await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  await expect.poll(() => readJson(file).settings.name.en).toBe('ASEAN Smart City Expo');
  expect(readJson(file).revision).toBeGreaterThan(0);

  // Reopen from a fresh host on the same folders: the last project comes back as saved.
  await host.stop({ keepFiles: true });
  const again = await startHost({ dataDir: host.dataDir, documentsDir: host.documentsDir });
  try {
    await openApp(page, again);
    await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
    await expect(page).toHaveTitle(/ASEAN Smart City Expo/);

    // And through Open project with the in-page chooser.
    await page.getByRole('button', { name: 'Open sample' }).click();
    await waitForReady(page);
    await page.getByRole('button', { name: 'Open project' }).click();
    const openChooser = page.getByTestId('file-chooser');
    await expect(openChooser).toHaveAttribute('data-ready', 'true');
    await openChooser.getByLabel('Folder or file path').fill(file);
    await openChooser.getByLabel('Folder or file path').press('Enter');
    await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
    await waitForReady(page);
    await expect(page).toHaveTitle(/ASEAN Smart City Expo/);

    // And from the recent projects menu.
    await page.getByRole('button', { name: 'Open sample' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-project-path', /sample\.pavilion\.json$/);
    await waitForReady(page);
    await page.getByRole('button', { name: 'Recent projects' }).click();
    await page.getByRole('menuitem', { name: 'smart-city.pavilion.json' }).click();
    await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
    await waitForReady(page);
  } finally {
    await again.stop();
  }
});

test('switching language is immediate and remembered', async ({ page, host }) => {
  await openApp(page, host);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByTitle('中文').or(page.getByRole('option', { name: '中文' })).first().click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '新建项目' })).toBeVisible();
  await expect(page.getByTestId('counts')).toContainText('展位');

  await expect.poll(() => readJson(join(host.dataDir, 'settings.json')).language).toBe('zh-CN');
  await page.reload();
  await waitForReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '新建项目' })).toBeVisible();
});

test('the first start follows a Chinese system language', async ({ browser, host }) => {
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await openApp(page, host);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('button', { name: '打开示例' })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('the first start asks the user\'s name for the history, in Chinese too, and remembers it', async ({ browser }) => {
  let host = await startHost({ askName: true });
  const context = await browser.newContext({ locale: 'zh-CN', reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await openApp(page, host);
    const dialog = page.getByRole('dialog', { name: '您的姓名' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('姓名').fill('  王芳 ');
    await dialog.getByRole('button', { name: /保\s?存/ }).click();
    await expect(dialog).toBeHidden();
    const settings = () => readJson(join(host.dataDir, 'settings.json'));
    await expect.poll(() => settings().userName).toBe('王芳');
    expect(settings().userNameConfirmed).toBe(true);
    // Asked once: a restart on the same data does not ask again, and Help ▸ Your Name… shows it.
    const { dataDir, documentsDir } = host;
    await host.stop({ keepFiles: true });
    host = await startHost({ dataDir, documentsDir, askName: true });
    await openApp(page, host);
    await expect(page.getByRole('dialog', { name: '您的姓名' })).toHaveCount(0);
  } finally {
    await context.close();
    await host.stop();
  }
});

test('a broken project file gets a clear message and is left untouched', async ({ page, host }) => {
  mkdirSync(host.documentsDir, { recursive: true });
  const broken = join(host.documentsDir, 'broken.pavilion.json');
  const bytes = '{"format":"pavilion-project","schemaVersion":1,"revision":3,"settings":';
  writeFileSync(broken, bytes);
  await openApp(page, host);
  await page.getByRole('button', { name: 'Open project' }).click();
  const chooser = page.getByTestId('file-chooser');
  await chooser.getByLabel('Folder or file path').fill(broken);
  await chooser.getByLabel('Folder or file path').press('Enter');
  await expect(page.getByText('The file is not valid JSON: it is damaged or not a Pavilion project.')).toBeVisible();
  expect(readFileSync(broken, 'utf8')).toBe(bytes);
  // The show that was open stays open.
  await expect(page.locator('body')).toHaveAttribute('data-project-path', /China-ASEAN Expo sample\.pavilion\.json$/);
});

test('in the file chooser, what the user typed wins over a folder listing that arrives late', async ({ page, host }) => {
  await openApp(page, host);
  const file = join(host.documentsDir, 'typed.pavilion.json');
  const sample = join(host.documentsDir, 'Pavilion', 'China-ASEAN Expo sample.pavilion.json');
  writeFileSync(file, readFileSync(sample));
  // A busy machine: the dialog's first folder listing is held back until the user has typed.
  let release!: () => void;
  const typed = new Promise<void>((r) => (release = r));
  let held = 0;
  await page.route('**/api/listDirectory', async (route) => {
    if (held++ === 0) await typed;
    await route.continue();
  });
  await page.getByRole('button', { name: 'Open project' }).click();
  const chooser = page.getByTestId('file-chooser');
  await expect(chooser).toHaveAttribute('data-ready', 'false');
  const pathBox = chooser.getByLabel('Folder or file path');
  await pathBox.fill(file);
  release();
  await expect(chooser).toHaveAttribute('data-ready', 'true');
  await expect(pathBox).toHaveValue(file);
  await pathBox.press('Enter');
  await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
  await waitForReady(page);
});

test('menus slide in unless the system asks for reduced motion; then they appear at once', async ({ page, host }) => {
  await openApp(page, host);
  // Records how long each animation is that antd starts on a popup while it opens.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { motionSeen: string[] }).motionSeen = seen;
    const note = (el: Element) => {
      if (typeof el.className === 'string' && /-(appear|enter)-active\b/.test(el.className)) seen.push(getComputedStyle(el).animationDuration);
    };
    new MutationObserver((records) => {
      for (const r of records) {
        note(r.target as Element);
        for (const n of r.addedNodes) if (n instanceof Element) note(n);
      }
    }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] });
  });
  const seen = () => page.evaluate(() => (window as unknown as { motionSeen: string[] }).motionSeen.splice(0));
  const menu = page.getByRole('button', { name: 'Menu' });
  const tools = page.getByRole('menuitem', { name: 'Tools' });
  // The tests' browser asks for reduced motion: the menu is where it ends up from the start
  // (no animation of any length starts; the second half shows these would be seen).
  await menu.click();
  await expect(tools).toBeVisible();
  const still = await seen();
  expect(still.every((d) => d === '0s')).toBe(true);
  await page.keyboard.press('Escape');
  await expect(tools).toBeHidden();
  // Without that setting the same menu slides in.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await menu.click();
  await expect(tools).toBeVisible();
  await expect.poll(async () => (await seen()).some((d) => parseFloat(d) > 0)).toBe(true);
});
