import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ProjectSerializer } from '../../../electron/services/serialize-project';
import { serializeProject } from '../../../electron/services/project-format';
import { generateShow } from '../../../shared/sample/generate';
import { assignBooths } from '../../../shared/assignment/commands';
import type { Project } from '../../../shared/model/project';
import { applyOperation } from '../../../shared/ops/operation';

/** Above PRETTY_BOOTH_LIMIT: written compact, through the chunk cache. */
const compactShow = () => generateShow({ halls: 4, booths: 2100, exhibitors: 900, seed: 3 });

type Coll = 'booths' | 'exhibitors' | 'assignments' | 'facilities' | 'zones' | 'halls';
const COLLS: Coll[] = ['booths', 'exhibitors', 'assignments', 'facilities', 'zones', 'halls'];

/**
 * Edits the way operations do (a new object for what is touched, a new collection object
 * holding every other entity by identity), plus the rarer shapes a cache can trip on:
 * entries removed or added in the middle or at the end, a key removed and put back (it
 * moves to the end), history appended in bulk, a whole collection re-created, and
 * top-level values changed.
 */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('replace' as const), c: fc.constantFrom(...COLLS), at: fc.nat() }),
  fc.record({ kind: fc.constant('remove' as const), c: fc.constantFrom(...COLLS), at: fc.nat(), n: fc.integer({ min: 1, max: 700 }) }),
  fc.record({ kind: fc.constant('add' as const), c: fc.constantFrom(...COLLS), n: fc.integer({ min: 1, max: 600 }) }),
  fc.record({ kind: fc.constant('readd' as const), c: fc.constantFrom(...COLLS), at: fc.nat() }),
  fc.record({ kind: fc.constant('history' as const), n: fc.integer({ min: 1, max: 700 }) }),
  fc.record({ kind: fc.constant('recreate' as const), c: fc.constantFrom(...COLLS) }),
  fc.record({ kind: fc.constant('top' as const), at: fc.nat() }),
);
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

const text = (parts: readonly Buffer[]) => Buffer.concat(parts).toString('utf8');

let serial = 0;
function applyEdit(doc: Project, e: Edit): Project {
  const next = { ...doc } as Project & Record<string, unknown>;
  if (e.kind === 'history') {
    const last = doc.history[doc.history.length - 1];
    const base = last ?? { id: 'h_x', at: '2027-01-01T00:00:00.000Z', by: 't', action: 'assign' as const, boothId: 'b_x', exhibitorId: null, detail: '' };
    next.history = [...doc.history, ...Array.from({ length: e.n }, () => ({ ...base, id: `h_new${serial++}`, detail: `d${serial}` }))];
    return next;
  }
  if (e.kind === 'top') {
    next.revision = doc.revision + 1 + (e.at % 3);
    if (e.at % 2 === 0) next.settings = { ...doc.settings, currency: e.at % 4 === 0 ? 'USD' : 'CNY' };
    return next;
  }
  const coll = { ...(doc[e.c] as Record<string, { id: string }>) };
  const keys = Object.keys(coll);
  const key = keys.length > 0 && 'at' in e ? keys[e.at % keys.length]! : undefined;
  switch (e.kind) {
    case 'replace':
      if (key) coll[key] = { ...coll[key]!, note: `edited ${serial++} 展位` } as never;
      break;
    case 'remove':
      if (key) for (const k of keys.slice(keys.indexOf(key), keys.indexOf(key) + e.n)) delete coll[k];
      break;
    case 'readd':
      if (key) {
        const v = coll[key]!;
        delete coll[key];
        coll[key] = v;
      }
      break;
    case 'add':
      for (let i = 0; i < e.n; i++) {
        const id = `x_${serial++}`;
        coll[id] = { ...(Object.values(doc[e.c])[0] ?? {}), id } as never;
      }
      break;
    case 'recreate':
      next[e.c] = JSON.parse(JSON.stringify(coll)) as never;
      return next;
  }
  next[e.c] = coll as never;
  return next;
}

describe('ProjectSerializer', () => {
  it('gives the bytes of serializeProject, before and after an assignment, stringifying only what changed', async () => {
    const doc = compactShow();
    const s = new ProjectSerializer();
    const first = await s.serialize(doc);
    expect(text(first)).toBe(serializeProject(doc));
    expect(s.lastRun.reused).toBe(0);
    const booth = Object.values(doc.booths).find((b) => b.status === 'available')!;
    const r = assignBooths(doc, { exhibitorId: Object.keys(doc.exhibitors)[1]!, boothIds: [booth.id] }, { by: 't', at: '2027-01-01T00:00:00.000Z' });
    if (!r.ok) throw new Error('refused');
    const next = { ...applyOperation(doc, r.op), revision: doc.revision + 1 };
    const second = await s.serialize(next);
    expect(text(second)).toBe(serializeProject(next));
    expect(text(second)).not.toBe(text(first));
    // One booth chunk and one assignment chunk; everything else comes from the cache.
    expect(s.lastRun.built).toBe(2);
    expect(s.lastRun.reused).toBeGreaterThan(5);
  });

  it('stays byte-identical through any sequence of edits, keeping chunks small and reused', async () => {
    const start = compactShow();
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const s = new ProjectSerializer();
        let doc = start;
        expect(text(await s.serialize(doc))).toBe(serializeProject(doc));
        for (const e of edits) {
          doc = applyEdit(doc, e);
          const bytes = await s.serialize(doc);
          expect(text(bytes)).toBe(serializeProject(doc));
        }
        // Saving the same document again stringifies nothing.
        await s.serialize(doc);
        expect(s.lastRun.built).toBe(0);
      }),
      { numRuns: 25 },
    );
  });

  it('does not fragment a list that grows one entry per save (the history)', async () => {
    let doc = compactShow();
    const s = new ProjectSerializer();
    await s.serialize(doc);
    for (let i = 0; i < 1200; i++) {
      doc = applyEdit(doc, { kind: 'history', n: 1 });
      await s.serialize(doc);
      // The last history chunk, rebuilt with the new entry.
      expect(s.lastRun.built).toBe(1);
    }
    expect(text(await s.serialize(doc))).toBe(serializeProject(doc));
    expect(s.lastRun.reused).toBeLessThan(60);
  });

  it('a warm-up fills the cache so the first save stringifies only the edit; a cancelled one changes nothing', async () => {
    const doc = compactShow();
    const s = new ProjectSerializer();
    s.warmUp(doc);
    const next = applyEdit(doc, { kind: 'replace', c: 'booths', at: 7 });
    expect(text(await s.serialize(next))).toBe(serializeProject(next));
    expect(s.lastRun.built).toBe(1);

    const cold = new ProjectSerializer();
    cold.warmUp(doc);
    cold.cancelWarmUp();
    expect(text(await cold.serialize(next))).toBe(serializeProject(next));
  });

  it('indents small shows like serializeProject', async () => {
    const doc = generateShow({ halls: 1, booths: 40, exhibitors: 10, seed: 1 });
    const out = text(await new ProjectSerializer().serialize(doc));
    expect(out).toBe(serializeProject(doc));
    expect(out).toContain('\n  "');
  });
});
