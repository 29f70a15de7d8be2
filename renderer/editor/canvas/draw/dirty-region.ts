import type { BBox } from '../../../../shared/geometry/polygon';
import type { Camera, Viewport } from '../../camera';

/** Screen rectangle in CSS pixels. */
export interface ScreenRect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Screen rectangles covering world boxes, grown by `marginPx` (zone borders and outlines
 * reach past a booth's box) and cut to the viewport; boxes off screen are dropped.
 */
export function screenRects(boxes: readonly BBox[], cam: Camera, viewport: Viewport, marginPx = 4): ScreenRect[] {
  const out: ScreenRect[] = [];
  for (const b of boxes) {
    const x0 = Math.max(0, Math.floor(b.minX * cam.scale + cam.x - marginPx));
    const y0 = Math.max(0, Math.floor(b.minY * cam.scale + cam.y - marginPx));
    const x1 = Math.min(viewport.width, Math.ceil(b.maxX * cam.scale + cam.x + marginPx));
    const y1 = Math.min(viewport.height, Math.ceil(b.maxY * cam.scale + cam.y + marginPx));
    if (x1 > x0 && y1 > y0) out.push({ x: x0, y: y0, w: x1 - x0, h: y1 - y0 });
  }
  return out;
}

/** The world box under a screen rectangle. */
export function worldOf(r: ScreenRect, cam: Camera): BBox {
  return { minX: (r.x - cam.x) / cam.scale, minY: (r.y - cam.y) / cam.scale, maxX: (r.x + r.w - cam.x) / cam.scale, maxY: (r.y + r.h - cam.y) / cam.scale };
}

/**
 * Repaints only some rectangles of a layer that keeps its pixels between frames: clipped to
 * them, cleared, and drawn again by `draw` (which must draw everything meeting them, so
 * neighbours' outlines that reach in come back too).
 */
export function repaintRects(ctx: CanvasRenderingContext2D, pixelRatio: number, rects: readonly ScreenRect[], draw: () => void): void {
  if (rects.length === 0) return;
  ctx.save();
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
  ctx.beginPath();
  for (const r of rects) ctx.rect(r.x, r.y, r.w, r.h);
  ctx.clip();
  for (const r of rects) ctx.clearRect(r.x, r.y, r.w, r.h);
  draw();
  ctx.restore();
}
