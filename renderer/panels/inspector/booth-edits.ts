import type { Booth } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { resizeBooth } from '../../../shared/editing/booths';
import { refuse, type EditResult } from '../../../shared/editing/result';
import { boothBBox } from '../../../shared/editing/scene';

/** Fields the edit form shows as inputs; the facts table leaves them out while editable. */
export const FORM_FIELDS: ReadonlySet<string> = new Set(['number', 'size', 'kind', 'zone']);

/**
 * A new width or depth typed in the inspector: the booth keeps its origin corner (a turned
 * rectangle its own, a polygon its bounding box's) and the other side.
 */
export function resizeBoothSide(doc: Project, boothId: string, side: 'w' | 'h', metres: number): EditResult {
  const b: Booth | undefined = doc.booths[boothId];
  if (!b) return refuse('booth-not-found', { boothIds: [boothId] });
  const box =
    b.shape.type === 'rect'
      ? { x: b.shape.x, y: b.shape.y, w: b.shape.w, h: b.shape.h }
      : (() => {
          const bb = boothBBox(b);
          return { x: bb.minX, y: bb.minY, w: bb.maxX - bb.minX, h: bb.maxY - bb.minY };
        })();
  return resizeBooth(doc, boothId, { ...box, [side]: metres });
}

/** The one value all booths share for a field, or undefined when they differ ("mixed"). */
export function common<T>(booths: readonly Booth[], pick: (b: Booth) => T): T | undefined {
  const first = booths[0];
  if (!first) return undefined;
  const v = pick(first);
  return booths.every((b) => pick(b) === v) ? v : undefined;
}
