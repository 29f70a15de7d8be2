import type { Point } from '../../../shared/model/primitives';
import { snapPointToGrid } from '../../../shared/geometry/snapping';
import type { EditorTool } from './tool-store';

/** What a press landed on: booths and facilities (walls, labels, entrances…) are hit targets in their own right. */
export type PlanHit = { kind: 'booth' | 'facility'; id: string };

/** A gesture in progress, in world metres. */
export type Gesture =
  | { kind: 'idle' }
  | { kind: 'press'; start: Point; hit: PlanHit | null; shift: boolean }
  | { kind: 'move'; start: Point; dx: number; dy: number }
  | { kind: 'band'; start: Point; current: Point; additive: boolean }
  | { kind: 'rect'; start: Point; current: Point }
  | { kind: 'poly'; points: Point[]; current: Point | null }
  | { kind: 'pan'; last: Point };

/** What a finished gesture asks the editor to do. */
export type ToolAction =
  | { type: 'none' }
  | { type: 'click'; hit: PlanHit | null; shift: boolean }
  | { type: 'move'; dx: number; dy: number }
  | { type: 'band'; min: Point; max: Point; additive: boolean }
  | { type: 'rect'; min: Point; max: Point }
  | { type: 'poly'; points: Point[] }
  | { type: 'place'; at: Point };

export interface PointerInput {
  /** World metres. */
  at: Point;
  shift: boolean;
  /** Booth or facility under the pointer (a booth wins), and whether it is already selected. */
  hit: PlanHit | null;
  selected: boolean;
}

export interface MachineOptions {
  /** Grid step for drawn corners, metres (0 off). */
  grid: number;
  /** World metres a press must travel to become a drag (the drag threshold at this zoom). */
  dragDistance: number;
  /** Snaps a drawn corner onto something (a CAD drawing's endpoints and lines) before the grid; null: not near. */
  snapPoint?: (at: Point) => Point | null;
}

/** A drawn corner: on the drawing when near it, else on the grid. */
const corner = (at: Point, o: MachineOptions): Point => o.snapPoint?.(at) ?? snapPointToGrid(at, o.grid);

/** Tools that draw a rectangle by dragging, or a polygon by clicks. */
const RECT_TOOLS: ReadonlySet<EditorTool> = new Set(['booth', 'facility']);
const POLY_TOOLS: ReadonlySet<EditorTool> = new Set(['polygon-booth']);

/** Closing click: this close to the first vertex (world metres per screen px × 8) finishes a polygon. */
const CLOSE_PX = 8;

/**
 * The editor's gestures as a pure state machine: pointer events in, the next gesture and
 * (when a gesture ends) an action out. The DOM side turns actions into operations, so every
 * drag commits once, and Escape is just `cancel()`.
 */
export class ToolMachine {
  gesture: Gesture = { kind: 'idle' };

  constructor(
    public tool: EditorTool,
    public polygonTool: 'hall-polygon' | 'wall' | null = null,
  ) {}

  private usesPolygon(): boolean {
    return POLY_TOOLS.has(this.tool) || this.polygonTool !== null;
  }

  down(p: PointerInput, o: MachineOptions): ToolAction {
    const g = this.gesture;
    const at = corner(p.at, o);
    if (this.usesPolygon()) {
      if (g.kind !== 'poly') {
        this.gesture = { kind: 'poly', points: [at], current: at };
        return { type: 'none' };
      }
      const first = g.points[0]!;
      const closeM = (CLOSE_PX / 5) * o.dragDistance;
      if (g.points.length >= 3 && Math.hypot(at[0] - first[0], at[1] - first[1]) <= closeM) return this.finish();
      const last = g.points[g.points.length - 1]!;
      if (at[0] !== last[0] || at[1] !== last[1]) g.points.push(at);
      return { type: 'none' };
    }
    if (this.tool === 'pan') {
      this.gesture = { kind: 'pan', last: p.at };
      return { type: 'none' };
    }
    if (this.tool === 'block') return { type: 'place', at };
    if (this.tool === 'hall' || RECT_TOOLS.has(this.tool)) {
      this.gesture = { kind: 'rect', start: at, current: at };
      return { type: 'none' };
    }
    if (this.tool === 'select') this.gesture = { kind: 'press', start: p.at, hit: p.hit, shift: p.shift };
    return { type: 'none' };
  }

  /** Returns the pan delta (world metres) for the pan gesture, else null. */
  move(p: PointerInput, o: MachineOptions): { panDx: number; panDy: number } | null {
    const g = this.gesture;
    switch (g.kind) {
      case 'press': {
        if (Math.hypot(p.at[0] - g.start[0], p.at[1] - g.start[1]) < o.dragDistance) return null;
        this.gesture = g.hit && !g.shift ? { kind: 'move', start: g.start, dx: 0, dy: 0 } : { kind: 'band', start: g.start, current: p.at, additive: g.shift };
        return this.move(p, o);
      }
      case 'move':
        g.dx = p.at[0] - g.start[0];
        g.dy = p.at[1] - g.start[1];
        return null;
      case 'band':
        g.current = p.at;
        return null;
      case 'rect':
        g.current = corner(p.at, o);
        return null;
      case 'poly':
        g.current = corner(p.at, o);
        return null;
      case 'pan':
        return { panDx: p.at[0] - g.last[0], panDy: p.at[1] - g.last[1] };
      default:
        return null;
    }
  }

  up(p: PointerInput, o: MachineOptions): ToolAction {
    const g = this.gesture;
    switch (g.kind) {
      case 'press':
        this.gesture = { kind: 'idle' };
        return { type: 'click', hit: g.hit, shift: g.shift };
      case 'move':
        this.gesture = { kind: 'idle' };
        return g.dx === 0 && g.dy === 0 ? { type: 'none' } : { type: 'move', dx: g.dx, dy: g.dy };
      case 'band': {
        this.gesture = { kind: 'idle' };
        return { type: 'band', min: [Math.min(g.start[0], g.current[0]), Math.min(g.start[1], g.current[1])], max: [Math.max(g.start[0], g.current[0]), Math.max(g.start[1], g.current[1])], additive: g.additive };
      }
      case 'rect': {
        this.gesture = { kind: 'idle' };
        const end = corner(p.at, o);
        const min: Point = [Math.min(g.start[0], end[0]), Math.min(g.start[1], end[1])];
        const max: Point = [Math.max(g.start[0], end[0]), Math.max(g.start[1], end[1])];
        // A click without a drag places nothing: a zero-size booth would only be refused.
        if (max[0] - min[0] < o.dragDistance && max[1] - min[1] < o.dragDistance) return { type: 'rect', min, max: min };
        return { type: 'rect', min, max };
      }
      case 'pan':
        this.gesture = { kind: 'idle' };
        return { type: 'none' };
      default:
        return { type: 'none' };
    }
  }

  /** Double-click or Enter: closes a polygon being drawn. */
  finish(): ToolAction {
    const g = this.gesture;
    this.gesture = { kind: 'idle' };
    if (g.kind !== 'poly') return { type: 'none' };
    return { type: 'poly', points: dedupeConsecutive(g.points) };
  }

  /** Escape: drops the gesture in progress; true when there was one. */
  cancel(): boolean {
    const had = this.gesture.kind !== 'idle';
    this.gesture = { kind: 'idle' };
    return had;
  }
}

function dedupeConsecutive(points: Point[]): Point[] {
  const out: Point[] = [];
  for (const p of points) {
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}
