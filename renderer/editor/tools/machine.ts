import type { Point } from '../../../shared/model/primitives';
import { snapPointToGrid } from '../../../shared/geometry/snapping';
import type { EditorTool } from './tool-store';

/** What a press landed on: booths and facilities (walls, labels, entrances…) are hit targets in their own right. */
export type PlanHit = { kind: 'booth' | 'facility'; id: string };

/**
 * The gesture in progress as the tool layer draws it, in world metres: a drawing tool's
 * rectangle or polygon, or the select tool's press, moved outlines and band (select/states.ts).
 */
export type Gesture =
  | { kind: 'idle' }
  | { kind: 'press'; start: Point; hit: PlanHit | null; shift: boolean }
  | { kind: 'move'; start: Point; dx: number; dy: number }
  | { kind: 'band'; start: Point; current: Point; additive: boolean }
  | { kind: 'rect'; start: Point; current: Point }
  | { kind: 'poly'; points: Point[]; current: Point | null };

/** What a finished drawing gesture asks the editor to do. */
export type ToolAction =
  | { type: 'none' }
  | { type: 'rect'; min: Point; max: Point }
  | { type: 'poly'; points: Point[] }
  | { type: 'place'; at: Point };

export interface PointerInput {
  /** World metres. */
  at: Point;
  shift: boolean;
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
 * The drawing tools' gestures as a pure state machine (the select tool has its own,
 * `select/states.ts`): pointer events in, the next gesture and
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
    if (this.tool === 'block') return { type: 'place', at };
    if (this.tool === 'hall' || RECT_TOOLS.has(this.tool)) this.gesture = { kind: 'rect', start: at, current: at };
    return { type: 'none' };
  }

  move(p: PointerInput, o: MachineOptions): void {
    const g = this.gesture;
    if (g.kind === 'rect' || g.kind === 'poly') g.current = corner(p.at, o);
  }

  up(p: PointerInput, o: MachineOptions): ToolAction {
    const g = this.gesture;
    switch (g.kind) {
      case 'rect': {
        this.gesture = { kind: 'idle' };
        const end = corner(p.at, o);
        const min: Point = [Math.min(g.start[0], end[0]), Math.min(g.start[1], end[1])];
        const max: Point = [Math.max(g.start[0], end[0]), Math.max(g.start[1], end[1])];
        // A click without a drag places nothing: a zero-size booth would only be refused.
        if (max[0] - min[0] < o.dragDistance && max[1] - min[1] < o.dragDistance) return { type: 'rect', min, max: min };
        return { type: 'rect', min, max };
      }
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
