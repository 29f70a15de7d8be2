import { _electron as electron } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';

import { findElectronBinary } from '../../electron/web-host/electron-binary';

// Same lookup as `npm start`; never `require('electron')`, which tries to download the binary.
const binary = findElectronBinary(join(process.cwd(), 'node_modules', 'electron'));

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
