import type { Booth } from '../../../shared/model/entities';
import type { Point } from '../../../shared/model/primitives';
import type { Project } from '../../../shared/model/project';
import { chainEdits } from '../../../shared/ops/compose';
import { resizeBooth } from '../../../shared/editing/booths';
import { rotateItems } from '../../../shared/editing/move';
import { boothBBox } from '../../../shared/editing/scene';
import { MIN_BOOTH_SIDE } from '../../../shared/editing/limits';
import { refuse, type EditResult } from '../../../shared/editing/result';
import { snapToGrid } from '../../../shared/geometry/snapping';
import { unionBBox } from '../../../shared/geometry/polygon';

/**
 * Handles are offered for at most this many booths: each drag previews every outline on the
 * overlay, and a selection of hundreds is only ever moved (the performance notes).
 */
export const MAX_TRANSFORM_BOOTHS = 20;

/**
 * The box the handles sit on, in the hall's own metres: one rectangle's own rotated frame, or
 * the axis-aligned bounding box of a polygon or of several booths. Rotation turns about
 * (x, y), as booth rectangles do.
 */
export interface Frame {
  hallId: string;
  x: number;
  y: number;
  w: number;
  h: number;
  rotation: number;
  /** False when the box cannot be stretched faithfully (several booths, some turned). */
  resizable: boolean;
}

/** A resize handle: where it sits on the box, as fractions of width and height. */
export interface Handle {
  hx: 0 | 0.5 | 1;
  hy: 0 | 0.5 | 1;
}

export const HANDLES: readonly Handle[] = [
  { hx: 0, hy: 0 },
  { hx: 0.5, hy: 0 },
  { hx: 1, hy: 0 },
  { hx: 1, hy: 0.5 },
  { hx: 1, hy: 1 },
  { hx: 0.5, hy: 1 },
  { hx: 0, hy: 1 },
  { hx: 0, hy: 0.5 },
];

const upright = (deg: number) => ((deg % 360) + 360) % 360 === 0;

/** Frame-local metres to the hall's metres. */
export function fromFrame(f: Frame, lx: number, ly: number): Point {
  const a = (f.rotation * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return [f.x + lx * cos - ly * sin, f.y + lx * sin + ly * cos];
}

/** The hall's metres to frame-local metres. */
export function toFrame(f: Frame, [px, py]: Point): Point {
  const a = (f.rotation * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const dx = px - f.x;
  const dy = py - f.y;
  return [dx * cos + dy * sin, -dx * sin + dy * cos];
}

export function frameCentre(f: Frame): Point {
  return fromFrame(f, f.w / 2, f.h / 2);
}

/** The handles' box for the selected booths, or null when handles are not offered. */
export function selectionFrame(doc: Project, boothIds: readonly string[], max = MAX_TRANSFORM_BOOTHS): Frame | null {
  if (boothIds.length === 0 || boothIds.length > max) return null;
  const booths: Booth[] = [];
  for (const id of boothIds) {
    const b = doc.booths[id];
    if (!b) return null;
    booths.push(b);
  }
  const hallId = booths[0]!.hallId;
  if (booths.some((b) => b.hallId !== hallId)) return null;
  const only = booths.length === 1 ? booths[0]! : null;
  if (only && only.shape.type === 'rect') {
    const s = only.shape;
    return { hallId, x: s.x, y: s.y, w: s.w, h: s.h, rotation: s.rotation ?? 0, resizable: true };
  }
  const box = booths.map(boothBBox).reduce(unionBBox);
  const resizable = booths.every((b) => b.shape.type === 'polygon' || upright(b.shape.rotation ?? 0));
  return { hallId, x: box.minX, y: box.minY, w: box.maxX - box.minX, h: box.maxY - box.minY, rotation: 0, resizable };
}

/**
 * The box after dragging `handle` to `pointer` (hall metres). Edges snap to the grid — the
 * hall's grid for an upright box, whole grid steps of length for a turned one — and never
 * come closer than the smallest booth side, so a box cannot be turned inside out.
 */
export function resizeFrame(f: Frame, handle: Handle, pointer: Point, grid: number, min = MIN_BOOTH_SIDE): Frame {
  const [qx, qy] = toFrame(f, pointer);
  const straight = upright(f.rotation);
  const axis = (q: number, size: number, h: 0 | 0.5 | 1, origin: number): [number, number] => {
    if (h === 0.5) return [0, size];
    if (h === 1) {
      const end = straight ? snapToGrid(origin + q, grid) - origin : snapToGrid(q, grid);
      return [0, Math.max(end, min)];
    }
    const start = straight ? snapToGrid(origin + q, grid) - origin : size - snapToGrid(size - q, grid);
    return [Math.min(start, size - min), size];
  };
  const [x0, x1] = axis(qx, f.w, handle.hx, f.x);
  const [y0, y1] = axis(qy, f.h, handle.hy, f.y);
  const [x, y] = fromFrame(f, x0, y0);
  return { ...f, x, y, w: x1 - x0, h: y1 - y0 };
}

/** Where a point of the old box lands in the stretched one (for previews and group resizes). */
export function mapPoint(from: Frame, to: Frame, p: Point): Point {
  const [qx, qy] = toFrame(from, p);
  return fromFrame(to, (qx * to.w) / from.w, (qy * to.h) / from.h);
}

/**
 * Degrees the pointer turned about `centre` between `start` and `current`, clockwise on the
 * plan (y grows downwards), in (−180, 180], rounded to `step` degrees when step > 0.
 */
export function rotationDegrees(centre: Point, start: Point, current: Point, step: number): number {
  const a0 = Math.atan2(start[1] - centre[1], start[0] - centre[0]);
  const a1 = Math.atan2(current[1] - centre[1], current[0] - centre[0]);
  let deg = ((a1 - a0) * 180) / Math.PI;
  while (deg <= -180) deg += 360;
  while (deg > 180) deg -= 360;
  if (step > 0) deg = Math.round(deg / step) * step;
  return deg === 0 ? 0 : deg;
}

/** The one operation for a finished resize drag of the selected booths. */
export function resizeSelection(doc: Project, boothIds: readonly string[], from: Frame, to: Frame): EditResult {
  if (!from.resizable) return refuse('not-rect');
  if (boothIds.length === 1) {
    const id = boothIds[0]!;
    return resizeBooth(doc, id, { x: to.x, y: to.y, w: to.w, h: to.h });
  }
  const steps = boothIds.map((id) => (d: Project): EditResult => {
    const b = d.booths[id];
    if (!b) return refuse('booth-not-found', { boothIds: [id] });
    const bb = boothBBox(b);
    const [x0, y0] = mapPoint(from, to, [bb.minX, bb.minY]);
    const [x1, y1] = mapPoint(from, to, [bb.maxX, bb.maxY]);
    return resizeBooth(d, id, { x: x0, y: y0, w: x1 - x0, h: y1 - y0 });
  });
  return chainEdits(doc, steps, 'ops.resizeBooths', { count: boothIds.length });
}

/** The one operation for a finished rotate drag: the selection turns about the box's centre. */
export function rotateSelection(doc: Project, boothIds: readonly string[], frame: Frame, degrees: number): EditResult {
  return rotateItems(doc, { boothIds, facilityIds: [] }, degrees, frameCentre(frame));
}
