import type { Point } from '../../../shared/model/primitives';
import { convertStore, finishConvertPick } from '../../cad/convert-store';
import type { Scene } from '../canvas/scene';
import { toHall } from './placement';

/**
 * A pick for the Convert drawing dialog ended (world metres): a drag takes what lies inside its
 * rectangle, a press shorter than `dragDistance` the closed outline around where it was let go.
 */
export function finishPickGesture(scene: Scene | null, a: Point, b: Point, dragDistance: number): void {
  const hallId = convertStore.getState().hallId;
  if (!scene || !hallId) return finishConvertPick({ at: [NaN, NaN] });
  if (Math.hypot(b[0] - a[0], b[1] - a[1]) < dragDistance) return finishConvertPick({ at: toHall(scene, hallId, b) ?? [NaN, NaN] });
  // The rectangle as the hall sees it (a turned hall sees it turned: its extent is taken).
  const corners = [a, b, [a[0], b[1]] as Point, [b[0], a[1]] as Point].map((q) => toHall(scene, hallId, q) ?? q);
  const xs = corners.map((q) => q[0]);
  const ys = corners.map((q) => q[1]);
  finishConvertPick({ rect: { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) } });
}
