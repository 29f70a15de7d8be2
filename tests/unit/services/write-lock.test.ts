import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import { thisHostName } from '../../../electron/services/reliability/host-identity';
import { nodeDurableFs, type DurableFs } from '../../../electron/services/reliability/fs-port';
import { acquireWriteLock, LockBusyError, writeLockPath } from '../../../electron/services/reliability/write-lock';
import { addHallOp, bytes, names, tempDir } from './helpers';

const NAME = { zh: '展会', en: 'Show' };

/** The pid of a process that has finished. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  return r.pid!;
}

async function fakeLock(target: string, owner: object | null, ageMs = 0): Promise<string> {
  const lock = writeLockPath(target);
  await mkdir(lock);
  if (owner) await writeFile(join(lock, 'owner.json'), JSON.stringify(owner));
  if (ageMs > 0) {
    const t = new Date(Date.now() - ageMs);
    await utimes(lock, t, t);
  }
  return lock;
}

describe('acquireWriteLock', () => {
  it('is a hidden folder beside the file holding its owner, removed on release', async () => {
    const dir = await tempDir();
    const target = join(dir, 'show.pavilion.json');
    const lock = await acquireWriteLock(target);
    expect(await names(dir)).toEqual(['.show.pavilion.json.lock']);
    const owner = JSON.parse(await readFile(join(writeLockPath(target), 'owner.json'), 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, host: thisHostName() });
    expect(lock.held).toBe(true);
    expect(await lock.verify()).toBe(true);
    await lock.release();
    expect(await names(dir)).toEqual([]);
    await lock.release();
  });

  it('makes a second writer wait, and gives up with LockBusyError after waitMs', async () => {
    const dir = await tempDir();
    const target = join(dir, 'show.pavilion.json');
    const first = await acquireWriteLock(target);
    const started = Date.now();
    await expect(acquireWriteLock(target, { waitMs: 300 })).rejects.toBeInstanceOf(LockBusyError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    const waiting = acquireWriteLock(target, { waitMs: 5000 });
    setTimeout(() => void first.release(), 100);
    const second = await waiting;
    expect(await second.verify()).toBe(true);
    await second.release();
  });

  it('takes over at once a lock whose owner process of this computer is dead', async () => {
    const dir = await tempDir();
    const target = join(dir, 'show.pavilion.json');
    await fakeLock(target, { pid: deadPid(), host: thisHostName(), token: 'dead' });
    const started = Date.now();
    const lock = await acquireWriteLock(target, { waitMs: 2000 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(await lock.verify()).toBe(true);
    await lock.release();
  });

  it('waits for a live owner, even on this computer, and for an owner on another computer', async () => {
    const dir = await tempDir();
    const a = join(dir, 'a.pavilion.json');
    const b = join(dir, 'b.pavilion.json');
    await fakeLock(a, { pid: process.pid, host: thisHostName(), token: 'alive' });
    await fakeLock(b, { pid: deadPid(), host: 'another-computer', token: 'far' });
    await expect(acquireWriteLock(a, { waitMs: 200 })).rejects.toBeInstanceOf(LockBusyError);
    await expect(acquireWriteLock(b, { waitMs: 200 })).rejects.toBeInstanceOf(LockBusyError);
  });

  it('takes over a stale lock (not refreshed within staleMs), with or without an owner', async () => {
    const dir = await tempDir();
    const a = join(dir, 'a.pavilion.json');
    const b = join(dir, 'b.pavilion.json');
    await fakeLock(a, { pid: process.pid, host: 'another-computer', token: 'old' }, 60_000);
    await fakeLock(b, null, 60_000);
    for (const target of [a, b]) {
      const lock = await acquireWriteLock(target, { staleMs: 5000, waitMs: 1000 });
      expect(await lock.verify()).toBe(true);
      await lock.release();
    }
  });

  it('a lock removed under it is reported compromised, never thrown; release then does nothing', async () => {
    const dir = await tempDir();
    const target = join(dir, 'show.pavilion.json');
    const warnings: string[] = [];
    const lock = await acquireWriteLock(target, { staleMs: 2000, updateMs: 1000, warn: (m) => warnings.push(m) });
    await rm(writeLockPath(target), { recursive: true });
    await new Promise((r) => setTimeout(r, 1300));
    expect(lock.held).toBe(false);
    expect(warnings.join()).toMatch(/lost/);
    expect(await lock.verify()).toBe(false);
    await lock.release();
    // Free for the next writer.
    const next = await acquireWriteLock(target, { waitMs: 500 });
    await next.release();
  });

  it('never removes a lock someone else took over since', async () => {
    const dir = await tempDir();
    const target = join(dir, 'show.pavilion.json');
    const lock = await acquireWriteLock(target, { warn: () => undefined });
    await rm(writeLockPath(target), { recursive: true });
    await fakeLock(target, { pid: process.pid, host: thisHostName(), token: 'theirs' });
    expect(await lock.verify()).toBe(false);
    await lock.release();
    expect(JSON.parse(await readFile(join(writeLockPath(target), 'owner.json'), 'utf8')).token).toBe('theirs');
  });
});

describe('ProjectService under a held or stolen lock', () => {
  it('answers busy when another writer keeps the lock, writing nothing', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    const service = new ProjectService({ lock: { waitMs: 200 } });
    const p = await service.createProject({ path, name: NAME });
    if (!p.ok) throw new Error('create failed');
    const before = await bytes(path);
    const other = await acquireWriteLock(path);
    const r = await service.commitOperations({ handle: p.value.handle, baseRevision: 0, ops: [addHallOp(p.value.project, 'h_1')] });
    expect(r).toMatchObject({ ok: false, error: { code: 'busy', path } });
    expect((await bytes(path)).equals(before)).toBe(true);
    await other.release();
    expect((await service.commitOperations({ handle: p.value.handle, baseRevision: 0, ops: [addHallOp(p.value.project, 'h_1')] })).ok).toBe(true);
    await service.close();
  });

  it('a lock taken over while the new file is being written: the save is abandoned (busy), the show untouched', async () => {
    const dir = await tempDir();
    const path = join(dir, 'show.pavilion.json');
    let steal = false;
    // A file system on which, while our temporary file is written, another writer takes the lock.
    const fs: DurableFs = {
      ...nodeDurableFs,
      async createExclusive(p, mode) {
        if (steal && p.endsWith('.tmp')) {
          await rm(writeLockPath(path), { recursive: true, force: true });
          await fakeLock(path, { pid: process.pid, host: thisHostName(), token: 'thief' });
        }
        return nodeDurableFs.createExclusive(p, mode);
      },
    };
    const service = new ProjectService({ fs, warn: () => undefined });
    const p = await service.createProject({ path, name: NAME });
    if (!p.ok) throw new Error('create failed');
    const before = await bytes(path);
    steal = true;
    const r = await service.commitOperations({ handle: p.value.handle, baseRevision: 0, ops: [addHallOp(p.value.project, 'h_1')] });
    expect(r).toMatchObject({ ok: false, error: { code: 'busy' } });
    expect((await bytes(path)).equals(before)).toBe(true);
    expect((await names(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(service.current(p.value.handle)?.revision).toBe(0);
    // The thief finishes; the next try goes through.
    steal = false;
    await rm(writeLockPath(path), { recursive: true });
    expect(await service.commitOperations({ handle: p.value.handle, baseRevision: 0, ops: [addHallOp(p.value.project, 'h_1')] })).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(existsSync(writeLockPath(path))).toBe(false);
    await service.close();
  });
});
