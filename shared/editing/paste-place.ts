import type { Project } from '../model/project';
import { unionBBox, type BBox } from '../geometry/polygon';
import type { Operation } from '../ops/operation';
import { pasteItems, type Clipboard } from './clipboard';
import { isRefusal, refuse, type EditResult } from './result';
import { boothBBox, itemBBox } from './scene';

/** Space left between an original and its pasted copy, metres. */
export const PASTE_GAP = 1;

export function clipboardBBox(clip: Clipboard): BBox | null {
  let box: BBox | null = null;
  for (const item of [...clip.booths, ...clip.facilities]) {
    const b = itemBBox(item);
    box = box ? unionBBox(box, b) : b;
  }
  return box;
}

const bboxesOverlap = (a: BBox, b: BBox): boolean => a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;

/** Whether any pasted booth would lie on a booth already there (touching edges do not count). */
function landsOnBooths(doc: Project, op: Operation): boolean {
  const added = op.changes.flatMap((c) => (c.c === 'booths' && c.before === null && c.after ? [c.after] : []));
  const shrink = (b: BBox): BBox => ({ minX: b.minX + 1e-6, minY: b.minY + 1e-6, maxX: b.maxX - 1e-6, maxY: b.maxY - 1e-6 });
  for (const a of added) {
    const ab = shrink(boothBBox(a));
    for (const b of Object.values(doc.booths)) if (b.hallId === a.hallId && bboxesOverlap(ab, boothBBox(b))) return true;
  }
  return false;
}

/**
 * Pastes the clipboard beside where it was copied, not on top of it: the `nth` paste goes
 * `nth` widths (plus a 1 m gap) to the right, else below, left or above, taking the first
 * place inside the hall that covers no booth; failing that, the first inside the hall.
 */
export function pasteBeside(doc: Project, clip: Clipboard, nth = 1, label?: string): EditResult {
  const box = clipboardBBox(clip);
  if (!box) return refuse('nothing-selected');
  const w = (box.maxX - box.minX + PASTE_GAP) * nth;
  const h = (box.maxY - box.minY + PASTE_GAP) * nth;
  const tries: [number, number][] = [
    [w, 0],
    [0, h],
    [-w, 0],
    [0, -h],
  ];
  let fallback: EditResult | null = null;
  let firstRefusal: EditResult | null = null;
  for (const [dx, dy] of tries) {
    const r = pasteItems(doc, clip, { dx, dy });
    if (isRefusal(r)) {
      firstRefusal ??= r;
      continue;
    }
    const op = label ? { ...r, label } : r;
    if (!landsOnBooths(doc, op)) return op;
    fallback ??= op;
  }
  return fallback ?? firstRefusal ?? refuse('outside-hall');
}

/** Pastes so the clipboard's top-left corner lands at `at` (hall metres) in `hallId`. */
export function pasteAt(doc: Project, clip: Clipboard, hallId: string, at: readonly [number, number]): EditResult {
  const box = clipboardBBox(clip);
  if (!box) return refuse('nothing-selected');
  return pasteItems(doc, clip, { hallId, dx: at[0] - box.minX, dy: at[1] - box.minY });
}
