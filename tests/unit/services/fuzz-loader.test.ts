import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectService } from '../../../electron/services/project-service';
import { serializeProject } from '../../../electron/services/project-format';
import { warningsFor } from '../../../shared/assignment/warnings';
import { checkLayout } from '../../../shared/editing/checks';
import { loadProjectText } from '../../../shared/model/load';
import { checkProject } from '../../../shared/model/rules';
import { publicView } from '../../../shared/publish/public-view';
import { bytes, tempDir } from './helpers';

/**
 * The project file loader against mutated and boundary-value documents, as file formats are
 * fuzzed: ids that are inherited names, numbers at the edge of what JSON holds, empty and huge
 * strings, wrong types, deep nesting, duplicate keys. Whatever comes in, loading never throws;
 * a document it accepts satisfies the one rule set and can be drawn, checked and published
 * (what the window does next); a refused one gets a code; the file on disk is never changed.
 */
const RUNS = Number(process.env.PAVILION_LOADER_FUZZ_RUNS ?? 150);
const SEED = readFileSync(join(__dirname, '../../fixtures/v2/complete.json'), 'utf8');
const CODES = ['empty', 'not-json', 'not-a-project', 'newer-version', 'unknown-version', 'invalid'];

const nasty = fc.constantFrom<unknown>(
  'constructor', '__proto__', 'toString', 'hasOwnProperty', '', ' ', 'x'.repeat(70_000), '\u0000', '😀', '=1+1',
  0, -0, 1, -1, 0.001, 1e-300, 1e308, -1e308, 2 ** 53, 2 ** 53 + 2, -(2 ** 31), 1e21, 123456789.123,
  true, false, null, [], {}, [[]], { a: { b: { c: {} } } }, [0, 0], [[0, 0], [1, 0]],
  '2026-13-45', '2026-02-30T25:61:00Z', 'NaN', 'Infinity', '1e999',
);

type Path = (string | number)[];

/** Every place in the document a value sits, as a path. */
function paths(v: unknown, at: Path = [], out: Path[] = []): Path[] {
  out.push(at);
  if (Array.isArray(v)) v.forEach((x, i) => paths(x, [...at, i], out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) paths(x, [...at, k], out);
  return out;
}

function setAt(doc: unknown, path: Path, value: unknown, mode: 'set' | 'delete' | 'rename'): unknown {
  if (!path.length) return value;
  let parent = doc as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, unknown>;
  const key = path.at(-1)!;
  if (mode === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (mode === 'rename' && !Array.isArray(parent)) {
    // A record keyed by an inherited name ("constructor", "__proto__"), the id mismatching its key.
    const v = parent[key];
    delete parent[key];
    Object.defineProperty(parent, typeof value === 'string' ? value : String(value), { value: v, enumerable: true, configurable: true, writable: true });
  } else parent[key] = value;
  return doc;
}

const base = JSON.parse(SEED) as unknown;
const allPaths = paths(base);

const mutation = fc.record({
  path: fc.constantFrom(...allPaths),
  value: nasty,
  mode: fc.constantFrom<'set' | 'delete' | 'rename'>('set', 'set', 'set', 'delete', 'rename'),
});

/** Text-level damage JSON.stringify cannot make: duplicate keys, deep nesting, cut text. */
const textDamage = fc.constantFrom<(t: string) => string>(
  (t) => t,
  (t) => t.replace('"revision":', '"revision": 1, "revision":'),
  (t) => t.replace('"booths": {', `"booths": ${'['.repeat(5000)}${']'.repeat(5000)}, "booths2": {`),
  (t) => t.slice(0, Math.floor(t.length * 0.7)),
  (t) => t.replace(/"id": "b_[^"]+"/, '"id": "__proto__"'),
);

function mutated(mutations: { path: Path; value: unknown; mode: 'set' | 'delete' | 'rename' }[], damage: (t: string) => string): string {
  let doc = JSON.parse(SEED) as unknown;
  for (const m of mutations) {
    try {
      doc = setAt(doc, m.path, m.value, m.mode);
    } catch {
      // The path no longer exists after an earlier mutation: skip it.
    }
  }
  return damage(JSON.stringify(doc, null, 1));
}

describe('the project file loader, fuzzed', () => {
  it(`loads ${RUNS} mutated documents to a sound show or a refusal with a code, never a throw`, () => {
    const outcomes = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), textDamage, (mutations, damage) => {
        const text = mutated(mutations, damage);
        const r = loadProjectText(text);
        if (r.ok) {
          // Accepted: the one rule set agrees, and what the window does next cannot throw.
          expect(checkProject(r.project)).toEqual({ ok: true });
          expect(() => warningsFor(r.project)).not.toThrow();
          expect(() => checkLayout(r.project)).not.toThrow();
          expect(() => publicView(r.project)).not.toThrow();
          // Saved again, it opens again.
          expect(loadProjectText(serializeProject(r.project)).ok).toBe(true);
        } else {
          expect(CODES).toContain(r.error.code);
          for (const p of r.error.problems ?? []) expect(p.length).toBeLessThanOrEqual(2000);
        }
        const key = r.ok ? 'ok' : r.error.code;
        outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
      }),
      { numRuns: RUNS },
    );
    console.log(`loader fuzz: ${JSON.stringify(Object.fromEntries(outcomes))}`);
    // The mutations reach both sides: some documents survive, most are refused.
    expect(outcomes.get('invalid') ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it('opening refused documents through the service changes nothing on disk', async () => {
    const dir = await tempDir();
    const service = new ProjectService();
    const samples = fc.sample(fc.tuple(fc.array(mutation, { minLength: 1, maxLength: 4 }), textDamage), { numRuns: 25, seed: 7 });
    let refused = 0;
    for (const [i, [mutations, damage]] of samples.entries()) {
      const path = join(dir, `f${i}.pavilion.json`);
      await writeFile(path, mutated(mutations, damage));
      const before = await bytes(path);
      const r = await service.openProject({ path });
      if (!r.ok) {
        refused++;
        expect(r.error.code).toMatch(/^open\.|^too-large$/);
      } else await service.closeProject({ handle: r.value.handle });
      expect((await bytes(path)).equals(before)).toBe(true);
    }
    expect(refused).toBeGreaterThan(0);
    await service.close();
  }, 120_000);
});
