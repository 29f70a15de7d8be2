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
    expect(res.migrations).toEqual(MIGRATIONS.map((m) => m.describe));
    expect(res.project.schemaVersion).toBe(SCHEMA_VERSION);
    expect(res.project.revision).toBe(0);
    expect(res.project.settings.name.zh).not.toBe('');
    expect(Array.isArray(res.project.booths)).toBe(false);
  });

  it.each(files('v1'))('migrates and validates v1/%s', (name) => {
    const res = loadProjectText(read('v1', name));
    expect(res.ok ? null : res.error).toBeNull();
    if (!res.ok) return;
    expect(res.migratedFrom).toBe(1);
    expect(res.migrations).toEqual([MIGRATIONS[1]!.describe]);
    expect(res.project.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it.each(files('v2'))('opens v2/%s without migration', (name) => {
    const res = loadProjectText(read('v2', name));
    expect(res.ok ? null : res.error).toBeNull();
    if (!res.ok) return;
    expect(res.migratedFrom).toBeNull();
    expect(res.migrations).toEqual([]);
  });

  it('turns the v1 pilot show into the same show as its v2 counterpart', () => {
    const v1 = loadProjectText(read('v1', 'pilot-show.json'));
    const v2 = loadProjectText(read('v2', 'pilot-show.json'));
    expect(v1.ok && v2.ok).toBe(true);
    if (!v1.ok || !v2.ok) return;
    expect(v1.project).toEqual(v2.project);
  });

  it('writes the version 1 row layout into each hall, so nothing moves on screen', () => {
    // Version 1 showed halls side by side by `order`, tops aligned, 20 m apart, each slot
    // widened by booths past the outline; the placements reproduce that arrangement.
    const res = loadProjectText(read('v1', 'row-of-halls.json'));
    if (!res.ok) throw new Error(res.error.code);
    const { halls, settings } = res.project;
    // Hall A's outline starts at (10, 5): its left wall stays at x = 0.
    expect(halls.hall_a!.placement).toEqual({ x: -10, y: -5, rotation: 0 });
    // Hall B starts 20 m after A (60 − 10 wide); a booth 4 m above its outline keeps it 4 m lower.
    expect(halls.hall_b!.placement).toEqual({ x: 70, y: 4, rotation: 0 });
    // That booth reaches 4 m past B's right wall, so C starts 20 m after x = 154.
    expect(halls.hall_c!.placement).toEqual({ x: 174, y: 0, rotation: 0 });
    expect(halls.hall_b!.background).toMatchObject({ rotation: 0, x: 0, y: 0, metresPerPixel: 0.1 });
    expect(settings.site.levels).toEqual([
      { ordinal: 1, name: { zh: '1层', en: '1F' } },
      { ordinal: 2, name: { zh: '2层', en: '2F' } },
    ]);
    expect(settings.site.drawing).toBeNull();
    expect(settings.site.georeference).toBeNull();
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

  it('keeps every site field of a complete version 2 file', () => {
    const res = loadProjectText(read('v2', 'complete.json'));
    if (!res.ok) throw new Error(res.error.code);
    expect(res.verbatim).toBe(true);
    expect(res.project.halls.hall_2!.placement).toEqual({ x: 120, y: -40, rotation: 30 });
    expect(res.project.settings.site.georeference).toEqual({ anchor: [0, 0], lat: 22.8105, lon: 108.3875, bearing: 12, locality: '南宁 Nanning', country: 'CN' });
  });

  it('refuses a site drawing without its asset, a level listed twice, and an absurd georeference', () => {
    const doc = JSON.parse(read('v2', 'complete.json')) as { settings: { site: Record<string, unknown> }; assets: Record<string, unknown> };
    delete doc.assets.asset_site;
    doc.settings.site.levels = [{ ordinal: 1, name: { zh: '一层', en: '1F' } }, { ordinal: 1, name: { zh: '二层', en: '2F' } }];
    doc.settings.site.georeference = { anchor: [0, 0], lat: 95, lon: 108, bearing: 0 };
    const res = loadProjectJson(doc);
    if (res.ok) throw new Error('expected invalid');
    expect(res.error.problems).toEqual([
      'settings.site.georeference.lat: Too big: expected number to be <=85',
      'settings.site.levels.1.ordinal: level 1 is listed twice',
      'settings.site.drawing.assetId: unknown asset "asset_site"',
    ]);
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
      'booths.b_103.shape.w: Too small: expected number to be >=0.01',
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
