import { describe, expect, it } from 'vitest';
import { runSyncLoad } from '../../stress/harness/sync-load';

// The full size (20 people × 500 actions on 7,500 booths, a 20,000-booth join) runs in `npm run test:stress`.
describe('sync under load (small)', () => {
  it('people selling through two instances joined by Redis: nothing acknowledged is lost, nothing double-booked, every copy agrees', async () => {
    const r = await runSyncLoad({ booths: 400, clients: 4, actionsPerClient: 25, pool: 60, thinkMs: 5, joinBooths: 0 });
    expect(r.errors).toEqual([]);
    expect(r.acknowledged).toBeGreaterThan(50);
    expect(r.lostAcknowledged).toBe(0);
    expect(r.doubleBooked).toBe(0);
    expect(r.integrityIssues).toBe(0);
    expect(r.diverged).toBe(0);
    expect(r.propagation.samples).toBeGreaterThan(0);
  }, 120_000);
});
