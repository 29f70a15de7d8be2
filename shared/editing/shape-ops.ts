import type { Facility } from '../model/entities';
import type { AreaShape, Point } from '../model/primitives';

/**
 * Coordinates are kept to the micrometre: arithmetic like 0.1 + 0.2 or a 90° turn would
 * otherwise leave 0.30000000000000004 and 6e-17 behind, which then reads as a gap or overlap.
 */
export function roundCoord(v: number): number {
  const r = Math.round(v * 1e6) / 1e6;
  return r === 0 ? 0 : r;
}

export function roundPoint(p: Point): Point {
  return [roundCoord(p[0]), roundCoord(p[1])];
}

/** Degrees in [0, 360). */
export function normalizeDegrees(d: number): number {
  const r = Math.round((((d % 360) + 360) % 360) * 1e9) / 1e9;
  return r >= 360 ? 0 : r;
}

export function translatePoint(p: Point, dx: number, dy: number): Point {
  return roundPoint([p[0] + dx, p[1] + dy]);
}

export function rotatePoint(p: Point, pivot: Point, degrees: number): Point {
  const a = (degrees * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const x = p[0] - pivot[0];
  const y = p[1] - pivot[1];
  return roundPoint([pivot[0] + x * cos - y * sin, pivot[1] + x * sin + y * cos]);
}

export function translateArea(s: AreaShape, dx: number, dy: number): AreaShape {
  if (s.type === 'rect') return { ...s, x: roundCoord(s.x + dx), y: roundCoord(s.y + dy) };
  return { ...s, points: s.points.map((p) => translatePoint(p, dx, dy)) };
}

/** Turns a shape about `pivot`; a rectangle keeps being a rectangle, with a new rotation. */
export function rotateArea(s: AreaShape, pivot: Point, degrees: number): AreaShape {
  if (s.type === 'rect') {
    const [x, y] = rotatePoint([s.x, s.y], pivot, degrees);
    return { ...s, x, y, rotation: normalizeDegrees((s.rotation ?? 0) + degrees) };
  }
  return { ...s, points: s.points.map((p) => rotatePoint(p, pivot, degrees)) };
}

type FacilityShape = Facility['shape'];

export function translateFacilityShape(s: FacilityShape, dx: number, dy: number): FacilityShape {
  if (s.type === 'rect') return { ...s, x: roundCoord(s.x + dx), y: roundCoord(s.y + dy) };
  return { ...s, points: s.points.map((p) => translatePoint(p, dx, dy)) };
}

export function rotateFacilityShape(s: FacilityShape, pivot: Point, degrees: number): FacilityShape {
  if (s.type === 'rect') {
    const [x, y] = rotatePoint([s.x, s.y], pivot, degrees);
    return { ...s, x, y, rotation: normalizeDegrees((s.rotation ?? 0) + degrees) };
  }
  return { ...s, points: s.points.map((p) => rotatePoint(p, pivot, degrees)) };
}
