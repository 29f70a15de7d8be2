/**
 * `npm run test:stress`: the durability tests of `npm test` at full size.
 *   power loss:  every crash point of 40 saves of a 1,000-booth show
 *   two writers: 2 processes × 200, then × 1,000 booth assignments on one show
 *   kill -9:     200, then 1,000 kills of a process saving a 3,000-booth show
 *   fuzz:        500 mutated inputs per import format (CSV, XLSX, DXF ASCII and binary) through a worker,
 *                5,000 mutated project files through the loader
 *   sync:        20 people × 500 assignments, holds, releases and moves on the 7,500-booth show
 *                through two server instances joined by Redis; a 20,000-booth show to a new client
 * Options: --only power|two|kill|fuzz|sync (repeatable), --kills N (replaces 200 and 1,000).
 * Prints what it measured; exit 1 when anything was lost or unreadable.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runKillLoop } from '../tests/stress/harness/kill-loop';
import { runPowerLoss } from '../tests/stress/harness/power-loss';
import { runTwoWriters } from '../tests/stress/harness/two-writers';
import { runSyncLoad } from '../tests/stress/harness/sync-load';

const { values } = parseArgs({ options: { only: { type: 'string', multiple: true }, kills: { type: 'string', multiple: true } }, strict: true });
const only = new Set(values.only ?? ['power', 'two', 'kill', 'fuzz', 'sync']);
const killCounts = (values.kills ?? ['200', '1000']).map(Number);
const failures: string[] = [];
const work = mkdtempSync(join(tmpdir(), 'pavilion-stress-'));
const check = (ok: boolean, what: string) => {
  if (!ok) failures.push(what);
};

try {
  if (only.has('power')) {
    const r = await runPowerLoss({ dir: join(work, 'power'), saves: 40, booths: 1000 });
    console.log(`power loss: ${r.saves} saves, ${r.events} file system calls, ${r.crashPoints} crash points, ${r.images} disk images; ${r.violations.length} with a lost save, ${r.unrecoverable} unrecoverable`);
    check(r.violations.length === 0 && r.unrecoverable === 0, 'power loss lost a save');
    const careless = await runPowerLoss({ dir: join(work, 'power-careless'), saves: 10, booths: 1000, careless: true });
    console.log(`  control (a writer without fsync): ${careless.violations.length} of ${careless.images} images lose a save`);
    check(careless.violations.length > 0, 'the power-loss model did not catch a writer without fsync');
  }
  if (only.has('two')) {
    for (const commits of [200, 1000]) {
      const r = await runTwoWriters({ dir: join(work, `two-${commits}`), commitsPerProcess: commits });
      console.log(`two writers × ${commits}: landed ${r.landed.join(' + ')}, lost ${r.lost}, rejected ${r.rejected}, ${r.conflicts} conflicts shown (re-applied in ${r.reapplies} reloads), ${r.busy} busy, file valid: ${r.finalValid}, ${r.seconds.toFixed(1)} s`);
      for (const e of r.errors) console.log(`  ${e}`);
      check(r.lost === 0 && r.finalValid && r.errors.length === 0 && r.landed[0] === commits && r.landed[1] === commits, `two writers × ${commits}`);
    }
  }
  if (only.has('kill')) {
    for (const kills of killCounts) {
      const r = await runKillLoop({ dir: join(work, `kill-${kills}`), kills });
      console.log(`kill -9 × ${r.kills}: ${r.unreadable} unreadable, ${r.lostAcks} lost acknowledged saves, ${r.acked} saves acknowledged, ${r.killedBeforeFirstAck} kills before the first save finished, kills by tenth of a save [${r.phases.join(' ')}], final files valid: ${r.finalValid}, ${r.seconds.toFixed(1)} s (${((r.seconds / r.kills) * 1000).toFixed(0)} ms per kill)`);
      for (const f of r.openFailures) console.log(`  open failure: ${f}`);
      check(r.unreadable === 0 && r.lostAcks === 0 && r.openFailures.length === 0 && r.finalValid && r.kills === kills, `kill -9 × ${kills}`);
      // Spread over the whole save: every tenth of it was hit (counts, whatever the machine's speed).
      check(r.kills < 100 || r.phases.every((n) => n > 0), `kill -9 × ${kills}: some part of the save was never hit`);
    }
  }
  if (only.has('fuzz')) {
    // The same property tests as `npm test`, at the issue's full count.
    const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/unit/import/fuzz-csv.test.ts', 'tests/unit/import/fuzz-xlsx.test.ts', 'tests/unit/drawing/fuzz-dxf.test.ts'], {
      stdio: 'inherit',
      env: { ...process.env, PAVILION_FUZZ_RUNS: '500' },
    });
    console.log(`fuzz: 500 mutated inputs per import format: ${r.status === 0 ? 'every one ended in rows or a clean error code' : 'FAILED'}`);
    check(r.status === 0, 'fuzz × 500 per format');
    const l = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', 'tests/unit/services/fuzz-loader.test.ts'], {
      stdio: 'inherit',
      env: { ...process.env, PAVILION_LOADER_FUZZ_RUNS: '5000' },
    });
    console.log(`fuzz: 5,000 mutated project files: ${l.status === 0 ? 'every one opened sound or was refused with a code, the file untouched' : 'FAILED'}`);
    check(l.status === 0, 'loader fuzz × 5,000');
  }
  if (only.has('sync')) {
    const r = await runSyncLoad({ booths: 7500, clients: 20, actionsPerClient: 500, pool: 3000, thinkMs: 50, joinBooths: 20000 });
    const mb = r.serverPeakRss.map((b) => Math.round(b / 2 ** 20));
    console.log(
      `sync: 20 people × 500 actions, 2 instances + Redis: ${r.actions} actions, ${r.acknowledged} acknowledged, ${r.refused} refused (taken first), ` +
        `${r.lostAcknowledged} lost acknowledged, ${r.doubleBooked} double-booked, ${r.integrityIssues} integrity issues, ${r.diverged} copies diverged; ` +
        `propagation p50 ${r.propagation.p50} ms, p95 ${r.propagation.p95} ms (${r.propagation.samples} samples); server peak memory ${mb.join(' + ')} MB; ` +
        `20,000-booth show to a new client in ${Math.round(r.joinMs ?? NaN)} ms; ${r.seconds.toFixed(1)} s`,
    );
    for (const e of r.errors) console.log(`  ${e}`);
    check(r.lostAcknowledged === 0 && r.doubleBooked === 0 && r.integrityIssues === 0 && r.diverged === 0 && r.errors.length === 0, 'sync: lost, double-booked or diverged');
    check(r.propagation.p95 <= 250, `sync: propagation p95 ${r.propagation.p95} ms > 250 ms`);
    check(Math.max(...mb) <= 500, `sync: server memory ${Math.max(...mb)} MB > 500 MB`);
    check((r.joinMs ?? Infinity) <= 2000, `sync: 20,000-booth join ${Math.round(r.joinMs ?? NaN)} ms > 2 s`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`stress: FAILED — ${failures.join('; ')}`);
  process.exitCode = 1;
} else {
  console.log('stress: ok');
}
