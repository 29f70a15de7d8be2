import type { Camera, Viewport } from '../../camera';

/** The CSS transform that shows a bitmap drawn with camera `from` as if drawn with `to`. */
export function snapshotTransform(from: Camera, to: Camera): { k: number; tx: number; ty: number } {
  const k = to.scale / from.scale;
  return { k, tx: to.x - from.x * k, ty: to.y - from.y * k };
}

/**
 * Moves and scales already drawn layer bitmaps on the compositor instead of redrawing them:
 * during a pan or zoom gesture a frame then costs the same for 100 booths or 20,000.
 */
export function showSnapshot(canvases: readonly HTMLCanvasElement[], from: Camera, to: Camera): void {
  const { k, tx, ty } = snapshotTransform(from, to);
  const value = `matrix(${k}, 0, 0, ${k}, ${tx}, ${ty})`;
  for (const c of canvases) {
    c.style.transformOrigin = '0 0';
    c.style.transform = value;
  }
}

/** Back to the bitmaps as drawn (call right after redrawing them crisply). */
export function clearSnapshot(canvases: readonly HTMLCanvasElement[]): void {
  for (const c of canvases) c.style.transform = '';
}

/**
 * How far a snapshot has drifted from what a redraw would show: the share of the viewport it
 * no longer covers, and how much it is magnified or shrunk (1 = drawn at this zoom).
 */
export function snapshotDrift(from: Camera, to: Camera, viewport: Viewport): { uncovered: number; zoom: number } {
  const { k, tx, ty } = snapshotTransform(from, to);
  const w = viewport.width;
  const h = viewport.height;
  if (w <= 0 || h <= 0) return { uncovered: 0, zoom: k };
  const ix = Math.max(0, Math.min(w, tx + k * w) - Math.max(0, tx));
  const iy = Math.max(0, Math.min(h, ty + k * h) - Math.max(0, ty));
  return { uncovered: 1 - (ix * iy) / (w * h), zoom: k };
}

/**
 * Redraw during a gesture once a quarter of the screen is empty or the bitmap is 3× off.
 * When a full redraw costs more than a frame (a large show far out), the bitmap is stretched
 * further first (half the screen, 6×): a blurry frame for a moment, as in map apps, rather
 * than a stutter; the crisp redraw follows when the gesture settles.
 */
export function snapshotTooFar(drift: { uncovered: number; zoom: number }, redrawCostly = false): boolean {
  const [empty, zoom] = redrawCostly ? [0.5, 6] : [0.25, 3];
  return drift.uncovered > empty || drift.zoom > zoom || drift.zoom < 1 / zoom;
}
