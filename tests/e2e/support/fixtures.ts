import { test as base, expect, type Page } from '@playwright/test';
import { startHost, type RunningHost } from './host';

/** Waits for the app's own ready signal (set once a project or the empty state is shown). */
export async function waitForReady(page: Page): Promise<void> {
  await expect(page.locator('body[data-ready="true"]')).toHaveCount(1, { timeout: 30_000 });
}

export async function openApp(page: Page, host: RunningHost): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('pavilion.testHooks', '1'));
  await page.goto(host.url);
  await waitForReady(page);
}

export const test = base.extend<{ host: RunningHost }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const host = await startHost();
    await use(host);
    await host.stop();
  },
});

export { expect };
