import type { Project } from '../model/project';
import { bboxOf, type BBox } from '../geometry/polygon';
import { polygonsOverlap, preparePolygon } from '../geometry/overlap';
import type { LayoutProblem } from './checks';
import { bboxCentre } from './scene';
import { hallSiteOutline, siteToHall } from './site';

/**
 * Halls of one level whose floors overlap on the site (touching walls are fine): one finding
 * per pair, about the first hall (by order) with the second named, framing where they overlap
 * in the first hall's own metres. A layout problem to fix, never a refusal: a hall is often
 * drawn roughly first and moved into place later.
 */
export function hallOverlaps(doc: Project, wanted: ReadonlySet<string> | null): LayoutProblem[] {
  const halls = Object.values(doc.halls)
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((hall) => ({ hall, site: preparePolygon(hallSiteOutline(hall)) }));
  const out: LayoutProblem[] = [];
  halls.forEach((a, i) => {
    for (const b of halls.slice(i + 1)) {
      if (a.hall.level !== b.hall.level) continue;
      if (wanted && !wanted.has(a.hall.id) && !wanted.has(b.hall.id)) continue;
      if (!polygonsOverlap(a.site, b.site)) continue;
      // B's outline in A's frame, cut to A's extent: the part to frame.
      const own = bboxOf(a.hall.outline);
      const other = bboxOf(b.site.points.map((p) => siteToHall(a.hall.placement, p)));
      const box: BBox = { minX: Math.max(own.minX, other.minX), minY: Math.max(own.minY, other.minY), maxX: Math.min(own.maxX, other.maxX), maxY: Math.min(own.maxY, other.maxY) };
      const bbox = box.minX < box.maxX && box.minY < box.maxY ? box : own;
      out.push({
        code: 'halls-overlap',
        hallId: a.hall.id,
        otherHallId: b.hall.id,
        boothIds: [],
        facilityIds: [],
        at: bboxCentre(bbox),
        bbox,
        detail: { a: a.hall.code, b: b.hall.code },
      });
    }
  });
  return out;
}
