import { visibleWorld, type Camera, type Viewport } from '../camera';
import type { Scene, SceneBooth } from './scene';

/** A booth label is drawn only when the booth's shorter side is at least this many pixels. */
export const LABEL_MIN_PX = 40;
/** Below this a booth is a dot: outlines are skipped, fills alone read better. */
export const OUTLINE_MIN_PX = 4;

/** Booths whose bounding box meets the viewport (plus a small margin for outlines). */
export function visibleBooths(scene: Scene, cam: Camera, viewport: Viewport, marginPx = 4): SceneBooth[] {
  const r = visibleWorld(cam, viewport);
  const m = marginPx / cam.scale;
  return scene.index.search({ minX: r.minX - m, minY: r.minY - m, maxX: r.maxX + m, maxY: r.maxY + m });
}

export type LabelDetail = 'none' | 'number' | 'full';

/**
 * Level of detail for one booth at this zoom: nothing when a label could not be read, the
 * booth number once it fits, number and exhibitor once there is room for two lines.
 */
export function labelDetail(minSideMetres: number, scale: number, hasExhibitor: boolean): LabelDetail {
  const px = minSideMetres * scale;
  if (px < LABEL_MIN_PX) return 'none';
  return hasExhibitor ? 'full' : 'number';
}

/** Label font size in pixels for a booth whose shorter side is `minSidePx` on screen. */
export function labelFontPx(minSidePx: number): number {
  return Math.max(10, Math.min(15, Math.round(minSidePx * 0.22)));
}
