import { createStore } from 'zustand/vanilla';
import type { Point } from '../../../../shared/model/primitives';
import type { Camera } from '../../camera';
import { editor } from '../../instance';
import { toolStore } from '../../tools/tool-store';
import { HALL_TITLE_PX } from '../draw/halls';
import { toWorld } from '../hall-layout';
import type { Scene, SceneHall } from '../scene';
import { label } from './screen-label';

/*
 * The hall handles on the plan: a hall's title bar (drag to move it) and its round handle
 * (drag to turn it about its centre), where they are, the drag's preview and how it is drawn.
 * The select tool's translating and rotating states drive the drag (`tools/select/`).
 */

const ACCENT = '#1f5fff';
/** The rotate handle sits this far right of the title bar's end, px. */
const ROTATE_OFFSET_PX = 16;
const ROTATE_HIT_PX = 9;

export type HallDrag =
  | { mode: 'move'; hallId: string; start: Point; dx: number; dy: number }
  | { mode: 'rotate'; hallId: string; centre: Point; start: Point; degrees: number };

/** The hall being dragged on the plan, previewed on the overlay until release. */
export const hallDragStore = createStore<{ drag: HallDrag | null }>(() => ({ drag: null }));

export type HallHandleHit = { hall: SceneHall; part: 'title' | 'rotate' };

/** Whether the hall handles are offered: select tool, an editable show, no other gesture. */
export function hallHandlesOffered(): boolean {
  const { doc, readOnly } = editor.store.getState();
  return !!doc && !readOnly && toolStore.getState().tool === 'select' && toolStore.getState().gesture.kind === 'idle';
}

function rotateHandle(h: SceneHall, cam: Camera): Point {
  const a = (h.rotation * Math.PI) / 180;
  const along = h.width * cam.scale + ROTATE_OFFSET_PX;
  const up = -HALL_TITLE_PX / 2;
  return [h.anchorX * cam.scale + cam.x + along * Math.cos(a) - up * Math.sin(a), h.anchorY * cam.scale + cam.y + along * Math.sin(a) + up * Math.cos(a)];
}

/** The title bar or rotate handle under screen point (x, y), topmost hall first. */
export function hallHandleAt(scene: Scene, cam: Camera, x: number, y: number): HallHandleHit | null {
  for (let i = scene.halls.length - 1; i >= 0; i--) {
    const h = scene.halls[i]!;
    if (h.width * cam.scale < 40) continue;
    const [rx, ry] = rotateHandle(h, cam);
    if (Math.hypot(rx - x, ry - y) <= ROTATE_HIT_PX) return { hall: h, part: 'rotate' };
    // The title bar in the hall's own frame: along its top edge, HALL_TITLE_PX high.
    const a = (h.rotation * Math.PI) / 180;
    const px = x - (h.anchorX * cam.scale + cam.x);
    const py = y - (h.anchorY * cam.scale + cam.y);
    const u = px * Math.cos(a) + py * Math.sin(a);
    const v = -px * Math.sin(a) + py * Math.cos(a);
    if (u >= 0 && u <= h.width * cam.scale && v >= -HALL_TITLE_PX && v <= 0) return { hall: h, part: 'title' };
  }
  return null;
}

/**
 * Rotate handles of the halls on screen, and the dragged hall's outline where it will land.
 * `handles` false leaves the handles out (while the view pans or zooms: see ToolLayers).
 */
export function drawHallGesture(ctx: CanvasRenderingContext2D, scene: Scene, cam: Camera, handles = true): void {
  const drag = hallDragStore.getState().drag;
  if (handles && hallHandlesOffered() && !drag) {
    for (const h of scene.halls) {
      if (h.width * cam.scale < 40) continue;
      const [rx, ry] = rotateHandle(h, cam);
      ctx.beginPath();
      ctx.arc(rx, ry, 5, 0, Math.PI * 2);
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.strokeStyle = ACCENT;
      ctx.lineWidth = 1.5;
      ctx.stroke();
    }
  }
  if (!drag) return;
  const h = scene.halls.find((x) => x.id === drag.hallId);
  const pl = scene.layout.byId.get(drag.hallId);
  if (!h || !pl) return;
  const a = drag.mode === 'rotate' ? (drag.degrees * Math.PI) / 180 : 0;
  const map = ([x, y]: Point): Point => {
    if (drag.mode === 'move') return [x + drag.dx, y + drag.dy];
    const [cx, cy] = drag.centre;
    return [cx + (x - cx) * Math.cos(a) - (y - cy) * Math.sin(a), cy + (x - cx) * Math.sin(a) + (y - cy) * Math.cos(a)];
  };
  ctx.beginPath();
  for (let i = 0; i + 1 < h.pts.length; i += 2) {
    const [x, y] = map([h.pts[i]!, h.pts[i + 1]!]);
    if (i === 0) ctx.moveTo(x * cam.scale + cam.x, y * cam.scale + cam.y);
    else ctx.lineTo(x * cam.scale + cam.x, y * cam.scale + cam.y);
  }
  ctx.closePath();
  ctx.fillStyle = 'rgba(31, 95, 255, 0.12)';
  ctx.fill();
  ctx.strokeStyle = ACCENT;
  ctx.lineWidth = 2;
  ctx.setLineDash([6, 4]);
  ctx.stroke();
  ctx.setLineDash([]);
  const [ox, oy] = map(toWorld(pl, 0, 0));
  const text = drag.mode === 'move' ? `X ${round(ox)} m · Y ${round(oy)} m` : `${drag.degrees > 0 ? '+' : ''}${drag.degrees}°`;
  label(ctx, text, ox * cam.scale + cam.x + 10, oy * cam.scale + cam.y + 10);
}

const round = (v: number) => Math.round(v * 100) / 100;
