/**
 * A Pavilion stand-in run as a child process by the crash and two-writer tests: it opens a
 * show with the real ProjectService and commits booth assignments in a loop, the way the
 * renderer's document store does (a local copy, a queue, commit; on conflict,
 * reloadAndReapply), and reports each step as one JSON line on stdout.
 *
 *   saver-child <show> <mode: kill|writer> <seed> <commits> <booth parity 0|1|-1> [takeOver]
 *
 * kill:   commits forever (the parent kills it at a random moment).
 * writer: makes `commits` assignments, each landing eventually, then exits.
 */
import { join, dirname } from 'node:path';
import { ProjectService } from '../../../electron/services/project-service';
import type { Project } from '../../../shared/model/project';
import { operation } from '../../../shared/ops/build';
import { applyOperation, type Operation } from '../../../shared/ops/operation';

export type ChildMessage =
  | { t: 'ready'; revision: number; pid: number }
  | { t: 'ack'; revision: number; booths: string[] }
  | { t: 'conflict'; reason: string }
  | { t: 'busy' }
  | { t: 'rejected'; booths: string[] }
  | { t: 'done'; assigned: string[]; conflicts: number; reapplies: number; busy: number }
  | { t: 'error'; error: unknown };

const send = (m: ChildMessage) => process.stdout.write(`${JSON.stringify(m)}\n`);

/** A small deterministic generator (the parent passes the seed). */
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x1_0000_0000;
  };
}

/** An operation assigning a free booth (of our parity) to an exhibitor, or null when none is left. */
function assignOp(doc: Project, boothIds: string[], exhibitorIds: string[], random: () => number, tries = 50): { op: Operation; booth: string } | null {
  for (let i = 0; i < tries; i++) {
    const boothId = boothIds[Math.floor(random() * boothIds.length)]!;
    const booth = doc.booths[boothId];
    if (!booth || booth.status !== 'available' || doc.assignments[boothId]) continue;
    const exhibitorId = exhibitorIds[Math.floor(random() * exhibitorIds.length)]!;
    const op = operation(doc, 'ops.assignBooth')
      .put('assignments', { id: boothId, boothId, exhibitorId, at: new Date().toISOString(), by: `pid ${process.pid}` })
      .update('booths', boothId, { status: 'assigned', claim: null })
      .build();
    return { op, booth: boothId };
  }
  return null;
}

async function main(): Promise<void> {
  const [file, mode, seedText, commitsText, parityText, takeOverText] = process.argv.slice(2);
  if (!file || (mode !== 'kill' && mode !== 'writer')) throw new Error('usage: saver-child <show> <kill|writer> <seed> <commits> <parity> [takeOver]');
  const random = rng(Number(seedText ?? 1));
  const commits = Number(commitsText ?? 0);
  const parity = Number(parityText ?? -1);
  const service = new ProjectService({ recoveryDir: join(dirname(file), `recovery-${process.pid}`), userName: () => `child ${process.pid}`, warn: () => undefined });
  const opened = await service.openProject({ path: file, takeOver: takeOverText === 'takeOver' });
  if (!opened.ok) {
    send({ t: 'error', error: opened.error });
    process.exit(3);
  }
  const { handle } = opened.value;
  let doc = opened.value.project;
  send({ t: 'ready', revision: doc.revision, pid: process.pid });
  const boothIds = Object.keys(doc.booths)
    .sort()
    .filter((_, i) => parity < 0 || i % 2 === parity);
  const exhibitorIds = Object.keys(doc.exhibitors);
  const assigned: string[] = [];
  let conflicts = 0;
  let reapplies = 0;
  let busy = 0;
  let queue: { op: Operation; booth: string }[] = [];

  for (let n = 0; mode === 'kill' || assigned.length < commits; n++) {
    if (queue.length === 0) {
      const next = assignOp(doc, boothIds, exhibitorIds, random);
      if (!next) break;
      // Like the renderer: applied to the local copy at once, then queued for the host.
      doc = applyOperation(doc, next.op);
      queue.push(next);
    }
    const r = await service.commitOperations({ handle, baseRevision: doc.revision, ops: queue.map((q) => q.op) });
    if (r.ok) {
      doc = { ...doc, revision: r.value.revision };
      assigned.push(...queue.map((q) => q.booth));
      send({ t: 'ack', revision: r.value.revision, booths: queue.map((q) => q.booth) });
      queue = [];
      continue;
    }
    if (r.error.code === 'busy') {
      busy++;
      send({ t: 'busy' });
      continue;
    }
    if (r.error.code !== 'conflict') throw new Error(`commit failed: ${JSON.stringify(r.error)}`);
    conflicts++;
    send({ t: 'conflict', reason: r.error.conflict?.reason ?? '?' });
    // What the renderer offers first: reload and re-apply my changes, until they land.
    for (;;) {
      const again = await service.reloadAndReapply({ handle, ops: queue.map((q) => q.op) });
      reapplies++;
      if (!again.ok) {
        if (again.error.code === 'busy' || again.error.code === 'conflict') continue;
        throw new Error(`reloadAndReapply failed: ${JSON.stringify(again.error)}`);
      }
      doc = again.value.project;
      const landed = queue.filter((q) => again.value.applied.includes(q.op.id)).map((q) => q.booth);
      const rejected = queue.filter((q) => !again.value.applied.includes(q.op.id)).map((q) => q.booth);
      assigned.push(...landed);
      if (landed.length > 0) send({ t: 'ack', revision: again.value.revision, booths: landed });
      if (rejected.length > 0) send({ t: 'rejected', booths: rejected });
      queue = [];
      break;
    }
  }
  await service.close();
  send({ t: 'done', assigned, conflicts, reapplies, busy });
}

main().catch((e: unknown) => {
  send({ t: 'error', error: e instanceof Error ? `${e.message}\n${e.stack}` : String(e) });
  process.exit(2);
});
