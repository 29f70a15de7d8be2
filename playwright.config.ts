import { defineConfig } from '@playwright/test';
import { chromiumPath, CHROMIUM_ARGS } from './tests/e2e/support/chromium';

/**
 * End-to-end tests drive the real app in Debian's Chromium against browser mode (the same
 * services as the desktop app, behind the loopback host). Each test starts its own host with
 * fresh data and documents folders.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    locale: 'en-US',
    viewport: { width: 1440, height: 900 },
    // Menus and dialogs appear at once (the app follows the system's reduced-motion setting):
    // a click aimed at a menu item while the menu still slides in can land on its neighbour.
    contextOptions: { reducedMotion: 'reduce' },
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
