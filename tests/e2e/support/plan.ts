import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { expect, waitForReady } from './fixtures';

/** Helpers of the specs that draw on the plan: the saved file, a test picture, gestures, a new show. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a show file read as plain JSON
export const readJson = (path: string): any => JSON.parse(readFileSync(path, 'utf8'));

/** A tiny RGB PNG encoder: enough for a test drawing of w × h pixels. */
export function makePng(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const raw = Buffer.alloc((w * 3 + 1) * h);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) raw[y * (w * 3 + 1) + 1 + x * 3] = (x * 7) & 0xff;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

export async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 4 });
  await page.mouse.up();
}

export async function hallPoint(page: Page, hallId: string, x: number, y: number) {
  const p = await page.evaluate(([h, px, py]) => window.__pavilionCanvas!.worldToScreen(h as string, px as number, py as number), [hallId, x, y] as const);
  if (!p) throw new Error('hall not on the plan');
  return p;
}

/** Creates a new show through the New project dialog and the in-app file chooser; resolves its path. */
export async function newProject(page: Page, dir: string, show: { zh: string; en: string; file: string }): Promise<string> {
  await page.getByRole('button', { name: 'New project' }).click();
  const form = page.getByTestId('new-project-form');
  await form.getByLabel('Show name (Chinese)').fill(show.zh);
  await form.getByLabel('Show name (English)').fill(show.en);
  const chooser = page.getByTestId('file-chooser');
  // A click while the dialog is still opening can miss the button (seen once on a loaded
  // machine): click again until the chooser is there.
  await expect(async () => {
    if (!(await chooser.isVisible())) await page.getByRole('button', { name: 'Choose where to save…' }).click({ timeout: 5000 });
    await expect(chooser).toBeVisible({ timeout: 3000 });
  }).toPass({ timeout: 30_000 });
  await chooser.getByLabel('Folder or file path').fill(dir);
  await chooser.getByLabel('Folder or file path').press('Enter');
  await expect(chooser).toHaveAttribute('data-dir', dir);
  await chooser.getByLabel('File name').fill(show.file);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const file = join(dir, `${show.file}.pavilion.json`);
  await expect(page.locator('body')).toHaveAttribute('data-project-path', file);
  await waitForReady(page);
  return file;
}

