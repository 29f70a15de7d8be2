import { mkdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import { PRETTY_BOOTH_LIMIT } from '../../../electron/services/project-format';
import type { OpenedProject, Result } from '../../../shared/ipc/contract';
import { loadProjectText } from '../../../shared/model/load';
import { createProject } from '../../../shared/model/create';
import { operation } from '../../../shared/ops/build';
import { addHallOp, booth, bytes, names, tempDir } from './helpers';

const NAME = { zh: '中国—东盟博览会', en: 'China-ASEAN Expo' };

function opened(r: Result<OpenedProject>): OpenedProject {
  if (!r.ok) throw new Error(`expected success, got ${JSON.stringify(r.error)}`);
  return r.value;
}

async function setup() {
  const dir = await tempDir();
  const used: string[] = [];
  const service = new ProjectService({ onProjectUsed: async (p) => void used.push(p) });
  return { dir, service, used };
}

describe('ProjectService.createProject', () => {
  it('writes a file that parses and validates, and opens it', async () => {
    const { dir, service, used } = await setup();
    const path = join(dir, 'expo.pavilion.json');
    const p = opened(await service.createProject({ path, name: NAME, start: '2026-09-17', end: '2026-09-21' }));
    expect(p).toMatchObject({ path, readOnly: false, migratedFrom: null });
    expect(p.handle).toMatch(/^[A-Za-z0-9_-]{16,64}$/);
    const text = await readFile(path, 'utf8');
    const loaded = loadProjectText(text);
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(loaded.project.settings.name).toEqual(NAME);
      expect(loaded.project.settings.event).toEqual({ start: '2026-09-17', end: '2026-09-21' });
      expect(loaded.project.revision).toBe(0);
    }
    expect(text.startsWith('{\n  "format": "pavilion-project"')).toBe(true);
    expect(used).toEqual([path]);
    // The show, and the marker saying who has it open.
    expect(await names(dir)).toEqual(['.expo.pavilion.json.lock-info', 'expo.pavilion.json']);
  });

  it('resolves relative paths to absolute ones', async () => {
    const { dir, service } = await setup();
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const p = opened(await service.createProject({ path: 'rel.pavilion.json', name: NAME }));
      expect(p.path).toBe(join(dir, 'rel.pavilion.json'));
    } finally {
      process.chdir(cwd);
    }
  });

  it('refuses to replace an existing file', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'taken.pavilion.json');
    await writeFile(path, 'precious');
    const r = await service.createProject({ path, name: NAME });
    expect(r).toEqual({ ok: false, error: { code: 'exists', path } });
    expect(await readFile(path, 'utf8')).toBe('precious');
    expect(await names(dir)).toEqual(['taken.pavilion.json']);
  });

  it('refuses other extensions and missing folders', async () => {
    const { dir, service } = await setup();
    expect(await service.createProject({ path: join(dir, 'show.json'), name: NAME })).toMatchObject({ ok: false, error: { code: 'bad-extension' } });
    expect(await service.createProject({ path: join(dir, 'nope', 'show.pavilion.json'), name: NAME })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await names(dir)).toEqual([]);
  });
});

describe('ProjectService.openProject errors never touch the file', () => {
  const cases: { title: string; file: string; content: string | null; code: string; version?: number }[] = [
    { title: 'missing file', file: 'missing.pavilion.json', content: null, code: 'not-found' },
    { title: 'empty file', file: 'empty.pavilion.json', content: '', code: 'open.empty' },
    { title: 'blank file', file: 'blank.pavilion.json', content: '  \n', code: 'open.empty' },
    { title: 'not JSON', file: 'garbage.pavilion.json', content: 'PK\u0003\u0004 this is a zip', code: 'open.not-json' },
    { title: 'JSON of another kind', file: 'other.pavilion.json', content: '{"hello": "world"}', code: 'open.not-a-project' },
    { title: 'a JSON array', file: 'array.pavilion.json', content: '[1,2]', code: 'open.not-a-project' },
    {
      title: 'a newer schema version',
      file: 'future.pavilion.json',
      content: JSON.stringify({ ...createProject({ name: NAME }), schemaVersion: 99 }),
      code: 'open.newer-version',
      version: 99,
    },
    {
      title: 'a project that breaks the schema',
      file: 'invalid.pavilion.json',
      content: JSON.stringify({ ...createProject({ name: NAME }), booths: { b_1: { id: 'b_1' } } }),
      code: 'open.invalid',
    },
    { title: 'the wrong extension', file: 'show.json', content: JSON.stringify(createProject({ name: NAME })), code: 'bad-extension' },
  ];

  for (const c of cases) {
    it(`${c.title} → ${c.code}`, async () => {
      const { dir, service, used } = await setup();
      const path = join(dir, c.file);
      if (c.content !== null) await writeFile(path, c.content);
      const before = c.content !== null ? await bytes(path) : null;
      const beforeStat = c.content !== null ? await stat(path) : null;
      const r = await service.openProject({ path });
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe(c.code);
        expect(r.error.path).toBe(path);
        if (c.version !== undefined) expect(r.error.version).toBe(c.version);
        if (c.code === 'open.invalid') expect(r.error.details?.some((d) => d.startsWith('booths.b_1'))).toBe(true);
      }
      if (before) {
        expect((await bytes(path)).equals(before)).toBe(true);
        expect((await stat(path)).mtimeMs).toBe(beforeStat!.mtimeMs);
      }
      expect(await names(dir)).toEqual(c.content === null ? [] : [c.file]);
      expect(used).toEqual([]);
    });
  }

  it('a file over the size limit → too-large', async () => {
    const dir = await tempDir();
    const service = new ProjectService({ maxBytes: 100 });
    const path = join(dir, 'big.pavilion.json');
    await writeFile(path, JSON.stringify(createProject({ name: NAME })));
    expect(await service.openProject({ path })).toMatchObject({ ok: false, error: { code: 'too-large', path } });
  });

  it('a folder named like a show → not-a-file', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'folder.pavilion.json');
    await mkdir(path);
    expect(await service.openProject({ path })).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
  });
});

describe('ProjectService.commitOperations', () => {
  it('applies operations, bumps the revision, writes durably; a reopen sees the change', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'expo.pavilion.json');
    const p = opened(await service.createProject({ path, name: NAME }));
    const op = addHallOp(p.project, 'h_a1', 3);
    const r = await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [op] });
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.revision).toBe(1);
      expect(Number.isNaN(Date.parse(r.value.savedAt))).toBe(false);
    }
    // The first save of the session keeps the version it replaces as a backup.
    expect(await names(dir)).toEqual(['.expo.pavilion.json.lock-info', '.pavilion-backups', 'expo.pavilion.json']);
    expect(await names(join(dir, '.pavilion-backups', 'expo.pavilion.json'))).toEqual([expect.stringMatching(/^\d{8}T\d{9}Z-r0\.pavilion\.json$/)]);

    // Another Pavilion (its own service) sees the change; the first still has the show open.
    const other = new ProjectService();
    const again = opened(await other.openProject({ path, readOnly: true }));
    expect(again.project.revision).toBe(1);
    expect(Object.keys(again.project.halls)).toEqual(['h_a1']);
    expect(Object.keys(again.project.booths)).toHaveLength(3);
  });

  it('refuses a commit based on another revision, leaving the file alone', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'expo.pavilion.json');
    const p = opened(await service.createProject({ path, name: NAME }));
    const before = await bytes(path);
    const r = await service.commitOperations({ handle: p.handle, baseRevision: 5, ops: [addHallOp(p.project, 'h_1')] });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict', path } });
    expect((await bytes(path)).equals(before)).toBe(true);
    expect(service.current(p.handle)?.revision).toBe(0);
  });

  it('refuses an operation whose "before" does not match the document (document unchanged)', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'expo.pavilion.json');
    const p = opened(await service.createProject({ path, name: NAME }));
    const op = addHallOp(p.project, 'h_1');
    expect((await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [op] })).ok).toBe(true);
    const before = await bytes(path);
    // The same "create" again: its before (absent) no longer matches.
    const r = await service.commitOperations({ handle: p.handle, baseRevision: 1, ops: [op] });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect((await bytes(path)).equals(before)).toBe(true);
    expect(service.current(p.handle)?.revision).toBe(1);
  });

  it('refuses a change that would make the document invalid, writing nothing', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'expo.pavilion.json');
    const p = opened(await service.createProject({ path, name: NAME }));
    const before = await bytes(path);
    const orphan = operation(p.project, 'ops.addBooth').put('booths', booth('b_1', 'h_missing', 'A1')).build();
    const r = await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [orphan] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('conflict');
      expect(r.error.details?.join()).toMatch(/unknown hall/);
    }
    expect((await bytes(path)).equals(before)).toBe(true);
    expect(service.current(p.handle)?.booths).toEqual({});
  });

  it('serializes quick commits: both land, in order', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'expo.pavilion.json');
    const p = opened(await service.createProject({ path, name: NAME }));
    const op1 = addHallOp(p.project, 'h_1');
    const afterOp1 = { ...p.project, halls: { ...p.project.halls, h_1: op1.changes[0]!.after as never } };
    const op2 = addHallOp(afterOp1, 'h_2');
    const [r1, r2] = await Promise.all([
      service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [op1] }),
      service.commitOperations({ handle: p.handle, baseRevision: 1, ops: [op2] }),
    ]);
    expect(r1).toMatchObject({ ok: true, value: { revision: 1 } });
    expect(r2).toMatchObject({ ok: true, value: { revision: 2 } });
    const disk = loadProjectText(await readFile(path, 'utf8'));
    expect(disk.ok && disk.project.revision).toBe(2);
    expect(disk.ok && Object.keys(disk.project.halls).sort()).toEqual(['h_1', 'h_2']);
    expect(await names(dir)).toEqual(['.expo.pavilion.json.lock-info', '.pavilion-backups', 'expo.pavilion.json']);
  });

  it('refuses commits to a show opened read-only', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'expo.pavilion.json');
    const created = opened(await service.createProject({ path, name: NAME }));
    await service.closeProject({ handle: created.handle });
    const before = await bytes(path);
    const ro = opened(await service.openProject({ path, readOnly: true }));
    expect(ro.readOnly).toBe(true);
    const r = await service.commitOperations({ handle: ro.handle, baseRevision: 0, ops: [addHallOp(ro.project, 'h_1')] });
    expect(r).toMatchObject({ ok: false, error: { code: 'permission' } });
    expect((await bytes(path)).equals(before)).toBe(true);
  });

  it('refuses an unknown or closed handle', async () => {
    const { dir, service } = await setup();
    const p = opened(await service.createProject({ path: join(dir, 'a.pavilion.json'), name: NAME }));
    await service.closeProject({ handle: p.handle });
    expect(await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [] })).toEqual({ ok: false, error: { code: 'unknown-handle' } });
    expect(await service.commitOperations({ handle: 'nope', baseRevision: 0, ops: [] })).toEqual({ ok: false, error: { code: 'unknown-handle' } });
  });

  it('notices another program writing the file and refuses to overwrite its work', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'expo.pavilion.json');
    const p = opened(await service.createProject({ path, name: NAME }));
    const theirs = { ...p.project, revision: 7, settings: { ...p.project.settings, name: { zh: '他们的', en: 'Theirs' } } };
    await writeFile(path, JSON.stringify(theirs));
    const r = await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [addHallOp(p.project, 'h_1')] });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(JSON.parse(await readFile(path, 'utf8')).settings.name.en).toBe('Theirs');
  });

  it('shares one document between two handles on the same file: the stale one conflicts', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'expo.pavilion.json');
    const a = opened(await service.createProject({ path, name: NAME }));
    const b = opened(await service.openProject({ path }));
    expect((await service.commitOperations({ handle: a.handle, baseRevision: 0, ops: [addHallOp(a.project, 'h_1')] })).ok).toBe(true);
    const r = await service.commitOperations({ handle: b.handle, baseRevision: 0, ops: [addHallOp(b.project, 'h_2')] });
    expect(r).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(Object.keys(service.current(b.handle)!.halls)).toEqual(['h_1']);
  });

  it('writes through a symlink instead of replacing it', async () => {
    const { dir, service } = await setup();
    const real = join(dir, 'real.pavilion.json');
    const link = join(dir, 'link.pavilion.json');
    opened(await service.createProject({ path: real, name: NAME }));
    await symlink(real, link);
    const p = opened(await service.openProject({ path: link }));
    expect(p.path).toBe(link);
    // Same file as the one created: it shares the document.
    expect((await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [addHallOp(p.project, 'h_1')] })).ok).toBe(true);
    expect((await stat(link)).isFile()).toBe(true);
    expect(JSON.parse(await readFile(real, 'utf8')).revision).toBe(1);
  });

  it('writes compact JSON above the booth limit and indented JSON below it', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'big.pavilion.json');
    const p = opened(await service.createProject({ path, name: NAME }));
    const r = await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [addHallOp(p.project, 'h_1', PRETTY_BOOTH_LIMIT)] });
    expect(r.ok).toBe(true);
    const text = await readFile(path, 'utf8');
    expect(text.split('\n')).toHaveLength(2);
    const reopened = loadProjectText(text);
    expect(reopened.ok && Object.keys(reopened.project.booths)).toHaveLength(PRETTY_BOOTH_LIMIT);
  });
});

describe('ProjectService migration', () => {
  it('opens an old file without rewriting it, then keeps a backup of the original on the first save', async () => {
    const { dir, service } = await setup();
    const path = join(dir, 'pilot.pavilion.json');
    const v0 = {
      format: 'pavilion-project',
      schemaVersion: 0,
      settings: { id: 'prj_pilot', name: 'Pilot show' },
      halls: [],
      booths: [],
      exhibitors: [],
    };
    const original = JSON.stringify(v0);
    await writeFile(path, original);
    const p = opened(await service.openProject({ path }));
    expect(p.migratedFrom).toBe(0);
    expect(p.project.settings.name).toEqual({ zh: 'Pilot show', en: 'Pilot show' });
    expect(await readFile(path, 'utf8')).toBe(original);
    const r = await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [addHallOp(p.project, 'h_1')] });
    expect(r.ok).toBe(true);
    const backups = join(dir, '.pavilion-backups', 'pilot.pavilion.json');
    const kept = await names(backups);
    expect(kept).toEqual([expect.stringMatching(/^\d{8}T\d{9}Z-r0-schema0\.pavilion\.json$/)]);
    expect(await readFile(join(backups, kept[0]!), 'utf8')).toBe(original);
    expect((await service.listBackups({ path })).ok && (await service.listBackups({ path }))).toMatchObject({ value: [{ revision: 0, fromSchemaVersion: 0 }] });
    expect(JSON.parse(await readFile(path, 'utf8')).schemaVersion).toBe(2);
  });
});

describe('ProjectService.saveProjectAs', () => {
  it('writes the show under the new name and moves the handle there; the old file stays as it was', async () => {
    const { dir, service, used } = await setup();
    const first = join(dir, 'first.pavilion.json');
    const second = join(dir, 'second.pavilion.json');
    const p = opened(await service.createProject({ path: first, name: NAME }));
    expect((await service.commitOperations({ handle: p.handle, baseRevision: 0, ops: [addHallOp(p.project, 'h_1')] })).ok).toBe(true);
    const firstBytes = await bytes(first);
    const s = opened(await service.saveProjectAs({ handle: p.handle, path: second }));
    expect(s).toMatchObject({ handle: p.handle, path: second, readOnly: false, migratedFrom: null });
    expect(s.project.revision).toBe(1);
    expect(await readFile(second, 'utf8')).toBe(firstBytes.toString('utf8'));
    // Further commits go to the new file only.
    const cur = service.current(p.handle)!;
    expect((await service.commitOperations({ handle: p.handle, baseRevision: 1, ops: [addHallOp(cur, 'h_2')] })).ok).toBe(true);
    expect((await bytes(first)).equals(firstBytes)).toBe(true);
    expect(Object.keys(JSON.parse(await readFile(second, 'utf8')).halls).sort()).toEqual(['h_1', 'h_2']);
    expect(used).toEqual([first, second]);
  });

  it('makes an editable copy of a read-only show', async () => {
    const { dir, service } = await setup();
    const src = join(dir, 'src.pavilion.json');
    const created = opened(await service.createProject({ path: src, name: NAME }));
    await service.closeProject({ handle: created.handle });
    const ro = opened(await service.openProject({ path: src, readOnly: true }));
    const copy = opened(await service.saveProjectAs({ handle: ro.handle, path: join(dir, 'copy.pavilion.json') }));
    expect(copy.readOnly).toBe(false);
    expect((await service.commitOperations({ handle: copy.handle, baseRevision: 0, ops: [addHallOp(copy.project, 'h_1')] })).ok).toBe(true);
  });

  it('refuses a wrong extension, a folder, and a file open in another window', async () => {
    const { dir, service } = await setup();
    const a = opened(await service.createProject({ path: join(dir, 'a.pavilion.json'), name: NAME }));
    opened(await service.createProject({ path: join(dir, 'b.pavilion.json'), name: NAME }));
    await mkdir(join(dir, 'dir.pavilion.json'));
    expect(await service.saveProjectAs({ handle: a.handle, path: join(dir, 'a.txt') })).toMatchObject({ ok: false, error: { code: 'bad-extension' } });
    expect(await service.saveProjectAs({ handle: a.handle, path: join(dir, 'dir.pavilion.json') })).toMatchObject({ ok: false, error: { code: 'not-a-file' } });
    expect(await service.saveProjectAs({ handle: a.handle, path: join(dir, 'b.pavilion.json') })).toMatchObject({ ok: false, error: { code: 'exists' } });
    expect(await service.saveProjectAs({ handle: 'nope', path: join(dir, 'c.pavilion.json') })).toMatchObject({ ok: false, error: { code: 'unknown-handle' } });
  });
});
