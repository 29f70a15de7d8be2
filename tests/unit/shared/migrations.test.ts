import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadProjectJson, loadProjectText, migrate, MIGRATIONS, SCHEMA_VERSION } from '../../../shared/model';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');
const read = (dir: string, name: string) => readFileSync(join(FIXTURES, dir, name), 'utf8');
const files = (dir: string) => readdirSync(join(FIXTURES, dir)).filter((f) => f.endsWith('.json'));

describe('migration chain', () => {
  it('has one step from every older version up to the current one', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, i) => i));
  });

  it.each(files('v0'))('migrates and validates v0/%s', (name) => {
    const res = loadProjectText(read('v0', name));
    expect(res.ok ? null : res.error).toBeNull();
    if (!res.ok) return;
    expect(res.migratedFrom).toBe(0);
    expect(res.migrations).toEqual([MIGRATIONS[0]!.describe]);
    expect(res.project.schemaVersion).toBe(SCHEMA_VERSION);
    expect(res.project.revision).toBe(0);
    expect(res.project.settings.name.zh).not.toBe('');
    expect(Array.isArray(res.project.booths)).toBe(false);
  });

  it.each(files('v1'))('opens v1/%s without migration', (name) => {
    const res = loadProjectText(read('v1', name));
    expect(res.ok ? null : res.error).toBeNull();
    if (!res.ok) return;
    expect(res.migratedFrom).toBeNull();
    expect(res.migrations).toEqual([]);
  });

  it('turns the v0 pilot show into the same show as its v1 counterpart', () => {
    const v0 = loadProjectText(read('v0', 'pilot-show.json'));
    const v1 = loadProjectText(read('v1', 'pilot-show.json'));
    expect(v0.ok && v1.ok).toBe(true);
    if (!v0.ok || !v1.ok) return;
    expect(v0.project).toEqual(v1.project);
    // Arrays became id-keyed records and the single name string became both languages.
    expect(Object.keys(v0.project.booths)).toEqual(['b_101', 'b_102', 'b_103']);
    expect(v0.project.settings.name).toEqual({ zh: '南宁试点展 Nanning Pilot Show', en: '南宁试点展 Nanning Pilot Show' });
    expect(v0.project.booths.b_102!.claim).toEqual({ exhibitorId: 'ex_2', until: '2025-08-01', note: '等待合同回签' });
  });

  it('fills defaults for fields a file leaves out', () => {
    const res = loadProjectText(read('v1', 'pilot-show.json'));
    if (!res.ok) throw new Error(res.error.code);
    const b = res.project.booths.b_103!;
    expect(b.kind).toBe('standard');
    expect(b.status).toBe('available');
    expect(b.claim).toBeNull();
    expect(b.shape).toMatchObject({ rotation: 0 });
    expect(res.project.settings.currency).toBe('CNY');
    expect(res.project.settings.minAisle).toBe(3);
  });

  it('does not change the parsed input it migrates', () => {
    const raw = JSON.parse(read('v0', 'pilot-show.json')) as Record<string, unknown>;
    const copy = structuredClone(raw);
    expect(migrate(raw).ok).toBe(true);
    expect(raw).toEqual(copy);
  });
});

describe('files that cannot be opened', () => {
  it.each([
    ['empty.json', 'empty'],
    ['whitespace.json', 'empty'],
    ['truncated.json', 'not-json'],
    ['array.json', 'not-a-project'],
    ['other-format.json', 'not-a-project'],
    ['unknown-version.json', 'unknown-version'],
    ['newer-version.json', 'newer-version'],
    ['invalid.json', 'invalid'],
  ])('broken/%s gives %s', (name, code) => {
    const res = loadProjectText(read('broken', name));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.code).toBe(code);
  });

  it('reports the version of a file from a newer Pavilion', () => {
    const res = loadProjectText(read('broken', 'newer-version.json'));
    expect(res).toEqual({ ok: false, error: { code: 'newer-version', version: SCHEMA_VERSION + 1 } });
  });

  it('refuses values that are JSON but not a project object', () => {
    for (const raw of [null, 42, 'pavilion-project', [], {}, { format: 'pavilion-project' }, { format: 'pavilion-project', schemaVersion: -1 }, { format: 'pavilion-project', schemaVersion: 0.5 }]) {
      const res = loadProjectJson(raw);
      expect(res.ok).toBe(false);
      if (!res.ok) expect(['not-a-project', 'unknown-version']).toContain(res.error.code);
    }
  });

  it('lists readable problems with their paths for an invalid file', () => {
    const res = loadProjectText(read('broken', 'invalid.json'));
    if (res.ok) throw new Error('expected invalid');
    expect(res.error.problems).toEqual([
      'booths.b_103.shape.w: Too small: expected number to be >0',
      'booths.b_102.hallId: unknown hall "hall_9"',
      'booths.b_103.status: status is assigned but no assignment exists',
    ]);
  });

  it('caps the problem list at 20 and says how many more there are', () => {
    const doc = JSON.parse(read('v1', 'pilot-show.json')) as { booths: Record<string, unknown> };
    for (let i = 0; i < 30; i++) doc.booths[`b_x${i}`] = { id: `b_x${i}`, hallId: 'hall_1', number: '', shape: { type: 'rect', x: 0, y: 0, w: 3, h: 3 } };
    const res = loadProjectJson(doc);
    if (res.ok) throw new Error('expected invalid');
    expect(res.error.problems).toHaveLength(21);
    expect(res.error.problems![20]).toBe('… 10 more');
  });
});
