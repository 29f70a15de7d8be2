import type { Point } from '../../../shared/model/primitives';
import { snapToDrawing, toDrawing, type DrawingSnap } from '../../../shared/drawing/snap';
import { hallDrawing, hallsWithVectorDrawing } from '../../cad/convert-store';
import type { Scene } from '../canvas/scene';
import { editor } from '../instance';
import { fromHall, toHall } from './placement';

/** Screen pixels within which a drawn corner jumps onto the drawing. */
export const DRAWING_SNAP_PX = 8;

/**
 * A corner being drawn (world metres) snapped onto the CAD drawings under the halls: the
 * nearest endpoint or corner within `tolerance` metres, else the nearest point on a line;
 * null when no drawing is that close. Layers switched off are not snapped to.
 */
export function snapToDrawings(scene: Scene, at: Point, tolerance: number): DrawingSnap | null {
  const { doc, handle } = editor.store.getState();
  if (!doc) return null;
  let best: { snap: DrawingSnap; d: number } | null = null;
  for (const hallId of hallsWithVectorDrawing(doc)) {
    const d = hallDrawing(doc, handle, hallId);
    const local = toHall(scene, hallId, at);
    if (!d || !local) continue;
    const [u, v] = toDrawing(d.frame, local[0], local[1]);
    const r = tolerance / d.frame.mpp;
    const near = d.loaded.paths.search({ minX: u - r, minY: v - r, maxX: u + r, maxY: v + r }).map((b) => b.i);
    if (near.length === 0) continue;
    const snap = snapToDrawing(d.loaded, d.frame, local, tolerance, new Set(d.hidden), near);
    if (!snap) continue;
    const world = fromHall(scene, hallId, snap.point);
    if (!world) continue;
    const dist = Math.hypot(world[0] - at[0], world[1] - at[1]) + (snap.kind === 'vertex' ? 0 : tolerance);
    if (!best || dist < best.d) best = { snap: { point: world, kind: snap.kind }, d: dist };
  }
  return best?.snap ?? null;
}
