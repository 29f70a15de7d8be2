import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import { backupFolderFor, BACKUP_KEEP, projectOfBackup } from '../../../electron/services/reliability/backups';
import { nodeDurableFs, type DurableFs } from '../../../electron/services/reliability/fs-port';
import type { OpenedProject, Result } from '../../../shared/ipc/contract';
import { loadProjectText } from '../../../shared/model/load';
import { addHallOp, names, tempDir } from './helpers';

const NAME = { zh: '展会', en: 'Show' };
const MIN = 60_000;

function opened(r: Result<OpenedProject>): OpenedProject {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

/** A service on a clock the test moves. */
async function setup(opts: { fs?: DurableFs } = {}) {
  const dir = await tempDir();
  const path = join(dir, 'show.pavilion.json');
  let now = Date.parse('2027-03-01T09:00:00Z');
  const service = new ProjectService({ now: () => new Date(now), fs: opts.fs });
  const p = opened(await service.createProject({ path, name: NAME }));
  let n = 0;
  const commit = async () => {
    const doc = service.current(p.handle)!;
    const r = await service.commitOperations({ handle: p.handle, baseRevision: doc.revision, ops: [addHallOp(doc, `h_${n++}`)] });
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    return r.value.revision;
  };
  return { dir, path, service, p, commit, advance: (ms: number) => void (now += ms) };
}

describe('rotating backups', () => {
  it('keeps the version being replaced at the first save, then at most one per 5 minutes, the newest 5', async () => {
    const { path, service, commit, advance } = await setup();
    const texts = new Map<number, string>([[0, await readFile(path, 'utf8')]]);
    const remember = async () => texts.set(await commit(), await readFile(path, 'utf8'));
    await remember(); // backup of r0
    advance(1 * MIN);
    await remember(); // within 5 minutes: none
    await remember();
    let list = await service.listBackups({ path });
    expect(list.ok && list.value.map((b) => b.revision)).toEqual([0]);
    for (let i = 0; i < 7; i++) {
      advance(5 * MIN);
      await remember();
    }
    list = await service.listBackups({ path });
    if (!list.ok) throw new Error('list failed');
    expect(list.value).toHaveLength(BACKUP_KEEP);
    // Newest first; each holds exactly the text the show had at that revision.
    expect(list.value.map((b) => b.revision)).toEqual([9, 8, 7, 6, 5]);
    for (const b of list.value) {
      expect(await readFile(b.path, 'utf8')).toBe(texts.get(b.revision));
      expect(projectOfBackup(b.path)).toBe(path);
    }
    await service.close();
  });

  it('costs no copy: a backup is a hard link to the replaced file (same inode), dated when that version was saved', async () => {
    const { path, service, commit } = await setup();
    const before = await stat(path);
    await commit();
    const list = await service.listBackups({ path });
    if (!list.ok) throw new Error('list failed');
    const kept = await stat(list.value[0]!.path);
    expect(kept.ino).toBe(before.ino);
    expect(list.value[0]!.savedAt).toBe(before.mtime.toISOString());
    await service.close();
  });

  it('copies where the file system has no hard links, with the same content and date', async () => {
    const noLinks: DurableFs = { ...nodeDurableFs, link: async () => Promise.reject(Object.assign(new Error('EPERM: links not supported'), { code: 'EPERM' })) };
    const { path, service, commit } = await setup({ fs: noLinks });
    const text = await readFile(path, 'utf8');
    const before = await stat(path);
    await commit();
    const list = await service.listBackups({ path });
    if (!list.ok) throw new Error('list failed');
    const kept = await stat(list.value[0]!.path);
    expect(kept.ino).not.toBe(before.ino);
    expect(await readFile(list.value[0]!.path, 'utf8')).toBe(text);
    expect(Math.abs(kept.mtimeMs - before.mtimeMs)).toBeLessThan(1000);
    expect((await names(backupFolderFor(path))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    await service.close();
  });

  it('opening and closing without saving keeps nothing', async () => {
    const { dir, path, service, p } = await setup();
    await service.closeProject({ handle: p.handle });
    opened(await service.openProject({ path }));
    await service.close();
    expect(await names(dir)).toEqual(['show.pavilion.json']);
  });

  it('the copy kept before a schema migration is never rotated away', async () => {
    const dir = await tempDir();
    const path = join(dir, 'pilot.pavilion.json');
    const original = JSON.stringify({ format: 'pavilion-project', schemaVersion: 0, settings: { id: 'prj_pilot', name: 'Pilot' }, halls: [], booths: [] });
    await writeFile(path, original);
    let now = Date.parse('2027-03-01T09:00:00Z');
    const service = new ProjectService({ now: () => new Date(now) });
    const p = opened(await service.openProject({ path }));
    for (let i = 0; i < 8; i++) {
      const doc = service.current(p.handle)!;
      expect((await service.commitOperations({ handle: p.handle, baseRevision: doc.revision, ops: [addHallOp(doc, `h_${i}`)] })).ok).toBe(true);
      now += 6 * MIN;
    }
    const list = await service.listBackups({ path });
    if (!list.ok) throw new Error('list failed');
    const migration = list.value.filter((b) => b.fromSchemaVersion === 0);
    expect(migration).toHaveLength(1);
    expect(await readFile(migration[0]!.path, 'utf8')).toBe(original);
    expect(list.value.filter((b) => b.fromSchemaVersion === undefined)).toHaveLength(BACKUP_KEEP);
    await service.close();
  });

  it('save-as over an existing show keeps that show as a backup of its own', async () => {
    const { dir, service, p } = await setup();
    const other = join(dir, 'other.pavilion.json');
    const creator = new ProjectService();
    const o = opened(await creator.createProject({ path: other, name: { zh: '另一个', en: 'Other' } }));
    await creator.closeProject({ handle: o.handle });
    const otherText = await readFile(other, 'utf8');
    opened(await service.saveProjectAs({ handle: p.handle, path: other }));
    const list = await service.listBackups({ path: other });
    expect(list.ok && list.value).toHaveLength(1);
    if (list.ok) expect(await readFile(list.value[0]!.path, 'utf8')).toBe(otherText);
    await service.close();
  });
});

describe('opening and restoring backups', () => {
  it('a show that no longer opens offers its backups; openBackup opens one read-only, save-as makes it a show again', async () => {
    const { dir, path, service, p, commit, advance } = await setup();
    await commit();
    advance(6 * MIN);
    await commit();
    await service.closeProject({ handle: p.handle });
    await writeFile(path, '{"format": "pavilion-project", "schemaVersion": 1, "revis');
    const r = await service.openProject({ path });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('open.not-json');
    expect(r.error.backups?.map((b) => b.revision)).toEqual([1, 0]);
    const newest = r.error.backups![0]!;
    const b = opened(await service.openBackup({ path: newest.path }));
    expect(b).toMatchObject({ readOnly: true, backupOf: path, path: newest.path });
    expect(b.project.revision).toBe(1);
    expect(await service.commitOperations({ handle: b.handle, baseRevision: 1, ops: [addHallOp(b.project, 'h_x')] })).toMatchObject({ ok: false, error: { code: 'permission' } });
    // Saving into the backups folder is refused; anywhere else turns the copy into a show.
    expect(await service.saveProjectAs({ handle: b.handle, path: join(backupFolderFor(path), 'x.pavilion.json') })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    const copy = opened(await service.saveProjectAs({ handle: b.handle, path: join(dir, 'rescued.pavilion.json') }));
    expect(copy.readOnly).toBe(false);
    expect(copy.backupOf).toBeUndefined();
    await service.close();
  });

  it('restoreBackup moves the broken file aside (never deletes it), puts the backup in place and opens it', async () => {
    const { dir, path, service, p, commit } = await setup();
    await commit();
    await service.closeProject({ handle: p.handle });
    const broken = '\u0000\u0000garbage from a bad disk';
    await writeFile(path, broken);
    const list = await service.listBackups({ path });
    if (!list.ok) throw new Error('list failed');
    const restored = opened(await service.restoreBackup({ path, backup: list.value[0]!.path }));
    expect(restored.project.revision).toBe(0);
    expect(restored.readOnly).toBe(false);
    const aside = (await names(dir)).filter((n) => n.startsWith('show.pavilion.json.before-restore-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(join(dir, aside[0]!), 'utf8')).toBe(broken);
    expect(loadProjectText(await readFile(path, 'utf8')).ok).toBe(true);
    await service.close();
  });

  it('restoreBackup refuses a backup of another show, a file that is not a backup, and a show open here', async () => {
    const { dir, path, service, p, commit } = await setup();
    await commit();
    const list = await service.listBackups({ path });
    if (!list.ok) throw new Error('list failed');
    const backup = list.value[0]!.path;
    expect(await service.restoreBackup({ path, backup })).toMatchObject({ ok: false, error: { code: 'locked', holder: { self: true } } });
    await service.closeProject({ handle: p.handle });
    expect(await service.restoreBackup({ path: join(dir, 'other.pavilion.json'), backup })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await service.restoreBackup({ path, backup: path })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    expect(await service.openBackup({ path })).toMatchObject({ ok: false, error: { code: 'not-allowed' } });
    await service.close();
  });
});
