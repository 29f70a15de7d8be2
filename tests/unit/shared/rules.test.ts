import { describe, expect, it } from 'vitest';
import { checkProjectChange } from '../../../shared/model/rules';
import { Assignment, Exhibitor } from '../../../shared/model/entities';
import { createProject } from '../../../shared/model/create';
import { validateProject } from '../../../shared/model/load';
import type { Project } from '../../../shared/model/project';
import { operation } from '../../../shared/ops/build';
import { applyOperation, type Operation } from '../../../shared/ops/operation';
import { booth, hall } from '../services/helpers';

/** A valid show with a hall, two booths and an exhibitor. */
function base(): Project {
  const doc = createProject({ name: { zh: '展', en: 'Show' } });
  const op = operation(doc, 'seed')
    .put('halls', hall('h_1'))
    .put('booths', booth('b_1', 'h_1', 'A1'))
    .put('booths', booth('b_2', 'h_1', 'A2', 3))
    .put('exhibitors', Exhibitor.parse({ id: 'ex_1', name: { zh: '甲', en: 'A' }, country: 'CN' }))
    .build();
  return applyOperation(doc, op);
}

const cases: { title: string; valid: boolean; op: (d: Project) => Operation }[] = [
  { title: 'add a hall', valid: true, op: (d) => operation(d, 'x').put('halls', hall('h_2', 'B1')).build() },
  { title: 'move a booth', valid: true, op: (d) => operation(d, 'x').update('booths', 'b_1', { shape: { type: 'rect', x: 10, y: 10, w: 3, h: 3, rotation: 0 } }).build() },
  {
    title: 'assign a booth properly',
    valid: true,
    op: (d) =>
      operation(d, 'x')
        .update('booths', 'b_1', { status: 'assigned' })
        .put('assignments', Assignment.parse({ id: 'b_1', boothId: 'b_1', exhibitorId: 'ex_1', at: '2026-01-01T00:00:00.000Z' }))
        .build(),
  },
  { title: 'a booth with a negative width', valid: false, op: (d) => operation(d, 'x').update('booths', 'b_1', { shape: { type: 'rect', x: 0, y: 0, w: -3, h: 3, rotation: 0 } }).build() },
  { title: 'a booth in an unknown hall', valid: false, op: (d) => operation(d, 'x').update('booths', 'b_2', { hallId: 'h_gone' }).build() },
  { title: 'removing a hall that still has booths', valid: false, op: (d) => operation(d, 'x').remove('halls', 'h_1').build() },
  { title: 'status assigned without an assignment', valid: false, op: (d) => operation(d, 'x').update('booths', 'b_1', { status: 'assigned' }).build() },
  {
    title: 'an assignment to an unknown exhibitor',
    valid: false,
    op: (d) =>
      operation(d, 'x')
        .update('booths', 'b_1', { status: 'assigned' })
        .put('assignments', Assignment.parse({ id: 'b_1', boothId: 'b_1', exhibitorId: 'ex_nobody', at: '2026-01-01T00:00:00.000Z' }))
        .build(),
  },
  { title: 'a bad currency in settings', valid: false, op: (d) => operation(d, 'x').settings({ currency: 'yuan' }).build() },
  { title: 'an exhibitor with a bad country', valid: false, op: (d) => operation(d, 'x').put('exhibitors', { ...d.exhibitors.ex_1!, id: 'ex_2', country: 'China' }).build() },
  {
    title: 'an entity stored under another key',
    valid: false,
    op: (d) => ({ id: 'op_1', label: 'x', changes: [{ c: 'halls', id: 'h_9', before: null, after: { ...d.halls.h_1!, id: 'h_8' } }] }),
  },
  {
    title: 'an entity changed twice, ending valid',
    valid: true,
    op: (d) => {
      const bad = operation(d, 'x').update('booths', 'b_1', { number: '' }).build();
      const fixed = operation(applyOperation(d, bad), 'x').update('booths', 'b_1', { number: 'A9' }).build();
      return { id: 'op_2', label: 'x', changes: [...bad.changes, { ...fixed.changes[0]!, before: bad.changes[0]!.after } as never] };
    },
  },
];

describe('checkProjectChange agrees with validateProject', () => {
  for (const c of cases) {
    it(c.title, () => {
      const doc = base();
      expect(validateProject(doc).ok).toBe(true);
      const op = c.op(doc);
      const next = { ...applyOperation(doc, op, { check: false }), revision: doc.revision + 1 };
      const full = validateProject(next);
      const quick = checkProjectChange(doc, next, [op]);
      expect(full.ok).toBe(c.valid);
      expect(quick.ok).toBe(c.valid);
      if (!quick.ok) expect(quick.problems.length).toBeGreaterThan(0);
    });
  }
});
