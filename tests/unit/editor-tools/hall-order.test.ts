import { describe, expect, it } from 'vitest';
import { hallOrder, movedOrder, nextHallCode } from '../../../renderer/panels/halls/hall-order';
import { rectHall } from '../editing/helpers';

describe('hall order helpers', () => {
  it('lists halls by order, then id', () => {
    expect(hallOrder({ b: rectHall('b', 10, 10, 'B', 1), a: rectHall('a', 10, 10, 'A', 1), c: rectHall('c', 10, 10, 'C', 0) })).toEqual(['c', 'a', 'b']);
  });

  it('moves a hall one place and refuses to move past either end', () => {
    expect(movedOrder(['a', 'b', 'c'], 'b', -1)).toEqual(['b', 'a', 'c']);
    expect(movedOrder(['a', 'b', 'c'], 'b', 1)).toEqual(['a', 'c', 'b']);
    expect(movedOrder(['a', 'b', 'c'], 'a', -1)).toBeNull();
    expect(movedOrder(['a', 'b', 'c'], 'c', 1)).toBeNull();
    expect(movedOrder(['a'], 'x', 1)).toBeNull();
  });

  it('suggests a free code for a copy', () => {
    expect(nextHallCode('A', ['A'])).toBe('A2');
    expect(nextHallCode('A2', ['A', 'a2', 'A3'])).toBe('A4');
    expect(nextHallCode('1号', [])).toBe('1号2');
  });
});
