import { describe, expect, it } from 'vitest';
import { deltaToHall, deltaToWorld, layoutHalls, toLocal, toWorld } from '../../../renderer/editor/canvas/hall-layout';
import { Hall } from '../../../shared/model/entities';
import { hall } from './fixtures';

const turned = (rotation: number) =>
  Hall.parse({ id: 't', name: { zh: '', en: 'T' }, code: 'T', order: 0, outline: [[0, 0], [40, 0], [40, 20], [0, 20]], placement: { x: 100, y: 50, rotation } });

describe('layoutHalls', () => {
  it('puts each hall where its placement says, in hall-list order', () => {
    const l = layoutHalls([hall('b', 1, 80, 60, 'B', 0, 100), hall('a', 0, 50, 40), hall('c', 2, 30, 30, 'C', 200, -50)]);
    expect(l.halls.map((h) => h.hallId)).toEqual(['a', 'b', 'c']);
    expect(l.byId.get('a')!.bounds).toEqual({ minX: 0, minY: 0, maxX: 50, maxY: 40 });
    expect(l.byId.get('b')!.bounds).toEqual({ minX: 0, minY: 100, maxX: 80, maxY: 160 });
    expect(l.byId.get('c')!.bounds).toEqual({ minX: 200, minY: -50, maxX: 230, maxY: -20 });
    expect(l.bounds).toEqual({ minX: 0, minY: -50, maxX: 230, maxY: 160 });
  });

  it('keeps a hall whose outline does not start at its origin where its outline says', () => {
    const odd = Hall.parse({ id: 'x', name: { zh: '', en: '' }, code: 'X', order: 0, outline: [[10, 5], [40, 5], [40, 25], [10, 25]] });
    expect(layoutHalls([odd]).byId.get('x')!.bounds).toEqual({ minX: 10, minY: 5, maxX: 40, maxY: 25 });
  });

  it('widens a hall extent for content drawn outside the outline', () => {
    const l = layoutHalls([hall('a', 0, 50, 40)], new Map([['a', { minX: 0, minY: 0, maxX: 70, maxY: 10 }]]));
    expect(l.byId.get('a')!.bounds.maxX).toBe(70);
    expect(l.byId.get('a')!.local.maxX).toBe(70);
  });

  it('keeps only the halls of the level asked for', () => {
    const l = layoutHalls([hall('a', 0, 50, 40), hall('up', 1, 50, 40, 'UP', 0, 0, 2)], undefined, 2);
    expect(l.halls.map((h) => h.hallId)).toEqual(['up']);
  });

  it('turns a hall about its origin: bounds, and points both ways', () => {
    const pl = layoutHalls([turned(90)]).byId.get('t')!;
    // (40, 0) in the hall lies 40 m below the origin when turned 90° clockwise.
    expect(toWorld(pl, 40, 0).map((v) => Math.round(v * 1e9) / 1e9)).toEqual([100, 90]);
    expect(pl.bounds.minX).toBeCloseTo(80);
    expect(pl.bounds.maxY).toBeCloseTo(90);
    const back = toLocal(pl, ...toWorld(pl, 12.5, 7));
    expect(back[0]).toBeCloseTo(12.5);
    expect(back[1]).toBeCloseTo(7);
    const d = deltaToHall(pl, ...deltaToWorld(pl, 3, -2));
    expect(d[0]).toBeCloseTo(3);
    expect(d[1]).toBeCloseTo(-2);
  });

  it('orders equal `order` values by id (stable across runs) and handles no halls', () => {
    expect(layoutHalls([hall('z', 0, 10, 10), hall('m', 0, 10, 10)]).halls.map((h) => h.hallId)).toEqual(['m', 'z']);
    expect(layoutHalls([]).bounds).toBeNull();
  });
});
