import { describe, expect, it } from 'vitest';
import { runTwoWriters } from '../../stress/harness/two-writers';
import { tempDir } from './helpers';

/**
 * Two real processes, each with its own ProjectService, commit 200 booth assignments each to
 * one show at the same time. Each commit lands or answers `conflict`; conflicts are resolved
 * with reloadAndReapply until they land. Nothing may be lost and the file must stay valid.
 */
describe('two Pavilions writing one show', () => {
  it('2 × 200 assignments: 0 lost, 0 invalid files', async () => {
    const report = await runTwoWriters({ dir: await tempDir('pavilion-two-'), commitsPerProcess: 200 });
    console.log(`two writers: ${report.conflicts} conflicts shown and re-applied, ${report.busy} busy, ${report.seconds.toFixed(1)} s`);
    expect(report.errors).toEqual([]);
    expect(report.landed).toEqual([200, 200]);
    expect(report.lost).toBe(0);
    expect(report.rejected).toBe(0);
    expect(report.finalValid).toBe(true);
  }, 120_000);
});
