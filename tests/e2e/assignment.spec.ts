import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './support/fixtures';
import { startHost, type RunningHost } from './support/host';
import { EXHIBITOR_ALLOCATION_DEFAULT } from '../../shared/model/allocation-fields';
import { createProject } from '../../shared/model/create';
import type { Project } from '../../shared/model/project';
import { defaultSale } from '../../shared/sales/stages';

const readJson = (path: string): Project => JSON.parse(readFileSync(path, 'utf8')) as Project;

/** One hall of four 10 × 10 m booths; A-004 is already assigned to Siam Robotics (Thailand). */
function smallShow(): Project {
  const p = createProject({ name: { zh: '分配测试展', en: 'Assignment Test Show' }, start: '2099-09-01', end: '2099-09-05' });
  p.halls.h1 = { id: 'h1', name: { zh: '1号馆', en: 'Hall 1' }, code: 'A', level: 1, order: 0, outline: [[0, 0], [70, 0], [70, 30], [0, 30]], placement: { x: 0, y: 0, rotation: 0 }, background: null };
  for (let i = 1; i <= 4; i++) {
    const id = `b${i}`;
    p.booths[id] = {
      id,
      hallId: 'h1',
      number: `A-00${i}`,
      shape: { type: 'rect', x: 5 + (i - 1) * 16, y: 10, w: 10, h: 10, rotation: 0 },
      kind: 'standard',
      openSides: [2],
      type: 'inline',
      status: i === 4 ? 'assigned' : 'available',
      claim: null,
      zoneId: null,
      priceOverride: null,
      fascia: { zh: '', en: '' },
      notes: '',
    };
  }
  // A-003 lies in the Thailand pavilion: only Thai exhibitors belong there.
  p.zones.z_th = { id: 'z_th', kind: 'pavilion', name: { zh: '泰国馆', en: 'Thailand Pavilion' }, color: '#f5a623', sectors: [], countries: ['TH'] };
  p.booths.b3 = { ...p.booths.b3!, zoneId: 'z_th' };
  p.exhibitors.ex_siam = {
    id: 'ex_siam',
    externalId: '',
    name: { zh: '暹罗机器人', en: 'Siam Robotics' },
    shortName: { zh: '', en: '' },
    country: 'TH',
    sectors: ['robotics'],
    contact: { person: '', email: '', phone: '' },
    website: '',
    requested: { areaSqm: 100, booths: null },
    priority: 0,
    allocation: EXHIBITOR_ALLOCATION_DEFAULT,
    competitors: [],
    preferredZones: [],
    fascia: { zh: '', en: '' },
    notes: '',
    sale: defaultSale(),
  };
  p.assignments.b4 = { id: 'b4', boothId: 'b4', exhibitorId: 'ex_siam', at: '2099-01-01T00:00:00.000Z', by: 'sales' };
  return p;
}

/** The sales team's list: Chinese headers, UTF-8 with BOM; one row has an unknown country, one repeats Siam Robotics. */
const CSV =
  '\uFEFF企业名称,英文名称,国家,联系人,申请面积,联络号码\r\n' +
  '越南数字科技公司,Vietnam Digital Tech,越南,阮文安,100,+84 24 3826 1234\r\n' +
  '广西智造有限公司,Guangxi Smart Manufacturing,中国,李明,200,0771-5551234\r\n' +
  '亚特兰蒂斯公司,Atlantis Corp,Atlantis,,50,\r\n' +
  '暹罗机器人,Siam Robotics,泰国,,100,\r\n';

async function boothPoint(page: Page, boothId: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    (id) => (window as unknown as { __pavilionCanvas: { boothScreenPoint(id: string): { x: number; y: number } | null } }).__pavilionCanvas.boothScreenPoint(id),
    boothId,
  );
  expect(point).not.toBeNull();
  return point!;
}

async function clickBooth(page: Page, boothId: string): Promise<void> {
  const p = await boothPoint(page, boothId);
  await page.mouse.click(p.x, p.y);
  await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', boothId);
}

/** Drags an exhibitor row from the table onto a booth of the plan (HTML5 drag and drop). */
async function dragExhibitorToBooth(page: Page, name: string, boothId: string): Promise<void> {
  const canvas = page.getByTestId('floor-canvas');
  const box = (await canvas.boundingBox())!;
  const p = await boothPoint(page, boothId);
  const row = page.getByTestId('exhibitors-panel').locator('[role="row"][data-exhibitor-id]', { hasText: name });
  await row.dragTo(canvas, { targetPosition: { x: p.x - box.x, y: p.y - box.y } });
}

async function pickInSelect(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.click();
  // Searchable pickers take the text; plain ones just open their list.
  if (await box.isEditable()) await box.fill(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

/** The side panel's Exhibitors tab → Export → "Exhibitors with booths (CSV)": the file's text. */
async function exportExhibitorsCsv(page: Page): Promise<string> {
  await page.getByRole('tab', { name: 'Exhibitors' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Exhibitors with booths (CSV)' }).click();
  return readFileSync((await (await download).path())!, 'utf8');
}

/** The selected booth's exhibitor moved to the free booth `number` with the inspector's Move to booth. */
async function moveInInspector(page: Page, number: string): Promise<void> {
  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByLabel('Move to booth', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: number }).click();
  await inspector.getByRole('button', { name: 'Move', exact: true }).click();
}

/** A host whose last show is `show`, written as `name` in its documents folder: the app opens on it. */
async function hostWithShow(show: Project, name: string): Promise<{ host: RunningHost; showPath: string }> {
  const first = await startHost();
  const showPath = join(first.documentsDir, name);
  mkdirSync(first.documentsDir, { recursive: true });
  writeFileSync(showPath, JSON.stringify(show, null, 2));
  const { dataDir, documentsDir } = first;
  await first.stop({ keepFiles: true });
  return { host: await startHost({ dataDir, documentsDir, project: showPath }), showPath };
}

test('import a list, assign by drag and drop, hit a conflict, hold a booth, check the dashboard, and find it all after a restart', async ({ page }) => {
  test.setTimeout(120_000);
  let host: RunningHost | null = await startHost();
  const showPath = join(host.documentsDir, 'assign.pavilion.json');
  mkdirSync(host.documentsDir, { recursive: true });
  writeFileSync(showPath, JSON.stringify(smallShow(), null, 2));
  const { dataDir, documentsDir } = host;
  await host.stop({ keepFiles: true });
  host = await startHost({ dataDir, documentsDir, project: showPath });
  try {
    await openApp(page, host);
    await expect(page.locator('body')).toHaveAttribute('data-project-path', showPath);

    // --- Import: Chinese headers, one column mapped by hand, a rejected row and a duplicate.
    await page.getByRole('tab', { name: 'Exhibitors' }).click();
    await page.getByRole('button', { name: 'Import…' }).click();
    const csvPath = join(documentsDir, '参展商名单.csv');
    writeFileSync(csvPath, CSV, 'utf8');
    const wizard = page.getByTestId('import-wizard');
    await wizard.getByLabel('Spreadsheet file').setInputFiles(csvPath);
    const phoneField = wizard.getByLabel('Field for column 联络号码');
    await expect(phoneField).toBeVisible();
    await expect(wizard.getByTestId('import-mapping')).toContainText('(ignore)');
    await pickInSelect(page, 'Field for column 联络号码', 'Phone');
    await wizard.getByTestId('import-next').click();
    // Atlantis is no country: it is offered for mapping; left unmapped, its row is held back.
    await expect(wizard.getByTestId('import-values').locator('tr[data-value="Atlantis"]')).toContainText('1');
    await wizard.getByTestId('import-next').click();
    const counts = wizard.getByTestId('import-counts');
    await expect(counts).toHaveAttribute('data-add', '2');
    await expect(counts).toHaveAttribute('data-rejected', '1');
    await expect(counts).toHaveAttribute('data-skip', '1');
    await expect(wizard.getByTestId('import-preview')).toContainText('Country: country not recognised and not mapped (Atlantis)');
    await expect(wizard.getByTestId('import-preview')).toContainText('Same company as Siam Robotics (because: same Chinese name, same English name and country)');
    // Nothing changes before the user confirms.
    expect(Object.keys(readJson(showPath).exhibitors)).toHaveLength(1);
    await wizard.getByTestId('import-confirm').click();
    const result = wizard.getByTestId('import-result');
    await expect(result).toHaveAttribute('data-added', '2');
    await expect(result).toHaveAttribute('data-rejected', '1');
    const downloadPromise = page.waitForEvent('download');
    await wizard.getByRole('button', { name: 'Save rejected rows as CSV' }).click();
    const download = await downloadPromise;
    const rejectedCsv = readFileSync((await download.path())!, 'utf8');
    expect(rejectedCsv).toContain('Atlantis');
    expect(rejectedCsv).toContain('unknown country');
    await wizard.locator('.ant-modal-footer').getByRole('button', { name: 'Close' }).click();
    await expect(page.getByTestId('exhibitor-count')).toHaveText('3 of 3 exhibitors');

    // Search by Chinese name, then by English; filter by assignment state.
    const search = page.getByLabel('Search exhibitors');
    await search.fill('越南数字');
    await expect(page.getByTestId('exhibitor-count')).toHaveText('1 of 3 exhibitors');
    await search.fill('');
    await expect(page.getByTestId('exhibitor-count')).toHaveText('3 of 3 exhibitors');

    // --- Drag an exhibitor onto booth A-001.
    await dragExhibitorToBooth(page, 'Vietnam Digital Tech', 'b1');
    await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', 'b1');
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await expect(inspector.locator('[data-field="exhibitor"]')).toHaveText('Vietnam Digital Tech');

    // --- A conflict: A-004 belongs to Siam Robotics; the message names the holder.
    await dragExhibitorToBooth(page, 'Guangxi Smart Manufacturing', 'b4');
    await expect(page.getByTestId('refusals')).toContainText('Booth A-004 is already assigned to Siam Robotics.');

    // --- Put A-002 on hold for Guangxi until a date, then assign A-003 to it from the inspector.
    await clickBooth(page, 'b2');
    await pickInSelect(page, 'Exhibitor', 'Guangxi Smart Manufacturing');
    await inspector.getByLabel('Hold until').fill('2099-12-31');
    await inspector.getByRole('button', { name: 'Hold', exact: true }).click();
    await expect(inspector.locator('[data-field="status"]')).toHaveText('On hold');
    await expect(inspector.locator('[data-field="hold-until"]')).toContainText('2099-12-31');
    await clickBooth(page, 'b3');
    await pickInSelect(page, 'Exhibitor', 'Guangxi Smart Manufacturing');
    await inspector.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(inspector.locator('[data-field="exhibitor"]')).toHaveText('Guangxi Smart Manufacturing');
    // Not silent: the zone rule it breaks is said at once.
    await expect(page.getByTestId('new-warnings')).toContainText('Guangxi Smart Manufacturing (CN) is not from a country of zone Thailand Pavilion');
    // Taking a held booth for someone else is refused, naming the holder.
    await clickBooth(page, 'b2');
    await pickInSelect(page, 'Exhibitor', 'Vietnam Digital Tech');
    await inspector.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(page.getByTestId('refusals').last()).toContainText('Booth A-002 is on hold for Guangxi Smart Manufacturing.');

    // --- Dashboard: 3 assigned (300 m²), 1 held; 1,800 CNY/m² → 540,000 assigned revenue; 200 of 300 m² foreign.
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    const dash = page.getByTestId('dashboard');
    await expect(dash.locator('[data-status="assigned"]')).toHaveAttribute('data-booths', '3');
    await expect(dash.locator('[data-status="hold"]')).toHaveAttribute('data-booths', '1');
    await expect(dash.locator('[data-status="available"]')).toHaveAttribute('data-booths', '0');
    await expect(page.getByTestId('dash-revenue-assigned')).toHaveText(/540,000/);
    await expect(page.getByTestId('dash-international')).toHaveAttribute('data-share', '0.6667');

    // --- Export the exhibitors with their booths, and the fascia list.
    const exported = await exportExhibitorsCsv(page);
    expect(exported).toMatch(/越南数字科技公司,Vietnam Digital Tech,Vietnam,,100,,A-001,100/);
    expect(exported).toContain('A-003');

    // --- Search a booth number: the plan selects and shows it.
    await page.getByLabel('Search exhibitors').fill('A-003');
    await page.getByLabel('Search exhibitors').press('Enter');
    await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', 'b3');
    await page.getByLabel('Search exhibitors').fill('');

    // --- Saved: the file holds the assignments, the hold and the history.
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
    await expect
      .poll(() => {
        const doc = readJson(showPath);
        return [doc.assignments.b1?.exhibitorId !== undefined, doc.assignments.b3 !== undefined, doc.booths.b2?.status, doc.history.length];
      })
      .toEqual([true, true, 'hold', 3]);
    const saved = readJson(showPath);
    const byName = (en: string) => Object.values(saved.exhibitors).find((e) => e.name.en === en)!;
    const vn = byName('Vietnam Digital Tech');
    const gx = byName('Guangxi Smart Manufacturing');
    expect(vn.country).toBe('VN');
    expect(vn.contact).toEqual({ person: '阮文安', email: '', phone: '+84 24 3826 1234' });
    expect(gx.requested.areaSqm).toBe(200);
    expect(Object.keys(saved.exhibitors)).toHaveLength(3);
    expect(saved.assignments.b1!.exhibitorId).toBe(vn.id);
    expect(saved.assignments.b3!.exhibitorId).toBe(gx.id);
    expect(saved.booths.b2!.claim).toEqual({ exhibitorId: gx.id, until: '2099-12-31', note: '' });
    expect(saved.history.map((h) => [h.action, h.boothId])).toEqual([
      ['assign', 'b1'],
      ['hold', 'b2'],
      ['assign', 'b3'],
    ]);

    // --- Reopen on the same folders and find it all.
    await host.stop({ keepFiles: true });
    host = await startHost({ dataDir, documentsDir, project: showPath });
    await openApp(page, host);
    await expect(page.locator('body')).toHaveAttribute('data-project-path', showPath);
    await page.getByRole('tab', { name: 'Exhibitors' }).click();
    await expect(page.getByTestId('exhibitor-count')).toHaveText('3 of 3 exhibitors');
    await page.getByLabel('Search exhibitors').fill('A-001');
    await expect(page.getByTestId('exhibitors-panel').locator('[role="row"][data-exhibitor-id]')).toHaveCount(1);
    await expect(page.getByTestId('exhibitors-panel').locator('[role="row"][data-exhibitor-id]')).toContainText('Vietnam Digital Tech');
    await clickBooth(page, 'b2');
    await expect(inspector.locator('[data-field="status"]')).toHaveText('On hold');
    await expect(inspector.locator('[data-field="hold-until"]')).toContainText('2099-12-31');
    await clickBooth(page, 'b1');
    await expect(inspector.getByTestId('history-list')).toContainText('Assigned');

    // --- Unassign, then undo: the booth is back, and the log records both as new entries.
    await inspector.getByRole('button', { name: 'Unassign', exact: true }).click();
    await expect(inspector.locator('[data-field="status"]')).toHaveText('Available');
    await page.getByTestId('floor-canvas').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await clickBooth(page, 'b1');
    await expect(inspector.locator('[data-field="exhibitor"]')).toHaveText('Vietnam Digital Tech');
    await expect
      .poll(() => readJson(showPath).history.slice(-2).map((h) => [h.action, h.boothId]))
      .toEqual([
        ['unassign', 'b1'],
        ['assign', 'b1'],
      ]);
    await expect(inspector.getByTestId('history-list').locator('[data-action]')).toHaveCount(3);

    // --- Swap two booths with both selected.
    const p3 = await boothPoint(page, 'b3');
    await page.keyboard.down('Shift');
    await page.mouse.click(p3.x, p3.y);
    await page.keyboard.up('Shift');
    await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', 'b1,b3');
    await inspector.getByRole('button', { name: 'Swap the two' }).click();
    await expect
      .poll(() => {
        const doc = readJson(showPath);
        return [doc.exhibitors[doc.assignments.b1!.exhibitorId]?.name.en, doc.exhibitors[doc.assignments.b3!.exhibitorId]?.name.en];
      })
      .toEqual(['Guangxi Smart Manufacturing', 'Vietnam Digital Tech']);
  } finally {
    await host?.stop();
  }
});

test('a damaged spreadsheet gets a clear message and changes nothing', async ({ page, host }) => {
  await openApp(page, host);
  await page.getByRole('tab', { name: 'Exhibitors' }).click();
  const before = await page.getByTestId('exhibitor-count').textContent();
  await page.getByRole('button', { name: 'Import…' }).click();
  const wizard = page.getByTestId('import-wizard');
  // A zip that stops after its first header: a truncated .xlsx.
  const cut = join(host.documentsDir, 'cut.xlsx');
  mkdirSync(host.documentsDir, { recursive: true });
  writeFileSync(cut, Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.alloc(200, 7)]));
  await wizard.getByLabel('Spreadsheet file').setInputFiles(cut);
  await expect(wizard.getByTestId('import-error')).toHaveAttribute('data-code', /bad-zip|xlsx-corrupt/);
  await expect(wizard.getByTestId('import-error')).toContainText('damaged or truncated');
  await wizard.locator('.ant-modal-footer').getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('exhibitor-count')).toHaveText(before!);
});

test('holds past their last day are listed when the show is opened; the user releases one and extends another', async ({ page }) => {
  const show = smallShow();
  show.booths.b1 = { ...show.booths.b1!, status: 'hold', claim: { exhibitorId: 'ex_siam', until: '2000-01-31', note: '' } };
  show.booths.b2 = { ...show.booths.b2!, status: 'hold', claim: { exhibitorId: 'ex_siam', until: '2099-01-31', note: '' } };
  show.booths.b3 = { ...show.booths.b3!, status: 'hold', claim: { exhibitorId: null, until: '2000-02-15', note: '' } };
  const { host, showPath } = await hostWithShow(show, 'holds.pavilion.json');
  try {
    await openApp(page, host);
    // Told, not released: the file keeps both holds until the user decides.
    await expect(page.getByText('2 holds have passed their last day')).toBeVisible();
    expect([readJson(showPath).booths.b1?.status, readJson(showPath).booths.b3?.status]).toEqual(['hold', 'hold']);
    await page.getByRole('button', { name: 'Review…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toContainText('2 holds have passed their last day');
    await expect(dialog.getByRole('row')).toHaveCount(3);
    await expect(dialog.getByRole('row', { name: /A-001/ })).toContainText('2000-01-31');
    await expect(dialog.getByRole('row', { name: /A-003/ })).toContainText('The organizer');
    // Release A-001 only.
    await dialog.getByRole('row', { name: /A-003/ }).getByRole('checkbox').uncheck();
    await dialog.getByRole('button', { name: 'Release selected' }).click();
    await expect(dialog.getByRole('row')).toHaveCount(2);
    await expect(dialog).toContainText('A hold has passed its last day');
    // Give A-003 until the end of the century.
    await dialog.getByLabel('New last day').fill('2099-12-31');
    await dialog.getByRole('button', { name: 'Extend selected' }).click();
    await expect(dialog).toBeHidden();
    await expect
      .poll(() => {
        const doc = readJson(showPath);
        return [doc.booths.b1?.status, doc.booths.b2?.status, doc.booths.b3?.status, doc.booths.b3?.claim?.until, doc.history.map((h) => [h.action, h.boothId])];
      })
      .toEqual(['available', 'hold', 'hold', '2099-12-31', [['expire', 'b1'], ['hold', 'b3']]]);
  } finally {
    await host.stop();
  }
});

test('an exhibitor moves to a free booth from the inspector; the list offers only free booths, and one undo brings them back', async ({ page }) => {
  const show = smallShow();
  show.booths.b1 = { ...show.booths.b1!, status: 'blocked' };
  const { host, showPath } = await hostWithShow(show, 'move.pavilion.json');
  try {
    await openApp(page, host);
    await clickBooth(page, 'b4');
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await expect(inspector.locator('[data-field="exhibitor"]')).toContainText('Siam Robotics');
    await inspector.getByLabel('Move to booth', { exact: true }).click();
    // Free booths only: not the blocked A-001, nor the booth the exhibitor is on.
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await expect(options).toHaveText(['A-002', 'A-003']);
    await options.filter({ hasText: 'A-002' }).click();
    await inspector.getByRole('button', { name: 'Move', exact: true }).click();
    await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', 'b2');
    await expect(inspector.locator('[data-field="exhibitor"]')).toContainText('Siam Robotics');
    await expect
      .poll(() => {
        const doc = readJson(showPath);
        return [Object.keys(doc.assignments), doc.assignments.b2?.exhibitorId, doc.booths.b2?.status, doc.booths.b4?.status];
      })
      .toEqual([['b2'], 'ex_siam', 'assigned', 'available']);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect
      .poll(() => {
        const doc = readJson(showPath);
        return [Object.keys(doc.assignments), doc.booths.b2?.status, doc.booths.b4?.status];
      })
      .toEqual([['b4'], 'available', 'assigned']);
  } finally {
    await host.stop();
  }
});

test('an export made right after an assignment has it: edits not saved yet are saved first', async ({ page }) => {
  const { host, showPath } = await hostWithShow(smallShow(), 'export.pavilion.json');
  try {
    await openApp(page, host);
    await clickBooth(page, 'b4');
    const inspector = page.getByRole('region', { name: 'Inspector' });
    await expect(inspector.locator('[data-field="exhibitor"]')).toContainText('Siam Robotics');
    await moveInInspector(page, 'A-001');
    await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', 'b1');
    // At once, within the editor's wait for quiet before it saves (the file on disk is then
    // still the one from before the move, which the export used to be rendered from).
    expect(await exportExhibitorsCsv(page)).toMatch(/暹罗机器人,Siam Robotics,Thailand,Robotics,100,,A-001,100/);
    expect(readJson(showPath).assignments.b1?.exhibitorId).toBe('ex_siam');
  } finally {
    await host.stop();
  }
});
