import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openApp, test } from './support/fixtures';
import { startHost } from './support/host';
import { drag } from './support/plan';
import { createProject } from '../../shared/model/create';
import { newBooth } from '../../shared/editing/factory';
import type { Booth } from '../../shared/model/entities';
import type { Project } from '../../shared/model/project';

/**
 * The select tool's gestures through the real UI, one input router under them all: a booth
 * dragged (Escape drops a drag), nudged, resized by a handle, turned by the rotate handle,
 * booths brush-selected, the plan panned with the middle button and with Space+drag, a hall
 * turned by its handle; each gesture saves one edit.
 */

const readJson = (path: string): Project => JSON.parse(readFileSync(path, 'utf8')) as Project;
const saved = (page: Page) => expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');

/** A free 10 × 10 m island booth of hall h1 at x, 10. */
const booth = (id: string, number: string, x: number): Booth => ({ ...newBooth({ id, hallId: 'h1', number, shape: { type: 'rect', x, y: 10, w: 10, h: 10, rotation: 0 } }), openSides: [0, 1, 2, 3], type: 'island' });

/** One 80 × 30 m hall with three free 10 × 10 m booths, far enough apart not to snap to each other. */
function show(): Project {
  const p = createProject({ name: { zh: '手势测试展', en: 'Gesture Test Show' } });
  p.halls.h1 = { id: 'h1', name: { zh: '1号馆', en: 'Hall 1' }, code: 'A', level: 1, order: 0, outline: [[0, 0], [80, 0], [80, 30], [0, 30]], placement: { x: 0, y: 0, rotation: 0 }, background: null };
  p.booths.b1 = booth('b1', 'A-001', 5);
  p.booths.b2 = booth('b2', 'A-002', 35);
  p.booths.b3 = booth('b3', 'A-003', 62);
  return p;
}

async function hallPoint(page: Page, x: number, y: number) {
  const p = await page.evaluate(([px, py]) => window.__pavilionCanvas!.worldToScreen('h1', px as number, py as number), [x, y] as const);
  expect(p).not.toBeNull();
  return p!;
}

/** Canvases of the plan shown at the plan's full size (the rulers are strips of their own). */
function fullSizeCanvases(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.querySelector('[data-testid="floor-canvas"]')!.getBoundingClientRect();
    return [...document.querySelectorAll('[data-testid="floor-canvas"] canvas')].filter((c) => {
      const r = c.getBoundingClientRect();
      return getComputedStyle(c).display !== 'none' && r.width >= root.width - 1 && r.height >= root.height - 1;
    }).length;
  });
}

test('drag, resize, rotate, brush-select and pan on the plan, each one edit', async ({ page }) => {
  const first = await startHost();
  const file = join(first.documentsDir, 'gestures.pavilion.json');
  mkdirSync(first.documentsDir, { recursive: true });
  writeFileSync(file, JSON.stringify(show(), null, 2));
  await first.stop({ keepFiles: true });
  const host = await startHost({ dataDir: first.dataDir, documentsDir: first.documentsDir, project: file });
  try {
    await openApp(page, host);
    await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
    const canvas = page.getByTestId('floor-canvas');

    // Translating: a press on a booth selects it, a drag moves it by whole grid steps. Escape first drops one.
    const from = await hallPoint(page, 10, 15);
    const to = await hallPoint(page, 14, 17);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await expect(canvas).toHaveAttribute('data-selected', 'b1');
    await page.keyboard.press('Escape');
    await page.mouse.up();
    await saved(page);
    expect(readJson(file).booths.b1!.shape).toMatchObject({ x: 5, y: 10 });
    // Escape ended the gesture, not the selection; pressed again on an idle plan, it clears the selection.
    await expect(canvas).toHaveAttribute('data-selected', 'b1');
    await page.keyboard.press('Escape');
    await expect(canvas).toHaveAttribute('data-selected', '');
    await drag(page, from, to);
    await expect.poll(() => readJson(file).booths.b1!.shape).toMatchObject({ x: 9, y: 12, w: 10, h: 10 });
    // The arrows nudge the selection through the same router (Shift: 1 m).
    await page.keyboard.press('Shift+ArrowRight');
    await expect.poll(() => readJson(file).booths.b1!.shape).toMatchObject({ x: 10, y: 12 });
    await page.keyboard.press('Control+z');
    await expect.poll(() => readJson(file).booths.b1!.shape).toMatchObject({ x: 9, y: 12 });

    // Resizing: the bottom handle of b2 (35..45 × 10..20) pulled down 4 m.
    await page.mouse.click((await hallPoint(page, 40, 15)).x, (await hallPoint(page, 40, 15)).y);
    await expect(canvas).toHaveAttribute('data-selected', 'b2');
    await drag(page, await hallPoint(page, 40, 20), await hallPoint(page, 40, 24.1));
    await expect.poll(() => readJson(file).booths.b2!.shape).toMatchObject({ x: 35, y: 10, w: 10, h: 14 });

    // Rotating: b3's rotate handle stands 28 px above the middle of its top edge; carried round
    // to the right of the booth's centre it turns the booth a quarter clockwise.
    const centre = await hallPoint(page, 67, 15);
    await page.mouse.click(centre.x, centre.y);
    await expect(canvas).toHaveAttribute('data-selected', 'b3');
    const top = await hallPoint(page, 67, 10);
    const handle = { x: top.x, y: top.y - 28 };
    const radius = centre.y - handle.y;
    await drag(page, handle, { x: centre.x + radius, y: centre.y });
    await expect.poll(() => readJson(file).booths.b3!.shape).toMatchObject({ rotation: 90 });

    // Brushing: a band dragged over empty floor selects the booths wholly inside it.
    await drag(page, await hallPoint(page, 2, 2), await hallPoint(page, 50, 28));
    await expect(canvas).toHaveAttribute('data-selected', 'b1,b2');
    // Shift+band adds to the selection.
    await page.keyboard.down('Shift');
    await drag(page, await hallPoint(page, 55, 1), await hallPoint(page, 79, 29));
    await page.keyboard.up('Shift');
    await expect(canvas).toHaveAttribute('data-selected', 'b1,b2,b3');
    // Layers with nothing to show leave the page (without a GPU every full-size canvas is
    // blended on every frame): the plan, the hall handles and now the selection.
    await expect.poll(() => fullSizeCanvases(page)).toBe(3);
    // A click on empty floor clears it.
    const floor = await hallPoint(page, 30, 27);
    await page.mouse.click(floor.x, floor.y);
    await expect(canvas).toHaveAttribute('data-selected', '');
    await expect.poll(() => fullSizeCanvases(page)).toBe(2);

    // Panning: the middle button drags the plan, even starting on a booth, and selects nothing.
    const before = await hallPoint(page, 10, 15);
    await page.mouse.move(before.x, before.y);
    await page.mouse.down({ button: 'middle' });
    await page.mouse.move(before.x + 60, before.y + 30, { steps: 5 });
    await page.mouse.up({ button: 'middle' });
    await expect.poll(async () => (await hallPoint(page, 10, 15)).x).toBeCloseTo(before.x + 60, 0);
    expect((await hallPoint(page, 10, 15)).y).toBeCloseTo(before.y + 30, 0);
    await expect(canvas).toHaveAttribute('data-selected', '');
    // Space+drag pans the same way.
    const mid = await hallPoint(page, 10, 15);
    await canvas.focus();
    await page.keyboard.down('Space');
    await drag(page, mid, { x: mid.x - 40, y: mid.y });
    await page.keyboard.up('Space');
    await expect.poll(async () => (await hallPoint(page, 10, 15)).x).toBeCloseTo(mid.x - 40, 0);
    await expect(canvas).toHaveAttribute('data-selected', '');

    // A hall turns by the round handle right of its title bar's end (16 px on, 10 px up):
    // carried a quarter round its centre, one edit; undo takes it back.
    const end = await hallPoint(page, 80, 0);
    const knob = { x: end.x + 16, y: end.y - 10 };
    const middle = await hallPoint(page, 40, 15);
    const [vx, vy] = [knob.x - middle.x, knob.y - middle.y];
    await drag(page, knob, { x: middle.x - vy, y: middle.y + vx });
    await expect.poll(() => readJson(file).halls.h1!.placement.rotation).toBe(90);
    await page.keyboard.press('Control+z');
    await expect.poll(() => readJson(file).halls.h1!.placement.rotation).toBe(0);

    // Nothing but the three gestures reached the file: the booths are where they were left.
    await saved(page);
    const booths = readJson(file).booths;
    expect(booths.b1!.shape).toMatchObject({ x: 9, y: 12 });
    expect(booths.b2!.shape).toMatchObject({ h: 14 });
    expect(booths.b3!.shape).toMatchObject({ rotation: 90 });
  } finally {
    await host.stop();
  }
});
