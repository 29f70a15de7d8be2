import type { Point } from '../../../shared/model/primitives';
import type { Scene } from '../canvas/scene';
import { pointInFlatPolygon } from '../canvas/spatial-index';
import { toLocal, toWorld } from '../canvas/hall-layout';

/** The hall under a world point (its outline, else its slot on the plan), or null. */
export function hallAt(scene: Scene, [x, y]: Point): string | null {
  for (const h of scene.halls) if (pointInFlatPolygon(x, y, h.pts)) return h.id;
  for (const pl of scene.layout.halls) {
    // The hall's extent in its own frame, so a turned hall is not hit beside its walls.
    const [u, v] = toLocal(pl, x, y);
    const b = pl.local;
    if (u >= b.minX && u <= b.maxX && v >= b.minY && v <= b.maxY) return pl.hallId;
  }
  return null;
}

/** World metres to a hall's own coordinates (as stored in the file). */
export function toHall(scene: Scene, hallId: string, [x, y]: Point): Point | null {
  const pl = scene.layout.byId.get(hallId);
  return pl ? toLocal(pl, x, y) : null;
}

export function fromHall(scene: Scene, hallId: string, [x, y]: Point): Point | null {
  const pl = scene.layout.byId.get(hallId);
  return pl ? toWorld(pl, x, y) : null;
}

/** Facilities under a world point, topmost first (facilities are few: a scan is enough). */
export function facilityAt(scene: Scene, [x, y]: Point, slack: number): string | null {
  for (let i = scene.facilities.length - 1; i >= 0; i--) {
    const f = scene.facilities[i]!;
    if (f.closed) {
      if (pointInFlatPolygon(x, y, f.pts)) return f.id;
      continue;
    }
    for (let k = 0; k + 3 < f.pts.length; k += 2) {
      if (segDist(x, y, f.pts[k]!, f.pts[k + 1]!, f.pts[k + 2]!, f.pts[k + 3]!) <= f.thickness / 2 + slack) return f.id;
    }
  }
  return null;
}

function segDist(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const vx = bx - ax;
  const vy = by - ay;
  const len2 = vx * vx + vy * vy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * vx + (py - ay) * vy) / len2));
  return Math.hypot(px - (ax + t * vx), py - (ay + t * vy));
}
