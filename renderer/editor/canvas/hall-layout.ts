import type { Hall } from '../../../shared/model/entities';
import type { Point } from '../../../shared/model/primitives';
import { bboxOf, unionBBox, type BBox } from '../../../shared/geometry/polygon';

export interface HallPlacement {
  hallId: string;
  /** Where the hall's origin lies on the plan (its `placement` on the site). */
  dx: number;
  dy: number;
  /** Degrees clockwise; `cos`/`sin` of it, kept so per-point transforms need no trigonometry. */
  rotation: number;
  cos: number;
  sin: number;
  /** The hall's extent on the plan (world coordinates), content included. */
  bounds: BBox;
  /** The same extent in the hall's own frame. */
  local: BBox;
}

export interface HallLayout {
  /** In hall-list order. */
  halls: HallPlacement[];
  byId: Map<string, HallPlacement>;
  /** Everything together, or null without halls. */
  bounds: BBox | null;
}

/** Plan (site) coordinates of a point in the hall's own frame. */
export function toWorld(pl: HallPlacement, x: number, y: number): Point {
  if (pl.rotation === 0) return [x + pl.dx, y + pl.dy];
  return [pl.dx + x * pl.cos - y * pl.sin, pl.dy + x * pl.sin + y * pl.cos];
}

/** A plan point in the hall's own frame (as stored in the file). */
export function toLocal(pl: HallPlacement, x: number, y: number): Point {
  const dx = x - pl.dx;
  const dy = y - pl.dy;
  if (pl.rotation === 0) return [dx, dy];
  return [dx * pl.cos + dy * pl.sin, -dx * pl.sin + dy * pl.cos];
}

/** A displacement on the plan expressed in the hall's frame. */
export function deltaToHall(pl: HallPlacement, dx: number, dy: number): Point {
  if (pl.rotation === 0) return [dx, dy];
  return [dx * pl.cos + dy * pl.sin, -dx * pl.sin + dy * pl.cos];
}

/** A displacement in the hall's frame expressed on the plan. */
export function deltaToWorld(pl: HallPlacement, dx: number, dy: number): Point {
  if (pl.rotation === 0) return [dx, dy];
  return [dx * pl.cos - dy * pl.sin, dx * pl.sin + dy * pl.cos];
}

/** A hall-frame box's extent on the plan (its four corners transformed). */
export function worldBox(pl: HallPlacement, b: BBox): BBox {
  if (pl.rotation === 0) return { minX: b.minX + pl.dx, minY: b.minY + pl.dy, maxX: b.maxX + pl.dx, maxY: b.maxY + pl.dy };
  return bboxOf([toWorld(pl, b.minX, b.minY), toWorld(pl, b.maxX, b.minY), toWorld(pl, b.maxX, b.maxY), toWorld(pl, b.minX, b.maxY)]);
}

/**
 * Halls keep their own coordinates in the file (outline, booths, facilities, drawing) and a
 * `placement` on the site: the plan shows each where it is. Pure, so the canvas,
 * hit-testing and "zoom to hall" all place halls the same way.
 *
 * `contentBounds` (hall-local) widens a hall's extent when booths or facilities reach past
 * its outline, so zoom to fit shows them. `level` keeps only the halls of that level.
 */
export function layoutHalls(halls: Iterable<Hall>, contentBounds?: ReadonlyMap<string, BBox>, level?: number): HallLayout {
  const sorted = [...halls].filter((h) => level === undefined || h.level === level).sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const placements: HallPlacement[] = [];
  const byId = new Map<string, HallPlacement>();
  let all: BBox | null = null;
  for (const hall of sorted) {
    const { x, y, rotation } = hall.placement;
    const a = (rotation * Math.PI) / 180;
    const pl: HallPlacement = { hallId: hall.id, dx: x, dy: y, rotation, cos: Math.cos(a), sin: Math.sin(a), bounds: { minX: 0, minY: 0, maxX: 0, maxY: 0 }, local: { minX: 0, minY: 0, maxX: 0, maxY: 0 } };
    let local = bboxOf(hall.outline);
    const extra = contentBounds?.get(hall.id);
    if (extra) local = unionBBox(local, extra);
    pl.local = local;
    pl.bounds = rotation === 0 ? worldBox(pl, local) : bboxOf(hall.outline.map(([u, v]) => toWorld(pl, u, v)));
    if (rotation !== 0 && extra) pl.bounds = unionBBox(pl.bounds, worldBox(pl, extra));
    placements.push(pl);
    byId.set(hall.id, pl);
    all = all ? unionBBox(all, pl.bounds) : pl.bounds;
  }
  return { halls: placements, byId, bounds: all };
}
