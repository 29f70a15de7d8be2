/**
 * A small, repeatable slice of the sync load test, to measure and profile the server in a
 * minute instead of the full run's thirteen:
 *
 *   npx tsx scripts/sync-profile.ts [--clients 4] [--actions 100] [--booths 7500] [--instances 2]
 *                                   [--think 50] [--join 0] [--prof DIR]
 *
 * `--prof DIR` writes a V8 CPU profile of each server process into DIR (open it in Chrome's
 * DevTools, or summarise it with `npx tsx scripts/cpu-profile-top.ts FILE`). Prints throughput,
 * propagation and each server's peak memory with the load average, since the machine is shared.
 */
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runSyncLoad } from '../tests/stress/harness/sync-load';

const { values } = parseArgs({
  options: {
    clients: { type: 'string', default: '4' },
    actions: { type: 'string', default: '100' },
    booths: { type: 'string', default: '7500' },
    instances: { type: 'string', default: '2' },
    think: { type: 'string', default: '50' },
    join: { type: 'string', default: '0' },
    prof: { type: 'string' },
    'node-args': { type: 'string', default: '' },
  },
});

const prof = values.prof ? resolve(values.prof) : null;
if (prof) mkdirSync(prof, { recursive: true });
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
const before = load();
const r = await runSyncLoad({
  booths: Number(values.booths),
  clients: Number(values.clients),
  actionsPerClient: Number(values.actions),
  pool: Math.min(3000, Math.round(Number(values.booths) * 0.4)),
  thinkMs: Number(values.think),
  joinBooths: Number(values.join),
  instances: Number(values.instances),
  serverNodeArgs: [...(prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`] : []), ...(values['node-args'] ? values['node-args'].split(' ') : [])],
});
const mb = r.serverPeakRss.map((b) => Math.round(b / 2 ** 20));
console.log(
  `${values.clients} people × ${values.actions} on ${values.booths} booths, ${values.instances} instance(s): ` +
    `${r.actions} actions (${r.acknowledged} acknowledged, ${r.refused} refused) in ${r.seconds.toFixed(1)} s = ${(r.actions / r.seconds).toFixed(1)} actions/s; ` +
    `propagation p50 ${r.propagation.p50} / p95 ${r.propagation.p95} / max ${r.propagation.max} ms (${r.propagation.samples} samples); ` +
    `server peak ${mb.join(' + ')} MB` +
    (r.joinMs !== null ? `; ${values.join}-booth join ${Math.round(r.joinMs)} ms` : '') +
    `; ${r.writers} Yjs writers in the document; lost ${r.lostAcknowledged}, double-booked ${r.doubleBooked}, diverged ${r.diverged}, integrity ${r.integrityIssues}` +
    `; load average before ${before}, after ${load()}`,
);
for (const e of r.errors) console.log(`  ${e}`);
