import { describe, expect, it } from 'vitest';
import { Exhibitor, type Asset } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { addBooth, resizeBooth, setBoothFields, setBoothNumber, setBoothShape } from '../../../shared/editing/booths';
import { moveItems, nudge, rotateItems } from '../../../shared/editing/move';
import { alignItems, distributeItems } from '../../../shared/editing/arrange';
import { deleteItems } from '../../../shared/editing/delete';
import { copyItems, duplicateItems, pasteItems } from '../../../shared/editing/clipboard';
import { addHall, duplicateHall, renameHall, reorderHalls, setHallOutline } from '../../../shared/editing/halls';
import { addFacility, updateFacility } from '../../../shared/editing/facilities';
import { calibrateBackground, clearBackground, setBackground, updateBackground } from '../../../shared/editing/background';
import { isRefusal } from '../../../shared/editing/result';
import { shapeBBox } from '../../../shared/geometry/polygon';
import { applyChecked, booth, byNumber, emptyShow, expectOp, expectRefusal, rect, withBooths, withFacility } from './helpers';

function assigned(doc: Project, boothId: string): Project {
  const ex = Exhibitor.parse({ id: 'ex_1', name: { zh: '南宁科技', en: 'Nanning Tech' }, country: 'CN' });
  return {
    ...doc,
    exhibitors: { ...doc.exhibitors, [ex.id]: ex },
    booths: { ...doc.booths, [boothId]: { ...booth(doc, boothId), status: 'assigned' } },
    assignments: { ...doc.assignments, [boothId]: { id: boothId, boothId, exhibitorId: ex.id, at: '2026-11-01T08:00:00.000Z', by: 'test' } },
  };
}

const base = () =>
  withBooths(emptyShow(), [
    { id: 'a', shape: rect(10, 10, 3, 3), number: 'A1-101' },
    { id: 'b', shape: rect(13, 10, 3, 3), number: 'A1-102' },
    { id: 'c', shape: rect(30, 20, 6, 3), number: 'A1-103' },
  ]);

describe('add booth', () => {
  it('adds rectangles and polygons with a free number', () => {
    const doc = base();
    const next = applyChecked(doc, addBooth(doc, { hallId: 'h1', shape: rect(16, 10, 3, 3) }));
    const added = Object.values(next.booths).find((b) => !doc.booths[b.id])!;
    expect(added.number).toBe('A1-104'); // after the hall's highest number
    expect(added.id).toMatch(/^b_/);
    expect(booth(next, 'b')).toMatchObject({ type: 'corner', openSides: [0, 2] }); // now a pass-through between a and the new booth
    const poly = applyChecked(doc, addBooth(doc, { hallId: 'h1', number: 'L1', shape: { type: 'polygon', points: [[50, 50], [56, 50], [56, 53], [53, 53], [53, 56], [50, 56]] } }));
    expect(byNumber(poly, 'L1').type).toBe('island');
  });
  it('refuses broken geometry, outside the hall, missing hall and taken numbers', () => {
    const doc = base();
    expectRefusal(addBooth(doc, { hallId: 'h1', shape: rect(0, 0, 0.05, 3) }), 'zero-size');
    expectRefusal(addBooth(doc, { hallId: 'h1', shape: { type: 'polygon', points: [[0, 0], [2, 2], [2, 0], [0, 2]] } }), 'self-intersecting');
    expectRefusal(addBooth(doc, { hallId: 'h1', shape: { type: 'polygon', points: [[0, 0], [1, 1], [2, 2]] } }), 'zero-size');
    expectRefusal(addBooth(doc, { hallId: 'h1', shape: rect(199, 0, 3, 3) }), 'outside-hall');
    expectRefusal(addBooth(doc, { hallId: 'hx', shape: rect(1, 1, 3, 3) }), 'hall-not-found');
    expectRefusal(addBooth(doc, { hallId: 'h1', shape: rect(1, 1, 3, 3), number: 'a1-101' }), 'number-taken');
    expectRefusal(addBooth(doc, { hallId: 'h1', shape: rect(1, 1, 3, 3), number: '  ' }), 'number-empty');
  });
});

describe('move, nudge, rotate', () => {
  it('moves booths and facilities together', () => {
    const doc = withFacility(base(), { id: 'f1', hallId: 'h1', kind: 'column', shape: { type: 'rect', x: 50, y: 50, w: 1, h: 1, rotation: 0 }, label: { zh: '', en: '' } });
    const next = applyChecked(doc, moveItems(doc, { boothIds: ['a', 'b'], facilityIds: ['f1'] }, 0.1, 0.2));
    expect(booth(next, 'a').shape).toMatchObject({ x: 10.1, y: 10.2 });
    expect(next.facilities.f1!.shape).toMatchObject({ x: 50.1, y: 50.2 });
  });
  it('nudges with a step, up meaning −y', () => {
    const doc = base();
    const op = expectOp(nudge(doc, { boothIds: ['c'] }, 'up', 1));
    expect(op.label).toBe('ops.nudge');
    expect(booth(applyChecked(doc, op), 'c').shape).toMatchObject({ x: 30, y: 19 });
  });
  it('refuses moving a booth out of the hall, empty selections and unknown ids', () => {
    const doc = base();
    const r = expectRefusal(moveItems(doc, { boothIds: ['a', 'b', 'c'] }, 0, -25), 'outside-hall');
    expect(r.boothIds).toEqual(['a', 'b', 'c']);
    expectOp(moveItems(doc, { boothIds: ['a', 'b', 'c'] }, 0, -10));
    expectRefusal(moveItems(doc, {}, 1, 1), 'nothing-selected');
    expectRefusal(moveItems(doc, { boothIds: ['zz'] }, 1, 1), 'booth-not-found');
    expectRefusal(moveItems(doc, { boothIds: ['a'] }, Number.NaN, 1), 'not-finite');
  });
  it('rotates the selection about its centre', () => {
    const doc = base();
    const next = applyChecked(doc, rotateItems(doc, { boothIds: ['c'] }, 90));
    const s = booth(next, 'c').shape;
    expect(s).toMatchObject({ type: 'rect', w: 6, h: 3, rotation: 90 });
    expect(shapeBBox(s)).toEqual({ minX: 31.5, minY: 18.5, maxX: 34.5, maxY: 24.5 });
    const back = applyChecked(next, rotateItems(next, { boothIds: ['c'] }, -90));
    expect(booth(back, 'c').shape).toEqual({ ...booth(doc, 'c').shape, rotation: 0 });
  });
});

describe('resize and reshape', () => {
  it('resizes rectangles and stretches polygons', () => {
    const doc = base();
    const next = applyChecked(doc, resizeBooth(doc, 'c', { x: 30, y: 20, w: 9, h: 3 }));
    expect(booth(next, 'c').shape).toMatchObject({ w: 9, h: 3 });
    const poly = applyChecked(doc, setBoothShape(doc, 'c', { type: 'polygon', points: [[30, 20], [36, 20], [36, 23], [30, 23]] }));
    const grown = applyChecked(poly, resizeBooth(poly, 'c', { x: 30, y: 20, w: 12, h: 6 }));
    expect(booth(grown, 'c').shape).toEqual({ type: 'polygon', points: [[30, 20], [42, 20], [42, 26], [30, 26]] });
  });
  it('refuses zero size, out of hall, and bad polygons', () => {
    const doc = base();
    expectRefusal(resizeBooth(doc, 'c', { x: 30, y: 20, w: 0, h: 3 }), 'zero-size');
    expectRefusal(resizeBooth(doc, 'c', { x: 30, y: 20, w: 300, h: 3 }), 'outside-hall');
    expectRefusal(setBoothShape(doc, 'c', { type: 'polygon', points: [[0, 0], [2, 2], [2, 0], [0, 2]] }), 'self-intersecting');
    expectRefusal(resizeBooth(doc, 'zz', { x: 0, y: 0, w: 1, h: 1 }), 'booth-not-found');
  });
});

describe('delete', () => {
  it('removes booths with their assignment records and re-types neighbours; undo restores all', () => {
    const doc = assigned(base(), 'a');
    expect(booth(doc, 'b').type).toBe('peninsula');
    const next = applyChecked(doc, deleteItems(doc, { boothIds: ['a'] }));
    expect(next.booths.a).toBeUndefined();
    expect(next.assignments.a).toBeUndefined();
    expect(next.exhibitors.ex_1).toBeDefined();
    expect(booth(next, 'b').type).toBe('island');
  });
  it('deletes facilities', () => {
    const doc = withFacility(base(), { id: 'f1', hallId: 'h1', kind: 'label', shape: { type: 'rect', x: 5, y: 5, w: 2, h: 1, rotation: 0 }, label: { zh: '标', en: 'L' } });
    expect(applyChecked(doc, deleteItems(doc, { facilityIds: ['f1'] })).facilities.f1).toBeUndefined();
  });
});

describe('duplicate and paste', () => {
  it('duplicates with new ids, free status and next free numbers', () => {
    const doc = assigned(base(), 'a');
    const next = applyChecked(doc, duplicateItems(doc, { boothIds: ['a', 'b'] }, [0, 5]));
    const copies = Object.values(next.booths).filter((b) => !doc.booths[b.id]);
    expect(copies.map((b) => b.number).sort()).toEqual(['A1-104', 'A1-105']);
    expect(copies.every((b) => b.status === 'available' && b.claim === null && !next.assignments[b.id])).toBe(true);
    expect(copies.map((b) => b.shape).sort((p, q) => (p.type === 'rect' && q.type === 'rect' ? p.x - q.x : 0))).toEqual([rect(10, 15, 3, 3), rect(13, 15, 3, 3)]);
  });
  it('pastes into another hall, and refuses pasting outside it', () => {
    let doc = base();
    doc = applyChecked(doc, addHall(doc, { name: { zh: '二号馆', en: 'Hall 2' }, code: 'A2', outline: [[0, 0], [40, 0], [40, 40], [0, 40]] }));
    const h2 = Object.values(doc.halls).find((h) => h.code === 'A2')!.id;
    const clip = copyItems(doc, { boothIds: ['c'] });
    if (isRefusal(clip)) throw new Error(clip.reason);
    const next = applyChecked(doc, pasteItems(doc, clip, { hallId: h2, dx: -20, dy: 0 }));
    const pasted = Object.values(next.booths).find((b) => b.hallId === h2)!;
    expect(pasted.number).toBe('A1-104');
    expect(pasted.shape).toMatchObject({ x: 10, y: 20 });
    expectRefusal(pasteItems(doc, clip, { hallId: h2, dx: 10, dy: 0 }), 'outside-hall');
    expectRefusal(pasteItems(doc, { booths: [], facilities: [] }, { dx: 0, dy: 0 }), 'nothing-selected');
  });
});

describe('align and distribute', () => {
  const row = () =>
    withBooths(emptyShow(), [
      { id: 'p', shape: rect(10, 10, 3, 3) },
      { id: 'q', shape: rect(15, 12, 3, 2) },
      { id: 'r', shape: rect(30, 11, 4, 3) },
    ]);
  it('aligns edges and centres', () => {
    const doc = row();
    const top = applyChecked(doc, alignItems(doc, { boothIds: ['p', 'q', 'r'] }, 'top'));
    expect(['p', 'q', 'r'].map((id) => shapeBBox(booth(top, id).shape).minY)).toEqual([10, 10, 10]);
    const right = applyChecked(doc, alignItems(doc, { boothIds: ['p', 'q', 'r'] }, 'right'));
    expect(['p', 'q', 'r'].map((id) => shapeBBox(booth(right, id).shape).maxX)).toEqual([34, 34, 34]);
    const middle = applyChecked(doc, alignItems(doc, { boothIds: ['p', 'q'] }, 'middle'));
    expect(['p', 'q'].map((id) => { const b = shapeBBox(booth(middle, id).shape); return (b.minY + b.maxY) / 2; })).toEqual([12, 12]);
    const centre = applyChecked(doc, alignItems(doc, { boothIds: ['p', 'q'] }, 'centre'));
    expect(['p', 'q'].map((id) => { const b = shapeBBox(booth(centre, id).shape); return (b.minX + b.maxX) / 2; })).toEqual([14, 14]);
    expectRefusal(alignItems(doc, { boothIds: ['p'] }, 'left'), 'too-few-items');
  });
  it('distributes with equal gaps, ends fixed', () => {
    const doc = row();
    const next = applyChecked(doc, distributeItems(doc, { boothIds: ['r', 'p', 'q'] }, 'horizontal'));
    const boxes = ['p', 'q', 'r'].map((id) => shapeBBox(booth(next, id).shape));
    expect(boxes[0]!.minX).toBe(10);
    expect(boxes[2]!.maxX).toBe(34);
    expect(boxes[1]!.minX - boxes[0]!.maxX).toBeCloseTo(boxes[2]!.minX - boxes[1]!.maxX, 6);
    expectRefusal(distributeItems(doc, { boothIds: ['p', 'q'] }, 'vertical'), 'too-few-items');
  });
});

describe('multi-edit and numbers', () => {
  it('sets fields on many booths, keeping the other fascia language', () => {
    let doc = base();
    doc = { ...doc, zones: { z1: { id: 'z1', kind: 'theme', name: { zh: '数字', en: 'Digital' }, color: '#3366ff', sectors: [], countries: [] } } };
    doc = { ...doc, booths: { ...doc.booths, a: { ...booth(doc, 'a'), fascia: { zh: '旧', en: 'Old' } } } };
    const next = applyChecked(doc, setBoothFields(doc, ['a', 'b'], { kind: 'raw', zoneId: 'z1', priceOverride: 9000, fascia: { en: 'New' }, notes: 'corner power' }));
    expect(booth(next, 'a')).toMatchObject({ kind: 'raw', zoneId: 'z1', priceOverride: 9000, fascia: { zh: '旧', en: 'New' }, notes: 'corner power' });
    expect(booth(next, 'b').fascia).toEqual({ zh: '', en: 'New' });
    expectRefusal(setBoothFields(doc, ['a'], { zoneId: 'nope' }), 'zone-not-found');
    expectRefusal(setBoothFields(doc, ['a'], { priceOverride: -1 }), 'bad-price');
    expectRefusal(setBoothFields(doc, ['a'], { notes: 'x'.repeat(5001) }), 'text-too-long');
    expectRefusal(setBoothFields(doc, [], { notes: '' }), 'nothing-selected');
  });
  it('renames one booth number, refusing duplicates', () => {
    const doc = base();
    expect(booth(applyChecked(doc, setBoothNumber(doc, 'a', 'A1-100')), 'a').number).toBe('A1-100');
    expectRefusal(setBoothNumber(doc, 'a', 'A1-102'), 'number-taken');
    expectRefusal(setBoothNumber(doc, 'a', 'x'.repeat(40)), 'number-too-long');
  });
});

describe('halls', () => {
  it('adds, renames (carrying the code into numbers), reorders and redraws halls', () => {
    let doc = base();
    expectRefusal(addHall(doc, { name: { zh: '', en: '' }, code: 'B', outline: [[0, 0], [1, 0], [1, 1]] }), 'name-empty');
    expectRefusal(addHall(doc, { name: { zh: 'B', en: '' }, code: 'a1', outline: [[0, 0], [1, 0], [1, 1]] }), 'code-taken');
    expectRefusal(addHall(doc, { name: { zh: 'B', en: '' }, code: 'B', outline: [[0, 0], [1, 1], [1, 0], [0, 1]] }), 'self-intersecting');
    doc = applyChecked(doc, addHall(doc, { name: { zh: 'B馆', en: 'Hall B' }, code: 'B', outline: [[0, 0], [50, 0], [50, 50], [0, 50]] }));
    const hb = Object.values(doc.halls).find((h) => h.code === 'B')!;
    expect(hb.order).toBe(1);
    const renamed = applyChecked(doc, renameHall(doc, 'h1', { code: 'C1', renumberBooths: true }));
    expect(booth(renamed, 'a').number).toBe('C1-101');
    expect(renamed.halls.h1!.code).toBe('C1');
    const kept = applyChecked(doc, renameHall(doc, 'h1', { name: { zh: '一号馆', en: 'Hall 1' } }));
    expect(booth(kept, 'a').number).toBe('A1-101');
    const reordered = applyChecked(doc, reorderHalls(doc, [hb.id, 'h1']));
    expect([reordered.halls[hb.id]!.order, reordered.halls.h1!.order]).toEqual([0, 1]);
    expectRefusal(reorderHalls(doc, ['h1']), 'bad-order');
    // Shrinking the hall to the booths' west edge makes booth a's west side a wall.
    const redrawn = applyChecked(doc, setHallOutline(doc, 'h1', [[10, 0], [200, 0], [200, 100], [10, 100]]));
    expect(booth(redrawn, 'a').openSides).toEqual([0, 2]);
  });
  it('duplicates a hall with its booths and facilities under a new code', () => {
    let doc = assigned(base(), 'a');
    doc = withFacility(doc, { id: 'f1', hallId: 'h1', kind: 'exit', shape: { type: 'rect', x: 0, y: 40, w: 0.3, h: 3, rotation: 0 }, label: { zh: '', en: '' } });
    const next = applyChecked(doc, duplicateHall(doc, 'h1', { code: 'A2' }));
    const h2 = Object.values(next.halls).find((h) => h.code === 'A2')!;
    const copies = Object.values(next.booths).filter((b) => b.hallId === h2.id);
    expect(copies.map((b) => b.number).sort()).toEqual(['A2-101', 'A2-102', 'A2-103']);
    expect(copies.every((b) => b.status === 'available')).toBe(true);
    expect(Object.values(next.facilities).filter((f) => f.hallId === h2.id)).toHaveLength(1);
    expect(h2.outline).toEqual(doc.halls.h1!.outline);
    expectRefusal(duplicateHall(doc, 'h1', { code: 'A1' }), 'code-taken');
  });
});

describe('facilities', () => {
  it('adds, updates and refuses facilities', () => {
    const doc = base();
    const next = applyChecked(doc, addFacility(doc, { hallId: 'h1', kind: 'exit', shape: { type: 'rect', x: -0.1, y: 40, w: 0.3, h: 2, rotation: 0 } }));
    const f = Object.values(next.facilities)[0]!;
    expect(f.id).toMatch(/^f_/);
    const relabelled = applyChecked(next, updateFacility(next, f.id, { label: { zh: '出口', en: 'Exit' } }));
    expect(relabelled.facilities[f.id]!.label.en).toBe('Exit');
    expectRefusal(addFacility(doc, { hallId: 'h1', kind: 'column', shape: { type: 'rect', x: 300, y: 300, w: 1, h: 1, rotation: 0 } }), 'outside-hall');
    expectRefusal(addFacility(doc, { hallId: 'h1', kind: 'wall', shape: { type: 'polyline', points: [[1, 1], [1, 1]], thickness: 0.2 } }), 'too-few-points');
    expectRefusal(addFacility(doc, { hallId: 'h1', kind: 'column', shape: { type: 'rect', x: 1, y: 1, w: 0, h: 1, rotation: 0 } }), 'zero-size');
    expectRefusal(updateFacility(doc, 'nope', {}), 'facility-not-found');
  });
});

describe('background', () => {
  const asset: Asset = { id: 'as1', fileName: 'hall.png', mime: 'image/png', widthPx: 4000, heightPx: 2000 };
  it('places, adjusts, calibrates and clears a drawing', () => {
    let doc: Project = { ...base(), assets: { as1: asset } };
    expectRefusal(setBackground(doc, 'h1', { assetId: 'nope' }), 'asset-not-found');
    doc = applyChecked(doc, setBackground(doc, 'h1', { assetId: 'as1' }));
    expect(doc.halls.h1!.background).toMatchObject({ metresPerPixel: 0.05, x: 0, y: 0, opacity: 0.5 });
    doc = applyChecked(doc, updateBackground(doc, 'h1', { x: 2, opacity: 0.3 }));
    expectRefusal(updateBackground(doc, 'h1', { opacity: 2 }), 'bad-opacity');
    // 1000 px between the points is 40 m: 0.04 m/px; point a keeps its place on the floor.
    const cal = applyChecked(doc, calibrateBackground(doc, 'h1', [100, 100], [1100, 100], 40));
    const bg = cal.halls.h1!.background!;
    expect(bg.metresPerPixel).toBeCloseTo(0.04, 12);
    expect(bg.x + 100 * bg.metresPerPixel).toBeCloseTo(2 + 100 * 0.05, 9);
    expect(bg.calibration).toEqual({ a: [100, 100], b: [1100, 100], distance: 40 });
    expect(applyChecked(cal, clearBackground(cal, 'h1')).halls.h1!.background).toBeNull();
  });
  it('refuses absurd calibrations', () => {
    let doc: Project = { ...base(), assets: { as1: asset } };
    expectRefusal(calibrateBackground(doc, 'h1', [0, 0], [100, 0], 10), 'no-background');
    doc = applyChecked(doc, setBackground(doc, 'h1', { assetId: 'as1' }));
    expectRefusal(calibrateBackground(doc, 'h1', [0, 0], [3, 3], 10), 'calibration-points-too-close');
    expectRefusal(calibrateBackground(doc, 'h1', [0, 0], [100, 0], 0), 'calibration-distance');
    expectRefusal(calibrateBackground(doc, 'h1', [0, 0], [100, 0], 0.1), 'calibration-distance');
    expectRefusal(calibrateBackground(doc, 'h1', [0, 0], [100, 0], 5000), 'calibration-distance');
    expectRefusal(calibrateBackground(doc, 'h1', [0, 0], [100, 0], Number.POSITIVE_INFINITY), 'calibration-distance');
  });
});
