import { runSyncLoad } from '../../tests/stress/harness/sync-load';
import { rows, type Measurement } from './stats';

/**
 * Live sharing on the 7,500-booth show: 20 people each making assignments, holds, releases and
 * moves, once through one server and once through two instances joined by Redis (the baseline
 * is the single instance, same load, same run). Rows: propagation (a change by one person seen
 * by another), each server's peak memory, and a new client receiving a 20,000-booth show.
 */
export async function measureSync(quick: boolean, log: (s: string) => void): Promise<Measurement[]> {
  const load = { booths: 7500, clients: 20, actionsPerClient: quick ? 15 : 60, pool: 3000, thinkMs: 50 };
  log('sync: one server instance');
  const one = await runSyncLoad({ ...load, joinBooths: 0, instances: 1 });
  log('sync: two instances joined by Redis');
  const two = await runSyncLoad({ ...load, joinBooths: quick ? 0 : 20000, instances: 2 });
  for (const r of [one, two]) {
    if (r.lostAcknowledged + r.doubleBooked + r.diverged + r.integrityIssues > 0 || r.errors.length > 0) {
      throw new Error(`sync bench: lost ${r.lostAcknowledged}, double-booked ${r.doubleBooked}, diverged ${r.diverged}, integrity ${r.integrityIssues}, ${r.errors.join('; ')}`);
    }
  }
  const out: Measurement[] = [
    ...rows('sync-propagation-two-instances', 7500, two.latencies, { 'one-instance': one.latencies }),
    ...rows('sync-server-peak-rss', 7500, two.serverPeakRss.map((b) => b / 2 ** 20), {}, 'MB'),
  ];
  if (two.joinMs !== null) out.push(...rows('sync-new-client-join', 20000, [two.joinMs], {}));
  log(`sync: ${two.acknowledged} acknowledged, ${two.refused} refused as taken first by someone else, ${two.actions} actions in ${two.seconds.toFixed(1)} s`);
  return out;
}
