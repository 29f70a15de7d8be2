import type { Camera } from '../../camera';

/**
 * Adds a world outline to the current path in screen coordinates. A closed outline ends with
 * a line back to its first point rather than closePath(): in Chromium closePath() costs time
 * proportional to the path built so far, which made one frame of 7,500 booths take ~200 ms.
 */
export function tracePath(ctx: CanvasRenderingContext2D, pts: readonly number[], cam: Camera, closed: boolean): void {
  const { scale, x, y } = cam;
  const x0 = pts[0]! * scale + x;
  const y0 = pts[1]! * scale + y;
  ctx.moveTo(x0, y0);
  for (let i = 2; i < pts.length; i += 2) ctx.lineTo(pts[i]! * scale + x, pts[i + 1]! * scale + y);
  if (closed) ctx.lineTo(x0, y0);
}
