import { describe, expect, it } from 'vitest';
import { BoothAdjacency, assignBooths, groupWarnings, holdBooths, shareEdge, warningsFor, warningsForExhibitor } from '../../../shared/assignment';
import { CTX, addBooth, addExhibitor, addZone, apply, buildShow } from './support/show';

describe('booth neighbours', () => {
  it('links booths sharing an edge, not those touching at a corner or across an aisle', () => {
    const doc = buildShow();
    addBooth(doc, { id: 'diag', number: 'B01', shape: { type: 'rect', x: -3, y: 3, w: 3, h: 3 } });
    addBooth(doc, { id: 'across', number: 'C01', shape: { type: 'rect', x: 0, y: 6, w: 3, h: 3 } });
    const adj = new BoothAdjacency(doc.booths);
    expect(adj.neighbours('b1').sort()).toEqual(['b2']);
    expect(adj.neighbours('b5').sort()).toEqual(['b4', 'b6']);
    expect(adj.neighbours('diag')).toEqual([]);
    const wide = new BoothAdjacency(doc.booths, { gap: 3.05 });
    expect(wide.neighbours('across')).toEqual(['b1']);
  });

  it('handles rotated rectangles and polygons, and counts hops', () => {
    expect(shareEdge([[0, 0], [4, 0], [4, 2], [0, 2]], [[4, 1], [6, 1], [6, 3], [4, 3]], 0.05, 0.1)).toBe(true);
    expect(shareEdge([[0, 0], [4, 0], [4, 2], [0, 2]], [[4, 1.95], [6, 1.95], [6, 3], [4, 3]], 0.05, 0.1)).toBe(false);
    const doc = buildShow();
    // Two 3 × 3 booths rotated 30° about the same pivot line: they share the edge along the rotated x axis.
    addBooth(doc, { id: 'r1', number: 'R1', shape: { type: 'rect', x: 30, y: 30, w: 3, h: 3, rotation: 30 } });
    addBooth(doc, { id: 'r2', number: 'R2', shape: { type: 'polygon', points: [[30, 30], [30 + 3 * Math.cos(Math.PI / 6), 30 + 3 * Math.sin(Math.PI / 6)], [30 + 3 * Math.cos(Math.PI / 6) + 3 * Math.sin(Math.PI / 6), 30 + 3 * Math.sin(Math.PI / 6) - 3 * Math.cos(Math.PI / 6)], [30 + 3 * Math.sin(Math.PI / 6), 30 - 3 * Math.cos(Math.PI / 6)]] } });
    const adj = new BoothAdjacency(doc.booths);
    expect(adj.neighbours('r1')).toEqual(['r2']);
    expect(adj.distance(['b1'], new Set(['b4']), 3)).toEqual({ hops: 3, from: 'b1', to: 'b4' });
    expect(adj.distance(['b1'], new Set(['b4']), 2)).toBeNull();
    expect(adj.distance(['b1'], new Set(['r1']), 50)).toBeNull();
  });
});

describe('warningsFor', () => {
  it('warns about area under and over the request, and booth counts, only once booths are assigned', () => {
    let doc = buildShow();
    addExhibitor(doc, { id: 'ex_under', requested: { areaSqm: 18, booths: 2 } });
    addExhibitor(doc, { id: 'ex_over', requested: { areaSqm: 18 } });
    addExhibitor(doc, { id: 'ex_exact', requested: { areaSqm: 18, booths: 2 } });
    addExhibitor(doc, { id: 'ex_none', requested: { areaSqm: 36 } });
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_under', boothIds: ['b1'] }, CTX));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_over', boothIds: ['b3', 'b4', 'b5'] }, CTX));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_exact', boothIds: ['b7', 'b8'] }, CTX));
    const w = warningsFor(doc);
    expect(w.map((x) => `${x.kind} ${x.exhibitorId} ${x.requested}/${x.assigned}`).sort()).toEqual([
      'area-over ex_over 18/27',
      'area-under ex_under 18/9',
    ]);
    // The booth count speaks when the area does not (no area requested, or the area is right).
    doc.exhibitors.ex_under = { ...doc.exhibitors.ex_under!, requested: { areaSqm: null, booths: 2 } };
    expect(warningsFor(doc).filter((x) => x.exhibitorId === 'ex_under').map((x) => x.kind)).toEqual(['booths-under']);
    expect(w.find((x) => x.kind === 'area-under')!.boothIds).toEqual(['b1']);
  });

  it('warns when competitors are within the given number of neighbour steps', () => {
    let doc = buildShow();
    addExhibitor(doc, { id: 'ex_a', name: { zh: '甲', en: 'Alpha' }, competitors: [] });
    addExhibitor(doc, { id: 'ex_b', name: { zh: '乙', en: 'Beta' } });
    doc.exhibitors.ex_a!.competitors = ['ex_b'];
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1'] }, CTX));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_b', boothIds: ['b3'] }, CTX));
    expect(warningsFor(doc).filter((x) => x.kind === 'competitor-near')).toEqual([]);
    const two = warningsFor(doc, { competitorHops: 2 }).filter((x) => x.kind === 'competitor-near');
    expect(two).toHaveLength(1);
    expect(two[0]).toMatchObject({ exhibitorId: 'ex_a', otherExhibitorId: 'ex_b', boothIds: ['b1', 'b3'], hops: 2 });
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_b', boothIds: ['b2'] }, CTX));
    const one = warningsFor(doc).filter((x) => x.kind === 'competitor-near');
    expect(one.map((x) => x.hops)).toEqual([1]);
    expect(one[0]!.message).toContain('Alpha');
    // The warning concerns both exhibitors, whichever of them lists the other.
    expect(warningsForExhibitor(doc, 'ex_b').map((x) => x.kind)).toEqual(['competitor-near']);
  });

  it('warns when a zone does not allow the exhibitor’s sector or country, for held booths too', () => {
    let doc = buildShow();
    addZone(doc, { id: 'z_asean', name: { zh: '东盟馆', en: 'ASEAN Pavilion' }, sectors: ['artificial-intelligence', 'robotics'], countries: ['VN', 'TH'] });
    for (const id of ['b1', 'b2', 'b3']) doc.booths[id]!.zoneId = 'z_asean';
    addExhibitor(doc, { id: 'ex_cn', country: 'CN', sectors: ['new-energy'] });
    addExhibitor(doc, { id: 'ex_vn', country: 'VN', sectors: ['artificial-intelligence'] });
    addExhibitor(doc, { id: 'ex_th', country: 'TH', sectors: [] });
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_cn', boothIds: ['b1'] }, CTX));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_vn', boothIds: ['b2'] }, CTX));
    doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_th', boothIds: ['b3'], until: null }, CTX));
    const w = warningsFor(doc).map((x) => `${x.kind} ${x.exhibitorId} ${x.boothIds.join(',')} ${x.zoneId}`).sort();
    expect(w).toEqual(['zone-country ex_cn b1 z_asean', 'zone-sector ex_cn b1 z_asean', 'zone-sector ex_th b3 z_asean']);
  });
});

describe('groupWarnings', () => {
  it('groups by kind, then hall in the halls\' order, each warning once', () => {
    let doc = buildShow();
    addExhibitor(doc, { id: 'ex_a', requested: { areaSqm: 18 } });
    addExhibitor(doc, { id: 'ex_b', requested: { areaSqm: 18 } });
    addExhibitor(doc, { id: 'ex_c', requested: { areaSqm: 3 } });
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1'] }, CTX));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_b', boothIds: ['b2'] }, CTX));
    doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_c', boothIds: ['b3'] }, CTX));
    const groups = groupWarnings(doc, warningsFor(doc));
    expect(groups.map((g) => [g.kind, g.hallId, g.warnings.map((w) => w.exhibitorId)])).toEqual([
      ['area-under', doc.booths.b1!.hallId, ['ex_a', 'ex_b']],
      ['area-over', doc.booths.b3!.hallId, ['ex_c']],
    ]);
    expect(groups.flatMap((g) => g.warnings)).toHaveLength(warningsFor(doc).length);
  });
});
