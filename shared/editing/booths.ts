import { BOOTH_KINDS, type Booth, type BoothKind } from '../model/entities';
import { isCoordinate, MAX_SIZE, type AreaShape, type Bilingual } from '../model/primitives';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { bboxOf } from '../geometry/polygon';
import { polygonProblem } from '../geometry/validity';
import { newBooth } from './factory';
import { withDerivedTypes } from './derive';
import { MIN_BOOTH_SIDE } from './limits';
import { numberKey, numberProblem, suggestNumber, takenNumbers } from './numbering';
import { refuse, type EditResult, type Refusal } from './result';
import { HallOutlines, leftTheHall } from './scene';
import { normalizeDegrees, roundCoord, roundPoint } from './shape-ops';

/** Why a booth shape is unusable, or null. Rectangles need sides of at least MIN_BOOTH_SIDE. */
export function areaShapeProblem(shape: AreaShape): Refusal | null {
  if (shape.type === 'rect') {
    if (![shape.x, shape.y].every(isCoordinate) || ![shape.w, shape.h].every((v) => Number.isFinite(v) && v <= MAX_SIZE) || !Number.isFinite(shape.rotation ?? 0)) return refuse('not-finite');
    if (shape.w < MIN_BOOTH_SIDE || shape.h < MIN_BOOTH_SIDE) return refuse('zero-size', { detail: { min: MIN_BOOTH_SIDE } });
    return null;
  }
  if (shape.points.length > 1000) return refuse('too-many', { detail: { max: 1000 } });
  const p = polygonProblem(shape.points);
  if (p) return refuse(p, p === 'zero-size' ? { detail: { min: MIN_BOOTH_SIDE } } : {});
  const box = bboxOf(shape.points);
  if (box.maxX - box.minX < MIN_BOOTH_SIDE || box.maxY - box.minY < MIN_BOOTH_SIDE) return refuse('zero-size', { detail: { min: MIN_BOOTH_SIDE } });
  return null;
}

function cleanShape(shape: AreaShape): AreaShape {
  if (shape.type === 'rect') return { ...shape, x: roundCoord(shape.x), y: roundCoord(shape.y), w: roundCoord(shape.w), h: roundCoord(shape.h), rotation: normalizeDegrees(shape.rotation ?? 0) };
  return { ...shape, points: shape.points.map(roundPoint) };
}

export interface AddBoothInput {
  hallId: string;
  shape: AreaShape;
  /** Defaults to `suggestNumber`: one above the hall's highest "<code>-<n>". */
  number?: string;
  kind?: BoothKind;
}

/** Adds one booth drawn by hand. Refuses broken geometry, a booth outside the hall and taken numbers. */
export function addBooth(doc: Project, input: AddBoothInput): EditResult {
  const hall = doc.halls[input.hallId];
  if (!hall) return refuse('hall-not-found');
  const bad = areaShapeProblem(input.shape);
  if (bad) return bad;
  const taken = takenNumbers(doc);
  let number: string;
  if (input.number !== undefined) {
    const np = numberProblem(input.number);
    if (np) return refuse(np);
    if (taken.has(numberKey(input.number))) return refuse('number-taken', { numbers: [input.number] });
    number = input.number.trim();
  } else {
    number = suggestNumber(doc, hall.id);
  }
  const booth = newBooth({ hallId: hall.id, number, shape: cleanShape(input.shape), kind: input.kind });
  if (!new HallOutlines(doc.halls).contains(booth)) return refuse('outside-hall');
  const builder = operation(doc, 'ops.addBooth', { number }).put('booths', booth);
  return withDerivedTypes(doc, builder).build();
}

/**
 * Replaces one booth's outline (vertex editing, or a rectangle turned polygon). Refuses
 * broken geometry and moving a booth that was inside its hall out of it.
 */
export function setBoothShape(doc: Project, boothId: string, shape: AreaShape, label = 'ops.reshapeBooth'): EditResult {
  const b = doc.booths[boothId];
  if (!b) return refuse('booth-not-found', { boothIds: [boothId] });
  const bad = areaShapeProblem(shape);
  if (bad) return { ...bad, boothIds: [boothId] };
  const after: Booth = { ...b, shape: cleanShape(shape) };
  const out = leftTheHall(doc, [{ before: b, after }]);
  if (out.length) return refuse('outside-hall', { boothIds: out });
  const builder = operation(doc, label, { number: b.number }).put('booths', after);
  return withDerivedTypes(doc, builder).build();
}

/** New size for a booth: origin corner and sides in the booth's own (rotated) frame. */
export interface BoothBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Resizes one booth. A rectangle takes the box directly (keeping its rotation); a polygon
 * is stretched from its bounding box into the new box.
 */
export function resizeBooth(doc: Project, boothId: string, box: BoothBox): EditResult {
  const b = doc.booths[boothId];
  if (!b) return refuse('booth-not-found', { boothIds: [boothId] });
  if (![box.x, box.y, box.w, box.h].every(Number.isFinite)) return refuse('not-finite');
  if (box.w < MIN_BOOTH_SIDE || box.h < MIN_BOOTH_SIDE) return refuse('zero-size', { boothIds: [boothId], detail: { min: MIN_BOOTH_SIDE } });
  let shape: AreaShape;
  if (b.shape.type === 'rect') shape = { ...b.shape, x: box.x, y: box.y, w: box.w, h: box.h };
  else {
    const from = bboxOf(b.shape.points);
    const sx = box.w / (from.maxX - from.minX);
    const sy = box.h / (from.maxY - from.minY);
    shape = { type: 'polygon', points: b.shape.points.map(([x, y]) => [box.x + (x - from.minX) * sx, box.y + (y - from.minY) * sy]) };
  }
  return setBoothShape(doc, boothId, shape, 'ops.resizeBooth');
}

/** Fields staff edit on many booths at once. Absent keys are left alone. */
export interface BoothFieldsPatch {
  kind?: BoothKind;
  zoneId?: string | null;
  priceOverride?: number | null;
  /** Either language may be given alone; the other is kept per booth. */
  fascia?: Partial<Bilingual>;
  notes?: string;
}

/** Multi-edit: sets the given fields on every selected booth. */
export function setBoothFields(doc: Project, boothIds: readonly string[], patch: BoothFieldsPatch): EditResult {
  const ids = [...new Set(boothIds)];
  if (ids.length === 0) return refuse('nothing-selected');
  const missing = ids.filter((id) => !doc.booths[id]);
  if (missing.length) return refuse('booth-not-found', { boothIds: missing });
  if (patch.kind !== undefined && !BOOTH_KINDS.includes(patch.kind)) return refuse('bad-kind');
  if (patch.zoneId !== undefined && patch.zoneId !== null && !doc.zones[patch.zoneId]) return refuse('zone-not-found');
  if (patch.priceOverride !== undefined && patch.priceOverride !== null && !(Number.isFinite(patch.priceOverride) && patch.priceOverride >= 0)) {
    return refuse('bad-price');
  }
  if ((patch.fascia?.zh?.length ?? 0) > 500 || (patch.fascia?.en?.length ?? 0) > 500) return refuse('text-too-long', { detail: { field: 'fascia', max: 500 } });
  if ((patch.notes?.length ?? 0) > 5000) return refuse('text-too-long', { detail: { field: 'notes', max: 5000 } });
  const builder = operation(doc, 'ops.editBooths', { count: ids.length });
  for (const id of ids) {
    const b = doc.booths[id]!;
    const next: Partial<Booth> = {};
    if (patch.kind !== undefined) next.kind = patch.kind;
    if (patch.zoneId !== undefined) next.zoneId = patch.zoneId;
    if (patch.priceOverride !== undefined) next.priceOverride = patch.priceOverride;
    if (patch.fascia !== undefined) next.fascia = { ...b.fascia, ...stripUndefined(patch.fascia) };
    if (patch.notes !== undefined) next.notes = patch.notes;
    builder.update('booths', id, next);
  }
  return builder.build();
}

function stripUndefined(p: Partial<Bilingual>): Partial<Bilingual> {
  const out: Partial<Bilingual> = {};
  if (p.zh !== undefined) out.zh = p.zh;
  if (p.en !== undefined) out.en = p.en;
  return out;
}

/** Gives one booth a new number, unique across the show. */
export function setBoothNumber(doc: Project, boothId: string, number: string): EditResult {
  const b = doc.booths[boothId];
  if (!b) return refuse('booth-not-found', { boothIds: [boothId] });
  const np = numberProblem(number);
  if (np) return refuse(np);
  if (takenNumbers(doc, [boothId]).has(numberKey(number))) return refuse('number-taken', { numbers: [number] });
  return operation(doc, 'ops.setBoothNumber', { from: b.number, to: number.trim() }).update('booths', boothId, { number: number.trim() }).build();
}
