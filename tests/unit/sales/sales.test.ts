import { describe, expect, it } from 'vitest';
import { assignBooths, holdBooths } from '../../../shared/assignment';
import { setExhibitorSectors } from '../../../shared/exhibitors/bulk';
import { loadProjectText } from '../../../shared/model/load';
import { invertOperation, applyOperation } from '../../../shared/ops/operation';
import { editSale, saleFigures, salesTotals, setSalesStage, WAITLIST_NOTE } from '../../../shared/sales';
import { generateShow } from '../../../shared/sample/generate';
import { exhibitorIndex } from '../../../shared/assignment/by-exhibitor';
import { isSigned } from '../../../shared/sales/stages';
import { CTX, addExhibitor, apply, buildShow, refusals } from '../assignment/support/show';

function show() {
  let doc = buildShow();
  addExhibitor(doc, { id: 'ex_a', country: 'VN' });
  addExhibitor(doc, { id: 'ex_b', country: 'CN', sectors: ['robotics'] });
  doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1', 'b2'] }, CTX));
  doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_b', boothIds: ['b3'], until: '2026-12-01' }, CTX));
  return doc;
}

describe('the sale', () => {
  it('opens a file written before sales existed with every exhibitor at "applied"', () => {
    const doc = show();
    const old = JSON.parse(JSON.stringify(doc)) as { exhibitors: Record<string, Record<string, unknown>> };
    for (const ex of Object.values(old.exhibitors)) delete ex.sale;
    const res = loadProjectText(JSON.stringify(old));
    expect(res.ok).toBe(true);
    if (res.ok) expect(res.project.exhibitors.ex_a!.sale).toMatchObject({ stage: 'applied', amount: null, invoiced: 0, paid: 0 });
  });

  it('starts from the rate-card price; an agreed amount replaces it; cancelled is worth nothing', () => {
    let doc = show();
    // Two 3 × 3 m standard booths at 1,800 per m² (corner/inline premiums as derived).
    const start = saleFigures(doc, doc.exhibitors.ex_a!);
    expect(start.rateCard).toBeGreaterThanOrEqual(2 * 9 * 1800);
    expect(start.expected).toBe(start.rateCard);
    doc = apply(doc, editSale(doc, 'ex_a', { amount: 30000, invoiced: 30000, paid: 9000, reference: 'CT-1' }));
    expect(saleFigures(doc, doc.exhibitors.ex_a!)).toMatchObject({ expected: 30000, invoiced: 30000, paid: 9000, outstanding: 21000 });
    expect(refusals(editSale(doc, 'ex_a', { paid: -1 }))[0]!.code).toBe('invalid');
    const t = salesTotals(doc);
    expect(t.invoiced).toBe(30000);
    expect(t.byStage.applied).toBe(2);
  });

  it('a signed contract turns holds into assignments and records the date', () => {
    let doc = show();
    doc = apply(doc, setSalesStage(doc, { exhibitorIds: ['ex_b'], stage: 'contract-signed', date: '2026-09-02' }, CTX));
    expect(doc.booths.b3!.status).toBe('assigned');
    expect(doc.assignments.b3!.exhibitorId).toBe('ex_b');
    expect(doc.exhibitors.ex_b!.sale).toMatchObject({ stage: 'contract-signed', dates: { 'contract-signed': '2026-09-02' } });
  });

  it('cancelling asks where the booths go, then releases them to available or the waitlist; undo restores all', () => {
    const doc = show();
    const ask = refusals(setSalesStage(doc, { exhibitorIds: ['ex_a'], stage: 'cancelled', date: '2026-09-03' }, CTX));
    expect(ask[0]).toMatchObject({ code: 'booths-to-release', args: { count: '2', booths: 'A01, A02' } });
    const freed = apply(doc, setSalesStage(doc, { exhibitorIds: ['ex_a'], stage: 'cancelled', date: '2026-09-03', release: 'available' }, CTX));
    expect([freed.booths.b1!.status, freed.booths.b2!.status]).toEqual(['available', 'available']);
    expect(freed.assignments.b1).toBeUndefined();
    expect(saleFigures(freed, freed.exhibitors.ex_a!).expected).toBe(0);
    const res = setSalesStage(doc, { exhibitorIds: ['ex_a', 'ex_b'], stage: 'cancelled', date: '2026-09-03', release: 'waitlist' }, CTX);
    const wait = apply(doc, res);
    for (const id of ['b1', 'b2', 'b3']) expect(wait.booths[id]).toMatchObject({ status: 'hold', claim: { exhibitorId: null, note: WAITLIST_NOTE } });
    if (!res.ok) throw new Error('refused');
    expect(applyOperation(wait, invertOperation(res.op))).toEqual(doc);
  });

  it('refuses unknown exhibitors and dates that are not dates', () => {
    const doc = show();
    expect(refusals(setSalesStage(doc, { exhibitorIds: ['nope'], stage: 'approved', date: '2026-09-03' }, CTX))[0]!.code).toBe('unknown-exhibitor');
    expect(refusals(setSalesStage(doc, { exhibitorIds: ['ex_a'], stage: 'approved', date: '2026-02-30' }, CTX))[0]!.code).toBe('invalid-date');
  });

  it('bulk-sets sectors in one operation: add, replace, remove', () => {
    const doc = show();
    const added = apply(doc, setExhibitorSectors(doc, ['ex_a', 'ex_b'], ['telecom'], 'add'));
    expect(added.exhibitors.ex_b!.sectors).toEqual(['robotics', 'telecom']);
    expect(added.exhibitors.ex_a!.sectors).toEqual(['telecom']);
    const replaced = apply(added, setExhibitorSectors(added, ['ex_b'], ['fintech'], 'replace'));
    expect(replaced.exhibitors.ex_b!.sectors).toEqual(['fintech']);
    const removed = apply(added, setExhibitorSectors(added, ['ex_a', 'ex_b'], ['telecom'], 'remove'));
    expect(removed.exhibitors.ex_b!.sectors).toEqual(['robotics']);
    expect(refusals(setExhibitorSectors(doc, ['ex_a'], [], 'add'))[0]!.code).toBe('invalid');
  });

  it('the generated show has sales that agree with its booths', () => {
    const doc = generateShow({ halls: 2, booths: 400, exhibitors: 200, seed: 3 });
    const index = exhibitorIndex(doc);
    const stages = new Set<string>();
    for (const ex of Object.values(doc.exhibitors)) {
      stages.add(ex.sale.stage);
      const mine = index.byExhibitor.get(ex.id);
      if (mine?.assigned.length) expect(isSigned(ex.sale.stage)).toBe(true);
      if (ex.sale.stage === 'cancelled') expect(mine?.assigned.length ?? 0).toBe(0);
      expect(ex.sale.paid).toBeLessThanOrEqual(ex.sale.invoiced);
    }
    expect(stages.size).toBeGreaterThanOrEqual(6);
  });
});
