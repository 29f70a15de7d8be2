import { createStore } from 'zustand/vanilla';
import type { Point } from '../../../shared/model/primitives';
import { cameraStore, screenToWorld } from '../camera';
import { editor } from '../instance';
import { sessionStore } from '../session-store';
import type { Scene } from '../canvas/scene';
import { toLocal, toWorld } from '../canvas/hall-layout';
import { runEdit } from '../edit-runner';
import { toolStore } from './tool-store';
import { HANDLES, fromFrame, frameCentre, resizeFrame, resizeSelection, rotateSelection, rotationDegrees, selectionFrame, type Frame, type Handle } from './transform';

/** Screen px: how far the rotate handle stands off the box, and how near a press must land. */
export const ROTATE_OFFSET_PX = 28;
const HIT_PX = 7;
/** Boxes smaller than this on screen get no handles (zoom in to resize). */
export const MIN_BOX_PX = 14;
/** Rotation steps while dragging; Shift turns freely (whole degrees). */
const ROTATE_STEP = 15;

/** A resize or rotate drag in progress; the plan is untouched until it is released. */
export type TransformDrag =
  | { mode: 'resize'; boothIds: string[]; frame: Frame; handle: Handle; next: Frame }
  | { mode: 'rotate'; boothIds: string[]; frame: Frame; start: Point; degrees: number };

export const transformStore = createStore<{ drag: TransformDrag | null }>(() => ({ drag: null }));

export interface HandleSpot {
  /** A resize handle, or 'rotate'. */
  handle: Handle | 'rotate';
  /** Screen px relative to the plan's top-left. */
  x: number;
  y: number;
}

/**
 * The box and handles offered for the current selection, or null: select tool, editable
 * document, no facilities selected, no other gesture, a few booths in one hall, big enough
 * on screen to grab.
 */
export function currentHandles(scene: Scene | null): { frame: Frame; spots: HandleSpot[] } | null {
  const { doc, readOnly } = editor.store.getState();
  const tools = toolStore.getState();
  if (!scene || !doc || readOnly || tools.tool !== 'select' || tools.gesture.kind !== 'idle' || sessionStore.getState().facilities.length > 0) return null;
  const frame = selectionFrame(doc, sessionStore.getState().selection);
  const pl = frame ? scene.layout.byId.get(frame.hallId) : undefined;
  if (!frame || !pl) return null;
  const cam = cameraStore.getState();
  if (frame.w * cam.scale < MIN_BOX_PX || frame.h * cam.scale < MIN_BOX_PX) return null;
  const screen = ([x, y]: Point) => {
    const [wx, wy] = toWorld(pl, x, y);
    return { x: wx * cam.scale + cam.x, y: wy * cam.scale + cam.y };
  };
  const spots: HandleSpot[] = [];
  if (frame.resizable) for (const h of HANDLES) spots.push({ handle: h, ...screen(fromFrame(frame, h.hx * frame.w, h.hy * frame.h)) });
  spots.push({ handle: 'rotate', ...screen(fromFrame(frame, frame.w / 2, -ROTATE_OFFSET_PX / cam.scale)) });
  return { frame, spots };
}

/** CSS cursor for a handle, turned with the box so it points along the drag. */
export function handleCursor(h: Handle | 'rotate', rotation: number): string {
  if (h === 'rotate') return 'grab';
  const angle = (Math.atan2(h.hy - 0.5, h.hx - 0.5) * 180) / Math.PI + rotation;
  const names = ['ew-resize', 'nwse-resize', 'ns-resize', 'nesw-resize'];
  return names[Math.round((((angle % 180) + 180) % 180) / 45) % 4]!;
}

/**
 * Resize and rotate by dragging the handles around a small selection. Listens in the capture
 * phase and must be attached before the tools' own listeners: a press on a handle is this
 * gesture's alone. The drag previews on the overlay and commits ONE operation on release;
 * Escape drops it.
 */
export function attachTransform(el: HTMLElement, host: { scene(): Scene | null }): () => void {
  let pointerId: number | null = null;
  let hoverCursor = false;

  const local = (e: PointerEvent, hallId: string): Point | null => {
    const r = el.getBoundingClientRect();
    const [wx, wy] = screenToWorld(cameraStore.getState(), e.clientX - r.left, e.clientY - r.top);
    const pl = host.scene()?.layout.byId.get(hallId);
    return pl ? toLocal(pl, wx, wy) : null;
  };
  const spotAt = (e: PointerEvent) => {
    const offered = currentHandles(host.scene());
    if (!offered) return null;
    const r = el.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    const spot = offered.spots.find((s) => Math.hypot(s.x - x, s.y - y) <= HIT_PX);
    return spot ? { frame: offered.frame, spot } : null;
  };
  const stop = (e: Event) => {
    e.stopImmediatePropagation();
    e.preventDefault();
  };
  const end = () => {
    if (pointerId !== null) el.releasePointerCapture?.(pointerId);
    pointerId = null;
    transformStore.setState({ drag: null });
  };

  const onPointerDown = (e: PointerEvent) => {
    if (e.button !== 0 || e.shiftKey) return;
    const hit = spotAt(e);
    if (!hit) return;
    stop(e);
    const boothIds = [...sessionStore.getState().selection];
    const { frame, spot } = hit;
    if (spot.handle === 'rotate') {
      const start = local(e, frame.hallId);
      if (!start) return;
      transformStore.setState({ drag: { mode: 'rotate', boothIds, frame, start, degrees: 0 } });
    } else {
      transformStore.setState({ drag: { mode: 'resize', boothIds, frame, handle: spot.handle, next: frame } });
    }
    el.setPointerCapture?.(e.pointerId);
    pointerId = e.pointerId;
  };

  const onPointerMove = (e: PointerEvent) => {
    const drag = transformStore.getState().drag;
    if (!drag) {
      // Hover feedback only; the tools still see the move.
      const hit = e.buttons === 0 && toolStore.getState().tool === 'select' ? spotAt(e) : null;
      if (hit) el.style.cursor = handleCursor(hit.spot.handle, hit.frame.rotation);
      else if (hoverCursor) el.style.cursor = '';
      hoverCursor = hit !== null;
      return;
    }
    if (e.pointerId !== pointerId) return;
    stop(e);
    const p = local(e, drag.frame.hallId);
    if (!p) return;
    if (drag.mode === 'resize') transformStore.setState({ drag: { ...drag, next: resizeFrame(drag.frame, drag.handle, p, toolStore.getState().grid) } });
    else transformStore.setState({ drag: { ...drag, degrees: rotationDegrees(frameCentre(drag.frame), drag.start, p, e.shiftKey ? 1 : ROTATE_STEP) } });
  };

  const onPointerUp = (e: PointerEvent) => {
    const drag = transformStore.getState().drag;
    if (!drag || e.pointerId !== pointerId) return;
    stop(e);
    end();
    if (drag.mode === 'resize') {
      const { frame: f, next: n } = drag;
      if (f.x === n.x && f.y === n.y && f.w === n.w && f.h === n.h) return;
      runEdit((doc) => resizeSelection(doc, drag.boothIds, f, n));
    } else if (drag.degrees !== 0) {
      runEdit((doc) => rotateSelection(doc, drag.boothIds, drag.frame, drag.degrees));
    }
  };

  const onPointerCancel = () => {
    if (transformStore.getState().drag) end();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || !transformStore.getState().drag) return;
    stop(e);
    end();
  };

  el.addEventListener('pointerdown', onPointerDown, true);
  el.addEventListener('pointermove', onPointerMove, true);
  el.addEventListener('pointerup', onPointerUp, true);
  el.addEventListener('pointercancel', onPointerCancel, true);
  window.addEventListener('keydown', onKeyDown, true);
  return () => {
    end();
    el.removeEventListener('pointerdown', onPointerDown, true);
    el.removeEventListener('pointermove', onPointerMove, true);
    el.removeEventListener('pointerup', onPointerUp, true);
    el.removeEventListener('pointercancel', onPointerCancel, true);
    window.removeEventListener('keydown', onKeyDown, true);
  };
}
