import type { Hall } from '../../../shared/model/entities';
import { bboxOf, unionBBox, type BBox } from '../../../shared/geometry/polygon';

/** Space between neighbouring halls on the plan, metres. */
export const HALL_GAP_M = 20;

export interface HallPlacement {
  hallId: string;
  /** Added to the hall's own coordinates to place it on the plan. */
  dx: number;
  dy: number;
  /** The hall's extent on the plan (world coordinates). */
  bounds: BBox;
}

export interface HallLayout {
  /** In display order (left to right). */
  halls: HallPlacement[];
  byId: Map<string, HallPlacement>;
  /** Everything together, or null without halls. */
  bounds: BBox | null;
}

/**
 * Halls keep their own coordinates in the file (each with its origin at its top-left); the
 * plan shows them side by side by `order`, tops aligned, `gap` metres apart. Pure, so the
 * canvas, hit-testing and "zoom to hall" all place halls the same way.
 *
 * `contentBounds` (hall-local) widens a hall's slot when booths or facilities reach past its
 * outline, so a badly drawn hall cannot overlap its neighbour.
 */
export function layoutHalls(halls: Iterable<Hall>, contentBounds?: ReadonlyMap<string, BBox>, gap = HALL_GAP_M): HallLayout {
  const sorted = [...halls].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
  const placements: HallPlacement[] = [];
  const byId = new Map<string, HallPlacement>();
  let cursor = 0;
  let all: BBox | null = null;
  for (const hall of sorted) {
    let local = bboxOf(hall.outline);
    const extra = contentBounds?.get(hall.id);
    if (extra) local = unionBBox(local, extra);
    const dx = cursor - local.minX;
    const dy = -local.minY;
    const bounds: BBox = { minX: local.minX + dx, minY: local.minY + dy, maxX: local.maxX + dx, maxY: local.maxY + dy };
    const placement: HallPlacement = { hallId: hall.id, dx, dy, bounds };
    placements.push(placement);
    byId.set(hall.id, placement);
    all = all ? unionBBox(all, bounds) : bounds;
    cursor = bounds.maxX + gap;
  }
  return { halls: placements, byId, bounds: all };
}
