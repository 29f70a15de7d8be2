import fc from 'fast-check';
import loadHighs, { type Highs } from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkProposal } from '../../../shared/allocation/check';
import { proposeOptimised } from '../../../shared/allocation/optimise';
import { proposeGreedy } from '../../../shared/allocation/run';
import type { Project } from '../../../shared/model/project';
import { exhibitor, grid, zone } from './fixture';

let highs: Highs;
beforeAll(async () => {
  highs = await loadHighs();
});

const STATUSES = ['available', 'available', 'available', 'hold', 'reserved', 'blocked', 'assigned'] as const;
const SECTORS = ['ai', 'health', 'energy'];
const COUNTRIES = ['CN', 'TH', 'VN'];

/** A random show: a grid with some booths taken, zones, a pavilion, exhibitors with requests and rivals. */
const showArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 4 }),
    cols: fc.integer({ min: 2, max: 8 }),
    statuses: fc.array(fc.constantFrom(...STATUSES), { minLength: 32, maxLength: 32 }),
    zoneOf: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 32, maxLength: 32 }),
    exhibitors: fc.array(
      fc.record({
        booths: fc.integer({ min: 1, max: 4 }),
        area: fc.option(fc.constantFrom(9, 18, 27, 36), { nil: null }),
        country: fc.constantFrom(...COUNTRIES),
        sector: fc.constantFrom(...SECTORS),
        priority: fc.integer({ min: 0, max: 100 }),
        rival: fc.option(fc.integer({ min: 0, max: 11 }), { nil: null }),
        pavilion: fc.boolean(),
        corner: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    hops: fc.integer({ min: 0, max: 3 }),
  })
  .map((r): Project => {
    const doc = grid(r.rows, r.cols);
    doc.settings.allocation.competitorHops = r.hops;
    const ids = Object.keys(doc.booths);
    r.exhibitors.forEach((e, i) => {
      const pav = e.pavilion && e.country === 'TH';
      exhibitor(doc, {
        id: `e${i}`,
        country: e.country,
        sectors: [e.sector],
        priority: e.priority,
        requested: { booths: e.booths, areaSqm: e.area },
        competitors: e.rival !== null && e.rival < r.exhibitors.length && e.rival !== i ? [`e${e.rival}`] : [],
        preferredZones: pav ? ['pav'] : [],
        allocation: { wantsCorner: e.corner },
      });
    });
    const zones: Record<number, string[]> = { 1: [], 2: [], 3: [] };
    ids.forEach((id, k) => {
      const z = r.zoneOf[k % 32]!;
      if (z > 0) zones[z]!.push(id);
    });
    zone(doc, { id: 'ai', sectors: ['ai'] }, zones[1]!);
    zone(doc, { id: 'pav', kind: 'pavilion', countries: ['TH'] }, zones[2]!);
    zone(doc, { id: 'open' }, zones[3]!);
    ids.forEach((id, k) => {
      const st = r.statuses[k % 32]!;
      const b = doc.booths[id]!;
      if (st === 'assigned') {
        const owner = `e${k % r.exhibitors.length}`;
        doc.booths[id] = { ...b, status: 'assigned' };
        doc.assignments[id] = { id, boothId: id, exhibitorId: owner, at: '2026-01-01T00:00:00.000Z', by: '' };
      } else if (st !== 'available') doc.booths[id] = { ...b, status: st, claim: st === 'blocked' ? null : { exhibitorId: null, until: null, note: '' } };
    });
    return doc;
  });

describe('allocation properties', () => {
  it('the priority-order pass never double-books, never breaks a hard rule, never touches held/blocked/assigned booths, and is deterministic for a seed', () => {
    fc.assert(
      fc.property(showArb, fc.integer({ min: 1, max: 1000 }), (doc, seed) => {
        const p = proposeGreedy(doc, { seed });
        expect(checkProposal(doc, p)).toEqual([]);
        for (const pl of p.placements) for (const id of pl.boothIds) expect(doc.booths[id]!.status).toBe('available');
        expect(proposeGreedy(doc, { seed })).toEqual(p);
        // Everyone is either placed or explained.
        expect(p.placements.length + p.leftOut.length).toBe(p.stats.exhibitors);
        for (const l of p.leftOut) expect(l.reasons.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });

  it('the optimiser keeps every rule, is deterministic for a seed, and never scores below the pass', () => {
    fc.assert(
      fc.property(showArb, fc.integer({ min: 1, max: 1000 }), (doc, seed) => {
        const p = proposeOptimised(doc, highs, { seed, seconds: 10 });
        expect(checkProposal(doc, p)).toEqual([]);
        expect(p.stats.score).toBeGreaterThanOrEqual(p.stats.greedyScore);
        expect(proposeOptimised(doc, highs, { seed, seconds: 10 }).placements).toEqual(p.placements);
      }),
      { numRuns: 60 },
    );
  });
});
