import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { acceptProposal } from '../../../shared/allocation/accept';
import { checkProposal } from '../../../shared/allocation/check';
import { matchReturning, newEdition } from '../../../shared/allocation/edition';
import { proposeOptimised } from '../../../shared/allocation/optimise';
import { proposeGreedy } from '../../../shared/allocation/run';
import { fitsForReleasedBooth, waitlist } from '../../../shared/allocation/waitlist';
import { checkIntegrity, Project } from '../../../shared/model/project';
import { applyOperation, invertOperation } from '../../../shared/ops/operation';
import { assign, CTX, exhibitor, grid, zone } from './fixture';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

describe('optimiser', () => {
  it('moves a high-priority exhibitor off its favourite booth when that lets a second one in', () => {
    const doc = grid(1, 3);
    zone(doc, { id: 'mid' }, ['r0c1']);
    exhibitor(doc, { id: 'a', preferredZones: ['mid'], priority: 50, requested: { areaSqm: null, booths: 1 } });
    exhibitor(doc, { id: 'b', requested: { areaSqm: null, booths: 2 } });
    const greedy = proposeGreedy(doc);
    expect(greedy.placements.map((p) => p.exhibitorId)).toEqual(['a']);
    const opt = proposeOptimised(doc, highs, { seconds: 5 });
    expect(opt.placements.map((p) => p.exhibitorId).sort()).toEqual(['a', 'b']);
    expect(opt.stats).toMatchObject({ placed: 2, greedyPlaced: 1, solver: 'optimal' });
    expect(opt.stats.score).toBeGreaterThan(opt.stats.greedyScore);
    expect(checkProposal(doc, opt)).toEqual([]);
  });
});

describe('checkProposal', () => {
  it('reports double bookings, booths not free and competitors too near', () => {
    const doc = grid(1, 4);
    exhibitor(doc, { id: 'a', competitors: ['b'], requested: { areaSqm: null, booths: 1 } });
    exhibitor(doc, { id: 'b', requested: { areaSqm: null, booths: 1 } });
    doc.booths.r0c3 = { ...doc.booths.r0c3!, status: 'blocked' };
    const p = proposeGreedy(doc);
    const base = p.placements[0]!;
    const bad = { ...p, placements: [{ ...base, exhibitorId: 'a', boothIds: ['r0c1'] }, { ...base, exhibitorId: 'b', boothIds: ['r0c1'] }] };
    expect(checkProposal(doc, bad).map((v) => v.kind).sort()).toEqual(['competitor', 'double-booked']);
    const held = { ...p, placements: [{ ...base, exhibitorId: 'a', boothIds: ['r0c3'] }] };
    expect(checkProposal(doc, held).map((v) => v.kind)).toEqual(['booth-not-free']);
  });
});

describe('accepting a proposal', () => {
  it('assigns the selected placements in one operation that undoes in one step, skipping stale ones', () => {
    const doc = grid(1, 6);
    for (let i = 0; i < 4; i++) exhibitor(doc, { id: `e${i}`, priority: 10 - i, requested: { areaSqm: null, booths: 1 } });
    const p = proposeGreedy(doc);
    const half = new Set(p.placements.slice(0, 2).map((x) => x.exhibitorId));
    const res = acceptProposal(doc, p, { exhibitorIds: half }, CTX);
    expect(res.accepted).toHaveLength(2);
    const next = applyOperation(doc, res.op!);
    expect(checkIntegrity(next)).toEqual([]);
    expect(Project.safeParse(next).success).toBe(true);
    expect(Object.values(next.assignments).map((a) => a.exhibitorId).sort()).toEqual([...half].sort());
    expect(applyOperation(next, invertOperation(res.op!))).toEqual(doc);
    // Accepting everything now: the two already placed are stale.
    const all = acceptProposal(next, p, {}, CTX);
    expect(all.accepted).toHaveLength(2);
    expect(all.stale.map((x) => x.exhibitorId).sort()).toEqual([...half].sort());
  });
});

describe('waitlist', () => {
  it('lists exhibitors without space in priority order and proposes the top fit for a released booth', () => {
    const doc = grid(1, 3);
    exhibitor(doc, { id: 'holder', requested: { areaSqm: null, booths: 1 } });
    exhibitor(doc, { id: 'low', priority: 1, requested: { areaSqm: null, booths: 1 } });
    exhibitor(doc, { id: 'high', priority: 40, requested: { areaSqm: null, booths: 1 } });
    exhibitor(doc, { id: 'pair', priority: 90, requested: { areaSqm: null, booths: 2 } });
    exhibitor(doc, { id: 'more', priority: 5, requested: { areaSqm: 18, booths: null } });
    assign(doc, 'r0c0', 'holder');
    assign(doc, 'r0c1', 'more');
    assign(doc, 'r0c2', 'high');
    expect(waitlist(doc).map((w) => [w.exhibitorId, w.kind])).toEqual([
      ['pair', 'no-booth'],
      ['more', 'more-area'],
      ['low', 'no-booth'],
    ]);
    // The holder cancels: r0c0 is free again. 'pair' needs two booths, so the top fit is 'more' (touches it), then 'low'.
    doc.booths.r0c0 = { ...doc.booths.r0c0!, status: 'available' };
    delete doc.assignments.r0c0;
    const fits = fitsForReleasedBooth(doc, 'r0c0');
    expect(fits.map((f) => [f.exhibitorId, f.kind])).toEqual([
      ['more', 'more-area'],
      ['low', 'no-booth'],
      ['holder', 'no-booth'],
    ]);
    expect(fits[1]!.boothIds).toEqual(['r0c0']);
  });
});

describe('new edition', () => {
  it('copies layout and exhibitors, resets dates and statuses, and holds last year’s booths for returning exhibitors', () => {
    const doc = grid(1, 4);
    exhibitor(doc, { id: 'back', requested: { areaSqm: null, booths: 2 }, allocation: { yearsExhibited: 2, depositDate: '2025-04-01' } });
    exhibitor(doc, { id: 'new', requested: { areaSqm: null, booths: 1 } });
    assign(doc, 'r0c1', 'back');
    assign(doc, 'r0c2', 'back');
    doc.booths.r0c3 = { ...doc.booths.r0c3!, status: 'hold', claim: { exhibitorId: 'new', until: '2025-05-01', note: '' } };
    doc.booths.r0c0 = { ...doc.booths.r0c0!, status: 'blocked' };
    const { project, returning, offered } = newEdition(doc, { name: { zh: '2027', en: '2027' }, start: '2027-09-17', end: '2027-09-21', today: '2026-12-01' });
    expect({ returning, offered }).toEqual({ returning: 1, offered: 2 });
    expect(Project.safeParse(project).success).toBe(true);
    expect(project.assignments).toEqual({});
    expect(project.booths.r0c1).toMatchObject({ status: 'hold', claim: { exhibitorId: 'back', until: '2026-12-31' } });
    expect(project.booths.r0c3!.status).toBe('available');
    expect(project.booths.r0c0!.status).toBe('blocked');
    expect(project.exhibitors.back!.allocation).toMatchObject({ yearsExhibited: 3, depositDate: null, previousBooths: [{ number: 'A001', hallCode: 'H1' }, { number: 'A002', hallCode: 'H1' }] });
    expect(project.settings.event).toEqual({ start: '2027-09-17', end: '2027-09-21' });
    expect(project.settings.id).not.toBe(doc.settings.id);
  });

  it('matches returning exhibitors by id or a strong name match', () => {
    const last = grid(1, 1);
    exhibitor(last, { id: 'x1', name: { zh: '广西科技有限公司', en: 'Guangxi Tech Co., Ltd.' } });
    const next = grid(1, 1);
    const a = exhibitor(next, { id: 'x1', name: { zh: '别名', en: 'Other' } });
    const b = exhibitor(next, { id: 'y9', name: { zh: '', en: 'GUANGXI TECH CO LTD' } });
    const c = exhibitor(next, { id: 'z3', name: { zh: '南宁物流', en: 'Nanning Logistics' } });
    expect([...matchReturning(last.exhibitors, [a, b, c])]).toEqual([
      ['x1', 'x1'],
      ['y9', 'x1'],
    ]);
  });
});
