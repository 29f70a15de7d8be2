import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import WebSocket from 'ws';
import { test, expect, openApp, waitForReady } from './support/fixtures';
import { startHost, type RunningHost } from './support/host';
import { startSyncServer, type RunningSyncServer } from '../../electron/sync-server/server';
import { createProject } from '../../shared/model/create';
import { loadProjectText } from '../../shared/model/load';
import { Booth, Exhibitor, Hall } from '../../shared/model/entities';
import type { Project } from '../../shared/model/project';
import { SyncSession } from '../../renderer/sync/session';
import { lanAddresses } from '../../electron/services/office-server';

/** One hall, four booths, two exhibitors: enough for two people to want the same booth. */
function show(): Project {
  const p = createProject({ name: { zh: '共享测试展', en: 'Shared Test Show' }, start: '2099-09-01', end: '2099-09-05' });
  p.halls.h1 = Hall.parse({ id: 'h1', name: { zh: '1号馆', en: 'Hall 1' }, code: 'A', level: 1, order: 0, outline: [[0, 0], [70, 0], [70, 30], [0, 30]] });
  for (let i = 1; i <= 4; i++) {
    p.booths[`b${i}`] = Booth.parse({ id: `b${i}`, hallId: 'h1', number: `A-00${i}`, shape: { type: 'rect', x: 5 + (i - 1) * 16, y: 10, w: 10, h: 10, rotation: 0 }, openSides: [2] });
  }
  p.exhibitors.ex_vn = Exhibitor.parse({ id: 'ex_vn', name: { zh: '越南数字科技公司', en: 'Vietnam Digital Tech' }, country: 'VN' });
  p.exhibitors.ex_gx = Exhibitor.parse({ id: 'ex_gx', name: { zh: '广西智造有限公司', en: 'Guangxi Smart Manufacturing' }, country: 'CN' });
  return p;
}

async function invite(http: string, admin: string, role: string): Promise<string> {
  const res = await fetch(`${http}/api/invites`, { method: 'POST', headers: { authorization: `Bearer ${admin}` }, body: JSON.stringify({ role }) });
  return ((await res.json()) as { invite: string }).invite;
}

async function staff(browser: Browser, host: RunningHost): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' })).newPage();
  await openApp(page, host);
  return page;
}

async function join(page: Page, server: string, code: string, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Join…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Server address').fill(server);
  await dialog.getByLabel('Invite').fill(code);
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(page.getByTestId('sharing-status')).toHaveAttribute('data-status', 'connected');
  await expect(page.getByTestId('floor-canvas')).toBeVisible();
  // A click while the dialog's mask fades out would land on the mask, not the plan.
  await expect(page.locator('.ant-modal-mask:visible')).toHaveCount(0);
}

async function clickBooth(page: Page, boothId: string): Promise<void> {
  await expect.poll(() => page.evaluate((id) => (window as unknown as { __pavilionCanvas?: { boothScreenPoint(id: string): unknown } }).__pavilionCanvas?.boothScreenPoint(id) ?? null, boothId)).not.toBeNull();
  const p = (await page.evaluate((id) => (window as unknown as { __pavilionCanvas: { boothScreenPoint(id: string): { x: number; y: number } } }).__pavilionCanvas.boothScreenPoint(id), boothId))!;
  await page.mouse.click(p.x, p.y);
  await expect(page.getByTestId('floor-canvas')).toHaveAttribute('data-selected', boothId);
}

async function pickExhibitor(page: Page, text: string): Promise<void> {
  const box = page.getByLabel('Exhibitor', { exact: true });
  await box.click();
  if (await box.isEditable()) await box.fill(text);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text }).first().click();
}

type Outline = { name: string; color: string; boothIds: string[] };
const peerOutlines = (page: Page) => page.evaluate(() => (window as unknown as { __pavilionCanvas?: { peerOutlines(): Outline[] } }).__pavilionCanvas?.peerOutlines() ?? []);

/** How many pixels of the plan (its layers composited) around booth `x, y, w, h` of hall h1 are within `tol` of `rgb`. */
async function pixelsOfColour(page: Page, box: { x: number; y: number; w: number; h: number }, rgb: number[], tol = 40): Promise<number> {
  return page.evaluate(
    ([b, c, t]) => {
      const hooks = (window as unknown as { __pavilionCanvas: { worldToScreen(h: string, x: number, y: number): { x: number; y: number } } }).__pavilionCanvas;
      const p0 = hooks.worldToScreen('h1', b.x, b.y);
      const p1 = hooks.worldToScreen('h1', b.x + b.w, b.y + b.h);
      const root = document.querySelector('[data-testid="floor-canvas"]')!;
      const r = root.getBoundingClientRect();
      const out = document.createElement('canvas');
      out.width = Math.round(r.width);
      out.height = Math.round(r.height);
      const ctx = out.getContext('2d')!;
      for (const cv of root.querySelectorAll('canvas')) {
        const cr = cv.getBoundingClientRect();
        ctx.drawImage(cv, cr.left - r.left, cr.top - r.top, cr.width, cr.height);
      }
      const x0 = Math.floor(Math.min(p0.x, p1.x) - r.left) - 3;
      const y0 = Math.floor(Math.min(p0.y, p1.y) - r.top) - 3;
      const w = Math.ceil(Math.abs(p1.x - p0.x)) + 6;
      const h = Math.ceil(Math.abs(p1.y - p0.y)) + 6;
      const d = ctx.getImageData(x0, y0, w, h).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i]! - c[0]!) <= t && Math.abs(d[i + 1]! - c[1]!) <= t && Math.abs(d[i + 2]! - c[2]!) <= t) n++;
      return n;
    },
    [box, rgb, tol] as const,
  );
}

const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const boothBox = (i: number) => ({ x: 5 + (i - 1) * 16, y: 10, w: 10, h: 10 });

const exhibitorOf = (page: Page) => page.getByRole('region', { name: 'Inspector' }).locator('[data-field="exhibitor"]');

test.describe('staff sharing one show', () => {
  let server: RunningSyncServer;
  let dir: string;
  let adminToken: string;
  let http: string;
  let p: Project;
  /** How far the server's clock runs ahead (invite expiry is tested by moving it, not by waiting). */
  let ahead = 0;

  test.beforeEach(async () => {
    dir = mkdtempSync(joinPath(tmpdir(), 'pavilion-e2e-sync-'));
    ahead = 0;
    server = await startSyncServer({ port: 0, dataDir: dir, now: () => new Date(Date.now() + ahead) });
    http = server.url.replace(/^ws/, 'http');
    const res = await fetch(`${http}/api/join`, { method: 'POST', body: JSON.stringify({ invite: server.adminInvite, name: 'Admin' }) });
    adminToken = ((await res.json()) as { token: string }).token;
    p = show();
    const admin = new SyncSession({ url: server.url, show: p.settings.id, token: adminToken, WebSocketPolyfill: WebSocket });
    await admin.ready();
    admin.upload(p);
    await admin.flushed();
    admin.destroy();
  });
  test.afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('one assigns, the other sees it within a second; both take one booth: one wins, the other is told; a viewer cannot edit; offline then back syncs', async ({ browser, host }) => {
    test.setTimeout(120_000);
    const a = await staff(browser, host);
    const b = await staff(browser, host);
    await join(a, server.url, await invite(http, adminToken, 'sales'), 'Li Na');
    await join(b, server.url, await invite(http, adminToken, 'sales'), 'Tran Van');

    // A assigns A-001; B, looking at A-001, sees it within a second.
    await clickBooth(b, 'b1');
    await clickBooth(a, 'b1');
    await pickExhibitor(a, 'Vietnam Digital Tech');
    await a.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(exhibitorOf(a)).toHaveText('Vietnam Digital Tech');
    await expect(exhibitorOf(b)).toHaveText('Vietnam Digital Tech', { timeout: 1000 });

    // Both take A-002 at the same moment: one wins, the other is told who got it.
    await clickBooth(a, 'b2');
    await clickBooth(b, 'b2');
    await pickExhibitor(a, 'Vietnam Digital Tech');
    await pickExhibitor(b, 'Guangxi Smart Manufacturing');
    await Promise.all([a.getByRole('button', { name: 'Assign', exact: true }).click(), b.getByRole('button', { name: 'Assign', exact: true }).click()]);
    await expect(exhibitorOf(a)).not.toHaveText('', { timeout: 5000 });
    await expect.poll(async () => [await exhibitorOf(a).textContent(), await exhibitorOf(b).textContent()]).toEqual(expect.arrayContaining([expect.any(String)]));
    await expect.poll(async () => (await exhibitorOf(a).textContent()) === (await exhibitorOf(b).textContent())).toBe(true);
    const winner = await exhibitorOf(a).textContent();
    const loser = winner === 'Vietnam Digital Tech' ? b : a;
    // Told either by the server (both sent before hearing of the other: "A-002 was just assigned to
    // X by Y", the intent kept in the list) or, when the winner's change arrived first, by the app.
    await expect(loser.locator('.ant-message, [data-testid="refusals"]').first()).toContainText(new RegExp(`A-002 (was just|is already) assigned to ${winner}`));
    // The server's saved show has A-002 once, for the winner.
    const saved = (await (await fetch(`${http}/api/shows/${p.settings.id}/export`, { headers: { authorization: `Bearer ${adminToken}` } })).json()) as Project;
    expect(saved.assignments.b2!.exhibitorId).toBe(winner === 'Vietnam Digital Tech' ? 'ex_vn' : 'ex_gx');
    expect(saved.booths.b2!.status).toBe('assigned');

    // Offline: A keeps working; back online, B sees it.
    await a.getByRole('button', { name: 'Work offline' }).click();
    await expect(a.getByTestId('sharing-status')).toHaveAttribute('data-status', 'offline');
    await clickBooth(a, 'b3');
    await pickExhibitor(a, 'Guangxi Smart Manufacturing');
    await a.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(exhibitorOf(a)).toHaveText('Guangxi Smart Manufacturing');
    await clickBooth(b, 'b3');
    await expect(exhibitorOf(b)).toHaveText('—');
    await a.getByRole('button', { name: 'Reconnect' }).click();
    await expect(a.getByTestId('sharing-status')).toHaveAttribute('data-status', 'connected');
    await expect(exhibitorOf(b)).toHaveText('Guangxi Smart Manufacturing', { timeout: 5000 });

    // A viewer cannot edit: the inspector offers no assignment, and nothing changes.
    const v = await staff(browser, host);
    await join(v, server.url, await invite(http, adminToken, 'viewer'), 'Guest');
    await expect(v.getByTestId('sharing-status')).toHaveAttribute('data-role', 'viewer');
    await clickBooth(v, 'b4');
    await expect(v.getByRole('button', { name: 'Assign', exact: true }).and(v.locator(':enabled'))).toHaveCount(0);
    await expect(v.getByTestId('floor-canvas')).toHaveAttribute('data-selected', 'b4');
    await a.screenshot({ path: test.info().outputPath('sharing-a.png') });
  });

  test("another person's selection is outlined on the plan in their colour, with their name; it follows them and goes when they leave", async ({ browser, host }) => {
    test.setTimeout(90_000);
    const a = await staff(browser, host);
    const b = await staff(browser, host);
    await join(a, server.url, await invite(http, adminToken, 'sales'), 'Li Na');
    await join(b, server.url, await invite(http, adminToken, 'planner'), 'Tran Van');
    expect(await peerOutlines(a)).toEqual([]);

    await clickBooth(b, 'b2');
    await expect.poll(() => peerOutlines(a)).toEqual([{ name: 'Tran Van', color: expect.stringMatching(/^#[0-9a-f]{6}$/), boothIds: ['b2'] }]);
    const colour = (await peerOutlines(a))[0]!.color;
    // Drawn: B's colour around A-002 on A's plan, none around A-001; A's own selection stays its own.
    await expect.poll(() => pixelsOfColour(a, boothBox(2), rgbOf(colour))).toBeGreaterThan(40);
    expect(await pixelsOfColour(a, boothBox(1), rgbOf(colour))).toBe(0);
    await expect(a.getByTestId('floor-canvas')).toHaveAttribute('data-selected', '');
    // The same colour is beside B's name in A's list of people.
    await a.getByRole('button', { name: '2 people on this show' }).click();
    const dot = a.getByRole('list', { name: 'People on this show' }).getByRole('listitem').filter({ hasText: 'Tran Van' }).locator('span').first();
    await expect(dot).toHaveCSS('color', `rgb(${rgbOf(colour).join(', ')})`);
    // Nothing of A's is outlined on B's plan (A selected nothing), nor B's own selection.
    expect(await peerOutlines(b)).toEqual([]);

    // B picks another booth: the outline follows.
    await clickBooth(b, 'b4');
    await expect.poll(() => peerOutlines(a)).toEqual([{ name: 'Tran Van', color: colour, boothIds: ['b4'] }]);
    await expect.poll(() => pixelsOfColour(a, boothBox(2), rgbOf(colour))).toBe(0);
    expect(await pixelsOfColour(a, boothBox(4), rgbOf(colour))).toBeGreaterThan(40);
    await a.screenshot({ path: test.info().outputPath('peer-outline.png') });

    // B leaves: the outline goes.
    await b.getByRole('button', { name: 'Leave' }).click();
    await expect.poll(() => peerOutlines(a)).toEqual([]);
    await expect.poll(() => pixelsOfColour(a, boothBox(4), rgbOf(colour))).toBe(0);
  });

  test('Save a copy… writes the shared show, with an edit just made, as a local show file that opens again', async ({ browser, host }) => {
    test.setTimeout(90_000);
    const a = await staff(browser, host);
    await join(a, server.url, await invite(http, adminToken, 'sales'), 'Li Na');
    await clickBooth(a, 'b3');
    await pickExhibitor(a, 'Guangxi Smart Manufacturing');
    await a.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(exhibitorOf(a)).toHaveText('Guangxi Smart Manufacturing');
    // Save As has no file to move while shared; Save a copy… is the way to a local file.
    await expect(a.getByRole('button', { name: 'Save as' })).toBeDisabled();

    await a.getByRole('button', { name: 'Save a copy…' }).click();
    const chooser = a.getByTestId('file-chooser');
    await chooser.getByLabel('Folder or file path').fill(dir);
    await chooser.getByLabel('Folder or file path').press('Enter');
    await expect(chooser).toHaveAttribute('data-dir', dir);
    await chooser.getByLabel('File name').fill('shared-copy');
    await a.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(a.getByText('Copy saved')).toBeVisible();

    const file = joinPath(dir, 'shared-copy.pavilion.json');
    const loaded = loadProjectText(readFileSync(file, 'utf8'));
    if (!loaded.ok) throw new Error(`the copy does not open: ${JSON.stringify(loaded.error)}`);
    expect(loaded.project.assignments.b3).toMatchObject({ exhibitorId: 'ex_gx', by: 'Li Na' });
    expect(loaded.project.booths.b3!.status).toBe('assigned');
    expect(loaded.project.settings.id).toBe(p.settings.id);
    // The window is still on the shared show.
    await expect(a.getByTestId('sharing-status')).toHaveAttribute('data-status', 'connected');

    // And the copy opens in the app as a normal show.
    await a.getByRole('button', { name: 'Leave' }).click();
    await a.getByRole('button', { name: 'Open project' }).click();
    await expect(chooser).toHaveAttribute('data-ready', 'true');
    await chooser.getByLabel('Folder or file path').fill(file);
    await chooser.getByLabel('Folder or file path').press('Enter');
    await expect(a.locator('body')).toHaveAttribute('data-project-path', file);
    await waitForReady(a);
    await clickBooth(a, 'b3');
    await expect(exhibitorOf(a)).toHaveText('Guangxi Smart Manufacturing');
    await expect(a.getByTestId('sharing-status')).toHaveCount(0);
  });

  test('an admin sees who has access, makes an invite to copy and removes a person; others are not offered it', async ({ browser, host }) => {
    test.setTimeout(90_000);
    const admin = await staff(browser, host);
    const sales = await staff(browser, host);
    await join(admin, server.url, await invite(http, adminToken, 'admin'), 'Wang Fang');
    await join(sales, server.url, await invite(http, adminToken, 'sales'), 'Li Na');

    // Not an admin: no People… button, and the menu entry is disabled.
    await expect(sales.getByRole('button', { name: 'People…' })).toHaveCount(0);
    await sales.getByRole('button', { name: 'Menu' }).click();
    await sales.getByRole('menuitem', { name: 'File' }).click();
    await expect(sales.getByRole('menuitem', { name: 'People and invites…' })).toHaveAttribute('aria-disabled', 'true');
    await sales.keyboard.press('Escape');

    await admin.getByRole('button', { name: 'People…' }).click();
    const dialog = admin.getByRole('dialog', { name: 'People and invites' });
    const rows = dialog.getByRole('table').getByRole('row');
    await expect(rows.filter({ hasText: 'Li Na' })).toContainText('sales');
    await expect(rows.filter({ hasText: 'Wang Fang' })).toContainText('admin');
    await expect(rows.filter({ hasText: 'Wang Fang' }).getByRole('button', { name: /Remove access/ })).toHaveCount(0);

    // An invite for a viewer: shown to copy, and it works once, as a viewer.
    await dialog.getByLabel('Role', { exact: true }).click();
    await admin.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'viewer' }).click();
    await dialog.getByRole('button', { name: 'Make invite' }).click();
    const code = dialog.getByLabel('Invite code');
    await expect(code).not.toHaveValue('');
    const viewerCode = await code.inputValue();
    const unused = dialog.getByRole('table', { name: 'Invites not used yet' }).getByRole('row');
    await expect(unused.filter({ hasText: 'viewer' })).toHaveCount(1);

    // A second invite, for sales, given to the wrong person: withdrawn, its code no longer joins.
    await dialog.getByLabel('Role', { exact: true }).click();
    await admin.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'sales' }).click();
    await dialog.getByRole('button', { name: 'Make invite' }).click();
    await expect(code).not.toHaveValue(viewerCode);
    const salesCode = await code.inputValue();
    await expect(unused.filter({ hasText: 'sales' })).toHaveCount(1);
    await admin.screenshot({ path: test.info().outputPath('people-dialog-invites.png') });
    await dialog.getByRole('button', { name: /^Withdraw the sales invite made / }).click();
    await admin.getByRole('tooltip').getByRole('button', { name: 'Withdraw' }).click();
    await expect(unused.filter({ hasText: 'sales' })).toHaveCount(0);
    await expect(code).toHaveCount(0);
    const refused = await fetch(`${http}/api/join`, { method: 'POST', body: JSON.stringify({ invite: salesCode, name: 'Wrong Person' }) });
    expect(refused.status).toBe(403);

    const joined = await fetch(`${http}/api/join`, { method: 'POST', body: JSON.stringify({ invite: viewerCode, name: 'Guest' }) });
    expect(((await joined.json()) as { role: string }).role).toBe('viewer');
    await admin.screenshot({ path: test.info().outputPath('people-dialog.png') });

    // Li Na becomes a viewer: her copy is told at once and no longer offers to assign.
    await dialog.getByLabel('Role of Li Na').click();
    await admin.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: 'viewer' }).click();
    await expect(sales.getByTestId('sharing-status')).toHaveAttribute('data-role', 'viewer');
    await expect(sales.getByText('An admin changed your role to viewer.')).toBeVisible();
    await expect(rows.filter({ hasText: 'Li Na' })).toContainText('viewer');
    await clickBooth(sales, 'b4');
    await expect(sales.getByRole('button', { name: 'Assign', exact: true }).and(sales.locator(':enabled'))).toHaveCount(0);

    // Removing Li Na: gone from the list, and her copy says so and stops.
    await dialog.getByRole('button', { name: 'Remove access for Li Na' }).click();
    await admin.getByRole('tooltip').getByRole('button', { name: 'Remove access' }).click();
    await expect(rows.filter({ hasText: 'Li Na' })).toHaveCount(0);
    await expect(rows.filter({ hasText: 'Guest' })).toContainText('viewer');
    // The viewer's invite, used meanwhile, left the list when it was read again.
    await expect(unused.filter({ hasText: 'viewer' })).toHaveCount(0);
    await expect(sales.getByTestId('sharing-status')).toHaveAttribute('data-status', 'revoked');
    await expect(sales.getByText('your access was removed by an admin')).toBeVisible();
    expect((await fetch(`${http}/api/people`, { headers: { authorization: `Bearer ${adminToken}` } }).then((r) => r.json())) as { name: string }[]).not.toContainEqual(expect.objectContaining({ name: 'Li Na' }));
  });

  test('a three-booth assignment made offline while one of its booths was taken: back online none of the three is kept, and the person is told why', async ({ browser, host }) => {
    test.setTimeout(120_000);
    const a = await staff(browser, host);
    const b = await staff(browser, host);
    await join(a, server.url, await invite(http, adminToken, 'sales'), 'Li Na');
    await join(b, server.url, await invite(http, adminToken, 'sales'), 'Tran Van');
    const saved = async () => (await (await fetch(`${http}/api/shows/${p.settings.id}/export`, { headers: { authorization: `Bearer ${adminToken}` } })).json()) as Project;

    await a.getByRole('button', { name: 'Work offline' }).click();
    await expect(a.getByTestId('sharing-status')).toHaveAttribute('data-status', 'offline');
    // Meanwhile B gives A-002 to Guangxi.
    await clickBooth(b, 'b2');
    await pickExhibitor(b, 'Guangxi Smart Manufacturing');
    await b.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect.poll(async () => (await saved()).assignments.b2?.exhibitorId).toBe('ex_gx');

    // A, not having heard, gives to Vietnam in one go (valid on A's copy).
    await clickBooth(a, 'b1');
    for (const id of ['b2', 'b3']) {
      const pt = (await a.evaluate((x) => (window as unknown as { __pavilionCanvas: { boothScreenPoint(id: string): { x: number; y: number } } }).__pavilionCanvas.boothScreenPoint(x), id))!;
      await a.keyboard.down('Shift');
      await a.mouse.click(pt.x, pt.y);
      await a.keyboard.up('Shift');
    }
    await expect(a.getByTestId('floor-canvas')).toHaveAttribute('data-selected', 'b1,b2,b3');
    await pickExhibitor(a, 'Vietnam Digital Tech');
    await a.getByRole('button', { name: 'Assign', exact: true }).click();
    await a.getByRole('button', { name: 'Reconnect' }).click();

    // Back online: the claim is refused whole, not two booths out of three.
    await expect(a.locator('.ant-message')).toContainText('A-002 could not be kept (someone changed it first), so none of the 3 booths of that change were kept.');
    const after = await saved();
    expect([after.assignments.b1, after.assignments.b2?.exhibitorId, after.assignments.b3]).toEqual([undefined, 'ex_gx', undefined]);
    await clickBooth(a, 'b1');
    await expect(exhibitorOf(a)).toHaveText('—');
    await clickBooth(a, 'b2');
    await expect(exhibitorOf(a)).toHaveText('Guangxi Smart Manufacturing');
    await a.getByRole('button', { name: '1 changes not kept' }).click();
    await expect(a.getByRole('list', { name: 'Changes the server did not keep' })).toContainText('someone changed it first');
    await a.screenshot({ path: test.info().outputPath('whole-claim-refused.png') });
  });

  test('an invite works for the days the admin picks, the dialog says until when, and an expired one is refused at Join in words of its own', async ({ browser, host }) => {
    const admin = await staff(browser, host);
    await join(admin, server.url, await invite(http, adminToken, 'admin'), 'Wang Fang');
    await admin.getByRole('button', { name: 'People…' }).click();
    const dialog = admin.getByRole('dialog', { name: 'People and invites' });
    await dialog.getByLabel('Works for').click();
    await admin.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '1 day' }).click();
    await dialog.getByRole('button', { name: 'Make invite' }).click();
    const code = dialog.getByLabel('Invite code');
    await expect(code).not.toHaveValue('');
    const oneDay = await code.inputValue();
    const [listed] = (await fetch(`${http}/api/invites`, { headers: { authorization: `Bearer ${adminToken}` } }).then((r) => r.json())) as { role: string; expires: string }[];
    expect(listed!.role).toBe('sales');
    expect(Date.parse(listed!.expires) - Date.now()).toBeLessThanOrEqual(86_400_000);
    // The date as the page writes it (same engine, language and time zone).
    const until = await admin.evaluate((iso) => new Date(iso).toLocaleString('en'), listed!.expires);
    await expect(dialog.getByText(`Invite (sales), works until ${until}:`)).toBeVisible();
    await expect(dialog.getByRole('table', { name: 'Invites not used yet' }).getByRole('row').filter({ hasText: 'sales' })).toContainText(until);

    // Two days later the code no longer joins, and the person is told it expired.
    ahead = 2 * 86_400_000;
    const guest = await staff(browser, host);
    await guest.getByRole('button', { name: 'Join…' }).click();
    const joining = guest.getByRole('dialog');
    await joining.getByLabel('Server address').fill(server.url);
    await joining.getByLabel('Invite').fill(oneDay);
    await joining.getByLabel('Your name').fill('Li Na');
    await joining.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(joining.getByRole('alert')).toContainText('This invite has expired. Ask the admin for a new one.');
    await expect(guest.getByTestId('sharing-status')).toHaveCount(0);
    await guest.screenshot({ path: test.info().outputPath('join-invite-expired.png') });
  });
});

/** A loopback port nothing listens on now (the OS picks it; the probe lets it go again). */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '0.0.0.0', r));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  return port;
}

test('Share on this computer: the app becomes the server, a colleague joins at the address it shows with an invite from People and invites, and sees an assignment; a port in use is said so', async ({ browser, host }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(joinPath(tmpdir(), 'pavilion-e2e-here-'));
  const showPath = joinPath(dir, 'office.pavilion.json');
  writeFileSync(showPath, JSON.stringify(show(), null, 2));
  const office = await startHost({ project: showPath });
  let busy: Server | null = null;
  try {
    const a = await (await browser.newContext({ viewport: { width: 1400, height: 900 }, reducedMotion: 'reduce' })).newPage();
    await openApp(a, office);
    await expect(a.locator('body')).toHaveAttribute('data-project-path', showPath);

    // From Share…, the link to share from this computer instead.
    await a.getByRole('button', { name: 'Share…' }).click();
    await a.getByRole('dialog').getByRole('button', { name: 'Share on this computer instead…' }).click();
    const dialog = a.getByRole('dialog', { name: 'Share this show from this computer' });
    await expect(dialog.getByLabel('Your name')).toHaveValue('Test User');

    // A port another program holds: told so, nothing shared, the show still open as it was.
    busy = createServer();
    await new Promise<void>((r) => busy!.listen(0, '0.0.0.0', r));
    await dialog.getByLabel('Port').fill(String((busy.address() as { port: number }).port));
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Another program on this computer already uses that port. Choose another port.');
    await expect(a.getByTestId('sharing-status')).toHaveCount(0);
    await expect(a.locator('body')).toHaveAttribute('data-project-path', showPath);

    const port = await freePort();
    await dialog.getByLabel('Port').fill(String(port));
    await dialog.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(dialog.getByText('This show is shared from this computer.')).toBeVisible();
    await expect(a.getByTestId('sharing-status')).toHaveAttribute('data-status', 'connected');
    await expect(a.getByTestId('sharing-status')).toHaveAttribute('data-role', 'admin');
    // The addresses shown are this computer's network addresses with the port chosen.
    const expected = lanAddresses(port);
    const shown = dialog.getByRole('list', { name: /Colleagues join at/ }).getByRole('listitem');
    if (expected.length > 0) await expect(shown).toHaveText(expected);
    else await expect(dialog.getByText('only Pavilion on this computer can join', { exact: false })).toBeVisible();
    await a.screenshot({ path: test.info().outputPath('share-here.png') });
    // The show is kept by this computer's server, in the app's data folder.
    expect(existsSync(joinPath(office.dataDir, 'server'))).toBe(true);

    // An invite for a colleague, from the dialog's way to People and invites.
    await dialog.getByRole('button', { name: 'People and invites…' }).click();
    const people = a.getByRole('dialog', { name: 'People and invites' });
    await people.getByRole('button', { name: 'Make invite' }).click();
    const code = people.getByLabel('Invite code');
    await expect(code).not.toHaveValue('');
    const invite = await code.inputValue();
    await people.getByRole('button', { name: 'Close' }).first().click();
    await expect(a.locator('.ant-modal-mask:visible')).toHaveCount(0);

    // The colleague, in another Pavilion, joins at the first address shown (this machine itself when it has none).
    const b = await staff(browser, host);
    await join(b, expected[0] ?? `ws://127.0.0.1:${port}`, invite, 'Li Na');
    await expect(b.getByTestId('sharing-status')).toHaveAttribute('data-role', 'sales');
    await clickBooth(b, 'b1');
    await clickBooth(a, 'b1');
    await pickExhibitor(a, 'Vietnam Digital Tech');
    await a.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(exhibitorOf(a)).toHaveText('Vietnam Digital Tech');
    await expect(exhibitorOf(b)).toHaveText('Vietnam Digital Tech', { timeout: 2000 });
  } finally {
    busy?.close();
    await office.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
