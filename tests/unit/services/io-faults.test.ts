import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import { nodeDurableFs, type DurableFileHandle, type DurableFs } from '../../../electron/services/reliability/fs-port';
import { loadProjectText } from '../../../shared/model/load';
import type { Project } from '../../../shared/model/project';
import { addHallOp, tempDir } from './helpers';

type Fault = 'ENOSPC' | 'EIO' | 'short';

/**
 * The real file system with one fault at the `failAt`-th call (counting every call a save
 * makes: create, write, sync, close, rename, link, unlink, mkdir, folder sync), as SQLite
 * tests its own writes: the disk is full, the device fails, or a write stops half way.
 */
interface FaultyFs extends DurableFs {
  calls: string[];
  /** The call (1-based, counted over the fs's life) that fails; Infinity for none. */
  failAt: number;
}

function faultyFs(fault: Fault): FaultyFs {
  const calls: string[] = [];
  const step = async <T>(name: string, real: () => Promise<T>, partial?: () => Promise<unknown>): Promise<T> => {
    calls.push(name);
    if (calls.length !== self.failAt) return real();
    if (fault === 'short' && partial) await partial();
    throw Object.assign(new Error(`${fault === 'short' ? 'EIO' : fault}: injected at ${name}`), { code: fault === 'short' ? 'EIO' : fault });
  };
  const wrap = (h: DurableFileHandle): DurableFileHandle => ({
    write: (d) => step('write', () => h.write(d), () => h.write(d.subarray(0, Math.floor(d.length / 2)))),
    writeParts: (parts) => step('writeParts', () => (h.writeParts ? h.writeParts(parts) : Promise.all(parts.map((p) => h.write(p))).then(() => undefined)), () => h.write(parts[0]?.subarray(0, Math.floor((parts[0]?.length ?? 0) / 2)) ?? new Uint8Array())),
    chmod: (m) => step('chmod', () => h.chmod(m)),
    sync: () => step('sync', () => h.sync()),
    close: () => step('close', () => h.close()),
  });
  const self: FaultyFs = {
    calls,
    failAt: Number.POSITIVE_INFINITY,
    createExclusive: (p, m) => step('createExclusive', async () => wrap(await nodeDurableFs.createExclusive(p, m))),
    rename: (a, b) => step('rename', () => nodeDurableFs.rename(a, b)),
    link: (a, b) => step('link', () => nodeDurableFs.link(a, b)),
    unlink: (p) => step('unlink', () => nodeDurableFs.unlink(p)),
    mkdir: (p) => step('mkdir', () => nodeDurableFs.mkdir(p)),
    syncDir: (d) => step('syncDir', () => nodeDurableFs.syncDir(d)),
  };
  return self;
}

const NAME = { zh: '展会', en: 'Show' };

async function showAtRevision1(fs: DurableFs) {
  const dir = await tempDir();
  const path = join(dir, 'show.pavilion.json');
  const service = new ProjectService({ fs, backupIntervalMs: 0 });
  const p = await service.createProject({ path, name: NAME });
  if (!p.ok) throw new Error('create failed');
  const first = await service.commitOperations({ handle: p.value.handle, baseRevision: 0, ops: [addHallOp(p.value.project, 'h_1', 5)] });
  if (!first.ok) throw new Error('first commit failed');
  return { path, service, handle: p.value.handle, project: p.value.project as Project };
}

const onDisk = async (path: string) => {
  const r = loadProjectText(await readFile(path, 'utf8'));
  if (!r.ok) throw new Error(`the file does not open: ${r.error.code}`);
  return r.project;
};

describe('a save that meets a disk fault', () => {
  it('counts the calls of a save, so every one of them can fail below', async () => {
    const fs = faultyFs('EIO');
    const s = await showAtRevision1(fs);
    const before = fs.calls.length;
    const r = await s.service.commitOperations({ handle: s.handle, baseRevision: 1, ops: [addHallOp(s.project, 'h_2')] });
    expect(r.ok).toBe(true);
    expect(fs.calls.length - before).toBeGreaterThan(4);
    await s.service.close();
  });

  for (const fault of ['ENOSPC', 'EIO', 'short'] as const) {
    it(`${fault} at any call of the save: the file stays the last good revision, the user is told, the next save works`, async () => {
      // How many calls one save makes, measured, so each is failed in turn.
      const probe = faultyFs(fault);
      const p = await showAtRevision1(probe);
      const start = probe.calls.length;
      await p.service.commitOperations({ handle: p.handle, baseRevision: 1, ops: [addHallOp(p.project, 'h_2')] });
      const perSave = probe.calls.length - start;
      await p.service.close();

      let refused = 0;
      for (let k = 1; k <= perSave; k++) {
        const fs = faultyFs(fault);
        const s = await showAtRevision1(fs);
        // Arm the fault at the k-th call of the next save.
        fs.failAt = fs.calls.length + k;
        const r = await s.service.commitOperations({ handle: s.handle, baseRevision: 1, ops: [addHallOp(s.project, 'h_2')] });
        const disk = await onDisk(s.path);
        if (r.ok) {
          // The fault hit a step after the new file was in place (e.g. tidying a backup): the save stands.
          expect(disk.revision).toBe(2);
        } else {
          refused++;
          expect(r.error.code).toBe(fault === 'ENOSPC' ? 'disk-full' : 'io');
          expect(disk.revision, `fault at call ${k} (${fs.calls[fs.failAt - 1]})`).toBe(1);
          expect(Object.keys(disk.halls)).toEqual(['h_1']);
        }
        // The disk is back: the same change saves.
        const failedAt = fs.calls[fs.failAt - 1];
        fs.failAt = Number.POSITIVE_INFINITY;
        const again = await s.service.commitOperations({ handle: s.handle, baseRevision: r.ok ? 2 : 1, ops: r.ok ? [] : [addHallOp(s.project, 'h_2')] });
        expect(again.ok, `save after a fault at call ${k} (${failedAt})`).toBe(true);
        expect(Object.keys((await onDisk(s.path)).halls).sort()).toEqual(['h_1', 'h_2']);
        await s.service.close();
      }
      expect(refused).toBeGreaterThan(0);
    }, 120_000);
  }
});
