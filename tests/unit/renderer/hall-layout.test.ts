import { describe, expect, it } from 'vitest';
import { HALL_GAP_M, layoutHalls } from '../../../renderer/editor/canvas/hall-layout';
import { Hall } from '../../../shared/model/entities';
import { hall } from './fixtures';

describe('layoutHalls', () => {
  it('places halls left to right by order, tops aligned, a gap apart', () => {
    const l = layoutHalls([hall('b', 1, 80, 60), hall('a', 0, 50, 40), hall('c', 2, 30, 30)]);
    expect(l.halls.map((h) => h.hallId)).toEqual(['a', 'b', 'c']);
    expect(l.byId.get('a')!.bounds).toEqual({ minX: 0, minY: 0, maxX: 50, maxY: 40 });
    expect(l.byId.get('b')!.bounds).toEqual({ minX: 50 + HALL_GAP_M, minY: 0, maxX: 130 + HALL_GAP_M, maxY: 60 });
    expect(l.byId.get('c')!.bounds.minX).toBe(130 + 2 * HALL_GAP_M);
    expect(l.bounds).toEqual({ minX: 0, minY: 0, maxX: 160 + 2 * HALL_GAP_M, maxY: 60 });
  });

  it('translates a hall whose outline does not start at its origin', () => {
    const odd = Hall.parse({ id: 'x', name: { zh: '', en: '' }, code: 'X', order: 0, outline: [[10, 5], [40, 5], [40, 25], [10, 25]] });
    const pl = layoutHalls([odd]).byId.get('x')!;
    expect(pl.dx).toBe(-10);
    expect(pl.dy).toBe(-5);
    expect(pl.bounds).toEqual({ minX: 0, minY: 0, maxX: 30, maxY: 20 });
  });

  it('widens a slot for content drawn outside the outline, so halls never overlap', () => {
    const l = layoutHalls([hall('a', 0, 50, 40), hall('b', 1, 50, 40)], new Map([['a', { minX: 0, minY: 0, maxX: 70, maxY: 10 }]]));
    expect(l.byId.get('b')!.bounds.minX).toBe(70 + HALL_GAP_M);
  });

  it('orders equal `order` values by id (stable across runs) and handles no halls', () => {
    expect(layoutHalls([hall('z', 0, 10, 10), hall('m', 0, 10, 10)]).halls.map((h) => h.hallId)).toEqual(['m', 'z']);
    expect(layoutHalls([]).bounds).toBeNull();
  });
});
