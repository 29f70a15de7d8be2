import { describe, expect, it } from 'vitest';
import { fitCamera, MAX_SCALE, MIN_SCALE, PX_PER_METRE_AT_100, screenToWorld, visibleWorld, worldToScreen, zoomAt, zoomPercent } from '../../../renderer/editor/camera';

describe('camera', () => {
  it('zooming at a point keeps the world point under it', () => {
    const cam = { scale: 5, x: 30, y: -20 };
    const before = screenToWorld(cam, 200, 150);
    const after = zoomAt(cam, 1.7, 200, 150);
    const [sx, sy] = worldToScreen(after, before[0], before[1]);
    expect(sx).toBeCloseTo(200, 9);
    expect(sy).toBeCloseTo(150, 9);
    expect(after.scale).toBeCloseTo(8.5);
  });

  it('clamps zoom to 5 %–800 %', () => {
    expect(zoomAt({ scale: MAX_SCALE, x: 0, y: 0 }, 2, 0, 0).scale).toBe(MAX_SCALE);
    expect(zoomAt({ scale: MIN_SCALE, x: 0, y: 0 }, 0.5, 0, 0).scale).toBe(MIN_SCALE);
    expect(zoomPercent(MIN_SCALE)).toBe(5);
    expect(zoomPercent(MAX_SCALE)).toBe(800);
    expect(zoomPercent(PX_PER_METRE_AT_100)).toBe(100);
  });

  it('fit shows the whole rectangle centred', () => {
    const bounds = { minX: 0, minY: 0, maxX: 200, maxY: 50 };
    const cam = fitCamera(bounds, { width: 1000, height: 600 }, 0);
    expect(cam.scale).toBe(5);
    const v = visibleWorld(cam, { width: 1000, height: 600 });
    expect(v.minX).toBeCloseTo(0);
    expect(v.maxX).toBeCloseTo(200);
    expect((v.minY + v.maxY) / 2).toBeCloseTo(25);
  });
});
