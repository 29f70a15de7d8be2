import { describe, expect, it } from 'vitest';
import { buildCommit } from '../../../electron/services/project/build-commit';
import { Assignment, Exhibitor } from '../../../shared/model/entities';
import { createProject } from '../../../shared/model/create';
import { loadProjectText } from '../../../shared/model/load';
import { Id, INHERITED_NAMES } from '../../../shared/model/primitives';
import type { Project } from '../../../shared/model/project';
import { checkProjectChange } from '../../../shared/model/rules';
import { operation } from '../../../shared/ops/build';
import { applyOperation } from '../../../shared/ops/operation';
import { booth, hall } from '../services/helpers';

function base(): Project {
  const doc = createProject({ name: { zh: '展', en: 'Show' } });
  const op = operation(doc, 'seed')
    .put('halls', hall('h_1'))
    .put('booths', booth('b_1', 'h_1', 'A1'))
    .put('exhibitors', Exhibitor.parse({ id: 'ex_1', name: { zh: '甲', en: 'A' }, country: 'CN' }))
    .build();
  return applyOperation(doc, op);
}

const text = (doc: unknown) => JSON.stringify(doc);

describe('ids that are inherited names', () => {
  it('the reserved list covers every name a plain object inherits, and Id refuses each', () => {
    for (const name of Object.getOwnPropertyNames(Object.prototype)) expect(INHERITED_NAMES).toContain(name);
    for (const name of INHERITED_NAMES) expect(Id.safeParse(name).success, name).toBe(false);
    expect(Id.safeParse('constructor_1').success).toBe(true);
    expect(Id.safeParse('my-toString').success).toBe(true);
  });

  it('a file assigning a booth to exhibitor "constructor" is refused with a readable problem', () => {
    const doc = base();
    const bad = {
      ...doc,
      booths: { ...doc.booths, b_1: { ...doc.booths.b_1!, status: 'assigned' } },
      assignments: { b_1: { id: 'b_1', boothId: 'b_1', exhibitorId: 'constructor', at: '2026-01-01T00:00:00.000Z', by: '' } },
    };
    const res = loadProjectText(text(bad));
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.problems!.join('\n')).toMatch(/assignments\.b_1\.exhibitorId/);
  });

  it('a commit assigning a booth to exhibitor "constructor" is refused and nothing is built', () => {
    const doc = base();
    const op = operation(doc, 'ops.assignBooth')
      .update('booths', 'b_1', { status: 'assigned' })
      .put('assignments', { ...Assignment.parse({ id: 'b_1', boothId: 'b_1', exhibitorId: 'ex_1', at: '2026-01-01T00:00:00.000Z' }), exhibitorId: 'constructor' })
      .build();
    const built = buildCommit(doc, [op], { by: 'Ana', at: '2026-01-01T00:00:00.000Z' });
    expect(built.ok).toBe(false);
  });

  it('an entity stored under "__proto__" is refused, and does not become the prototype of the record', () => {
    const doc = base();
    const evil = { ...doc.exhibitors.ex_1!, id: '__proto__' };
    const op = { id: 'op_x', label: 'x', changes: [{ c: 'exhibitors' as const, id: '__proto__', before: null, after: evil }] };
    const next = applyOperation(doc, op);
    expect(Object.getPrototypeOf(next.exhibitors)).toBe(Object.prototype);
    expect(checkProjectChange(doc, next, [op]).ok).toBe(false);
  });
});

describe('physical bounds', () => {
  const withBooth = (shape: object) => {
    const doc = base();
    return { ...doc, booths: { b_1: { ...doc.booths.b_1!, shape } } };
  };
  it('refuses a booth at x −1e308 with width 1.7e308, a 1 mm booth, and a hall outline at ±1e308', () => {
    expect(loadProjectText(text(withBooth({ type: 'rect', x: -1e308, y: 0, w: 1.7e308, h: 3, rotation: 0 }))).ok).toBe(false);
    expect(loadProjectText(text(withBooth({ type: 'rect', x: 0, y: 0, w: 0.001, h: 3, rotation: 0 }))).ok).toBe(false);
    expect(loadProjectText(text(withBooth({ type: 'rect', x: 99_990, y: -99_990, w: 3, h: 3, rotation: 0 }))).ok).toBe(true);
    const doc = base();
    const far = { ...doc, halls: { h_1: { ...doc.halls.h_1!, outline: [[-1e308, -1e308], [1e308, -1e308], [1e308, 1e308]] } } };
    expect(loadProjectText(text(far)).ok).toBe(false);
  });

  it('refuses the same in a commit', () => {
    const doc = base();
    const op = operation(doc, 'ops.moveBooths').update('booths', 'b_1', { shape: { type: 'rect', x: -1e308, y: 0, w: 1.7e308, h: 3, rotation: 0 } }).build();
    const built = buildCommit(doc, [op], { by: '', at: '2026-01-01T00:00:00.000Z' });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.problems.join('\n')).toMatch(/booths\.b_1\.shape\.(x|w)/);
  });
});

describe('one rule set for commits and opens', () => {
  it('a commit at revision 2^53−1 is refused (its file could not be opened), one below it is fine', () => {
    const doc = { ...base(), revision: Number.MAX_SAFE_INTEGER };
    expect(loadProjectText(text(doc)).ok).toBe(true);
    const op = operation(doc, 'ops.addHall').put('halls', hall('h_2', 'B1')).build();
    const built = buildCommit(doc, [op], { by: '', at: '2026-01-01T00:00:00.000Z' });
    expect(built.ok).toBe(false);
    if (!built.ok) expect(built.problems.join('\n')).toMatch(/^revision/m);
    const lower = buildCommit({ ...doc, revision: Number.MAX_SAFE_INTEGER - 1 }, [op], { by: '', at: '2026-01-01T00:00:00.000Z' });
    expect(lower.ok).toBe(true);
    if (lower.ok) expect(loadProjectText(text(lower.next)).ok).toBe(true);
  });
});

describe('messages about hostile text are clipped', () => {
  it('a 5 MB key gives a message of a few hundred characters', () => {
    const doc = base();
    const key = 'k'.repeat(5_000_000);
    const bad = { ...doc, halls: { ...doc.halls, [key]: { ...doc.halls.h_1!, id: key } } };
    const res = loadProjectText(text(bad));
    expect(res.ok).toBe(false);
    if (!res.ok) {
      const all = res.error.problems!.join('\n');
      expect(all.length).toBeLessThan(5000);
      expect(all).toMatch(/5000000 characters/);
    }
  });
});
