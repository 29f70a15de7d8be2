import { _electron as electron } from 'playwright-core';
import { createRequire } from 'node:module';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

/** The Electron binary's path, or null where its download was impossible (offline machines). */
function electronBinary(): string | null {
  try {
    const p = createRequire(import.meta.url)('electron') as unknown;
    return typeof p === 'string' && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const binary = electronBinary();

test('the desktop app launches with a sandboxed, isolated window', async () => {
  if (!binary) {
    console.log('SKIPPED: Electron launch test — the Electron binary is not installed on this machine.');
  }
  test.skip(!binary, 'the Electron binary is not installed on this machine');
  const userData = mkdtempSync(join(tmpdir(), 'pavilion-electron-'));
  const app = await electron.launch({
    executablePath: binary!,
    args: ['.', `--user-data-dir=${userData}`, '--no-sandbox'],
    env: { ...process.env, PAVILION_DOCUMENTS_DIR: join(userData, 'documents') },
  });
  try {
    const window = await app.firstWindow();
    await expect(window.locator('body[data-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
    expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
    expect(await window.evaluate(() => typeof (window as unknown as { pavilion?: unknown }).pavilion)).toBe('object');
    expect(window.url()).toMatch(/^app:\/\/pavilion\//);
  } finally {
    await app.close();
  }
});
