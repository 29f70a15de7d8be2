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

/**
 * What the app showed when a test failed, printed with the failure: the list reporter shows a
 * test's output but not its attachments, and a failure seen only on another machine must say
 * enough by itself (save state and its error, open dialogs, messages, the host's last lines).
 */
async function describeFailure(page: Page, host: RunningHost): Promise<string> {
  const seen = await page
    .evaluate(() => {
      const text = (sel: string) =>
        [...document.querySelectorAll(sel)]
          .filter((e) => (e as HTMLElement).offsetParent !== null || getComputedStyle(e).position === 'fixed')
          .map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300))
          .filter(Boolean);
      const save = document.querySelector('[data-testid="save-state"]');
      return {
        save: save ? `${save.getAttribute('data-state')} (${(save.textContent ?? '').trim()}) ${save.getAttribute('data-error') ?? ''}` : 'none shown',
        dialogs: text('[role="dialog"] .ant-modal-title, .ant-drawer-title'),
        messages: text('.ant-message-notice, .ant-notification-notice, [role="alert"], .ant-form-item-explain-error'),
        popovers: text('.ant-popover:not(.ant-popover-hidden)'),
      };
    })
    .catch((e: unknown) => ({ error: String(e) }));
  return [`app state: ${JSON.stringify(seen)}`, 'host output (last 30 lines):', ...host.output.slice(-30).map((l) => `  ${l}`)].join('\n');
}

export const test = base.extend<{ host: RunningHost }>({
  host: async ({ page }, use, testInfo) => {
    const host = await startHost();
    await use(host);
    if (testInfo.status !== testInfo.expectedStatus) console.log(`-- ${testInfo.title}\n${await describeFailure(page, host)}`);
    await host.stop();
  },
});

export { expect };
