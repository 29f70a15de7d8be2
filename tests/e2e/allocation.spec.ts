import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './support/fixtures';
import { startHost, type RunningHost } from './support/host';
import { withoutAssignments } from '../../shared/allocation/clear';
import { createProject } from '../../shared/model/create';
import { generateShow } from '../../shared/sample/generate';
import { Booth, Exhibitor, Hall, Zone } from '../../shared/model/entities';
import type { Project } from '../../shared/model/project';

const readJson = (path: string): Project => JSON.parse(readFileSync(path, 'utf8')) as Project;

/**
 * Hall A: a row of eight free 3 × 3 m booths, A-01 and A-02 in the AI zone. Three exhibitors
 * without space: an AI company (priority 85) that belongs in the AI zone, a Thai sensor maker
 * wanting one booth, and a Vietnamese company asking for 200 m², which this hall cannot give.
 */
function showWithoutAssignments(): Project {
  const p = createProject({ name: { zh: '分配方案测试展', en: 'Allocation Test Show' }, start: '2099-09-01', end: '2099-09-05' });
  p.halls.h1 = Hall.parse({ id: 'h1', name: { zh: 'A馆', en: 'Hall A' }, code: 'A', order: 0, outline: [[0, 0], [30, 0], [30, 9], [0, 9]] });
  for (let i = 1; i <= 8; i++) {
    const id = `b${i}`;
    p.booths[id] = Booth.parse({ id, hallId: 'h1', number: `A-0${i}`, shape: { type: 'rect', x: 2 + (i - 1) * 3, y: 3, w: 3, h: 3 }, zoneId: i <= 2 ? 'z_ai' : null });
  }
  p.zones.z_ai = Zone.parse({ id: 'z_ai', kind: 'theme', name: { zh: '人工智能区', en: 'AI Zone' }, color: '#3366cc', sectors: ['artificial-intelligence'] });
  const ex = (input: Record<string, unknown>) => {
    const e = Exhibitor.parse(input);
    p.exhibitors[e.id] = e;
  };
  ex({ id: 'ex_ai', name: { zh: '南宁智能实验室', en: 'Nanning AI Labs' }, country: 'CN', sectors: ['artificial-intelligence'], requested: { areaSqm: 9 }, allocation: { priorityOverride: 85 } });
  ex({ id: 'ex_th', name: { zh: '曼谷传感器', en: 'Bangkok Sensors' }, country: 'TH', sectors: ['electronics'], requested: { areaSqm: 9 } });
  ex({ id: 'ex_vn', name: { zh: '湄公重工', en: 'Mekong Heavy Industry' }, country: 'VN', sectors: ['smart-manufacturing'], requested: { areaSqm: 200 } });
  return p;
}

/** A fresh folder with the show in it, and the app opened on it. */
async function openShow(page: Page): Promise<{ host: RunningHost; dir: string; showPath: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-allocation-'));
  const showPath = join(dir, 'allocation.pavilion.json');
  writeFileSync(showPath, JSON.stringify(showWithoutAssignments(), null, 2));
  const host = await startHost({ project: showPath });
  await openApp(page, host);
  await expect(page.locator('body')).toHaveAttribute('data-project-path', showPath);
  return { host, dir, showPath };
}

/** Watches the console and the page for errors (a CSP refusal of the WebAssembly would show here). */
function watchProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
  return problems;
}

const assignmentsOf = (path: string) =>
  Object.values(readJson(path).assignments)
    .map((a) => `${a.boothId}:${a.exhibitorId}`)
    .sort();

test('propose an allocation, read its reasons, accept one exhibitor, undo, reject the rest', async ({ page }) => {
  const problems = watchProblems(page);
  const { host, dir, showPath } = await openShow(page);
  try {
    const canvas = page.getByTestId('floor-canvas');
    await page.getByRole('tab', { name: 'Allocation' }).click();
    const panel = page.getByRole('region', { name: 'Allocation proposal' });
    await expect(panel.getByText('No proposal yet.', { exact: false })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Reject the proposal' })).toHaveCount(0);

    // --- Propose: two placed, the 200 m² request left out; the two booths are outlined on the plan.
    await panel.getByRole('button', { name: 'Propose allocation' }).click();
    await expect(panel.getByTestId('allocation-summary')).toContainText('2 of 2 exhibitors whose request can be met placed (100.0%), 2 booths');
    await expect(canvas).toHaveAttribute('data-proposed', '2');
    const placed = panel.getByRole('group', { name: 'Proposed in hall A' });
    const ai = placed.getByRole('listitem').filter({ hasText: 'Nanning AI Labs' });
    await expect(ai).toContainText(/Nanning AI Labs → A-0[12](?!\d)/);
    await expect(ai).toContainText('priority 85');
    await expect(ai).toContainText('1 booth(s), 9 m² for 9 m² requested');
    await expect(ai).toContainText('sector Artificial Intelligence matches zone AI Zone');
    await expect(placed.getByRole('listitem').filter({ hasText: 'Bangkok Sensors' })).toContainText(/Bangkok Sensors → A-0[3-8](?!\d)/);
    await panel.getByRole('button', { name: 'Left out (1)' }).click();
    await expect(panel.getByRole('group', { name: 'Exhibitors left out' })).toContainText('Mekong Heavy Industry');
    await expect(panel.getByRole('group', { name: 'Exhibitors left out' })).toContainText('no free booths of 200 m²');
    // Nothing is written until something is accepted.
    expect(assignmentsOf(showPath)).toEqual([]);

    // --- Accept the AI company alone: one assignment in the file, one booth less outlined.
    await panel.getByRole('button', { name: 'Accept Nanning AI Labs' }).click();
    await expect(panel.getByRole('status')).toContainText('1 exhibitor placed — undo takes it back in one step');
    await expect(canvas).toHaveAttribute('data-proposed', '1');
    await expect(placed.getByRole('listitem').filter({ hasText: 'Nanning AI Labs' })).toHaveCount(0);
    await expect.poll(() => assignmentsOf(showPath)).toEqual([expect.stringMatching(/^b[12]:ex_ai$/)]);
    const [entry] = readJson(showPath).history.slice(-1);
    expect(entry).toMatchObject({ action: 'assign', exhibitorId: 'ex_ai' });

    // --- Undo: the assignment leaves the file in one step.
    await page.locator('button[data-command="edit.undo"]').first().click();
    await expect.poll(() => assignmentsOf(showPath)).toEqual([]);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

    // --- Reject the rest: the outline goes, the file is untouched.
    await panel.getByRole('button', { name: 'Reject the proposal' }).click();
    await expect(panel.getByRole('status')).toContainText('Proposal rejected');
    await expect(canvas).toHaveAttribute('data-proposed', '0');
    await expect(panel.getByTestId('allocation-summary')).toHaveCount(0);
    await expect(panel.getByRole('button', { name: 'Accept the whole proposal' })).toHaveCount(0);
    expect(assignmentsOf(showPath)).toEqual([]);

    // --- The waitlist offers its best fits for a free booth picked on the plan; one click assigns.
    const waitlist = page.getByRole('region', { name: 'Waitlist' });
    await expect(waitlist.getByRole('group', { name: 'Waitlist (3)' })).toContainText('1. Nanning AI Labs · priority 85 · no booth');
    const p = await page.evaluate(() => (window as unknown as { __pavilionCanvas: { boothScreenPoint(id: string): { x: number; y: number } } }).__pavilionCanvas.boothScreenPoint('b5'));
    await page.mouse.click(p.x, p.y);
    await expect(canvas).toHaveAttribute('data-selected', 'b5');
    const fits = waitlist.getByRole('group', { name: 'Best fits for booth A-05' });
    await expect(fits).toContainText('Bangkok Sensors');
    await fits.getByRole('button', { name: 'Assign A-05 to Bangkok Sensors' }).click();
    await expect.poll(() => assignmentsOf(showPath)).toEqual(['b5:ex_th']);
    await expect(waitlist.getByRole('group', { name: 'Waitlist (2)' })).toBeVisible();
    expect(problems).toEqual([]);
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a long optimisation shows its progress and stops on Cancel, leaving nothing behind', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  const problems = watchProblems(page);
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-allocation-'));
  const showPath = join(dir, 'big.pavilion.json');
  writeFileSync(showPath, JSON.stringify(withoutAssignments(generateShow({ halls: 15, booths: 7500, exhibitors: 3500, seed: 3 })), null, 2));
  const host = await startHost({ project: showPath });
  try {
    await openApp(page, host);
    await expect(page.locator('body')).toHaveAttribute('data-project-path', showPath);
    await page.getByRole('tab', { name: 'Allocation' }).click();
    const panel = page.getByRole('region', { name: 'Allocation proposal' });
    await panel.getByRole('button', { name: 'Optimise allocation' }).click();
    const running = panel.getByRole('status', { name: 'Proposal in progress' });
    await expect(running).toBeVisible();
    // The optimiser needs about 2 s for this show on this machine (node, 2 cores): the panel
    // answers at once while the worker runs, and Cancel stops it.
    await expect(panel.getByRole('button', { name: 'Propose allocation' })).toBeDisabled();
    await panel.screenshot({ path: testInfo.outputPath('running-en.png') });
    await running.getByRole('button', { name: 'Cancel' }).click();
    await expect(panel.getByRole('status')).toContainText('Proposal cancelled');
    await expect(panel.getByTestId('allocation-summary')).toHaveCount(0);
    await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-proposed', '0');
    await expect(panel.getByRole('button', { name: 'Propose allocation' })).toBeEnabled();
    expect(Object.keys(readJson(showPath).assignments)).toHaveLength(0);

    // The priority-order pass for the whole show: thousands of placements, shown a page at a time.
    const started = Date.now();
    await panel.getByRole('button', { name: 'Propose allocation' }).click();
    await expect(panel.getByTestId('allocation-summary')).toBeVisible();
    testInfo.annotations.push({ type: 'whole-show proposal shown after', description: `${Date.now() - started} ms` });
    expect(Number(await page.getByTestId('floor-canvas').getAttribute('data-proposed'))).toBeGreaterThan(3000);
    // Halls listed in the show's order, each with its own accept.
    await expect(panel.getByRole('button', { name: /^Accept hall / }).first()).toHaveText(/^Accept hall A1 \(\d+\)$/);
    await page.screenshot({ path: testInfo.outputPath('whole-show-en.png') });
    expect(problems).toEqual([]);
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the optimiser runs HiGHS in a worker under the page policy; the panel reads well in English and Chinese', async ({ page }, testInfo) => {
  const problems = watchProblems(page);
  const { host, dir, showPath } = await openShow(page);
  try {
    await page.getByRole('tab', { name: 'Allocation' }).click();
    const panel = page.getByRole('region', { name: 'Allocation proposal' });
    await panel.getByRole('button', { name: 'Optimise allocation' }).click();
    // The optimiser compiles HiGHS (WebAssembly) in the worker: the summary says what it did.
    await expect(panel.getByTestId('allocation-summary')).toContainText('2 of 2 exhibitors whose request can be met placed');
    await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-proposed', '2');
    await panel.getByRole('button', { name: 'Left out (1)' }).click();
    await page.getByRole('tabpanel').filter({ has: panel }).screenshot({ path: testInfo.outputPath('allocation-en.png') });
    await page.screenshot({ path: testInfo.outputPath('window-en.png') });

    await page.getByRole('combobox', { name: 'Language' }).click();
    await page.getByTitle('中文').or(page.getByRole('option', { name: '中文' })).first().click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('.ant-select-dropdown:visible')).toHaveCount(0);
    const zhPanel = page.getByRole('region', { name: '分配方案' });
    await expect(zhPanel.getByRole('group', { name: 'A 馆的方案' })).toContainText('行业 人工智能 符合 人工智能区');
    await expect(zhPanel.getByRole('group', { name: '未能安排的展商' })).toContainText('没有 200 ㎡ 的空闲展位');
    await page.getByRole('tabpanel').filter({ has: zhPanel }).screenshot({ path: testInfo.outputPath('allocation-zh.png') });
    await page.screenshot({ path: testInfo.outputPath('window-zh.png') });

    await zhPanel.getByRole('button', { name: '接受全部方案' }).click();
    await expect.poll(() => assignmentsOf(showPath).length).toBe(2);
    expect(problems).toEqual([]);
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
