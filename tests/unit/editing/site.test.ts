import { EXHIBITOR_ALLOCATION_DEFAULT } from '../../../shared/model/allocation-fields';
import { describe, expect, it } from 'vitest';
import { addHall, duplicateHall } from '../../../shared/editing/halls';
import { deleteHall, freePlacement, hallSiteOutline, hallToSite, normalizeAngle, placeHall, rotateHallBy, setGeoreference, setSiteLevels, siteToHall } from '../../../shared/editing/site';
import { checkIntegrityOfChanges } from '../../../shared/model/integrity-changes';
import { checkIntegrity } from '../../../shared/model/project';
import { defaultSale } from '../../../shared/sales/stages';
import { applyChecked, emptyShow, expectOp, expectRefusal, rect, withBooths, withFacility } from './helpers';

const showWithContent = () => {
  let doc = withBooths(emptyShow(60, 40), [{ id: 'b1', shape: rect(5, 5, 3, 3) }, { id: 'b2', shape: rect(8, 5, 3, 3) }]);
  doc = withFacility(doc, { id: 'f1', hallId: 'h1', kind: 'restroom', shape: { type: 'rect', x: 50, y: 30, w: 6, h: 6, rotation: 0 }, label: { zh: '', en: '' } });
  doc.assignments.b1 = { id: 'b1', boothId: 'b1', exhibitorId: 'e1', at: '2026-01-01T00:00:00.000Z', by: '' };
  doc.exhibitors.e1 = { id: 'e1', externalId: '', name: { zh: '甲', en: 'A' }, shortName: { zh: '', en: '' }, country: 'CN', sectors: [], contact: { person: '', email: '', phone: '' }, website: '', requested: { areaSqm: null, booths: null }, priority: 0, allocation: EXHIBITOR_ALLOCATION_DEFAULT, competitors: [], preferredZones: [], fascia: { zh: '', en: '' }, notes: '', sale: defaultSale() };
  doc.booths.b1 = { ...doc.booths.b1!, status: 'assigned' };
  return doc;
};

describe('hall placement on the site', () => {
  it('maps hall points to the site and back, turned or not', () => {
    const pl = { x: 100, y: 50, rotation: 30 };
    const p = hallToSite(pl, [10, 4]);
    const back = siteToHall(pl, p);
    expect(back[0]).toBeCloseTo(10, 9);
    expect(back[1]).toBeCloseTo(4, 9);
    // 90° clockwise (y down): the hall's x axis points down the screen.
    const q = hallToSite({ x: 0, y: 0, rotation: 90 }, [10, 0]);
    expect(q[0]).toBeCloseTo(0, 9);
    expect(q[1]).toBeCloseTo(10, 9);
    expect(normalizeAngle(390)).toBe(30);
    expect(normalizeAngle(-190)).toBe(170);
    expect(normalizeAngle(180)).toBe(180);
  });

  it('moves a hall with everything in it in one change, undoable', () => {
    const doc = showWithContent();
    const op = expectOp(placeHall(doc, 'h1', { x: 40, y: -12.5 }));
    expect(op.label).toBe('ops.moveHall');
    expect(op.changes).toHaveLength(1);
    const next = applyChecked(doc, op);
    expect(next.halls.h1!.placement).toEqual({ x: 40, y: -12.5, rotation: 0 });
    // Booths keep their hall coordinates: they go along.
    expect(next.booths.b1).toBe(doc.booths.b1);
  });

  it('turns a hall about its centre, keeping the centre where it was', () => {
    const doc = emptyShow(60, 40);
    const next = applyChecked(doc, rotateHallBy(doc, 'h1', 30));
    expect(next.halls.h1!.placement.rotation).toBe(30);
    const centre = hallToSite(next.halls.h1!.placement, [30, 20]);
    expect(centre[0]).toBeCloseTo(30, 5);
    expect(centre[1]).toBeCloseTo(20, 5);
    expect(expectOp(placeHall(doc, 'h1', { rotation: -45 })).label).toBe('ops.rotateHall');
  });

  it('refuses a placement that is not a number or far off the site', () => {
    const doc = emptyShow();
    expectRefusal(placeHall(doc, 'h1', { x: Number.NaN }), 'not-finite');
    expectRefusal(placeHall(doc, 'h1', { y: 2e6 }), 'off-site');
    expectRefusal(placeHall(doc, 'nope', { x: 1 }), 'hall-not-found');
  });

  it('adds a hall where it was drawn, or beside the halls of its level', () => {
    const doc = emptyShow(60, 40);
    const drawn = applyChecked(doc, addHall(doc, { name: { zh: '', en: 'Below' }, code: 'B', outline: [[0, 0], [50, 0], [50, 30], [0, 30]], placement: { x: 0, y: 70, rotation: 0 } }));
    const below = Object.values(drawn.halls).find((h) => h.code === 'B')!;
    expect(hallSiteOutline(below)[0]).toEqual([0, 70]);
    const free = freePlacement(doc, 1, [[0, 0], [10, 0], [10, 10], [0, 10]]);
    expect(free).toEqual({ x: 80, y: 0, rotation: 0 });
    expect(freePlacement(doc, 2, [[0, 0], [10, 0], [10, 10], [0, 10]])).toEqual({ x: 0, y: 0, rotation: 0 });
    const dup = applyChecked(doc, duplicateHall(doc, 'h1', { code: 'C' }));
    expect(Object.values(dup.halls).find((h) => h.code === 'C')!.placement).toEqual({ x: 80, y: 0, rotation: 0 });
  });

  it('deletes a hall with its booths, their assignments and its facilities; undo restores them', () => {
    const doc = showWithContent();
    const op = expectOp(deleteHall(doc, 'h1'));
    const next = applyChecked(doc, op);
    expect(next.halls).toEqual({});
    expect(next.booths).toEqual({});
    expect(next.assignments).toEqual({});
    expect(next.facilities).toEqual({});
    expect(next.exhibitors.e1).toBeDefined();
    expect(checkIntegrityOfChanges(next, [op])).toEqual([]);
    expect(checkIntegrity(next)).toEqual([]);
  });
});

describe('levels and georeference', () => {
  it('stores named levels lowest first and refuses a level listed twice or without a name', () => {
    const doc = emptyShow();
    const next = applyChecked(
      doc,
      setSiteLevels(doc, [
        { ordinal: 2, name: { zh: '二层', en: '2F' } },
        { ordinal: 1, name: { zh: '一层', en: ' 1F ' } },
      ]),
    );
    expect(next.settings.site.levels).toEqual([
      { ordinal: 1, name: { zh: '一层', en: '1F' } },
      { ordinal: 2, name: { zh: '二层', en: '2F' } },
    ]);
    expectRefusal(setSiteLevels(doc, [{ ordinal: 1, name: { zh: 'a', en: 'a' } }, { ordinal: 1, name: { zh: 'b', en: 'b' } }]), 'bad-level');
    expectRefusal(setSiteLevels(doc, [{ ordinal: 1, name: { zh: ' ', en: '' } }]), 'name-empty');
  });

  it('sets a georeference and refuses absurd values with a reason', () => {
    const doc = emptyShow();
    const next = applyChecked(doc, setGeoreference(doc, { anchor: [0, 0], lat: 22.81, lon: 108.39, bearing: -10, locality: ' Nanning ', country: 'CN' }));
    expect(next.settings.site.georeference).toEqual({ anchor: [0, 0], lat: 22.81, lon: 108.39, bearing: 350, locality: 'Nanning', country: 'CN' });
    expectRefusal(setGeoreference(doc, { anchor: [0, 0], lat: 91, lon: 108, bearing: 0, locality: '', country: null }), 'bad-latitude');
    expectRefusal(setGeoreference(doc, { anchor: [0, 0], lat: 22, lon: 181, bearing: 0, locality: '', country: null }), 'bad-longitude');
    expectRefusal(setGeoreference(doc, { anchor: [0, 0], lat: Number.NaN, lon: 1, bearing: 0, locality: '', country: null }), 'not-finite');
    expect(applyChecked(next, setGeoreference(next, null)).settings.site.georeference).toBeNull();
  });

  it('notices a site drawing whose asset a change removed', () => {
    const doc = emptyShow();
    doc.assets.a1 = { id: 'a1', fileName: 'site.png', mime: 'image/png', widthPx: 100, heightPx: 100 };
    doc.settings = { ...doc.settings, site: { ...doc.settings.site, drawing: { assetId: 'a1', x: 0, y: 0, metresPerPixel: 1, rotation: 0, calibration: null, opacity: 0.5, locked: true, hiddenLayers: [] } } };
    const next = { ...doc, assets: {} };
    expect(checkIntegrityOfChanges(next, [{ changes: [{ c: 'assets', id: 'a1' }] }])).toEqual([
      { path: ['settings', 'site', 'drawing', 'assetId'], message: 'unknown asset "a1"' },
    ]);
  });
});
