import { describe, expect, it } from 'vitest';
import { checkPanelRoom, fitCamera, MAX_SCALE, MIN_SCALE, PX_PER_METRE_AT_100, screenToWorld, visibleWorld, worldToScreen, zoomAt, zoomPercent } from '../../../renderer/editor/camera';

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
    expect(zoomPercent(MIN_SCALE)).toBe(1);
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

  it('fit keeps room for the overlays on the left and top, centred in what is left', () => {
    const bounds = { minX: 0, minY: 0, maxX: 100, maxY: 100 };
    const cam = fitCamera(bounds, { width: 1000, height: 600 }, 20, { left: 50, top: 80 });
    // Height is the limit: 600 − 80 − 2 × 20 = 480 px for 100 m.
    expect(cam.scale).toBeCloseTo(4.8);
    expect(0 * cam.scale + cam.y).toBeCloseTo(100); // top edge: 80 + 20
    expect(100 * cam.scale + cam.y).toBeCloseTo(580);
    const left = 0 * cam.scale + cam.x;
    const right = 100 * cam.scale + cam.x;
    expect((left + right) / 2).toBeCloseTo(50 + 950 / 2);
    // On a tiny canvas the overlays give way (at most a quarter each way).
    const small = fitCamera(bounds, { width: 120, height: 120 }, 0, { left: 200, top: 200 });
    expect(0 * small.scale + small.x).toBeGreaterThanOrEqual(30 - 1e-9);
    expect(100 * small.scale + small.x).toBeLessThanOrEqual(120 + 1e-9);
  });

  it('fit keeps what it shows clear of the check results panel, even on a narrow plan', () => {
    const booth = { minX: 40, minY: 30, maxX: 43, maxY: 33 };
    const around = { minX: booth.minX - 12, minY: booth.minY - 12, maxX: booth.maxX + 12, maxY: booth.maxY + 12 };
    for (const width of [290, 550, 900, 1400]) {
      const viewport = { width, height: 600 };
      const room = checkPanelRoom(width);
      const panelLeft = width - room + 10; // the panel's own left edge (10 px of air)
      const cam = fitCamera(around, viewport, 48, { left: 48, top: 80, right: room, bottom: 130 });
      const [x0] = worldToScreen(cam, booth.minX, booth.minY);
      const [x1] = worldToScreen(cam, booth.maxX, booth.maxY);
      expect(x0, `left edge of the booth at ${width} px`).toBeGreaterThanOrEqual(0);
      expect(x1, `right edge of the booth at ${width} px`).toBeLessThan(panelLeft);
    }
  });
});
