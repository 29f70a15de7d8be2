import { describe, expect, it } from 'vitest';
import { buildScene, boothsBounds, sceneInputsChanged } from '../../../renderer/editor/canvas/scene';
import { visibleBooths } from '../../../renderer/editor/canvas/culling';
import { pointInFlatPolygon, SpatialIndex } from '../../../renderer/editor/canvas/spatial-index';
/** Hall b lies 20 m right of hall a (50 m wide). */
const HALL_GAP_M = 20;
import { exhibitor, hall, polygonBooth, project, rectBooth } from './fixtures';
import type { Assignment } from '../../../shared/model/entities';

function sample() {
  const p = project({
    halls: [hall('a', 0, 50, 40), hall('b', 1, 60, 40, 'B', 50 + HALL_GAP_M)],
    booths: [
      rectBooth('a1', 'a', 0, 0),
      rectBooth('a2', 'a', 3, 0),
      rectBooth('b1', 'b', 0, 0, 6, 6),
      // L shape: the centroid (≈ 3.3, 3.3) falls outside; the label must not.
      polygonBooth('bl', 'b', [[20, 0], [30, 0], [30, 3], [23, 3], [23, 10], [20, 10]]),
    ],
    exhibitors: [exhibitor('e1', 'Huawei Technologies', '华为技术')],
  });
  const a: Assignment = { id: 'b1', boothId: 'b1', exhibitorId: 'e1', at: '2026-01-01T00:00:00.000Z', by: '' };
  p.assignments.b1 = a;
  p.booths.b1 = { ...p.booths.b1!, status: 'assigned' };
  return p;
}

describe('buildScene', () => {
  it('places booths with their hall', () => {
    const s = buildScene(sample());
    const b1 = s.boothsById.get('b1')!;
    expect(b1.bbox).toEqual({ minX: 50 + HALL_GAP_M, minY: 0, maxX: 56 + HALL_GAP_M, maxY: 6 });
    expect(b1.exhibitor).toEqual({ zh: '华为技术', en: 'Huawei Technologies' });
    expect(s.boothsById.get('a1')!.exhibitor).toBeNull();
  });

  it('puts the label of an L-shaped booth inside it', () => {
    const s = buildScene(sample());
    const bl = s.boothsById.get('bl')!;
    expect(pointInFlatPolygon(bl.labelX, bl.labelY, bl.pts)).toBe(true);
  });

  it('notices when a collection it draws from changed identity', () => {
    const p = sample();
    expect(sceneInputsChanged(p, { ...p })).toBe(false);
    expect(sceneInputsChanged(p, { ...p, booths: { ...p.booths } })).toBe(true);
    expect(sceneInputsChanged(null, p)).toBe(true);
  });

  it('bounds of some booths ignore unknown ids', () => {
    const s = buildScene(sample());
    expect(boothsBounds(s, ['a1', 'a2', 'gone'])).toEqual({ minX: 0, minY: 0, maxX: 6, maxY: 3 });
    expect(boothsBounds(s, ['gone'])).toBeNull();
  });
});

describe('hit-testing', () => {
  it('finds the booth under a world point, and nothing in the aisle', () => {
    const s = buildScene(sample());
    expect(s.index.hitTest(1.5, 1.5)?.id).toBe('a1');
    expect(s.index.hitTest(4.5, 1.5)?.id).toBe('a2');
    expect(s.index.hitTest(10, 10)).toBeNull();
  });

  it('uses the outline, not the bounding box (the notch of an L is empty)', () => {
    const s = buildScene(sample());
    const ox = 50 + HALL_GAP_M;
    expect(s.index.hitTest(ox + 21, 8)?.id).toBe('bl');
    expect(s.index.hitTest(ox + 27, 8)).toBeNull();
  });

  it('prefers the item drawn last where items overlap', () => {
    const box = (order: number) => ({ order, bbox: { minX: 0, minY: 0, maxX: 2, maxY: 2 }, pts: [0, 0, 2, 0, 2, 2, 0, 2] });
    const idx = new SpatialIndex([box(0), box(5), box(2)]);
    expect(idx.hitTest(1, 1)?.order).toBe(5);
  });
});

describe('culling and level of detail', () => {
  it('returns only booths in the viewport, in draw order', () => {
    const s = buildScene(sample());
    // 10 px per metre, looking at world x 0..40: hall a only.
    const cam = { scale: 10, x: 0, y: 0 };
    const ids = visibleBooths(s, cam, { width: 400, height: 300 }).map((b) => b.id);
    expect(ids).toEqual(['a1', 'a2']);
    // Pan right to hall b.
    const cam2 = { scale: 10, x: -(50 + HALL_GAP_M) * 10, y: 0 };
    expect(visibleBooths(s, cam2, { width: 400, height: 300 }).map((b) => b.id).sort()).toEqual(['b1', 'bl']);
  });

  it('scales to thousands of booths: a zoomed-in view returns a handful', () => {
    const booths = [];
    for (let i = 0; i < 100; i++) for (let j = 0; j < 75; j++) booths.push(rectBooth(`b${i}_${j}`, 'big', i * 4, j * 4));
    const s = buildScene(project({ halls: [hall('big', 0, 400, 300)], booths }));
    expect(s.booths).toHaveLength(7500);
    const shown = visibleBooths(s, { scale: 20, x: 0, y: 0 }, { width: 800, height: 600 });
    // 40 m × 30 m of plan, 4 m pitch: about 10 × 8 booths (plus the margin row).
    expect(shown.length).toBeGreaterThan(60);
    expect(shown.length).toBeLessThan(120);
  });
});
