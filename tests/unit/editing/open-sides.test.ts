import { describe, expect, it } from 'vitest';
import { coveredLength, openFaceCount, polygonBlockers, boothTypeForEdges } from '../../../shared/geometry/adjacency';
import { addBoothBlock, planBoothBlock } from '../../../shared/editing/block';
import { deriveOpenSides } from '../../../shared/editing/derive';
import { addBooth } from '../../../shared/editing/booths';
import { addFacility } from '../../../shared/editing/facilities';
import { moveItems } from '../../../shared/editing/move';
import { deleteItems } from '../../../shared/editing/delete';
import { DEFAULT_NUMBERING } from '../../../shared/editing/numbering';
import { isRefusal } from '../../../shared/editing/result';
import { applyChecked, booth, byNumber, emptyShow, rect, square, withBooths } from './helpers';

describe('edge coverage', () => {
  it('measures how much of an edge a neighbour covers, within 5 cm', () => {
    const blockers = polygonBlockers(square(3, 1, 3));
    expect(coveredLength([3, 0], [3, 3], blockers)).toBeCloseTo(2);
    expect(coveredLength([3.04, 0], [3.04, 3], blockers)).toBeCloseTo(2);
    expect(coveredLength([3.2, 0], [3.2, 3], blockers)).toBeCloseTo(0, 9); // a perpendicular edge crossing covers nothing
    // Overlapping blockers are not counted twice.
    expect(coveredLength([0, 0], [4, 0], [...polygonBlockers(square(0, -2, 2)), ...polygonBlockers(square(1, -2, 2))])).toBeCloseTo(3);
  });
  it('counts faces by direction, names a pass-through booth corner', () => {
    const pts = square(0, 0, 3);
    expect(boothTypeForEdges(pts, [])).toBe('enclosed');
    expect(boothTypeForEdges(pts, [2])).toBe('inline');
    expect(boothTypeForEdges(pts, [1, 2])).toBe('corner');
    expect(boothTypeForEdges(pts, [0, 2])).toBe('corner'); // pass-through
    expect(boothTypeForEdges(pts, [0, 1, 2])).toBe('peninsula');
    expect(boothTypeForEdges(pts, [0, 1, 2, 3])).toBe('island');
    // An L whose two short outer edges face the same way counts that way once.
    const L: [number, number][] = [[0, 0], [4, 0], [4, 2], [2, 2], [2, 4], [0, 4]];
    expect(openFaceCount(L, [1, 3])).toBe(1);
    expect(boothTypeForEdges(L, [1, 2, 3, 4])).toBe('corner');
  });
});

describe('derived open sides', () => {
  it('types a 2 × 3 back-to-back block: ends are corners, the middle inline', () => {
    const doc = emptyShow();
    const plan = planBoothBlock({
      hallId: 'h1',
      origin: [10, 10],
      rows: 2,
      cols: 3,
      boothW: 3,
      boothD: 3,
      backToBack: true,
      aisle: 3,
      rotation: 0,
      kind: 'standard',
      numbering: { ...DEFAULT_NUMBERING, prefix: 'A' },
    });
    if (isRefusal(plan)) throw new Error(plan.reason);
    const next = applyChecked(doc, addBoothBlock(doc, plan));
    const t = (n: string) => [byNumber(next, n).type, byNumber(next, n).openSides];
    expect(t('A1')).toEqual(['corner', [0, 3]]);
    expect(t('A2')).toEqual(['inline', [0]]);
    expect(t('A3')).toEqual(['corner', [0, 1]]);
    expect(t('A4')).toEqual(['corner', [2, 3]]);
    expect(t('A5')).toEqual(['inline', [2]]);
    expect(t('A6')).toEqual(['corner', [1, 2]]);
  });

  it('types a lone booth an island, and re-types it and its neighbour when one moves next to it', () => {
    let doc = emptyShow();
    doc = applyChecked(doc, addBooth(doc, { hallId: 'h1', shape: rect(20, 20, 6, 6), number: 'I1' }));
    expect(byNumber(doc, 'I1').type).toBe('island');
    doc = applyChecked(doc, addBooth(doc, { hallId: 'h1', shape: rect(40, 20, 3, 3), number: 'P1' }));
    const p1 = byNumber(doc, 'P1').id;
    doc = applyChecked(doc, moveItems(doc, { boothIds: [p1] }, -14, 0));
    expect(byNumber(doc, 'P1').type).toBe('peninsula');
    expect(byNumber(doc, 'I1').type).toBe('peninsula'); // the 3 m neighbour covers half of its 6 m side
    doc = applyChecked(doc, moveItems(doc, { boothIds: [p1] }, 0, 10));
    expect(byNumber(doc, 'I1').type).toBe('island');
    doc = applyChecked(doc, moveItems(doc, { boothIds: [p1] }, 0, -10));
    doc = applyChecked(doc, deleteItems(doc, { boothIds: [p1] }));
    expect(byNumber(doc, 'I1').type).toBe('island');
  });

  it('closes sides against the hall outline and against walls', () => {
    let doc = emptyShow();
    doc = applyChecked(doc, addBooth(doc, { hallId: 'h1', shape: rect(0, 0, 3, 3), number: 'W1' }));
    expect(byNumber(doc, 'W1').openSides).toEqual([1, 2]);
    doc = applyChecked(doc, addBooth(doc, { hallId: 'h1', shape: rect(50, 50, 3, 3), number: 'W2' }));
    doc = applyChecked(doc, addFacility(doc, { hallId: 'h1', kind: 'wall', shape: { type: 'polyline', points: [[45, 53.1], [60, 53.1]], thickness: 0.2 } }));
    expect(byNumber(doc, 'W2').openSides).toEqual([0, 1, 3]);
    expect(byNumber(doc, 'W2').type).toBe('peninsula');
  });

  it('derives only the given booths and their neighbours when asked', () => {
    const doc = withBooths(emptyShow(), [
      { id: 'a', shape: rect(0, 50, 3, 3) },
      { id: 'b', shape: rect(3, 50, 3, 3) },
      { id: 'c', shape: rect(30, 50, 3, 3) },
    ]);
    const d = deriveOpenSides(doc, ['a']);
    expect([...d.keys()].sort()).toEqual(['a', 'b']);
    expect(d.get('a')).toEqual({ openSides: [0, 2], type: 'corner' }); // against the west wall and b: a pass-through
    expect(deriveOpenSides(doc).get('c')?.type).toBe('island');
    expect(booth(doc, 'c').type).toBe('island');
  });
});
