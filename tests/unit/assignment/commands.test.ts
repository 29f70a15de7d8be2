import { describe, expect, it } from 'vitest';
import {
  assignBooths,
  blockBooths,
  expireHolds,
  expiredHolds,
  extendHolds,
  holdBooths,
  moveExhibitor,
  releaseBooths,
  reserveBooths,
  swapBooths,
  unassignBooths,
  unblockBooths,
} from '../../../shared/assignment';
import { applyOperation, invertOperation } from '../../../shared/ops/operation';
import { CTX, addExhibitor, apply, buildShow, refusals } from './support/show';

function show() {
  const doc = buildShow();
  addExhibitor(doc, { id: 'ex_hw', name: { zh: '华为技术有限公司', en: 'Huawei Technologies' } });
  addExhibitor(doc, { id: 'ex_vt', name: { zh: '越南电信', en: 'Viettel' }, country: 'VN' });
  return doc;
}

describe('assign and unassign', () => {
  it('assigns booths with a record keyed by booth id carrying at and by', () => {
    const doc = apply(show(), assignBooths(show(), { exhibitorId: 'ex_hw', boothIds: ['b1', 'b2'] }, CTX));
    expect(doc.booths.b1!.status).toBe('assigned');
    expect(doc.assignments.b1).toEqual({ id: 'b1', boothId: 'b1', exhibitorId: 'ex_hw', at: CTX.at, by: CTX.by });
    expect(doc.assignments.b2!.exhibitorId).toBe('ex_hw');
  });

  it('refuses double booking and names the holder', () => {
    const doc = apply(show(), assignBooths(show(), { exhibitorId: 'ex_hw', boothIds: ['b1'] }, CTX));
    const r = refusals(assignBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b2', 'b1'] }, CTX));
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ code: 'booth-assigned', boothId: 'b1', boothNumber: 'A01', holder: { exhibitorId: 'ex_hw', name: { zh: '华为技术有限公司' } } });
    expect(r[0]!.message).toContain('华为技术有限公司');
    expect(r[0]!.message).toContain('A01');
    expect(r[0]!.args.holderEn).toBe('Huawei Technologies');
  });

  it('refuses a booth held or reserved for someone else, or blocked, and does nothing at all', () => {
    let doc = show();
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'], until: '2026-10-01' }, CTX));
    doc = apply(doc, reserveBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b2'] }, CTX));
    doc = apply(doc, blockBooths(doc, { boothIds: ['b3'], note: 'column' }));
    const r = refusals(assignBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b1', 'b2', 'b3', 'b4'] }, CTX));
    expect(r.map((x) => x.code)).toEqual(['booth-held', 'booth-reserved', 'booth-blocked']);
    expect(r[0]!.message).toBe('Booth A01 is on hold for 华为技术有限公司 (Huawei Technologies)');
    expect(r[1]!.holder?.exhibitorId).toBe('ex_hw');
  });

  it('lets anyone take a booth whose hold for someone else has lapsed, but not the day it ends', () => {
    let doc = show();
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1', 'b2', 'b3'], until: '2026-10-01' }, CTX));
    const lastDay = { by: 'Li Na', at: '2026-10-01T23:00:00.000Z' };
    const dayAfter = { by: 'Li Na', at: '2026-10-02T01:00:00.000Z' };
    expect(refusals(assignBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b1'] }, lastDay))[0]!.code).toBe('booth-held');
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b1'] }, dayAfter));
    expect(doc.booths.b1).toMatchObject({ status: 'assigned', claim: null });
    expect(doc.assignments.b1).toMatchObject({ exhibitorId: 'ex_vt', by: 'Li Na' });
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b2'], until: '2026-10-20' }, dayAfter));
    expect(doc.booths.b2!.claim).toMatchObject({ exhibitorId: 'ex_vt', until: '2026-10-20' });
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b4'] }, dayAfter));
    doc = apply(doc, moveExhibitor(doc, { exhibitorId: 'ex_vt', from: 'b4', to: 'b3' }, dayAfter));
    expect(doc.assignments.b3!.exhibitorId).toBe('ex_vt');
    // A reservation has no expiry of its own: its date is a contract deadline, not a release.
    doc = apply(doc, reserveBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b5'], until: '2026-10-01' }, CTX));
    expect(refusals(assignBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b5'] }, dayAfter))[0]!.code).toBe('booth-reserved');
  });

  it('lets the exhibitor a booth is held or reserved for take it', () => {
    let doc = show();
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'], until: '2026-10-01' }, CTX));
    doc = apply(doc, reserveBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b2'] }, CTX));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1', 'b2'] }, CTX));
    expect(doc.booths.b1).toMatchObject({ status: 'assigned', claim: null });
    expect(doc.assignments.b2!.exhibitorId).toBe('ex_hw');
  });

  it('refuses unknown booths, unknown exhibitors, empty lists, a bad time and over-long notes', () => {
    const doc = show();
    expect(refusals(assignBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'] }, { by: 'x', at: 'yesterday' }))[0]!.code).toBe('invalid-date');
    expect(refusals(blockBooths(doc, { boothIds: ['b1'], note: 'n'.repeat(2001) }))[0]!.code).toBe('invalid');
    expect(refusals(holdBooths(doc, { exhibitorId: null, boothIds: ['b1'], until: null, note: 'n'.repeat(2001) }, CTX))[0]!.code).toBe('invalid');
    expect(refusals(assignBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['nope'] }, CTX))[0]!.code).toBe('unknown-booth');
    expect(refusals(assignBooths(doc, { exhibitorId: 'ghost', boothIds: ['b1'] }, CTX))[0]!.code).toBe('unknown-exhibitor');
    expect(refusals(assignBooths(doc, { exhibitorId: 'ex_hw', boothIds: [] }, CTX))[0]!.code).toBe('no-booths');
  });

  it('unassigns, refusing booths that are not assigned; undo restores the assignment', () => {
    const doc = apply(show(), assignBooths(show(), { exhibitorId: 'ex_hw', boothIds: ['b1'] }, CTX));
    expect(refusals(unassignBooths(doc, { boothIds: ['b1', 'b2'] }))[0]).toMatchObject({ code: 'booth-not-assigned', boothId: 'b2' });
    const res = unassignBooths(doc, { boothIds: ['b1'] });
    const after = apply(doc, res);
    expect(after.booths.b1!.status).toBe('available');
    expect(after.assignments.b1).toBeUndefined();
    if (!res.ok) throw new Error();
    expect(applyOperation(after, invertOperation(res.op))).toEqual(doc);
  });
});

describe('move and swap', () => {
  it('moves an exhibitor to a free booth, carrying the assignment', () => {
    let doc = apply(show(), assignBooths(show(), { exhibitorId: 'ex_hw', boothIds: ['b1'] }, CTX));
    doc = apply(doc, moveExhibitor(doc, { exhibitorId: 'ex_hw', from: 'b1', to: 'b5' }, CTX));
    expect(doc.booths.b1!.status).toBe('available');
    expect(doc.assignments.b1).toBeUndefined();
    expect(doc.assignments.b5!.exhibitorId).toBe('ex_hw');
  });

  it('moves a hold with its date and note', () => {
    let doc = show();
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b1'], until: '2026-10-01', note: 'awaiting deposit' }, CTX));
    doc = apply(doc, moveExhibitor(doc, { exhibitorId: 'ex_vt', from: 'b1', to: 'b2' }, CTX));
    expect(doc.booths.b2).toMatchObject({ status: 'hold', claim: { exhibitorId: 'ex_vt', until: '2026-10-01', note: 'awaiting deposit' } });
    expect(doc.booths.b1!.status).toBe('available');
  });

  it('refuses a move onto someone else’s booth (naming them) or from a booth the exhibitor does not have', () => {
    let doc = show();
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'] }, CTX));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b2'] }, CTX));
    const onto = refusals(moveExhibitor(doc, { exhibitorId: 'ex_hw', from: 'b1', to: 'b2' }, CTX));
    expect(onto[0]).toMatchObject({ code: 'booth-assigned', holder: { exhibitorId: 'ex_vt' } });
    const from = refusals(moveExhibitor(doc, { exhibitorId: 'ex_hw', from: 'b2', to: 'b3' }, CTX));
    expect(from[0]).toMatchObject({ code: 'booth-not-occupied-by-exhibitor', holder: { exhibitorId: 'ex_vt' } });
    expect(refusals(moveExhibitor(doc, { exhibitorId: 'ex_hw', from: 'b1', to: 'b1' }, CTX))[0]!.code).toBe('same-booth');
  });

  it('swaps two assigned booths and a booth with a hold', () => {
    let doc = show();
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'] }, CTX));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b2'] }, CTX));
    doc = apply(doc, swapBooths(doc, { a: 'b1', b: 'b2' }, { by: 'Wang', at: '2026-09-02T00:00:00.000Z' }));
    expect(doc.assignments.b1).toMatchObject({ exhibitorId: 'ex_vt', by: 'Wang' });
    expect(doc.assignments.b2!.exhibitorId).toBe('ex_hw');
    doc = apply(doc, holdBooths(doc, { exhibitorId: null, boothIds: ['b3'], until: null, note: 'VIP' }, CTX));
    doc = apply(doc, swapBooths(doc, { a: 'b1', b: 'b3' }, CTX));
    expect(doc.booths.b1).toMatchObject({ status: 'hold', claim: { exhibitorId: null, note: 'VIP' } });
    expect(doc.assignments.b3!.exhibitorId).toBe('ex_vt');
  });

  it('refuses swaps with blocked booths and between two free booths', () => {
    let doc = apply(show(), blockBooths(show(), { boothIds: ['b1'] }));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b2'] }, CTX));
    expect(refusals(swapBooths(doc, { a: 'b1', b: 'b2' }, CTX))[0]!.code).toBe('booth-blocked');
    expect(refusals(swapBooths(doc, { a: 'b3', b: 'b4' }, CTX))[0]!.code).toBe('nothing-to-swap');
  });
});

describe('hold → reserved → assigned, release, block', () => {
  it('holds with a date, refuses bad or past dates and holds for others', () => {
    const doc = show();
    const held = apply(doc, holdBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'], until: '2026-10-01', note: 'deposit' }, CTX));
    expect(held.booths.b1).toMatchObject({ status: 'hold', claim: { exhibitorId: 'ex_hw', until: '2026-10-01', note: 'deposit' } });
    expect(refusals(holdBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'], until: '2026-02-30' }, CTX))[0]!.code).toBe('invalid-date');
    expect(refusals(holdBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'], until: '2026-08-31' }, CTX))[0]!.code).toBe('date-in-past');
    const r = refusals(holdBooths(held, { exhibitorId: 'ex_vt', boothIds: ['b1'], until: '2026-10-01' }, CTX));
    expect(r[0]).toMatchObject({ code: 'booth-held', holder: { exhibitorId: 'ex_hw' } });
    // The same exhibitor may extend its hold; the note is kept.
    const extended = apply(held, holdBooths(held, { exhibitorId: 'ex_hw', boothIds: ['b1'], until: '2026-10-15' }, CTX));
    expect(extended.booths.b1!.claim).toEqual({ exhibitorId: 'ex_hw', until: '2026-10-15', note: 'deposit' });
  });

  it('reserves from a hold of the same exhibitor only', () => {
    let doc = show();
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'], until: '2026-10-01' }, CTX));
    expect(refusals(reserveBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b1'] }, CTX))[0]!.code).toBe('booth-held');
    doc = apply(doc, reserveBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'], note: 'contract sent' }, CTX));
    expect(doc.booths.b1).toMatchObject({ status: 'reserved', claim: { exhibitorId: 'ex_hw', note: 'contract sent' } });
    // A hold cannot step back over a reservation.
    expect(refusals(holdBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'], until: '2026-10-01' }, CTX))[0]!.code).toBe('booth-reserved');
  });

  it('releases holds and reservations but not assignments', () => {
    let doc = show();
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'], until: null }, CTX));
    doc = apply(doc, reserveBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b2'] }, CTX));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b3'] }, CTX));
    expect(refusals(releaseBooths(doc, { boothIds: ['b3'] }))[0]).toMatchObject({ code: 'booth-assigned', holder: { exhibitorId: 'ex_vt' } });
    expect(refusals(releaseBooths(doc, { boothIds: ['b4'] }))[0]!.code).toBe('booth-not-claimed');
    doc = apply(doc, releaseBooths(doc, { boothIds: ['b1', 'b2'] }));
    expect([doc.booths.b1!.status, doc.booths.b2!.status]).toEqual(['available', 'available']);
    expect(doc.booths.b1!.claim).toBeNull();
  });

  it('blocks only free booths and unblocks them', () => {
    let doc = apply(show(), assignBooths(show(), { exhibitorId: 'ex_hw', boothIds: ['b1'] }, CTX));
    expect(refusals(blockBooths(doc, { boothIds: ['b1'] }))[0]).toMatchObject({ code: 'booth-assigned', holder: { exhibitorId: 'ex_hw' } });
    doc = apply(doc, blockBooths(doc, { boothIds: ['b2'], note: 'fire hose' }));
    expect(doc.booths.b2).toMatchObject({ status: 'blocked', claim: { exhibitorId: null, note: 'fire hose' } });
    expect(refusals(unblockBooths(doc, { boothIds: ['b3'] }))[0]!.code).toBe('booth-not-blocked');
    doc = apply(doc, unblockBooths(doc, { boothIds: ['b2'] }));
    expect(doc.booths.b2).toMatchObject({ status: 'available', claim: null });
  });

  it('expires holds whose last day is before today, not reservations or undated holds', () => {
    let doc = show();
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'], until: '2026-09-10' }, CTX));
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b2'], until: '2026-09-11' }, CTX));
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b3'], until: null }, CTX));
    doc = apply(doc, reserveBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b4'], until: '2026-09-01' }, CTX));
    expect(expireHolds(doc, '2026-09-10').op).toBeNull();
    const { op, released } = expireHolds(doc, '2026-09-11');
    expect(released).toEqual([{ boothId: 'b1', boothNumber: 'A01', exhibitorId: 'ex_hw', until: '2026-09-10' }]);
    const after = apply(doc, { ok: true, op: op! });
    expect(after.booths.b1).toMatchObject({ status: 'available', claim: null });
    expect(after.booths.b2!.status).toBe('hold');
    expect(after.booths.b3!.status).toBe('hold');
    expect(after.booths.b4!.status).toBe('reserved');
  });

  it('releases only the expired holds chosen, and extends others to a new last day in one step', () => {
    let doc = show();
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'], until: '2026-09-01' }, CTX));
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b2'], until: '2026-09-02' }, CTX));
    doc = apply(doc, holdBooths(doc, { exhibitorId: null, boothIds: ['b3'], until: '2026-09-03' }, CTX));
    expect(expiredHolds(doc, '2026-09-20').map((h) => h.boothId)).toEqual(['b1', 'b2', 'b3']);
    const { op, released } = expireHolds(doc, '2026-09-20', ['b2']);
    expect(released.map((h) => h.boothId)).toEqual(['b2']);
    doc = apply(doc, { ok: true, op: op! });
    expect([doc.booths.b1!.status, doc.booths.b2!.status, doc.booths.b3!.status]).toEqual(['hold', 'available', 'hold']);
    const later = { ...CTX, at: '2026-09-20T08:00:00.000Z' };
    const ext = extendHolds(doc, { boothIds: ['b1', 'b3'], until: '2026-09-27' }, later);
    expect(ext.ok).toBe(true);
    const after = apply(doc, ext);
    expect(after.booths.b1!.claim).toMatchObject({ exhibitorId: 'ex_hw', until: '2026-09-27' });
    expect(after.booths.b3!.claim).toMatchObject({ exhibitorId: null, until: '2026-09-27' });
    expect(expiredHolds(after, '2026-09-20')).toEqual([]);
    const back = applyOperation(after, invertOperation((ext as { op: Parameters<typeof invertOperation>[0] }).op));
    expect(back.booths.b1!.claim!.until).toBe('2026-09-01');
    expect(refusals(extendHolds(after, { boothIds: ['b2'], until: '2026-09-27' }, later)).map((r) => r.code)).toEqual(['booth-not-held']);
    expect(refusals(extendHolds(after, { boothIds: ['b1'], until: '2026-09-01' }, later)).map((r) => r.code)).toEqual(['date-in-past']);
  });
});
