import type { HallBackground } from '../model/entities';
import type { Point } from '../model/primitives';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { bboxOf } from '../geometry/polygon';
import { refuse, type EditResult } from './result';

/** Calibration limits: the two picked points and the distance the user types between them. */
export const CALIBRATION = { minPixels: 5, minMetres: 0.1, maxMetres: 5000 } as const;

export interface SetBackgroundInput {
  assetId: string;
  x?: number;
  y?: number;
  /** Default: the drawing's width spans the hall outline's width, until calibrated. */
  metresPerPixel?: number;
  opacity?: number;
  locked?: boolean;
  /** Layers of a vector drawing that start switched off. */
  hiddenLayers?: string[];
}

/** Puts a venue drawing (an asset already stored beside the project) under a hall. */
export function setBackground(doc: Project, hallId: string, input: SetBackgroundInput): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  const asset = doc.assets[input.assetId];
  if (!asset) return refuse('asset-not-found');
  const box = bboxOf(hall.outline);
  const mpp = input.metresPerPixel ?? (box.maxX - box.minX) / asset.widthPx;
  if (!(Number.isFinite(mpp) && mpp > 0)) return refuse('bad-scale');
  const opacity = input.opacity ?? 0.5;
  if (!(opacity >= 0 && opacity <= 1)) return refuse('bad-opacity');
  const x = input.x ?? box.minX;
  const y = input.y ?? box.minY;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return refuse('not-finite');
  const background: HallBackground = { assetId: asset.id, x, y, metresPerPixel: mpp, rotation: 0, calibration: null, opacity, locked: input.locked ?? true, hiddenLayers: input.hiddenLayers ?? [] };
  return operation(doc, 'ops.setBackground', { code: hall.code }).update('halls', hallId, { background }).build();
}

/** Adjusts the drawing's position, opacity, lock or scale. */
export function updateBackground(doc: Project, hallId: string, patch: Partial<Pick<HallBackground, 'x' | 'y' | 'opacity' | 'locked' | 'metresPerPixel'>>): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  if (!hall.background) return refuse('no-background');
  if (patch.opacity !== undefined && !(patch.opacity >= 0 && patch.opacity <= 1)) return refuse('bad-opacity');
  if (patch.metresPerPixel !== undefined && !(Number.isFinite(patch.metresPerPixel) && patch.metresPerPixel > 0)) return refuse('bad-scale');
  if ((patch.x !== undefined && !Number.isFinite(patch.x)) || (patch.y !== undefined && !Number.isFinite(patch.y))) return refuse('not-finite');
  return operation(doc, 'ops.updateBackground', { code: hall.code }).update('halls', hallId, { background: { ...hall.background, ...patch } }).build();
}

/** Switches one layer of a vector drawing on or off (saved with the show, undone like any edit). */
export function setDrawingLayerVisible(doc: Project, hallId: string, layer: string, visible: boolean): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  const bg = hall.background;
  if (!bg) return refuse('no-background');
  const hidden = new Set(bg.hiddenLayers);
  if (visible === !hidden.has(layer)) return refuse('layer-unchanged');
  if (visible) hidden.delete(layer);
  else hidden.add(layer);
  const hiddenLayers = [...hidden].sort();
  return operation(doc, visible ? 'cadDrawing.ops.showLayer' : 'cadDrawing.ops.hideLayer', { layer }).update('halls', hallId, { background: { ...bg, hiddenLayers } }).build();
}

export function clearBackground(doc: Project, hallId: string): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  if (!hall.background) return refuse('no-background');
  return operation(doc, 'ops.clearBackground', { code: hall.code }).update('halls', hallId, { background: null }).build();
}

/**
 * Sets the drawing's scale from two points picked on it (drawing pixels) and their real
 * distance. The first point stays where it was on the floor, so the part of the drawing the
 * user was looking at does not jump. Refused when the points are under 5 px apart or the
 * distance is not between 0.1 m and 5 km.
 */
export function calibrateBackground(doc: Project, hallId: string, a: Point, b: Point, distance: number): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  const bg = hall.background;
  if (!bg) return refuse('no-background');
  if (![a[0], a[1], b[0], b[1]].every(Number.isFinite)) return refuse('not-finite');
  const px = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (px < CALIBRATION.minPixels) return refuse('calibration-points-too-close', { detail: { min: CALIBRATION.minPixels } });
  if (!Number.isFinite(distance) || distance <= CALIBRATION.minMetres || distance >= CALIBRATION.maxMetres) {
    return refuse('calibration-distance', { detail: { min: CALIBRATION.minMetres, max: CALIBRATION.maxMetres } });
  }
  const mpp = distance / px;
  const background: HallBackground = {
    ...bg,
    x: bg.x + a[0] * (bg.metresPerPixel - mpp),
    y: bg.y + a[1] * (bg.metresPerPixel - mpp),
    metresPerPixel: mpp,
    calibration: { a, b, distance },
  };
  return operation(doc, 'ops.calibrateBackground', { code: hall.code }).update('halls', hallId, { background }).build();
}
