import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openApp } from './support/fixtures';
import { startHost } from './support/host';
import { generateShow } from '../../shared/sample/generate';
import { serializeProject } from '../../electron/services/project-format';

const HOSTILE = '<img src=x onerror=alert(1)>';

test('the renderer has no Node, and an injected inline script is blocked by the CSP', async ({ page, host }) => {
  await openApp(page, host);
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as { require?: unknown }).require,
    process: typeof (window as unknown as { process?: unknown }).process,
    module: typeof (window as unknown as { module?: unknown }).module,
  }));
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', module: 'undefined' });

  const outcome = await page.evaluate(async () => {
    const violation = new Promise<string>((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true });
      setTimeout(() => resolve('none'), 3000);
    });
    const s = document.createElement('script');
    s.textContent = 'window.__x = 1';
    document.body.appendChild(s);
    const div = document.createElement('div');
    div.innerHTML = '<img src="nowhere" onerror="window.__y = 1">';
    document.body.appendChild(div);
    const directive = await violation;
    return { directive, x: (window as unknown as { __x?: number }).__x, y: (window as unknown as { __y?: number }).__y };
  });
  expect(outcome.x).toBeUndefined();
  expect(outcome.y).toBeUndefined();
  expect(outcome.directive).toMatch(/^script-src/);
});

test('API calls without the session token are refused with 401', async ({ page, host }) => {
  await openApp(page, host);
  const statuses = await page.evaluate(async () => {
    const call = (headers: Record<string, string>) =>
      fetch('/api/getSettings', { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: '{}' }).then((r) => r.status);
    return { none: await call({}), wrong: await call({ 'X-Pavilion-Token': 'not-the-token' }) };
  });
  expect(statuses).toEqual({ none: 401, wrong: 401 });
});

test('hostile exhibitor names render as text in the exhibitors panel and the inspector', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-security-'));
  const file = join(dir, 'hostile.pavilion.json');
  const show = generateShow({ halls: 1, booths: 60, exhibitors: 30, seed: 7, assignedShare: 0.8 });
  const assignment = Object.values(show.assignments)[0]!;
  const exhibitor = show.exhibitors[assignment.exhibitorId]!;
  show.exhibitors[exhibitor.id] = { ...exhibitor, name: { zh: HOSTILE, en: HOSTILE } };
  writeFileSync(file, serializeProject(show));
  const host = await startHost({ project: file });
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  try {
    await openApp(page, host);
    await expect(page.locator('body')).toHaveAttribute('data-project-path', file);

    await page.getByRole('tab', { name: 'Exhibitors' }).click();
    await page.getByLabel('Search exhibitors').fill('onerror');
    await expect(page.getByText(HOSTILE, { exact: true }).first()).toBeVisible();

    const point = await page.evaluate(
      (id) => (window as unknown as { __pavilionCanvas: { boothScreenPoint(id: string): { x: number; y: number } } }).__pavilionCanvas.boothScreenPoint(id),
      assignment.boothId,
    );
    await page.mouse.click(point.x, point.y);
    await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', assignment.boothId);
    await expect(page.getByRole('region', { name: 'Inspector' }).getByText(HOSTILE, { exact: true }).first()).toBeVisible();

    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    expect(dialogs).toEqual([]);
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
