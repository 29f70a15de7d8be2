import { createStore } from 'zustand/vanilla';

/** Screen pixels per metre shown as "100 %". A 3 m booth is 15 px at 100 %. */
export const PX_PER_METRE_AT_100 = 5;
/** 1 %: a whole Canton Fair size site (several kilometres) fits a laptop screen. */
export const MIN_SCALE = 0.01 * PX_PER_METRE_AT_100;
export const MAX_SCALE = 8 * PX_PER_METRE_AT_100;

/**
 * Screen = world * scale + (x, y). World units are metres in the laid-out plan; screen units
 * are CSS pixels inside the canvas. Kept in a plain store outside React: the canvas reads it
 * on every frame, React only samples it (zoom % in the status bar).
 */
export interface Camera {
  scale: number;
  x: number;
  y: number;
}

export interface Viewport {
  width: number;
  height: number;
}

export interface CameraState extends Camera {
  viewport: Viewport;
}

export const cameraStore = createStore<CameraState>(() => ({ scale: PX_PER_METRE_AT_100, x: 0, y: 0, viewport: { width: 0, height: 0 } }));

export function clampScale(scale: number): number {
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));
}

export function zoomPercent(scale: number): number {
  return Math.round((scale / PX_PER_METRE_AT_100) * 100);
}

/** Zooms by `factor` keeping the world point under screen point (sx, sy) where it is. */
export function zoomAt(cam: Camera, factor: number, sx: number, sy: number): Camera {
  const scale = clampScale(cam.scale * factor);
  const k = scale / cam.scale;
  return { scale, x: sx - (sx - cam.x) * k, y: sy - (sy - cam.y) * k };
}

export interface Rect {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/**
 * Screen pixels the layout check results take from the right of a plan this wide: the panel
 * is 45 % of the plan, between 160 and 310 px (editor.css `.editor-check`), 10 px from the edge,
 * plus 10 px of air.
 */
export function checkPanelRoom(planWidth: number): number {
  return Math.min(310, Math.max(160, 0.45 * planWidth)) + 20;
}

/**
 * The camera that shows `bounds` whole, `padding` pixels from the edges. `inset` keeps room on
 * the left and top for what floats over the plan (the tool palette, the tool options bar),
 * and on the right and bottom for panels (layout check results, the colour legend).
 */
export function fitCamera(bounds: Rect, viewport: Viewport, padding = 32, inset: { left: number; top: number; right?: number; bottom?: number } = { left: 0, top: 0 }): Camera {
  const w = Math.max(bounds.maxX - bounds.minX, 1e-6);
  const h = Math.max(bounds.maxY - bounds.minY, 1e-6);
  // Overlays give way on a small canvas rather than leave no room for the plan.
  const left = Math.min(inset.left, viewport.width / 4);
  const top = Math.min(inset.top, viewport.height / 4);
  // The right inset is the check results panel: what is fitted must not end up under it.
  const right = Math.min(inset.right ?? 0, viewport.width * 0.65);
  const bottom = Math.min(inset.bottom ?? 0, viewport.height / 4);
  // A narrow plan gives up padding before it lets the panel cover what is fitted.
  const padX = Math.max(0, Math.min(padding, (viewport.width - left - right) / 4));
  const availW = Math.max(viewport.width - left - right - 2 * padX, 1);
  const availH = Math.max(viewport.height - top - bottom - 2 * padding, 1);
  const scale = clampScale(Math.min(availW / w, availH / h));
  const cx = (bounds.minX + bounds.maxX) / 2;
  const cy = (bounds.minY + bounds.maxY) / 2;
  return { scale, x: left + (viewport.width - left - right) / 2 - cx * scale, y: top + (viewport.height - top - bottom) / 2 - cy * scale };
}

/** Whether two cameras show exactly the same view (a viewport's size aside). */
export function sameCamera(a: Camera | null, b: Camera): boolean {
  return a !== null && a.scale === b.scale && a.x === b.x && a.y === b.y;
}

export function worldToScreen(cam: Camera, wx: number, wy: number): [number, number] {
  return [wx * cam.scale + cam.x, wy * cam.scale + cam.y];
}

export function screenToWorld(cam: Camera, sx: number, sy: number): [number, number] {
  return [(sx - cam.x) / cam.scale, (sy - cam.y) / cam.scale];
}

/** The world rectangle visible through the viewport. */
export function visibleWorld(cam: Camera, viewport: Viewport): Rect {
  const [minX, minY] = screenToWorld(cam, 0, 0);
  const [maxX, maxY] = screenToWorld(cam, viewport.width, viewport.height);
  return { minX, minY, maxX, maxY };
}
