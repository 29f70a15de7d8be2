import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, openApp, waitForReady } from './support/fixtures';
import { startHost } from './support/host';
import { generateShow } from '../../shared/sample/generate';
import { serializeProject } from '../../electron/services/project-format';
import type { Project } from '../../shared/model/project';

const readShow = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Project;

test('a change on disk behind the app leads to the conflict dialog; reload and re-apply keeps both', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-conflict-'));
  const file = join(dir, 'conflict.pavilion.json');
  writeFileSync(file, serializeProject(generateShow({ halls: 1, booths: 40, exhibitors: 20, seed: 3 })));
  const host = await startHost({ project: file });
  try {
    await openApp(page, host);
    await expect(page.locator('body')).toHaveAttribute('data-project-path', file);

    // Someone else writes the file: a booth's notes, and a higher revision.
    const theirs = readShow(file);
    const boothId = Object.keys(theirs.booths)[0]!;
    theirs.booths[boothId] = { ...theirs.booths[boothId]!, notes: 'written by someone else' };
    theirs.revision += 5;
    writeFileSync(file, serializeProject(theirs));

    // Our edit (the show's English name, in the inspector with nothing selected).
    const nameEn = page.getByRole('region', { name: 'Inspector' }).getByLabel('Show name (English)');
    await nameEn.fill('Our renamed show');
    await nameEn.press('Enter');

    const dialog = page.getByTestId('reliability-conflict');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('Someone else changed this show');
    await page.getByRole('button', { name: 'Reload and re-apply my changes' }).click();
    await expect(dialog).toHaveCount(0);
    await waitForReady(page);

    await expect.poll(() => readShow(file).settings.name.en).toBe('Our renamed show');
    const merged = readShow(file);
    expect(merged.booths[boothId]!.notes).toBe('written by someone else');
    expect(merged.revision).toBeGreaterThan(theirs.revision);
    await expect(page.getByTestId('save-state')).toHaveAttribute('data-state', 'saved');
  } finally {
    await host.stop();
    rmSync(dir, { recursive: true, force: true });
  }
});
