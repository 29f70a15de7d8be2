import { describe, expect, it } from 'vitest';
import { assignBooths, holdBooths, reserveBooths } from '../../../shared/assignment';
import { addExhibitor, deleteExhibitors, editExhibitor } from '../../../shared/exhibitors';
import { applyOperation, invertOperation } from '../../../shared/ops/operation';
import { CTX, addExhibitor as seed, apply, buildShow, refusals } from '../assignment/support/show';

describe('exhibitor operations', () => {
  it('adds an exhibitor with schema defaults and returns its id', () => {
    const doc = buildShow();
    const res = addExhibitor(doc, { name: { zh: '广西东盟科技', en: '' }, country: 'CN' }, 'ex_gx');
    const after = apply(doc, res);
    expect(res.ok && res.exhibitorId).toBe('ex_gx');
    expect(after.exhibitors.ex_gx).toMatchObject({ id: 'ex_gx', sectors: [], requested: { areaSqm: null, booths: null }, priority: 0 });
  });

  it('refuses invalid exhibitors: no name, bad country, unknown competitor or zone', () => {
    const doc = buildShow();
    expect(refusals(addExhibitor(doc, { name: { zh: ' ', en: '' }, country: 'CN' }))[0]!.code).toBe('invalid');
    expect(refusals(addExhibitor(doc, { name: { zh: 'x', en: '' }, country: 'Vietnam' }))[0]!.problems!.join()).toMatch(/country/);
    expect(refusals(addExhibitor(doc, { name: { zh: 'x', en: '' }, country: 'VN', competitors: ['ghost'] }))[0]!.code).toBe('unknown-exhibitor');
    expect(refusals(addExhibitor(doc, { name: { zh: 'x', en: '' }, country: 'VN', preferredZones: ['z_none'] }))[0]!.code).toBe('unknown-zone');
  });

  it('edits fields, validating the result', () => {
    const doc = buildShow();
    seed(doc, { id: 'ex_a' });
    const after = apply(doc, editExhibitor(doc, 'ex_a', { country: 'TH', requested: { areaSqm: 36, booths: 4 } }));
    expect(after.exhibitors.ex_a).toMatchObject({ country: 'TH', requested: { areaSqm: 36, booths: 4 } });
    expect(refusals(editExhibitor(doc, 'ex_a', { requested: { areaSqm: -1, booths: null } }))[0]!.code).toBe('invalid');
    expect(refusals(editExhibitor(doc, 'nope', {}))[0]!.code).toBe('unknown-exhibitor');
  });

  it('deletes an assigned exhibitor freeing its booths and releasing its holds in the same operation', () => {
    let doc = buildShow();
    seed(doc, { id: 'ex_a' });
    seed(doc, { id: 'ex_b', competitors: ['ex_a'] });
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1', 'b2'] }, CTX));
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b3'], until: null }, CTX));
    doc = apply(doc, reserveBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b4'] }, CTX));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_b', boothIds: ['b5'] }, CTX));
    const res = deleteExhibitors(doc, ['ex_a']);
    const after = apply(doc, res);
    expect(after.exhibitors.ex_a).toBeUndefined();
    for (const id of ['b1', 'b2', 'b3', 'b4']) expect(after.booths[id]).toMatchObject({ status: 'available', claim: null });
    expect(Object.keys(after.assignments)).toEqual(['b5']);
    expect(after.exhibitors.ex_b!.competitors).toEqual([]);
    if (!res.ok) throw new Error();
    expect(applyOperation(after, invertOperation(res.op))).toEqual(doc);
    expect(refusals(deleteExhibitors(doc, ['ghost']))[0]!.code).toBe('unknown-exhibitor');
  });
});
