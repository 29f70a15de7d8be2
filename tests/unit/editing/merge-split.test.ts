import { describe, expect, it } from 'vitest';
import { Exhibitor } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { mergeBooths, pieceSuffix, splitBooth } from '../../../shared/editing/merge-split';
import { rectilinearUnion } from '../../../shared/editing/rectilinear-union';
import { polygonArea, shapeArea, shapePolygon } from '../../../shared/geometry/polygon';
import { applyChecked, booth, emptyShow, expectRefusal, rect, square, withBooths } from './helpers';

function claim(doc: Project, id: string): Project {
  const ex = Exhibitor.parse({ id: 'ex_1', name: { zh: '甲', en: 'A' }, country: 'TH' });
  return { ...doc, exhibitors: { ex_1: ex }, booths: { ...doc.booths, [id]: { ...booth(doc, id), status: 'hold', claim: { exhibitorId: 'ex_1', until: null, note: '' } } } };
}

describe('rectilinear union', () => {
  it('joins rectangles into one outline, refusing holes', () => {
    const u = rectilinearUnion([square(0, 0, 2), square(2, 0, 2), square(0, 2, 2)]);
    expect(u.ok && polygonArea(u.outline)).toBe(12);
    expect(u.ok && u.outline.length).toBe(6);
    const ring = [square(0, 0, 1), square(1, 0, 1), square(2, 0, 1), square(0, 1, 1), square(2, 1, 1), square(0, 2, 1), square(1, 2, 1), square(2, 2, 1)];
    expect(rectilinearUnion(ring)).toEqual({ ok: false, reason: 'merge-has-hole' });
    expect(rectilinearUnion([square(0, 0, 1), square(1, 1, 1)])).toEqual({ ok: false, reason: 'merge-has-hole' }); // pinched at a corner
  });
});

describe('merge', () => {
  const doc = () =>
    withBooths(emptyShow(), [
      { id: 'a', shape: rect(10, 10, 3, 3), number: '101' },
      { id: 'b', shape: rect(13, 10, 3, 3), number: '102' },
      { id: 'c', shape: rect(10, 13, 3, 3), number: '103' },
      { id: 'far', shape: rect(40, 10, 3, 3), number: '104' },
      { id: 'tilt', shape: rect(60, 60, 3, 3, 30), number: '105' },
      { id: 'tilt2', shape: { type: 'rect', x: 60 + 3 * Math.cos(Math.PI / 6), y: 60 + 3 * Math.sin(Math.PI / 6), w: 3, h: 3, rotation: 30 }, number: '106' },
    ]);
  it('turns two rectangles sharing a full edge into one rectangle', () => {
    const d = doc();
    const next = applyChecked(d, mergeBooths(d, ['a', 'b']));
    expect(booth(next, 'a').shape).toEqual(rect(10, 10, 6, 3));
    expect(next.booths.b).toBeUndefined();
    expect(booth(next, 'a').number).toBe('101');
    expect(booth(next, 'c').openSides).toEqual([1, 2, 3]);
  });
  it('turns an L of three into a polygon of the same area', () => {
    const d = doc();
    const next = applyChecked(d, mergeBooths(d, ['a', 'b', 'c']));
    const s = booth(next, 'a').shape;
    expect(s.type).toBe('polygon');
    expect(shapeArea(s)).toBeCloseTo(27);
    expect(shapePolygon(s)).toHaveLength(6);
    expect(booth(next, 'a').type).toBe('island');
  });
  it('merges rotated rectangles in their own frame', () => {
    const d = doc();
    const next = applyChecked(d, mergeBooths(d, ['tilt', 'tilt2']));
    expect(booth(next, 'tilt').shape).toMatchObject({ type: 'rect', x: 60, y: 60, rotation: 30 });
    expect((booth(next, 'tilt').shape as { w: number }).w).toBeCloseTo(6, 5);
  });
  it('keeps the claimed booth and refuses non-touching, mixed frames or two claims', () => {
    const d = claim(doc(), 'b');
    const next = applyChecked(d, mergeBooths(d, ['a', 'b']));
    expect(next.booths.a).toBeUndefined();
    expect(booth(next, 'b')).toMatchObject({ number: '102', status: 'hold', shape: rect(10, 10, 6, 3) });
    expectRefusal(mergeBooths(d, ['a', 'far']), 'not-touching');
    expectRefusal(mergeBooths(d, ['a', 'tilt']), 'not-rectilinear');
    expectRefusal(mergeBooths(d, ['a']), 'too-few-items');
    const twice = { ...d, booths: { ...d.booths, a: { ...booth(d, 'a'), status: 'blocked' as const } } };
    expectRefusal(mergeBooths(twice, ['a', 'b']), 'merge-claimed');
  });
});

describe('split', () => {
  it('splits a rectangle into N × M with letter suffixes', () => {
    const d = withBooths(emptyShow(), [{ id: 'big', shape: rect(10, 10, 6, 6, 90), number: 'A1-201' }]);
    const next = applyChecked(d, splitBooth(d, 'big', 2, 3));
    const pieces = Object.values(next.booths);
    expect(pieces).toHaveLength(6);
    expect(pieces.map((b) => b.number).sort()).toEqual(['A1-201A', 'A1-201B', 'A1-201C', 'A1-201D', 'A1-201E', 'A1-201F']);
    expect(pieces.reduce((s, b) => s + shapeArea(b.shape), 0)).toBeCloseTo(36);
    expect(booth(next, 'big').shape).toEqual(rect(10, 10, 2, 3, 90));
    expect(pieces.map((b) => b.type).sort()).toEqual(['corner', 'corner', 'corner', 'corner', 'inline', 'inline']);
    // Merging the pieces back gives the original rectangle.
    const merged = applyChecked(next, mergeBooths(next, ['big', ...pieces.map((b) => b.id).filter((id) => id !== 'big')]));
    expect(booth(merged, 'big').shape).toEqual(rect(10, 10, 6, 6, 90));
  });
  it('refuses polygons, claimed booths, tiny pieces and bad counts', () => {
    const d = withBooths(emptyShow(), [
      { id: 'r', shape: rect(10, 10, 1, 1) },
      { id: 'p', shape: { type: 'polygon', points: [[30, 30], [33, 30], [33, 33]] } },
    ]);
    expectRefusal(splitBooth(d, 'p', 1, 2), 'not-rect');
    expectRefusal(splitBooth(d, 'r', 1, 20), 'zero-size');
    expectRefusal(splitBooth(d, 'r', 1, 1), 'bad-count');
    expectRefusal(splitBooth(claim(d, 'r'), 'r', 1, 2), 'booth-claimed');
    expect(pieceSuffix(0)).toBe('A');
    expect(pieceSuffix(25)).toBe('Z');
    expect(pieceSuffix(26)).toBe('AA');
  });
});
