import { readFile, stat, truncate, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import { bytes, addHallOp, tempDir } from './helpers';
import { SCHEMA_VERSION } from '../../../shared/model/project';

const NAME = { zh: '展会', en: 'Show' };

/** A show with one backup (revision 0), closed, then damaged by `damage`. */
async function damagedShow(damage: (path: string, good: string) => Promise<void>) {
  const dir = await tempDir();
  const path = join(dir, 'show.pavilion.json');
  const service = new ProjectService();
  const p = await service.createProject({ path, name: NAME });
  if (!p.ok) throw new Error('create failed');
  expect((await service.commitOperations({ handle: p.value.handle, baseRevision: 0, ops: [addHallOp(p.value.project, 'h_1')] })).ok).toBe(true);
  await service.close();
  await damage(path, await readFile(path, 'utf8'));
  return { dir, path, service: new ProjectService() };
}

const cases: { title: string; code: string; damage: (path: string, good: string) => Promise<void> }[] = [
  { title: 'empty', code: 'open.empty', damage: (p) => writeFile(p, '') },
  { title: 'truncated in the middle (a copy cut short)', code: 'open.not-json', damage: (p, good) => writeFile(p, good.slice(0, Math.floor(good.length / 2))) },
  { title: 'not JSON (zeros from a lost write)', code: 'open.not-json', damage: (p, good) => writeFile(p, Buffer.alloc(good.length)) },
  { title: 'JSON of the wrong shape', code: 'open.not-a-project', damage: (p) => writeFile(p, '{"booths": []}') },
  { title: 'a project breaking its rules', code: 'open.invalid', damage: (p, good) => writeFile(p, good.replace('"revision": 1', '"revision": -4')) },
  { title: 'written by a newer Pavilion', code: 'open.newer-version', damage: (p, good) => writeFile(p, good.replace(`"schemaVersion": ${SCHEMA_VERSION}`, `"schemaVersion": ${SCHEMA_VERSION + 1}`)) },
  { title: 'gone (deleted or moved away)', code: 'not-found', damage: (p) => unlink(p) },
];

describe('a show file that cannot be opened', () => {
  for (const c of cases) {
    it(`${c.title} → ${c.code}, with its backups offered and the file left as it is`, async () => {
      const { path, service } = await damagedShow(c.damage);
      const before = await bytes(path).catch(() => null);
      const r = await service.openProject({ path });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe(c.code);
      if (c.code === 'open.newer-version') expect(r.error.version).toBe(SCHEMA_VERSION + 1);
      expect(r.error.backups).toEqual([{ path: expect.stringContaining('.pavilion-backups'), revision: 0, savedAt: expect.any(String) }]);
      if (before) expect((await bytes(path)).equals(before)).toBe(true);
    });
  }

  it('a 1 GB file is refused from its size alone, before reading a byte', async () => {
    const { path, service } = await damagedShow(async (p) => {
      // Sparse: takes no disk space, and the test does not write a gigabyte.
      await truncate(p, 1024 * 1024 * 1024);
    });
    expect((await stat(path)).size).toBe(1024 * 1024 * 1024);
    const heapBefore = process.memoryUsage().rss;
    const started = performance.now();
    const r = await service.openProject({ path });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(100 * 1024 * 1024);
    expect(r).toMatchObject({ ok: false, error: { code: 'too-large', path, backups: [{ revision: 0 }] } });
  });
});
