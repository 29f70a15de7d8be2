import { visibleWorld, type Camera, type Viewport } from '../camera';
import type { Scene, SceneBooth } from './scene';

/** Below this a booth is a dot: outlines are skipped, fills alone read better. */
export const OUTLINE_MIN_PX = 4;

/** Booths whose bounding box meets the viewport (plus a small margin for outlines). */
export function visibleBooths(scene: Scene, cam: Camera, viewport: Viewport, marginPx = 4): SceneBooth[] {
  const r = visibleWorld(cam, viewport);
  const m = marginPx / cam.scale;
  return scene.index.search({ minX: r.minX - m, minY: r.minY - m, maxX: r.maxX + m, maxY: r.maxY + m });
}
