import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectJsonSchemaText, SCHEMA_PATH } from '../../../scripts/gen-schema';
import { serializeProject } from '../../../electron/services/project-format';
import { loadProjectText } from '../../../shared/model';
import { EXPO_SAMPLE, generateShow } from '../../../shared/sample';
import { sampleAssetFiles } from '../../../shared/sample/site-drawing';

const root = join(import.meta.dirname, '..', '..', '..');
const SAMPLE = join(root, 'resources', 'samples', 'expo-sample.pavilion.json');

describe('resources/samples/expo-sample.pavilion.json', () => {
  const text = readFileSync(SAMPLE, 'utf8');

  it('opens as a valid current-version show', () => {
    const res = loadProjectText(text);
    expect(res.ok ? null : res.error).toBeNull();
    if (!res.ok) return;
    expect(res.migratedFrom).toBeNull();
    const p = res.project;
    expect(p.settings.name).toEqual({ zh: '中国—东盟博览会 先进技术展（示例）', en: 'China–ASEAN Expo Advanced Technology Exhibition (Sample)' });
    expect(p.settings.venue.zh).toBe('南宁国际会展中心');
    expect(Object.keys(p.halls)).toHaveLength(2);
    expect(Object.keys(p.booths)).toHaveLength(150);
    expect(Object.keys(p.exhibitors)).toHaveLength(80);
    expect(Object.values(p.zones).some((z) => z.kind === 'pavilion')).toBe(true);
  });

  it('is exactly what the generator makes from the EXPO_SAMPLE preset (regenerate: npm run sample -- --preset expo-sample --out resources/samples/expo-sample.pavilion.json)', () => {
    expect(text).toBe(serializeProject(generateShow(EXPO_SAMPLE)));
  });

  it('has its site drawing beside it, exactly as the generator draws it (same regeneration)', () => {
    const files = sampleAssetFiles(generateShow(EXPO_SAMPLE));
    expect(files.map((f) => f.fileName)).toEqual(['a_siteplan.png']);
    for (const f of files) expect(Buffer.from(readFileSync(join(root, 'resources', 'samples', 'expo-sample.assets', f.fileName))).equals(Buffer.from(f.bytes))).toBe(true);
  });
});

describe('docs/project-format.md', () => {
  it('shows examples that are records of the bundled sample, as they are', () => {
    const doc = readFileSync(join(root, 'docs', 'project-format.md'), 'utf8');
    const sample = JSON.parse(readFileSync(SAMPLE, 'utf8')) as Record<string, Record<string, unknown>>;
    const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!) as { id: string });
    expect(examples.length).toBeGreaterThanOrEqual(3);
    for (const ex of examples) {
      const coll = ex.id.startsWith('ex_') ? 'exhibitors' : 'exhibitorId' in ex ? 'assignments' : 'booths';
      expect(sample[coll]![ex.id], `${coll}/${ex.id}`).toEqual(ex);
    }
  });
});

describe('resources/schema/project.schema.json', () => {
  it('is up to date with the zod schema (regenerate: npm run schema)', () => {
    expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(projectJsonSchemaText());
  });

  it('describes the file format: draft 2020-12, required top-level fields, id-keyed records', () => {
    const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as {
      $schema: string;
      required: string[];
      properties: Record<string, { type?: string; const?: unknown; additionalProperties?: { required?: string[] } }>;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'schemaVersion', 'revision', 'settings', 'halls', 'booths', 'exhibitors', 'assignments']));
    expect(schema.properties.format!.const).toBe('pavilion-project');
    expect(schema.properties.booths!.type).toBe('object');
    // Input schema: defaulted fields may be left out of a file.
    expect(schema.properties.booths!.additionalProperties!.required).toEqual(['id', 'hallId', 'number', 'shape']);
  });
});
