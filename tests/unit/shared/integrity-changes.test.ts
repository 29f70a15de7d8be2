import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/model/create';
import { checkIntegrityOfChanges } from '../../../shared/model/integrity-changes';
import { checkIntegrity, COLLECTIONS, type CollectionName, type IntegrityIssue, type Project } from '../../../shared/model/project';
import { generateShow } from '../../../shared/sample/generate';
import { assignBooths } from '../../../shared/assignment/commands';
import { applyOperation, type Change, type Operation } from '../../../shared/ops/operation';

/**
 * Documents and operations are drawn from a tape of numbers so fast-check can shrink a
 * failure to a short, mostly-zero tape. Entities carry only the fields the integrity rules
 * read; ids come from small pools so removals, dangling references and re-keyed entities
 * happen often.
 */
class Tape {
  private i = 0;
  constructor(private readonly values: readonly number[]) {}
  next(n: number): number {
    const v = this.values[this.i++ % this.values.length] ?? 0;
    return n <= 0 ? 0 : v % n;
  }
  chance(percent: number): boolean {
    return this.next(100) < percent;
  }
  pick<T>(list: readonly T[]): T | undefined {
    return list.length === 0 ? undefined : list[this.next(list.length)];
  }
}

const POOL: Record<CollectionName, string[]> = {
  halls: ['h_0', 'h_1', 'h_2'],
  zones: ['z_0', 'z_1', 'z_2'],
  booths: ['b_0', 'b_1', 'b_2', 'b_3', 'b_4', 'b_5'],
  exhibitors: ['e_0', 'e_1', 'e_2', 'e_3'],
  assignments: ['b_0', 'b_1', 'b_2', 'b_3', 'b_4', 'b_5'],
  facilities: ['f_0', 'f_1', 'f_2'],
  assets: ['a_0', 'a_1'],
};
const STATUSES = ['available', 'hold', 'reserved', 'assigned', 'blocked'] as const;

type Raw = Record<string, unknown> & { id: string };

/** A document that passes checkIntegrity, built from the tape. */
function validDoc(t: Tape): Project {
  const doc = createProject({ name: { zh: '展', en: 'Show' } });
  const some = (c: CollectionName) => POOL[c].filter(() => t.chance(60));
  const set = (c: CollectionName, e: Raw) => ((doc[c] as Record<string, Raw>)[e.id] = e);
  const assets = some('assets');
  for (const id of assets) set('assets', { id });
  const halls = some('halls');
  for (const id of halls) set('halls', { id, background: t.chance(50) && assets.length ? { assetId: t.pick(assets) } : null });
  const zones = some('zones');
  for (const id of zones) set('zones', { id });
  const exhibitors = some('exhibitors');
  for (const id of exhibitors) set('exhibitors', { id });
  if (halls.length > 0) {
    for (const id of some('booths')) {
      let status: (typeof STATUSES)[number] = STATUSES[t.next(STATUSES.length)]!;
      if (status === 'assigned' && exhibitors.length === 0) status = 'available';
      const claimed = status === 'hold' || status === 'reserved';
      set('booths', {
        id,
        hallId: t.pick(halls),
        zoneId: t.chance(50) ? (t.pick(zones) ?? null) : null,
        status,
        claim: claimed ? { exhibitorId: t.chance(70) ? (t.pick(exhibitors) ?? null) : null } : null,
      });
      if (status === 'assigned') set('assignments', { id, boothId: id, exhibitorId: t.pick(exhibitors) });
    }
    for (const id of some('facilities')) set('facilities', { id, hallId: t.pick(halls) });
  }
  return doc;
}

/** Any entity for `c` under `key`: references from the pools, so possibly dangling. */
function anyEntity(t: Tape, c: CollectionName, key: string): Raw {
  const id = t.chance(10) ? t.pick(POOL[c])! : key;
  const ref = (pool: CollectionName) => t.pick(POOL[pool])!;
  switch (c) {
    case 'booths': {
      const status = STATUSES[t.next(STATUSES.length)]!;
      return { id, hallId: ref('halls'), zoneId: t.chance(50) ? ref('zones') : null, status, claim: t.chance(50) ? { exhibitorId: t.chance(70) ? ref('exhibitors') : null } : null };
    }
    case 'assignments':
      return { id, boothId: t.chance(85) ? id : ref('booths'), exhibitorId: ref('exhibitors') };
    case 'facilities':
      return { id, hallId: ref('halls') };
    case 'halls':
      return { id, background: t.chance(50) ? { assetId: ref('assets') } : null };
    default:
      return { id };
  }
}

/** One to three operations of one to four changes (removals, puts, settings) each. */
function someOps(t: Tape, doc: Project): Operation[] {
  const ops: Operation[] = [];
  let cur = doc;
  const n = 1 + t.next(3);
  for (let i = 0; i < n; i++) {
    const changes: Change[] = [];
    const m = 1 + t.next(4);
    for (let j = 0; j < m; j++) {
      if (t.chance(5)) {
        changes.push({ c: 'settings', before: cur.settings, after: { ...cur.settings, currency: 'USD' } });
        continue;
      }
      const c = COLLECTIONS[t.next(COLLECTIONS.length)]!;
      const key = t.pick(POOL[c])!;
      const before = (cur[c] as Record<string, unknown>)[key] ?? null;
      const after = t.chance(40) ? null : anyEntity(t, c, key);
      changes.push({ c, id: key, before, after } as Change);
    }
    const op: Operation = { id: `op_${i}`, label: 'test', changes };
    cur = applyOperation(cur, op, { check: false });
    ops.push(op);
  }
  return ops;
}

const asSet = (issues: IntegrityIssue[]) => issues.map((i) => `${i.path.join('/')}: ${i.message}`).sort();

describe('checkIntegrityOfChanges', () => {
  it('reports exactly what checkIntegrity reports, after any operations on a valid document', () => {
    let broken = 0;
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 9999 }), { minLength: 1, maxLength: 300 }), (tape) => {
        const t = new Tape(tape);
        const doc = validDoc(t);
        expect(checkIntegrity(doc)).toEqual([]);
        const ops = someOps(t, doc);
        const next = ops.reduce((d, op) => applyOperation(d, op, { check: false }), doc);
        const full = checkIntegrity(next);
        if (full.length > 0) broken++;
        expect(asSet(checkIntegrityOfChanges(next, ops))).toEqual(asSet(full));
      }),
      { numRuns: 3000 },
    );
    // Both outcomes must be well represented for the property to mean anything.
    expect(broken).toBeGreaterThan(300);
    expect(broken).toBeLessThan(2700);
  });

  it('finds what points at a removed hall, zone, exhibitor, booth, assignment or asset', () => {
    const doc = createProject({ name: { zh: '展', en: 'Show' } });
    const put = (c: CollectionName, e: Raw) => ((doc[c] as Record<string, Raw>)[e.id] = e);
    put('assets', { id: 'a_0' });
    put('halls', { id: 'h_0', background: { assetId: 'a_0' } });
    put('zones', { id: 'z_0' });
    put('exhibitors', { id: 'e_0' });
    put('exhibitors', { id: 'e_1' });
    put('booths', { id: 'b_0', hallId: 'h_0', zoneId: 'z_0', status: 'assigned', claim: null });
    put('booths', { id: 'b_1', hallId: 'h_0', zoneId: null, status: 'hold', claim: { exhibitorId: 'e_1' } });
    put('assignments', { id: 'b_0', boothId: 'b_0', exhibitorId: 'e_0' });
    put('facilities', { id: 'f_0', hallId: 'h_0' });
    expect(checkIntegrity(doc)).toEqual([]);
    for (const [c, id, expected] of [
      ['halls', 'h_0', 3],
      ['zones', 'z_0', 1],
      ['exhibitors', 'e_0', 1],
      ['exhibitors', 'e_1', 1],
      ['booths', 'b_0', 1],
      ['assignments', 'b_0', 1],
      ['assets', 'a_0', 1],
    ] as const) {
      const op: Operation = { id: 'op', label: 'x', changes: [{ c, id, before: (doc[c] as Record<string, never>)[id]!, after: null } as Change] };
      const next = applyOperation(doc, op);
      const quick = checkIntegrityOfChanges(next, [op]);
      expect(quick, `${c}/${id}`).toHaveLength(expected);
      expect(asSet(quick)).toEqual(asSet(checkIntegrity(next)));
    }
  });

  it('is empty for a proper assignment on a generated show and catches a dangling one', () => {
    const doc = generateShow({ halls: 4, booths: 3000, exhibitors: 1400, seed: 2 });
    const booth = Object.values(doc.booths).find((b) => b.status === 'available')!;
    const r = assignBooths(doc, { exhibitorId: Object.keys(doc.exhibitors)[0]!, boothIds: [booth.id] }, { by: 't', at: '2027-01-01T00:00:00.000Z' });
    if (!r.ok) throw new Error('refused');
    const next = applyOperation(doc, r.op);
    expect(checkIntegrity(next)).toEqual([]);
    expect(checkIntegrityOfChanges(next, [r.op])).toEqual([]);
    // And the same change to an exhibitor that does not exist is caught.
    const bad: Operation = { ...r.op, changes: r.op.changes.map((ch) => (ch.c === 'assignments' && ch.after ? { ...ch, after: { ...ch.after, exhibitorId: 'ex_gone' } } : ch)) };
    const badNext = applyOperation(doc, bad);
    expect(asSet(checkIntegrityOfChanges(badNext, [bad]))).toEqual(asSet(checkIntegrity(badNext)));
    expect(checkIntegrityOfChanges(badNext, [bad])).toHaveLength(1);
  });
});
