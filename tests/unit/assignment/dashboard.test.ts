import { describe, expect, it } from 'vitest';
import { boothPrice, computeDashboard } from '../../../shared/dashboard';
import { warningsFor } from '../../../shared/assignment';
import { type Booth, Hall } from '../../../shared/model/entities';
import { shapeArea } from '../../../shared/geometry/polygon';
import { generateShow } from '../../../shared/sample';
import type { Project } from '../../../shared/model/project';
import { addBooth, addExhibitor, addZone, buildShow } from './support/show';

/** Known numbers: see each expectation. Default rate card: standard 1800/m², raw 1500/m²; corner +10 %, island +20 %. */
function handBuiltShow(): Project {
  const doc = buildShow(); // hall H1 60 × 40 m, booths b1–b10 3 × 3 m standard inline
  doc.halls.h2 = Hall.parse({ id: 'h2', name: { zh: '2号馆', en: 'Hall 2' }, code: 'H2', order: 1, outline: [[0, 0], [30, 0], [30, 20], [0, 20]] });
  addBooth(doc, { id: 'r1', hallId: 'h2', number: 'B01', kind: 'raw', type: 'island', shape: { type: 'rect', x: 0, y: 0, w: 6, h: 6 } });
  addExhibitor(doc, { id: 'ex_cn', country: 'CN' });
  addExhibitor(doc, { id: 'ex_vn', country: 'VN', sectors: ['artificial-intelligence', 'robotics'] });
  addExhibitor(doc, { id: 'ex_th', country: 'TH', sectors: ['robotics'] });
  addZone(doc, { id: 'z1' });
  const set = (id: string, patch: Partial<Booth>) => (doc.booths[id] = { ...doc.booths[id]!, ...patch });
  set('b1', { type: 'corner', status: 'assigned', zoneId: 'z1' });
  set('b2', { kind: 'raw', type: 'island', status: 'assigned', zoneId: 'z1' });
  set('b3', { priceOverride: 10_000, status: 'reserved', claim: { exhibitorId: 'ex_th', until: null, note: '' } });
  set('b4', { status: 'hold', claim: { exhibitorId: 'ex_th', until: '2026-10-01', note: '' } });
  set('b5', { status: 'blocked' });
  set('r1', { status: 'assigned' });
  const at = '2026-09-01T00:00:00.000Z';
  doc.assignments.b1 = { id: 'b1', boothId: 'b1', exhibitorId: 'ex_cn', at, by: '' };
  doc.assignments.b2 = { id: 'b2', boothId: 'b2', exhibitorId: 'ex_vn', at, by: '' };
  doc.assignments.r1 = { id: 'r1', boothId: 'r1', exhibitorId: 'ex_th', at, by: '' };
  return doc;
}

describe('computeDashboard', () => {
  it('prices booths from the rate card with premiums, overrides replacing the price', () => {
    const doc = handBuiltShow();
    const rc = doc.settings.rateCard;
    expect(boothPrice(doc.booths.b1!, rc)).toBeCloseTo(9 * 1800 * 1.1, 6);
    expect(boothPrice(doc.booths.b2!, rc)).toBeCloseTo(9 * 1500 * 1.2, 6);
    expect(boothPrice(doc.booths.b3!, rc)).toBe(10_000);
    expect(boothPrice(doc.booths.b6!, rc)).toBe(16_200);
  });

  it('adds up a hand-built show', () => {
    const d = computeDashboard(handBuiltShow());
    expect(d.byStatus).toEqual({
      assigned: { booths: 3, areaSqm: 54 },
      reserved: { booths: 1, areaSqm: 9 },
      hold: { booths: 1, areaSqm: 9 },
      blocked: { booths: 1, areaSqm: 9 },
      available: { booths: 5, areaSqm: 45 },
    });
    expect(d.total).toEqual({ booths: 11, areaSqm: 126 });
    expect(d.area).toEqual({ grossHallSqm: 3000, netBoothSqm: 126, netToGross: 0.042 });
    expect(d.revenue.assigned).toBeCloseTo(17_820 + 16_200 + 64_800, 6);
    expect(d.revenue.byStatus.reserved).toBe(10_000);
    expect(d.revenue.pipeline).toBeCloseTo(98_820 + 10_000 + 16_200, 6);
    expect(d.revenue.potential).toBeCloseTo(98_820 + 10_000 + 16_200 + 5 * 16_200, 6);
    expect(d.revenue.currency).toBe('CNY');

    const h1 = d.occupancy.byHall.find((h) => h.key === 'h1')!;
    expect(h1).toMatchObject({ booths: 10, areaSqm: 90, sellableAreaSqm: 81, assignedBooths: 2, assignedAreaSqm: 18, exhibitors: 2 });
    expect(h1.occupancy).toBeCloseTo(18 / 81, 9);
    expect(d.occupancy.byHall.find((h) => h.key === 'h2')).toMatchObject({ assignedAreaSqm: 36, occupancy: 1 });
    expect(d.occupancy.byZone.find((z) => z.key === 'z1')).toMatchObject({ booths: 2, assignedAreaSqm: 18, occupancy: 1 });
    const noZone = d.occupancy.byZone.find((z) => z.key === '')!;
    expect(noZone).toMatchObject({ booths: 9, areaSqm: 108, sellableAreaSqm: 99, assignedAreaSqm: 36 });

    expect(d.byCountry.map((c) => [c.key, c.assignedAreaSqm, c.exhibitors])).toEqual([['TH', 36, 1], ['CN', 9, 1], ['VN', 9, 1]]);
    expect(d.byCountry[0]!.share).toBeCloseTo(36 / 54, 9);
    expect(d.bySector.map((s) => [s.key, s.assignedAreaSqm, s.exhibitors])).toEqual([['robotics', 45, 2], ['artificial-intelligence', 9, 1]]);

    expect(d.international).toMatchObject({ foreignAreaSqm: 45, assignedAreaSqm: 54, threshold: 0.2, belowThreshold: false, foreignExhibitors: 2, exhibitorsWithBooths: 3 });
    expect(d.international.share).toBeCloseTo(45 / 54, 9);
  });

  it('flags a show whose foreign share of rented area is under the threshold', () => {
    const doc = handBuiltShow();
    doc.exhibitors.ex_th = { ...doc.exhibitors.ex_th!, country: 'CN' };
    const d = computeDashboard(doc);
    expect(d.international.share).toBeCloseTo(9 / 54, 9);
    expect(d.international.belowThreshold).toBe(true);
    expect(computeDashboard(doc, { internationalThreshold: 0.1 }).international.belowThreshold).toBe(false);
    expect(computeDashboard(doc, { domesticCountries: ['CN', 'VN'] }).international.foreignAreaSqm).toBe(0);
  });
});

describe('at expo scale', () => {
  it('computes the dashboard and the warnings for a generated 7,500-booth show quickly and consistently', () => {
    const doc = generateShow({ halls: 15, booths: 7500, exhibitors: 3500, seed: 7 });
    expect(Object.keys(doc.booths)).toHaveLength(7500);
    computeDashboard(doc);
    const t0 = performance.now();
    const d = computeDashboard(doc);
    const dashMs = performance.now() - t0;
    const t1 = performance.now();
    const w = warningsFor(doc);
    const warnMs = performance.now() - t1;
    console.log(`7,500 booths: dashboard ${dashMs.toFixed(1)} ms, warnings ${warnMs.toFixed(1)} ms (${w.length} warnings)`);

    expect(d.total.booths).toBe(7500);
    expect(Object.values(d.byStatus).reduce((n, s) => n + s.booths, 0)).toBe(7500);
    expect(d.occupancy.byHall.reduce((n, h) => n + h.areaSqm, 0)).toBeCloseTo(d.area.netBoothSqm, 6);
    expect(d.occupancy.byZone.reduce((n, z) => n + z.booths, 0)).toBe(7500);
    expect(d.byCountry.reduce((n, c) => n + c.assignedAreaSqm, 0)).toBeCloseTo(d.international.assignedAreaSqm, 6);
    // Independent recomputation of the foreign share.
    let foreign = 0;
    let rented = 0;
    for (const a of Object.values(doc.assignments)) {
      const area = shapeArea(doc.booths[a.boothId]!.shape);
      rented += area;
      if (doc.exhibitors[a.exhibitorId]!.country !== 'CN') foreign += area;
    }
    expect(d.international.share).toBeCloseTo(foreign / rented, 9);
    // Generous bounds: they catch a quadratic slip (seconds), not a busy machine.
    expect(dashMs).toBeLessThan(1000);
    expect(warnMs).toBeLessThan(3000);
  });
});
