import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { writeFileDurably } from '../../electron/services/durable-file';
import { ProjectService } from '../../electron/services/project-service';
import { serializeProject } from '../../electron/services/project-format';
import { ProjectSerializer } from '../../electron/services/serialize-project';
import { assignBooths } from '../../shared/assignment/commands';
import type { Project } from '../../shared/model/project';
import { applyOperation } from '../../shared/ops/operation';

export interface FileSamples {
  open: number[];
  /** One assignment committed: call to written (renamed and flushed) on disk. */
  assignOnDisk: number[];
  /** Longest event-loop stall seen during each commit (setInterval probe), ms. */
  loopBlock: number[];
  /** Same, by `monitorEventLoopDelay` (max over all commits), ms. */
  loopDelayMax: number;
  /** Longest stall when the same document is stringified in one go, as before (ms). */
  syncStringify: number[];
  /** A save on its own, after one assignment: serialise (cached chunks) + durable write, ms. */
  save: number[];
  /** The serialise part of `save`, ms. */
  saveSerialize: number[];
  /** Longest event-loop stall during each save, ms. */
  saveLoopBlock: number[];
}

/** Longest gap between ticks of a 1 ms interval while `run` is going. */
async function longestStall<T>(run: () => Promise<T>): Promise<{ value: T; stall: number }> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  try {
    const value = await run();
    worst = Math.max(worst, performance.now() - last);
    return { value, stall: worst };
  } finally {
    clearInterval(timer);
  }
}

/**
 * Open and save through the real project service on a real file in a temp folder: open
 * (read, parse, migrate, validate), then assignments committed one at a time (apply,
 * validate, serialise, write durably) while an interval probe watches the event loop.
 */
export async function measureFiles(doc: Project, iterations: number): Promise<FileSamples> {
  const dir = mkdtempSync(join(tmpdir(), 'pavilion-bench-'));
  try {
    const path = join(dir, 'show.pavilion.json');
    writeFileSync(path, serializeProject(doc));
    const out: FileSamples = { open: [], assignOnDisk: [], loopBlock: [], loopDelayMax: 0, syncStringify: [], save: [], saveSerialize: [], saveLoopBlock: [] };
    for (let i = 0; i < iterations; i++) {
      const svc = new ProjectService({ warn: () => undefined });
      const t0 = performance.now();
      const opened = await svc.openProject({ path });
      out.open.push(performance.now() - t0);
      if (!opened.ok) throw new Error(`open failed: ${opened.error.code}`);
      await svc.closeProject({ handle: opened.value.handle });
      await svc.close();
    }

    const svc = new ProjectService({ warn: () => undefined, backupIntervalMs: 60 * 60 * 1000 });
    const opened = await svc.openProject({ path });
    if (!opened.ok) throw new Error(`open failed: ${opened.error.code}`);
    let current = opened.value.project;
    const handle = opened.value.handle;
    const available = Object.values(current.booths).filter((b) => b.status === 'available');
    const exhibitors = Object.keys(current.exhibitors);
    const histogram = monitorEventLoopDelay({ resolution: 1 });
    // The first save keeps a backup and fills the serialiser's cache: like the first save of a session.
    const warm = assignBooths(current, { exhibitorId: exhibitors[0]!, boothIds: [available[0]!.id] }, { by: 'bench', at: new Date().toISOString() });
    if (warm.ok) {
      const r = await svc.commitOperations({ handle, baseRevision: current.revision, ops: [warm.op] });
      if (!r.ok) throw new Error(`commit failed: ${r.error.code}`);
      current = { ...applyOperation(current, warm.op), revision: r.value.revision };
    }
    for (let i = 1; i <= iterations && i < available.length; i++) {
      const cmd = assignBooths(current, { exhibitorId: exhibitors[i % exhibitors.length]!, boothIds: [available[i]!.id] }, { by: 'bench', at: new Date().toISOString() });
      if (!cmd.ok) continue;
      const t0 = performance.now();
      // Watched only while the service works: the bench's own edits in between (building the
      // next assignment on a 20,000-booth document) are not the service's blocking.
      histogram.enable();
      const { value: r, stall } = await longestStall(() => svc.commitOperations({ handle, baseRevision: current.revision, ops: [cmd.op] }));
      histogram.disable();
      out.assignOnDisk.push(performance.now() - t0);
      out.loopBlock.push(stall);
      if (!r.ok) throw new Error(`commit failed: ${r.error.code}`);
      current = { ...applyOperation(current, cmd.op), revision: r.value.revision };
    }
    out.loopDelayMax = histogram.max / 1e6;
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      JSON.stringify(current);
      out.syncStringify.push(performance.now() - t0);
    }
    await svc.close();
    await measureSaves(current, join(dir, 'save.pavilion.json'), iterations, out);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Saves alone, with the functions the service saves with: a warm serializer (as after the
 * first save of a session), then per iteration one assignment applied, the show serialised
 * and written durably (flushed, renamed, folder flushed) while the probe watches the loop.
 */
async function measureSaves(start: Project, path: string, iterations: number, out: FileSamples): Promise<void> {
  const serializer = new ProjectSerializer();
  let doc = start;
  await writeFileDurably(path, await serializer.serialize(doc));
  const available = Object.values(doc.booths).filter((b) => b.status === 'available');
  const exhibitors = Object.keys(doc.exhibitors);
  for (let i = 0; i < iterations && i < available.length; i++) {
    const cmd = assignBooths(doc, { exhibitorId: exhibitors[i % exhibitors.length]!, boothIds: [available[i]!.id] }, { by: 'bench', at: new Date().toISOString() });
    if (!cmd.ok) continue;
    doc = { ...applyOperation(doc, cmd.op), revision: doc.revision + 1 };
    const next = doc;
    let serialized = 0;
    const t0 = performance.now();
    const { stall } = await longestStall(async () => {
      const bytes = await serializer.serialize(next);
      serialized = performance.now() - t0;
      await writeFileDurably(path, bytes);
    });
    out.save.push(performance.now() - t0);
    out.saveSerialize.push(serialized);
    out.saveLoopBlock.push(stall);
  }
}
