import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadProjectText } from '../../../shared/model/load';
import { writeShow } from './kill-loop';
import { startSaver } from './processes';

export interface TwoWritersReport {
  commitsPerProcess: number;
  /** Assignments each process had acknowledged (after retries). */
  landed: [number, number];
  /** Acknowledged assignments missing from the final file (must be 0). */
  lost: number;
  /** Assignments left out by reloadAndReapply (0 here: the two never touch the same booth). */
  rejected: number;
  /** `conflict` answers the processes got (each resolved by reloadAndReapply). */
  conflicts: number;
  reapplies: number;
  busy: number;
  /** The final file parses and validates (must be true). */
  finalValid: boolean;
  seconds: number;
  errors: string[];
}

/**
 * Two child processes, each with its own ProjectService, assign booths in one show at the
 * same time (one on even booths, one on odd, so every assignment can land). The first opens
 * normally; the second takes over the "open" marker, as a user who chose "open anyway"
 * would. Every commit must land, directly or after reloadAndReapply, and the file must stay
 * valid.
 */
export async function runTwoWriters(opts: { dir: string; commitsPerProcess: number; booths?: number }): Promise<TwoWritersReport> {
  const started = Date.now();
  const booths = opts.booths ?? Math.max(600, opts.commitsPerProcess * 3);
  const file = await writeShow(join(opts.dir, 'shared'), booths, 0);
  const a = await startSaver(file, 'writer', { seed: 11, commits: opts.commitsPerProcess, parity: 0 });
  await a.waitFor((m) => m.t === 'ready' || m.t === 'error');
  const b = await startSaver(file, 'writer', { seed: 23, commits: opts.commitsPerProcess, parity: 1, takeOver: true });
  await Promise.all([a.exited, b.exited]);
  const errors: string[] = [];
  const done = [a, b].map((c, i) => {
    const d = c.messages.find((m) => m.t === 'done');
    if (!d || d.t !== 'done') errors.push(`process ${i}: ${JSON.stringify(c.messages.filter((m) => m.t === 'error'))} ${c.stderr().slice(0, 1000)}`);
    return d && d.t === 'done' ? d : null;
  });
  const text = await readFile(file, 'utf8');
  const loaded = loadProjectText(text);
  const assigned = new Set(loaded.ok ? Object.keys(loaded.project.assignments) : []);
  const acknowledged = done.flatMap((d) => d?.assigned ?? []);
  const rejected = [a, b].reduce((n, c) => n + c.messages.filter((m) => m.t === 'rejected').length, 0);
  return {
    commitsPerProcess: opts.commitsPerProcess,
    landed: [done[0]?.assigned.length ?? 0, done[1]?.assigned.length ?? 0],
    lost: acknowledged.filter((booth) => !assigned.has(booth)).length,
    rejected,
    conflicts: done.reduce((n, d) => n + (d?.conflicts ?? 0), 0),
    reapplies: done.reduce((n, d) => n + (d?.reapplies ?? 0), 0),
    busy: done.reduce((n, d) => n + (d?.busy ?? 0), 0),
    finalValid: loaded.ok,
    seconds: (Date.now() - started) / 1000,
    errors,
  };
}
