import type { Point } from '../../../../shared/model/primitives';
import type { Camera } from '../../camera';
import { currentHandles, transformStore } from '../../tools/transform-gesture';
import { fromFrame, frameCentre, mapPoint, type Frame } from '../../tools/transform';
import type { Scene } from '../scene';
import { toLocal, toWorld, type HallPlacement } from '../hall-layout';
import { label, metres } from './screen-label';

const ACCENT = '#1f5fff';
const HANDLE = 8;

/**
 * Draws the resize and rotate handles of a small selection, or — while one is dragged — the
 * booths' outlines as they will be after release, with their size or angle. Only the
 * selected booths' outlines are traced, so a drag costs the overlay alone.
 */
export function drawTransform(ctx: CanvasRenderingContext2D, scene: Scene, cam: Camera): void {
  const drag = transformStore.getState().drag;
  if (drag) {
    const pl = scene.layout.byId.get(drag.frame.hallId);
    if (!pl) return;
    const toScreen = hallToScreen(pl, cam);
    let map: (p: Point) => Point;
    let text: string;
    let outline: Frame;
    if (drag.mode === 'resize') {
      map = (p) => mapPoint(drag.frame, drag.next, p);
      outline = drag.next;
      text = `${metres(drag.next.w)} × ${metres(drag.next.h)} m`;
    } else {
      const [cx, cy] = frameCentre(drag.frame);
      const a = (drag.degrees * Math.PI) / 180;
      map = ([x, y]) => [cx + (x - cx) * Math.cos(a) - (y - cy) * Math.sin(a), cy + (x - cx) * Math.sin(a) + (y - cy) * Math.cos(a)];
      outline = { ...drag.frame, ...rotatedOrigin(drag.frame, map), rotation: drag.frame.rotation + drag.degrees };
      text = `${drag.degrees > 0 ? '+' : ''}${drag.degrees}°`;
    }
    ctx.beginPath();
    for (const id of drag.boothIds) {
      const b = scene.boothsById.get(id);
      if (!b) continue;
      for (let i = 0; i + 1 < b.pts.length; i += 2) {
        const [x, y] = toScreen(map(toLocal(pl, b.pts[i]!, b.pts[i + 1]!)));
        if (i === 0) ctx.moveTo(x, y);
        else ctx.lineTo(x, y);
      }
      ctx.closePath();
    }
    ctx.fillStyle = 'rgba(31, 95, 255, 0.25)';
    ctx.fill();
    ctx.strokeStyle = ACCENT;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    traceFrame(ctx, outline, toScreen);
    ctx.setLineDash([4, 3]);
    ctx.lineWidth = 1;
    ctx.stroke();
    ctx.setLineDash([]);
    const [lx, ly] = toScreen(fromFrame(outline, outline.w, outline.h));
    label(ctx, text, lx + 10, ly + 10);
    return;
  }
  const offered = currentHandles(scene);
  if (!offered) return;
  const { frame, spots } = offered;
  const pl = scene.layout.byId.get(frame.hallId)!;
  const toScreen = hallToScreen(pl, cam);
  traceFrame(ctx, frame, toScreen);
  ctx.strokeStyle = ACCENT;
  ctx.lineWidth = 1;
  ctx.stroke();
  const rot = spots.find((s) => s.handle === 'rotate');
  if (rot) {
    const [tx, ty] = toScreen(fromFrame(frame, frame.w / 2, 0));
    ctx.beginPath();
    ctx.moveTo(tx, ty);
    ctx.lineTo(rot.x, rot.y);
    ctx.stroke();
  }
  for (const s of spots) {
    ctx.beginPath();
    if (s.handle === 'rotate') ctx.arc(s.x, s.y, HANDLE / 2 + 1, 0, Math.PI * 2);
    else ctx.rect(s.x - HANDLE / 2, s.y - HANDLE / 2, HANDLE, HANDLE);
    ctx.fillStyle = '#fff';
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = ACCENT;
    ctx.stroke();
  }
}

function rotatedOrigin(f: Frame, map: (p: Point) => Point): { x: number; y: number } {
  const [x, y] = map([f.x, f.y]);
  return { x, y };
}

function traceFrame(ctx: CanvasRenderingContext2D, f: Frame, toScreen: (p: Point) => Point): void {
  ctx.beginPath();
  const corners: Point[] = [fromFrame(f, 0, 0), fromFrame(f, f.w, 0), fromFrame(f, f.w, f.h), fromFrame(f, 0, f.h)];
  corners.map(toScreen).forEach(([x, y], i) => (i === 0 ? ctx.moveTo(x, y) : ctx.lineTo(x, y)));
  ctx.closePath();
}


/** Hall-frame metres to screen pixels. */
function hallToScreen(pl: HallPlacement, cam: Camera): (p: Point) => Point {
  return ([x, y]) => {
    const [wx, wy] = toWorld(pl, x, y);
    return [wx * cam.scale + cam.x, wy * cam.scale + cam.y];
  };
}
