import { describe, expect, it } from 'vitest';
import { runKillLoop } from '../../stress/harness/kill-loop';
import { tempDir } from './helpers';

/**
 * A child process saves a 3,000-booth show in a loop through the real ProjectService and is
 * killed (SIGKILL) at a random point of one of its saves; the next child opens the show (the service parses
 * and validates it) and must find at least the last acknowledged revision. 50 kills here
 * (~25 s on two cores); `npm run test:stress` runs 200 and 1,000.
 */
describe('killed while saving', () => {
  it('50 kills: the show always opens and validates, no acknowledged save is lost', async () => {
    const report = await runKillLoop({ dir: await tempDir('pavilion-kill-'), kills: 50 });
    expect(report.openFailures).toEqual([]);
    expect(report.unreadable).toBe(0);
    expect(report.lostAcks).toBe(0);
    expect(report.kills).toBe(50);
    expect(report.finalValid).toBe(true);
    // Every kill came after at least one acknowledged save, and the kills spread over the
    // whole save: counts, not times, so a loaded machine cannot fail this.
    expect(report.killedBeforeFirstAck).toBe(0);
    expect(report.acked).toBeGreaterThanOrEqual(50);
    expect(report.phases.reduce((a, b) => a + b, 0)).toBe(50);
    expect(report.phases.filter((n) => n > 0).length).toBeGreaterThanOrEqual(5);
  }, 600_000);
});
