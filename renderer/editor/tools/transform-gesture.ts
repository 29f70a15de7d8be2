import { createStore } from 'zustand/vanilla';
import type { Point } from '../../../shared/model/primitives';
import { cameraStore } from '../camera';
import { editor } from '../instance';
import { sessionStore } from '../session-store';
import type { Scene } from '../canvas/scene';
import { toWorld } from '../canvas/hall-layout';
import { toolStore } from './tool-store';
import { HANDLES, fromFrame, selectionFrame, type Frame, type Handle } from './transform';

/*
 * The resize and rotate handles around a small selection: where they are offered, their
 * cursors and the drag's preview store. The select tool's resizing and rotating states drive
 * the drag and commit ONE operation on release (`tools/select/`).
 */

/** Screen px: how far the rotate handle stands off the box, and how near a press must land. */
export const ROTATE_OFFSET_PX = 28;
const HIT_PX = 7;
/** Boxes smaller than this on screen get no handles (zoom in to resize). */
export const MIN_BOX_PX = 14;
/** Rotation steps while dragging (booths and halls alike); Shift turns freely (whole degrees). */
export const ROTATE_STEP = 15;

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

/** The handle of the offered frame under plan pixels (x, y), or null. */
export function handleAt(scene: Scene | null, x: number, y: number): { frame: Frame; spot: HandleSpot } | null {
  const offered = currentHandles(scene);
  const spot = offered?.spots.find((s) => Math.hypot(s.x - x, s.y - y) <= HIT_PX);
  return offered && spot ? { frame: offered.frame, spot } : null;
}
