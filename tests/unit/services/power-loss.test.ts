import { describe, expect, it } from 'vitest';
import { runPowerLoss } from '../../stress/harness/power-loss';
import { tempDir } from './helpers';

/**
 * A power cut at any point of a save: every file system call of 8 saves (each also keeping a
 * rotating backup and rotating old ones away) is recorded, and every disk image a cut could
 * leave is rebuilt (unflushed data lost, name changes durable only after their folder was
 * flushed, others possibly, in order). See tests/stress/harness/crash-model.ts.
 */
describe('power loss during saves', () => {
  it('every image holds the last acknowledged revision or a newer one', async () => {
    const report = await runPowerLoss({ dir: await tempDir(), saves: 8 });
    expect(report.violations).toEqual([]);
    expect(report.unrecoverable).toBe(0);
    // The run really recorded the protocol: each save creates, writes, flushes, renames…
    expect(report.events).toBeGreaterThan(8 * 6);
    expect(report.images).toBeGreaterThan(report.crashPoints);
  });

  it('the model catches a writer that does not flush (so the check above can fail)', async () => {
    const report = await runPowerLoss({ dir: await tempDir(), saves: 4, careless: true });
    expect(report.violations.length).toBeGreaterThan(0);
    expect(report.unrecoverable).toBeGreaterThan(0);
    expect(report.violations.some((v) => v.found.includes('unknown bytes') || v.found === 'missing')).toBe(true);
  });
});
