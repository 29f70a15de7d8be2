import type { Point } from '../../../../shared/model/primitives';
import type { Camera } from '../../camera';
import { FONT_STACK } from '../../fonts';

/** Marks the drawing tools put on the plan: where a corner snaps, and the align tool's picks. */
const ACCENT = '#1f5fff';
const sx = (cam: Camera, x: number) => x * cam.scale + cam.x;
const sy = (cam: Camera, y: number) => y * cam.scale + cam.y;

/** Where a corner lands on a CAD drawing: a square on an endpoint or corner, a diamond on a line. */
export function drawSnapMark(ctx: CanvasRenderingContext2D, cam: Camera, m: { point: Point; kind: 'vertex' | 'line' }): void {
  const x = sx(cam, m.point[0]);
  const y = sy(cam, m.point[1]);
  ctx.strokeStyle = '#eb2f96';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (m.kind === 'vertex') ctx.rect(x - 5, y - 5, 10, 10);
  else {
    ctx.moveTo(x, y - 6);
    ctx.lineTo(x + 6, y);
    ctx.lineTo(x, y + 6);
    ctx.lineTo(x - 6, y);
    ctx.closePath();
  }
  ctx.stroke();
}

/**
 * The align tool's picks: drawing points as hollow red rings (1, 2), plan points as filled blue
 * dots, an arrow from each drawing point to where it belongs, and a dashed line to the pointer
 * while the next point is being chosen.
 */
export function drawAlignPoints(ctx: CanvasRenderingContext2D, cam: Camera, points: readonly Point[], pointer: Point | null): void {
  const at = (p: Point): Point => [sx(cam, p[0]), sy(cam, p[1])];
  ctx.save();
  ctx.lineWidth = 2;
  for (let i = 0; i < points.length; i += 2) {
    const a = at(points[i]!);
    const b = points[i + 1] ? at(points[i + 1]!) : pointer ? at(pointer) : null;
    if (b) {
      ctx.strokeStyle = ACCENT;
      ctx.setLineDash(points[i + 1] ? [] : [5, 4]);
      ctx.beginPath();
      ctx.moveTo(a[0], a[1]);
      ctx.lineTo(b[0], b[1]);
      ctx.stroke();
      ctx.setLineDash([]);
    }
    ctx.strokeStyle = '#d4380d';
    ctx.beginPath();
    ctx.arc(a[0], a[1], 7, 0, Math.PI * 2);
    ctx.stroke();
    ctx.fillStyle = '#d4380d';
    ctx.font = `bold 12px ${FONT_STACK}`;
    ctx.fillText(String(i / 2 + 1), a[0] + 9, a[1] - 9);
    if (points[i + 1] && b) {
      ctx.fillStyle = ACCENT;
      ctx.beginPath();
      ctx.arc(b[0], b[1], 5, 0, Math.PI * 2);
      ctx.fill();
      ctx.fillText(String(i / 2 + 1), b[0] + 8, b[1] - 8);
    }
  }
  ctx.restore();
}
