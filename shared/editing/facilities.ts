import type { Facility, FacilityKind } from '../model/entities';
import { FACILITY_KINDS } from '../model/entities';
import { isCoordinate, MAX_SIZE, type Bilingual } from '../model/primitives';
import type { Project } from '../model/project';
import { newId } from '../model/ids';
import { operation } from '../ops/build';
import { polygonDistance, polygonsOverlap } from '../geometry/overlap';
import { dedupePoints } from '../geometry/validity';
import { withDerivedTypes } from './derive';
import { MIN_FACILITY_SIDE } from './limits';
import { refuse, type EditResult, type Refusal } from './result';
import { facilityPolygons } from './scene';
import { normalizeDegrees, roundCoord, roundPoint } from './shape-ops';

/** How far outside its hall a facility may sit (doors and exits straddle the wall line). */
export const FACILITY_HALL_REACH = 0.5;

export function facilityShapeProblem(shape: Facility['shape']): Refusal | null {
  if (shape.type === 'rect') {
    if (![shape.x, shape.y].every(isCoordinate) || ![shape.w, shape.h].every((v) => Number.isFinite(v) && v <= MAX_SIZE) || !Number.isFinite(shape.rotation ?? 0)) return refuse('not-finite');
    if (shape.w < MIN_FACILITY_SIDE || shape.h < MIN_FACILITY_SIDE) return refuse('zero-size', { detail: { min: MIN_FACILITY_SIDE } });
    return null;
  }
  if (!shape.points.every(([x, y]) => isCoordinate(x) && isCoordinate(y)) || !Number.isFinite(shape.thickness) || shape.thickness > MAX_SIZE) return refuse('not-finite');
  if (shape.points.length > 1000) return refuse('too-many', { detail: { max: 1000 } });
  if (dedupePoints(shape.points).length < 2) return refuse('too-few-points');
  if (!(shape.thickness >= MIN_FACILITY_SIDE)) return refuse('zero-size', { detail: { min: MIN_FACILITY_SIDE } });
  return null;
}

function cleanShape(shape: Facility['shape']): Facility['shape'] {
  if (shape.type === 'rect') return { ...shape, x: roundCoord(shape.x), y: roundCoord(shape.y), rotation: normalizeDegrees(shape.rotation ?? 0) };
  return { ...shape, points: shape.points.map(roundPoint) };
}

/** The facility overlaps its hall or lies within FACILITY_HALL_REACH of it. */
function nearHall(doc: Project, f: Facility): boolean {
  const hall = doc.halls[f.hallId];
  if (!hall) return false;
  return facilityPolygons(f).some((p) => polygonsOverlap(p, hall.outline, 0) || polygonDistance(p, hall.outline) <= FACILITY_HALL_REACH);
}

export interface AddFacilityInput {
  hallId: string;
  kind: FacilityKind;
  shape: Facility['shape'];
  label?: Bilingual;
}

/** Adds a facility (entrance, column, wall …). Walls and rooms close the booth sides they back. */
export function addFacility(doc: Project, input: AddFacilityInput): EditResult {
  if (!doc.halls[input.hallId]) return refuse('hall-not-found');
  if (!FACILITY_KINDS.includes(input.kind)) return refuse('bad-kind');
  const bad = facilityShapeProblem(input.shape);
  if (bad) return bad;
  const label = input.label ?? { zh: '', en: '' };
  if (label.zh.length > 500 || label.en.length > 500) return refuse('text-too-long', { detail: { field: 'label', max: 500 } });
  const f: Facility = { id: newId('f'), hallId: input.hallId, kind: input.kind, shape: cleanShape(input.shape), label };
  if (!nearHall(doc, f)) return refuse('outside-hall');
  return withDerivedTypes(doc, operation(doc, 'ops.addFacility', { kind: f.kind }).put('facilities', f)).build();
}

export interface FacilityPatch {
  kind?: FacilityKind;
  shape?: Facility['shape'];
  label?: Bilingual;
}

/** Changes a facility's kind, shape or label (moving is `moveItems`, deleting `deleteItems`). */
export function updateFacility(doc: Project, facilityId: string, patch: FacilityPatch): EditResult {
  const f = doc.facilities[facilityId];
  if (!f) return refuse('facility-not-found', { facilityIds: [facilityId] });
  if (patch.kind !== undefined && !FACILITY_KINDS.includes(patch.kind)) return refuse('bad-kind');
  if (patch.shape) {
    const bad = facilityShapeProblem(patch.shape);
    if (bad) return bad;
  }
  if (patch.label && (patch.label.zh.length > 500 || patch.label.en.length > 500)) return refuse('text-too-long', { detail: { field: 'label', max: 500 } });
  const next: Facility = { ...f, kind: patch.kind ?? f.kind, label: patch.label ?? f.label, shape: patch.shape ? cleanShape(patch.shape) : f.shape };
  if (patch.shape && nearHall(doc, f) && !nearHall(doc, next)) return refuse('outside-hall', { facilityIds: [facilityId] });
  return withDerivedTypes(doc, operation(doc, 'ops.updateFacility', { kind: next.kind }).put('facilities', next)).build();
}
