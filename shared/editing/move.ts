import type { Booth, Facility } from '../model/entities';
import type { Point } from '../model/primitives';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { withDerivedTypes } from './derive';
import { NUDGE_SMALL } from './limits';
import { refuse, type EditResult } from './result';
import { bboxCentre, leftTheHall, resolveSelection, selectionBBox, type Selection } from './scene';
import { rotateArea, rotateFacilityShape, translateArea, translateFacilityShape } from './shape-ops';

/**
 * Moves each item by its own offset in one operation (align and distribute move items by
 * different amounts). Refuses moving a booth out of its hall; derives booth types around
 * both the old and new positions.
 */
export function moveEach(doc: Project, moves: readonly { kind: 'booth' | 'facility'; id: string; dx: number; dy: number }[], label: string, labelArgs?: Record<string, string | number>): EditResult {
  if (moves.some((m) => !Number.isFinite(m.dx) || !Number.isFinite(m.dy))) return refuse('not-finite');
  const builder = operation(doc, label, labelArgs);
  const pairs: { before: Booth; after: Booth }[] = [];
  for (const m of moves) {
    if (m.kind === 'booth') {
      const b = doc.booths[m.id];
      if (!b) return refuse('booth-not-found', { boothIds: [m.id] });
      const after = { ...b, shape: translateArea(b.shape, m.dx, m.dy) };
      pairs.push({ before: b, after });
      builder.put('booths', after);
    } else {
      const f = doc.facilities[m.id];
      if (!f) return refuse('facility-not-found', { facilityIds: [m.id] });
      builder.put('facilities', { ...f, shape: translateFacilityShape(f.shape, m.dx, m.dy) });
    }
  }
  const out = leftTheHall(doc, pairs);
  if (out.length) return refuse('outside-hall', { boothIds: out });
  return withDerivedTypes(doc, builder).build();
}

/** Moves the selected booths and facilities by (dx, dy) metres. */
export function moveItems(doc: Project, sel: Selection, dx: number, dy: number): EditResult {
  const r = resolveSelection(doc, sel);
  if ('ok' in r) return r;
  return moveEach(
    doc,
    [...r.booths.map((b) => ({ kind: 'booth' as const, id: b.id, dx, dy })), ...r.facilities.map((f) => ({ kind: 'facility' as const, id: f.id, dx, dy }))],
    'ops.moveItems',
    { count: r.booths.length + r.facilities.length },
  );
}

export type NudgeDirection = 'left' | 'right' | 'up' | 'down';

/** Arrow-key move by `step` metres (y grows downwards, so "up" is −y). */
export function nudge(doc: Project, sel: Selection, direction: NudgeDirection, step = NUDGE_SMALL): EditResult {
  if (!(step > 0)) return refuse('not-finite');
  const [dx, dy] = { left: [-step, 0], right: [step, 0], up: [0, -step], down: [0, step] }[direction] as [number, number];
  const r = moveItems(doc, sel, dx, dy);
  return 'ok' in r ? r : { ...r, label: 'ops.nudge' };
}

/**
 * Turns the selection by `degrees` clockwise about `pivot` (default: the centre of the
 * selection's bounding box). Rectangles stay rectangles with a new rotation.
 */
export function rotateItems(doc: Project, sel: Selection, degrees: number, pivot?: Point): EditResult {
  if (!Number.isFinite(degrees) || (pivot && !pivot.every(Number.isFinite))) return refuse('not-finite');
  const r = resolveSelection(doc, sel);
  if ('ok' in r) return r;
  const centre = pivot ?? bboxCentre(selectionBBox(r)!);
  const builder = operation(doc, 'ops.rotateItems', { count: r.booths.length + r.facilities.length, degrees });
  const pairs: { before: Booth; after: Booth }[] = [];
  for (const b of r.booths) {
    const after = { ...b, shape: rotateArea(b.shape, centre, degrees) };
    pairs.push({ before: b, after });
    builder.put('booths', after);
  }
  for (const f of r.facilities) builder.put('facilities', { ...f, shape: rotateFacilityShape(f.shape, centre, degrees) } as Facility);
  const out = leftTheHall(doc, pairs);
  if (out.length) return refuse('outside-hall', { boothIds: out });
  return withDerivedTypes(doc, builder).build();
}
