import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCommit } from '../../../electron/services/project/build-commit';
import { serializeProject } from '../../../electron/services/project-format';
import { COLLECTIONS, INHERITED_NAMES, loadProjectText, type CollectionName, type Project } from '../../../shared/model';
import type { Operation } from '../../../shared/ops';
import { generateShow } from '../../../shared/sample';
import { exhibitorTable, fasciaTable } from '../../../shared/exhibitors/table';
import { publicView } from '../../../shared/publish/public-view';
import { computeDashboard } from '../../../shared/dashboard/dashboard';

const DOCS = [1, 2].map((seed) => generateShow({ halls: 2, booths: 30, exhibitors: 12, seed }));

/** Values a hostile or careless client may put anywhere: inherited names, physical absurdities, limits. */
const HOSTILE: unknown[] = [
  ...INHERITED_NAMES,
  'ok_id',
  '',
  'x'.repeat(65),
  1e308,
  -1e308,
  1.7e308,
  100_000,
  100_000.5,
  -100_001,
  0,
  -0,
  0.001,
  0.01,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  null,
  true,
  [],
  {},
  [1e308, -1e308],
];

/** Every path to a value inside `v` (objects and arrays), the root excluded. */
function pathsOf(v: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (v && typeof v === 'object') {
    for (const [k, child] of Object.entries(v)) {
      const key = Array.isArray(v) ? Number(k) : k;
      out.push([...prefix, key]);
      pathsOf(child, [...prefix, key], out);
    }
  }
  return out;
}

function setAt(v: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<string | number, unknown>;
  copy[head!] = setAt(copy[head!], rest, value);
  return copy;
}

const mutation = fc.record({
  doc: fc.nat({ max: DOCS.length - 1 }),
  c: fc.constantFrom(...COLLECTIONS.filter((c) => c !== 'assets')),
  pick: fc.nat(),
  path: fc.nat(),
  value: fc.constantFrom(...HOSTILE),
  asNewId: fc.option(fc.constantFrom(...INHERITED_NAMES, 'fresh_1'), { nil: undefined }),
  revision: fc.constantFrom(0, 7, Number.MAX_SAFE_INTEGER - 1, Number.MAX_SAFE_INTEGER),
  by: fc.constantFrom('', 'Ana', 'x'.repeat(300)),
});

describe('one rule set: every committed document opens (property test)', () => {
  it('a commit the rules accept opens again, and one whose result would not open is refused', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(mutation, (m) => {
        const base: Project = { ...DOCS[m.doc]!, revision: m.revision };
        const c = m.c as CollectionName;
        const ids = Object.keys(base[c]);
        if (ids.length === 0) return;
        const id = ids[m.pick % ids.length]!;
        const before = (base[c] as Record<string, unknown>)[id]!;
        const paths = pathsOf(before);
        let after = setAt(before, paths[m.path % paths.length]!, m.value);
        let key = id;
        if (m.asNewId !== undefined) {
          key = m.asNewId;
          after = { ...(after as object), id: key };
        }
        const op = { id: 'op_1', label: 'ops.test', changes: [{ c, id: key, before: key === id ? before : null, after }] } as Operation;
        let built: ReturnType<typeof buildCommit>;
        try {
          built = buildCommit(base, [op], { by: m.by, at: '2026-11-23T10:00:00.000Z' });
        } catch (e) {
          throw new Error(`buildCommit threw: ${String(e)}`);
        }
        const opened = built.ok ? loadProjectText(serializeProject(built.next)) : null;
        if (built.ok) {
          accepted++;
          expect(opened?.ok, JSON.stringify({ key, after }).slice(0, 400)).toBe(true);
          // And what users do with an open show works on it (exports, the published map).
          const doc = built.next;
          expect(() => [fasciaTable(doc, 'en'), exhibitorTable(doc, 'zh'), publicView(doc), computeDashboard(doc)]).not.toThrow();
        } else {
          refused++;
          expect(built.problems.length).toBeGreaterThan(0);
          for (const p of built.problems) expect(p.length).toBeLessThan(2100);
        }
      }),
      { numRuns: Number(process.env.PAVILION_FUZZ_RUNS ?? 400) },
    );
    // Both outcomes occur, so the property is not vacuous.
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  });
});
