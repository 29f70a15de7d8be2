import { createStore } from 'zustand/vanilla';
import type { Point } from '../../../../shared/model/primitives';
import { placeHall, rotateHallBy } from '../../../../shared/editing/site';
import { cameraStore, screenToWorld, type Camera } from '../../camera';
import { editor } from '../../instance';
import { toolStore } from '../../tools/tool-store';
import { runEdit } from '../../edit-runner';
import { requestView } from '../../view-requests';
import { HALL_TITLE_PX } from '../draw/halls';
import { toLocal, toWorld } from '../hall-layout';
import type { Scene, SceneHall } from '../scene';
import { label } from './screen-label';

const ACCENT = '#1f5fff';
/** The rotate handle sits this far right of the title bar's end, px. */
const ROTATE_OFFSET_PX = 16;
const ROTATE_HIT_PX = 9;
/** Rotation snaps to this step unless Shift is held (then whole degrees). */
const ROTATE_STEP = 15;

export type HallDrag =
  | { mode: 'move'; hallId: string; start: Point; dx: number; dy: number }
  | { mode: 'rotate'; hallId: string; centre: Point; startAngle: number; degrees: number };

/** The hall being dragged on the plan, previewed on the overlay until release. */
export const hallDragStore = createStore<{ drag: HallDrag | null }>(() => ({ drag: null }));

type Hit = { hall: SceneHall; part: 'title' | 'rotate' };

/** Whether the hall handles are offered: select tool, an editable show. */
function offered(): boolean {
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
export function hallHandleAt(scene: Scene, cam: Camera, x: number, y: number): Hit | null {
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

const angleOf = ([cx, cy]: Point, [x, y]: Point) => (Math.atan2(y - cy, x - cx) * 180) / Math.PI;

/**
 * Moving and turning halls on the site: drag a hall's title bar to move it, its round handle
 * to turn it about its centre (15° steps, Shift for single degrees), double-click a hall's
 * title or empty floor to zoom to it. One operation on release; Escape drops the drag.
 * Listens in the capture phase, attached before the tools, so a press on a handle is its own.
 */
export function attachHallGesture(el: HTMLElement, host: { scene(): Scene | null; boothAt(sx: number, sy: number): string | null }): () => void {
  let pointerId: number | null = null;
  let hovering = false;
  const at = (e: MouseEvent): Point => {
    const r = el.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const world = (e: MouseEvent): Point => screenToWorld(cameraStore.getState(), ...at(e));
  const stop = (e: Event) => {
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  const end = () => {
    if (pointerId !== null) el.releasePointerCapture?.(pointerId);
    pointerId = null;
    hallDragStore.setState({ drag: null });
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0 || e.shiftKey || !offered()) return;
    const scene = host.scene();
    if (!scene) return;
    const hit = hallHandleAt(scene, cameraStore.getState(), ...at(e));
    if (!hit) return;
    stop(e);
    const p = world(e);
    if (hit.part === 'title') hallDragStore.setState({ drag: { mode: 'move', hallId: hit.hall.id, start: p, dx: 0, dy: 0 } });
    else {
      const b = hit.hall.bounds;
      const centre: Point = [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
      hallDragStore.setState({ drag: { mode: 'rotate', hallId: hit.hall.id, centre, startAngle: angleOf(centre, p), degrees: 0 } });
    }
    el.setPointerCapture?.(e.pointerId);
    pointerId = e.pointerId;
  };

  const onPointerMove = (e: PointerEvent) => {
    const drag = hallDragStore.getState().drag;
    if (!drag) {
      const scene = host.scene();
      const hit = e.buttons === 0 && scene && offered() ? hallHandleAt(scene, cameraStore.getState(), ...at(e)) : null;
      if (hit) el.style.cursor = hit.part === 'title' ? 'move' : 'grab';
      else if (hovering) el.style.cursor = '';
      hovering = hit !== null;
      return;
    }
    if (e.pointerId !== pointerId) return;
    stop(e);
    const p = world(e);
    if (drag.mode === 'move') {
      const grid = toolStore.getState().grid;
      const snap = (v: number) => (grid > 0 ? Math.round(v / grid) * grid : Math.round(v * 100) / 100);
      hallDragStore.setState({ drag: { ...drag, dx: snap(p[0] - drag.start[0]), dy: snap(p[1] - drag.start[1]) } });
    } else {
      const step = e.shiftKey ? 1 : ROTATE_STEP;
      let d = angleOf(drag.centre, p) - drag.startAngle;
      d = ((((d + 180) % 360) + 360) % 360) - 180;
      hallDragStore.setState({ drag: { ...drag, degrees: Math.round(d / step) * step } });
    }
  };

  const onPointerUp = (e: PointerEvent) => {
    const drag = hallDragStore.getState().drag;
    if (!drag || e.pointerId !== pointerId) return;
    stop(e);
    end();
    if (drag.mode === 'move') {
      if (drag.dx === 0 && drag.dy === 0) return;
      runEdit((doc) => {
        const pl = doc.halls[drag.hallId]?.placement;
        return placeHall(doc, drag.hallId, pl ? { x: pl.x + drag.dx, y: pl.y + drag.dy } : {});
      });
    } else if (drag.degrees !== 0) {
      runEdit((doc) => rotateHallBy(doc, drag.hallId, drag.degrees, drag.centre));
    }
  };

  const onPointerCancel = () => {
    if (hallDragStore.getState().drag) end();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !hallDragStore.getState().drag) return;
    stop(e);
    end();
  };
  const onDoubleClick = (e: MouseEvent) => {
    const scene = host.scene();
    if (!scene || toolStore.getState().tool !== 'select') return;
    const [sx, sy] = at(e);
    const hit = hallHandleAt(scene, cameraStore.getState(), sx, sy);
    let hallId = hit?.hall.id ?? null;
    if (!hallId && host.boothAt(sx, sy) === null) {
      // Empty floor of a hall.
      const [wx, wy] = world(e);
      hallId = scene.layout.halls.find((pl) => {
        const [u, v] = toLocal(pl, wx, wy);
        return u >= pl.local.minX && u <= pl.local.maxX && v >= pl.local.minY && v <= pl.local.maxY;
      })?.hallId ?? null;
    }
    if (hallId) requestView({ kind: 'fit-hall', hallId });
  };

  el.addEventListener('pointerdown', onPointerDown, true);
  el.addEventListener('pointermove', onPointerMove, true);
  el.addEventListener('pointerup', onPointerUp, true);
  el.addEventListener('pointercancel', onPointerCancel, true);
  el.addEventListener('dblclick', onDoubleClick);
  window.addEventListener('keydown', onKeyDown, true);
  return () => {
    end();
    el.removeEventListener('pointerdown', onPointerDown, true);
    el.removeEventListener('pointermove', onPointerMove, true);
    el.removeEventListener('pointerup', onPointerUp, true);
    el.removeEventListener('pointercancel', onPointerCancel, true);
    el.removeEventListener('dblclick', onDoubleClick);
    window.removeEventListener('keydown', onKeyDown, true);
  };
}

/** Rotate handles of the halls on screen, and the dragged hall's outline where it will land. */
export function drawHallGesture(ctx: CanvasRenderingContext2D, scene: Scene, cam: Camera): void {
  const drag = hallDragStore.getState().drag;
  if (offered() && !drag) {
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
