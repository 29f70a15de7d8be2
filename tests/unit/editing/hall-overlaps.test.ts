import { describe, expect, it } from 'vitest';
import type { Hall } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { checkLayout } from '../../../shared/editing/checks';
import { addHall } from '../../../shared/editing/halls';
import { isRefusal } from '../../../shared/editing/result';
import { emptyShow, rectHall } from './helpers';

const placed = (id: string, code: string, order: number, x: number, y: number, rotation = 0, level = 1): Hall => ({ ...rectHall(id, 60, 40, code, order), level, placement: { x, y, rotation } });
const show = (...halls: Hall[]): Project => ({ ...emptyShow(), halls: Object.fromEntries(halls.map((h) => [h.id, h])) });
const overlaps = (doc: Project) => checkLayout(doc).filter((p) => p.code === 'halls-overlap');

describe('overlapping halls', () => {
  it('one finding per pair of halls of a level that overlap, naming both, framing the overlap in the first hall', () => {
    const doc = show(placed('h1', 'A', 0, 0, 0), placed('h2', 'B', 1, 50, 30), placed('h3', 'C', 2, 0, 35));
    const found = overlaps(doc);
    // A–B (10 × 10 m corner) and A–C (5 m strip), B–C (a 10 × 5 m patch): three pairs, each once.
    expect(found.map((p) => [p.hallId, p.otherHallId, p.detail])).toEqual([
      ['h1', 'h2', { a: 'A', b: 'B' }],
      ['h1', 'h3', { a: 'A', b: 'C' }],
      ['h2', 'h3', { a: 'B', b: 'C' }],
    ]);
    expect(found[0]!.bbox).toEqual({ minX: 50, minY: 30, maxX: 60, maxY: 40 });
    expect(found[0]!.at).toEqual([55, 35]);
  });

  it('halls that touch, stand apart or sit on different levels are fine', () => {
    expect(overlaps(show(placed('h1', 'A', 0, 0, 0), placed('h2', 'B', 1, 60, 0), placed('h3', 'C', 2, 0, 40)))).toEqual([]);
    expect(overlaps(show(placed('h1', 'A', 0, 0, 0), placed('h2', 'B', 1, 0, 0, 0, 2)))).toEqual([]);
  });

  it('sees a hall turned 30° reach into its neighbour, and not when it is clear', () => {
    // Turned 30° clockwise about its top-left corner, A's far corner swings down to y ≈ 64.6.
    const near = show(placed('h1', 'A', 0, 0, 0, 30), placed('h2', 'B', 1, 20, 45));
    expect(overlaps(near).map((p) => p.detail)).toEqual([{ a: 'A', b: 'B' }]);
    const clear = show(placed('h1', 'A', 0, 0, 0, 30), placed('h2', 'B', 1, 20, 70));
    expect(overlaps(clear)).toEqual([]);
  });

  it('is a finding, not a refusal: a hall may be added over another', () => {
    const doc = show(placed('h1', 'A', 0, 0, 0));
    const r = addHall(doc, { code: 'B', name: { zh: 'B馆', en: 'Hall B' }, outline: [[0, 0], [30, 0], [30, 20], [0, 20]], placement: { x: 10, y: 10, rotation: 0 }, level: 1 });
    expect(isRefusal(r)).toBe(false);
  });
});
