import { describe, expect, it } from 'vitest';
import { checkProposal } from '../../../shared/allocation/check';
import { priorityOf } from '../../../shared/allocation/priority';
import { proposeGreedy } from '../../../shared/allocation/run';
import { ALLOCATION_SETTINGS_DEFAULT } from '../../../shared/model/allocation-fields';
import { assign, exhibitor, grid, zone } from './fixture';

const placementOf = (p: ReturnType<typeof proposeGreedy>, id: string) => p.placements.find((x) => x.exhibitorId === id);
const leftOutOf = (p: ReturnType<typeof proposeGreedy>, id: string) => p.leftOut.find((x) => x.exhibitorId === id);

describe('priority points', () => {
  it('adds years, area, sponsorship, deposit and the manual bonus; an override replaces them', () => {
    const doc = grid(1, 1);
    const ex = exhibitor(doc, { id: 'a', requested: { areaSqm: 18, booths: 2 }, priority: 3, allocation: { yearsExhibited: 4, sponsorship: 'gold', depositDate: '2026-03-01' } });
    const pr = priorityOf(ex, ALLOCATION_SETTINGS_DEFAULT.points);
    expect(pr.parts).toEqual({ years: 20, area: 3.6, sponsorship: 35, deposit: 10, bonus: 3 });
    expect(pr.points).toBe(71.6);
    expect(priorityOf({ ...ex, allocation: { ...ex.allocation, priorityOverride: 99 } }, ALLOCATION_SETTINGS_DEFAULT.points)).toMatchObject({ points: 99, overridden: true });
  });

  it('places in priority order: the higher priority gets the only booth, ties go to the earlier deposit', () => {
    const doc = grid(1, 1);
    exhibitor(doc, { id: 'low', requested: { areaSqm: null, booths: 1 }, priority: 1 });
    exhibitor(doc, { id: 'high', requested: { areaSqm: null, booths: 1 }, priority: 50 });
    expect(placementOf(proposeGreedy(doc), 'high')).toBeTruthy();
    expect(leftOutOf(proposeGreedy(doc), 'low')!.reasons[0]!.code).toBe('taken');
    const tie = grid(1, 1);
    exhibitor(tie, { id: 'late', requested: { areaSqm: null, booths: 1 }, allocation: { depositDate: '2026-05-01' } });
    exhibitor(tie, { id: 'early', requested: { areaSqm: null, booths: 1 }, allocation: { depositDate: '2026-02-01' } });
    expect(proposeGreedy(tie).placements.map((p) => p.exhibitorId)).toEqual(['early']);
  });
});

describe('hard rules', () => {
  it('gives the requested booth count as one rectangle of adjacent booths', () => {
    const doc = grid(2, 6);
    exhibitor(doc, { id: 'four', requested: { areaSqm: 36, booths: 4 } });
    const p = proposeGreedy(doc);
    const pl = placementOf(p, 'four')!;
    expect(pl.boothIds).toHaveLength(4);
    expect(pl.reasons.find((r) => r.code === 'rectangle')!.args.form).toMatch(/^(1×4|2×2)$/);
    expect(checkProposal(doc, p)).toEqual([]);
  });

  it('uses a two-row rectangle when no row has room for the whole run', () => {
    const doc = grid(2, 3);
    exhibitor(doc, { id: 'four', requested: { areaSqm: null, booths: 4 } });
    const pl = placementOf(proposeGreedy(doc), 'four')!;
    expect(pl.reasons.find((r) => r.code === 'rectangle')!.args.form).toBe('2×2');
  });

  it('keeps the area within tolerance and says when no booth of that size exists', () => {
    const doc = grid(1, 4);
    exhibitor(doc, { id: 'big', requested: { areaSqm: 54, booths: 1 } });
    const p = proposeGreedy(doc);
    expect(p.placements).toEqual([]);
    expect(leftOutOf(p, 'big')).toMatchObject({ satisfiable: false, reasons: [{ code: 'no-size' }] });
  });

  it('honours zone sector and country rules, and explains an exhibitor no zone allows', () => {
    const doc = grid(1, 4);
    zone(doc, { id: 'ai', sectors: ['ai'] }, ['r0c0', 'r0c1']);
    zone(doc, { id: 'th', kind: 'pavilion', countries: ['TH'] }, ['r0c2', 'r0c3']);
    exhibitor(doc, { id: 'robot', sectors: ['ai'], requested: { areaSqm: null, booths: 2 }, priority: 10 });
    exhibitor(doc, { id: 'siam', country: 'TH', sectors: ['food'], requested: { areaSqm: null, booths: 2 } });
    exhibitor(doc, { id: 'bank', sectors: ['finance'], requested: { areaSqm: null, booths: 1 } });
    const p = proposeGreedy(doc);
    expect(placementOf(p, 'robot')!.boothIds).toEqual(['r0c0', 'r0c1']);
    expect(placementOf(p, 'robot')!.reasons.map((r) => r.code)).toContain('zone-sector');
    expect(placementOf(p, 'siam')!.boothIds).toEqual(['r0c2', 'r0c3']);
    expect(leftOutOf(p, 'bank')!.reasons[0]!.code).toBe('no-zone');
    expect(checkProposal(doc, p)).toEqual([]);
  });

  it('keeps pavilion members inside their pavilion even when booths elsewhere are free', () => {
    const doc = grid(1, 6);
    zone(doc, { id: 'th', kind: 'pavilion', countries: ['TH'] }, ['r0c4', 'r0c5']);
    exhibitor(doc, { id: 't1', country: 'TH', preferredZones: ['th'], requested: { areaSqm: null, booths: 1 }, priority: 9 });
    exhibitor(doc, { id: 't2', country: 'TH', preferredZones: ['th'], requested: { areaSqm: null, booths: 1 }, priority: 8 });
    exhibitor(doc, { id: 't3', country: 'TH', preferredZones: ['th'], requested: { areaSqm: null, booths: 1 }, priority: 7 });
    const p = proposeGreedy(doc);
    expect(p.placements.flatMap((x) => x.boothIds).sort()).toEqual(['r0c4', 'r0c5']);
    expect(placementOf(p, 't1')!.reasons.map((r) => r.code)).toContain('pavilion');
    expect(leftOutOf(p, 't3')!.reasons[0]!.code).toBe('taken');
  });

  it('keeps competitors more than N booth steps apart, counting booths they already have', () => {
    const doc = grid(1, 6);
    exhibitor(doc, { id: 'a', requested: { areaSqm: null, booths: 1 }, competitors: ['b'] });
    exhibitor(doc, { id: 'b', requested: { areaSqm: null, booths: 1 } });
    assign(doc, 'r0c0', 'a');
    doc.settings.allocation.competitorHops = 2;
    const p = proposeGreedy(doc);
    expect(placementOf(p, 'b')!.boothIds).toEqual(['r0c3']);
    doc.settings.allocation.competitorHops = 5;
    const q = proposeGreedy(doc);
    expect(leftOutOf(q, 'b')!.reasons[0]!.code).toBe('competitor');
  });

  it('never touches held, reserved, blocked or assigned booths, nor exhibitors who have space', () => {
    const doc = grid(1, 5);
    doc.booths.r0c0 = { ...doc.booths.r0c0!, status: 'hold', claim: { exhibitorId: null, until: null, note: '' } };
    doc.booths.r0c1 = { ...doc.booths.r0c1!, status: 'reserved', claim: { exhibitorId: null, until: null, note: '' } };
    doc.booths.r0c2 = { ...doc.booths.r0c2!, status: 'blocked' };
    exhibitor(doc, { id: 'has', requested: { areaSqm: null, booths: 1 } });
    assign(doc, 'r0c3', 'has');
    for (let i = 0; i < 3; i++) exhibitor(doc, { id: `e${i}`, requested: { areaSqm: null, booths: 1 } });
    const p = proposeGreedy(doc);
    expect(p.placements.flatMap((x) => x.boothIds)).toEqual(['r0c4']);
    expect(p.leftOut.map((l) => l.exhibitorId)).not.toContain('has');
  });

  it('prefers the preferred zone, last edition’s booth and a corner when wished', () => {
    const doc = grid(1, 6);
    zone(doc, { id: 'z2' }, ['r0c3']);
    exhibitor(doc, { id: 'pref', preferredZones: ['z2'], requested: { areaSqm: null, booths: 1 }, priority: 3 });
    exhibitor(doc, { id: 'back', requested: { areaSqm: null, booths: 1 }, priority: 2, allocation: { previousBooths: [{ number: 'A005', hallCode: 'H1' }] } });
    const p = proposeGreedy(doc);
    expect(placementOf(p, 'pref')!.boothIds).toEqual(['r0c3']);
    expect(placementOf(p, 'back')!.boothIds).toEqual(['r0c5']);
    expect(placementOf(p, 'back')!.reasons.find((r) => r.code === 'previous-booth')!.args.booth).toBe('A005');
  });

  it('limits a proposal to one hall', () => {
    const doc = grid(1, 2);
    doc.halls.h2 = { ...doc.halls.h1!, id: 'h2', code: 'H2', order: 1 };
    doc.booths.x = { ...doc.booths.r0c0!, id: 'x', hallId: 'h2', number: 'B001' };
    exhibitor(doc, { id: 'a', requested: { areaSqm: null, booths: 1 } });
    const p = proposeGreedy(doc, { hallId: 'h2' });
    expect(p.placements[0]!.boothIds).toEqual(['x']);
    expect(checkProposal(doc, p)).toEqual([]);
  });
});
