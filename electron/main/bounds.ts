import type { WindowBounds } from '../../shared/ipc/contract';
import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE, type InitialBounds } from './window';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How much of the title bar area must be on a screen for a saved position to be reused. */
const VISIBLE_MIN = { width: 120, height: 40 };

/**
 * Where to open the window from saved bounds: the saved size (limited to the largest screen)
 * and position, unless that position is no longer on any screen (a monitor was unplugged),
 * in which case the window is centred.
 */
export function restoreBounds(saved: WindowBounds | null, workAreas: readonly Rect[]): InitialBounds & { maximized: boolean } {
  if (!saved) return { ...DEFAULT_WINDOW_SIZE, maximized: false };
  const maxWidth = Math.max(MIN_WINDOW_SIZE.width, ...workAreas.map((a) => a.width));
  const maxHeight = Math.max(MIN_WINDOW_SIZE.height, ...workAreas.map((a) => a.height));
  const width = clamp(saved.width, MIN_WINDOW_SIZE.width, maxWidth);
  const height = clamp(saved.height, MIN_WINDOW_SIZE.height, maxHeight);
  const maximized = saved.maximized === true;
  if (saved.x === undefined || saved.y === undefined) return { width, height, maximized };
  const top: Rect = { x: saved.x, y: saved.y, width, height: VISIBLE_MIN.height };
  const visible = workAreas.some((a) => overlap(a, top).width >= Math.min(VISIBLE_MIN.width, width) && overlap(a, top).height >= VISIBLE_MIN.height / 2);
  return visible ? { x: saved.x, y: saved.y, width, height, maximized } : { width, height, maximized };
}

/** The bounds to save from a window's normal (not maximized) bounds. */
export function boundsToSave(normal: Rect, maximized: boolean): WindowBounds {
  return {
    x: Math.round(normal.x),
    y: Math.round(normal.y),
    width: clamp(Math.round(normal.width), 200, 20000),
    height: clamp(Math.round(normal.height), 200, 20000),
    maximized,
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}
