import type { Project } from '../model/project';
import type { BBox } from '../geometry/polygon';
import { bboxesIntersect } from '../geometry/overlap';
import type { SpatialIndex } from '../geometry/spatial';
import { snapBox, toleranceMetres, type SnapOptions, type SnapResult } from '../geometry/snapping';
import { refuse, type Refusal } from './result';
import { boothBBox, facilityBBox, hallBoothIndex, resolveSelection, selectionBBox, type Selection } from './scene';

export interface SnappedMove extends SnapResult {
  /** The movement to use: the proposal plus the snap correction. */
  moveX: number;
  moveY: number;
}

/**
 * Snaps a drag of the selection by (dx, dy): edges and centres of nearby booths and
 * facilities in the same hall win, else the grid. Pass the hall's booth index when dragging
 * (build it once with `hallBoothIndex` at drag start) to keep each pointer move cheap.
 */
export function snapSelectionMove(doc: Project, sel: Selection, dx: number, dy: number, opts: SnapOptions, index?: SpatialIndex): SnappedMove | Refusal {
  const r = resolveSelection(doc, sel);
  if ('ok' in r) return r;
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return refuse('not-finite');
  const box = selectionBBox(r)!;
  const moving: BBox = { minX: box.minX + dx, minY: box.minY + dy, maxX: box.maxX + dx, maxY: box.maxY + dy };
  const hallId = r.booths[0]?.hallId ?? r.facilities[0]!.hallId;
  const selectedB = new Set(r.booths.map((b) => b.id));
  const selectedF = new Set(r.facilities.map((f) => f.id));
  const tol = toleranceMetres(opts.tolerancePx, opts.pixelsPerMetre);
  const idx = index ?? hallBoothIndex(doc, hallId);
  const targets: BBox[] = [];
  for (const id of idx.search(moving, tol)) {
    const b = doc.booths[id];
    if (b && !selectedB.has(id) && b.hallId === hallId) targets.push(boothBBox(b));
  }
  for (const f of Object.values(doc.facilities)) {
    if (f.hallId !== hallId || selectedF.has(f.id)) continue;
    const fb = facilityBBox(f);
    if (bboxesIntersect(fb, moving, tol + 1e-9)) targets.push(fb);
  }
  const s = snapBox(moving, targets, opts);
  return { ...s, moveX: dx + s.dx, moveY: dy + s.dy };
}
