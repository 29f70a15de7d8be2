import type { HallBackground } from '../model/entities';
import type { Point } from '../model/primitives';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { bboxOf } from '../geometry/polygon';
import { isRefusal, refuse, type EditResult } from './result';
import { hallSiteOutline, normalizeAngle, SITE_EXTENT_M } from './site';

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
  const background: HallBackground = { assetId: asset.id, x, y, metresPerPixel: mpp, rotation: 0, calibration: null, opacity, locked: input.locked ?? false, hiddenLayers: input.hiddenLayers ?? [] };
  return operation(doc, 'ops.setBackground', { code: hall.code }).update('halls', hallId, { background }).build();
}

/** Adjusts the drawing's position, opacity, lock or scale. */
export function updateBackground(doc: Project, hallId: string, patch: Partial<Pick<HallBackground, 'x' | 'y' | 'opacity' | 'locked' | 'metresPerPixel'>>): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  if (!hall.background) return refuse('no-background');
  const moves = patch.x !== undefined || patch.y !== undefined || patch.metresPerPixel !== undefined;
  if (moves && hall.background.locked && patch.locked !== false) return refuse('drawing-locked');
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
  if (bg.locked) return refuse('drawing-locked');
  if (![a[0], a[1], b[0], b[1]].every(Number.isFinite)) return refuse('not-finite');
  const px = Math.hypot(b[0] - a[0], b[1] - a[1]);
  if (px < CALIBRATION.minPixels) return refuse('calibration-points-too-close', { detail: { min: CALIBRATION.minPixels } });
  if (!Number.isFinite(distance) || distance <= CALIBRATION.minMetres || distance >= CALIBRATION.maxMetres) {
    return refuse('calibration-distance', { detail: { min: CALIBRATION.minMetres, max: CALIBRATION.maxMetres } });
  }
  const mpp = distance / px;
  // The first point stays where it is: new origin = where a lies now − a at the new scale.
  const at = drawingToPlan(bg, a);
  const from = drawingToPlan({ x: 0, y: 0, rotation: bg.rotation, metresPerPixel: mpp }, a);
  const background: HallBackground = {
    ...bg,
    x: at[0] - from[0],
    y: at[1] - from[1],
    metresPerPixel: mpp,
    calibration: { a, b, distance },
  };
  return operation(doc, 'ops.calibrateBackground', { code: hall.code }).update('halls', hallId, { background }).build();
}

/**
 * Which venue drawing an edit works on: a hall's (by id, placed in the hall's frame) or, with
 * null, the site drawing (placed in site metres).
 */
export type DrawingTarget = string | null;

/** The part of a drawing that says where it lies: pixel (u, v) → (x, y) + R(rotation) · (u, v) · metresPerPixel. */
export type DrawingPose = Pick<HallBackground, 'x' | 'y' | 'metresPerPixel' | 'rotation'>;

/** One pair of an alignment: a point picked on the drawing (pixels) and where it belongs on the plan (metres, in the drawing's frame). */
export interface AlignmentPair {
  drawing: Point;
  plan: Point;
}

/** Alignment limits: the two drawing points at least 5 px apart, the two plan points at least 0.1 m apart. */
export const ALIGNMENT = { minPixels: 5, minMetres: 0.1 } as const;

const r9 = (v: number) => Math.round(v * 1e9) / 1e9 + 0;

/** Where a drawing pixel lies (metres in the drawing's frame). */
export function drawingToPlan(pose: DrawingPose, [u, v]: Point): Point {
  const a = (pose.rotation * Math.PI) / 180;
  const c = Math.cos(a) * pose.metresPerPixel;
  const s = Math.sin(a) * pose.metresPerPixel;
  return [pose.x + u * c - v * s, pose.y + u * s + v * c];
}

/** Which drawing pixel lies at a point (the inverse of `drawingToPlan`). */
export function planToDrawing(pose: DrawingPose, [x, y]: Point): Point {
  const a = (pose.rotation * Math.PI) / 180;
  const dx = (x - pose.x) / pose.metresPerPixel;
  const dy = (y - pose.y) / pose.metresPerPixel;
  return [dx * Math.cos(a) + dy * Math.sin(a), -dx * Math.sin(a) + dy * Math.cos(a)];
}

/**
 * The pose that carries both drawing points onto their plan points: a similarity (scale,
 * rotation, offset), solved exactly from two pairs. As complex numbers, plan = t + z · drawing
 * with z = (q₂ − q₁) / (p₂ − p₁), so metres per pixel = |z|, rotation = arg z, t = q₁ − z · p₁.
 */
export function solveAlignment(first: AlignmentPair, second: AlignmentPair): DrawingPose | ReturnType<typeof refuse> {
  const all = [...first.drawing, ...first.plan, ...second.drawing, ...second.plan];
  if (!all.every(Number.isFinite)) return refuse('not-finite');
  const pu = second.drawing[0] - first.drawing[0];
  const pv = second.drawing[1] - first.drawing[1];
  const qx = second.plan[0] - first.plan[0];
  const qy = second.plan[1] - first.plan[1];
  const pLen = Math.hypot(pu, pv);
  const qLen = Math.hypot(qx, qy);
  if (pLen < ALIGNMENT.minPixels) return refuse('alignment-points-too-close', { detail: { min: `${ALIGNMENT.minPixels} px` } });
  if (qLen < ALIGNMENT.minMetres) return refuse('alignment-points-too-close', { detail: { min: `${ALIGNMENT.minMetres} m` } });
  // z = q / p (complex division).
  const d = pu * pu + pv * pv;
  const zr = (qx * pu + qy * pv) / d;
  const zi = (qy * pu - qx * pv) / d;
  const metresPerPixel = qLen / pLen;
  if (!(metresPerPixel >= 1e-6 && metresPerPixel <= 1000)) return refuse('bad-scale');
  const rotation = normalizeAngle((Math.atan2(zi, zr) * 180) / Math.PI);
  const [u, v] = first.drawing;
  const x = first.plan[0] - (u * zr - v * zi);
  const y = first.plan[1] - (u * zi + v * zr);
  return { x: r9(x), y: r9(y), metresPerPixel, rotation };
}

/** The drawing an edit would work on, or why there is none. */
export function drawingOf(doc: Project, target: DrawingTarget): HallBackground | ReturnType<typeof refuse> {
  if (target === null) return doc.settings.site.drawing ?? refuse('no-background');
  const hall = doc.halls[target];
  if (!hall) return refuse('hall-not-found');
  return hall.background ?? refuse('no-background');
}

function writeDrawing(doc: Project, target: DrawingTarget, label: string, drawing: HallBackground): EditResult {
  if (target === null) return operation(doc, label, { code: '' }).settings({ site: { ...doc.settings.site, drawing } }).build();
  const hall = doc.halls[target]!;
  return operation(doc, label, { code: hall.code }).update('halls', target, { background: drawing }).build();
}

function poseProblem(p: Partial<DrawingPose>) {
  for (const v of [p.x, p.y, p.rotation, p.metresPerPixel]) if (v !== undefined && !Number.isFinite(v)) return refuse('not-finite');
  if (p.metresPerPixel !== undefined && !(p.metresPerPixel >= 1e-6 && p.metresPerPixel <= 1000)) return refuse('bad-scale');
  if ((p.x !== undefined && Math.abs(p.x) > SITE_EXTENT_M) || (p.y !== undefined && Math.abs(p.y) > SITE_EXTENT_M)) return refuse('off-site', { detail: { max: SITE_EXTENT_M } });
  return null;
}

/**
 * Lines a drawing up by two pairs of points (drawing pixel → plan point): position, rotation
 * and scale in one operation, one undo. The second pair's distance is kept as the drawing's
 * calibration. A locked drawing is refused.
 */
export function alignDrawing(doc: Project, target: DrawingTarget, first: AlignmentPair, second: AlignmentPair): EditResult {
  const bg = drawingOf(doc, target);
  if (isRefusal(bg)) return bg;
  if (bg.locked) return refuse('drawing-locked');
  const pose = solveAlignment(first, second);
  if (isRefusal(pose)) return pose;
  const bad = poseProblem(pose);
  if (bad) return bad;
  const distance = Math.hypot(second.plan[0] - first.plan[0], second.plan[1] - first.plan[1]);
  return writeDrawing(doc, target, 'ops.alignDrawing', { ...bg, ...pose, calibration: { a: first.drawing, b: second.drawing, distance } });
}

/**
 * Moves, turns or scales a drawing by numbers (the fine-tuning after an alignment). Rotation and
 * scale turn about the drawing's top-left pixel, as stored. Refused while the drawing is locked.
 */
export function moveDrawing(doc: Project, target: DrawingTarget, patch: Partial<DrawingPose>): EditResult {
  const bg = drawingOf(doc, target);
  if (isRefusal(bg)) return bg;
  if (bg.locked) return refuse('drawing-locked');
  const bad = poseProblem(patch);
  if (bad) return bad;
  const next = { ...bg, ...patch };
  if (patch.rotation !== undefined) next.rotation = normalizeAngle(patch.rotation);
  return writeDrawing(doc, target, 'ops.placeDrawing', next);
}

/** Locks or unlocks a drawing (the one thing a locked drawing lets you change, with its opacity). */
export function lockDrawing(doc: Project, target: DrawingTarget, locked: boolean): EditResult {
  const bg = drawingOf(doc, target);
  if (isRefusal(bg)) return bg;
  return writeDrawing(doc, target, 'ops.updateBackground', { ...bg, locked });
}

/**
 * Puts the venue's master plan under the whole site (site metres), at the halls' top-left. Until
 * it is lined up an image spans the halls' extent (or 1 m per pixel at the origin on an empty
 * site); a CAD drawing comes with its own scale (`metresPerPixel`: metres per drawing unit) and
 * the layers the user switched off. Starts unlocked.
 */
export function setSiteDrawing(doc: Project, input: Pick<SetBackgroundInput, 'assetId' | 'opacity'> & { metresPerPixel?: number; hiddenLayers?: string[] }): EditResult {
  const asset = doc.assets[input.assetId];
  if (!asset) return refuse('asset-not-found');
  const halls = Object.values(doc.halls);
  const box = halls.length > 0 ? bboxOf(halls.flatMap((h) => hallSiteOutline(h))) : null;
  const fitted = box ? Math.min(1000, Math.max(1e-6, (box.maxX - box.minX) / asset.widthPx)) : 1;
  const mpp = input.metresPerPixel ?? fitted;
  if (!(mpp > 0 && mpp <= 1000)) return refuse('bad-scale');
  const opacity = input.opacity ?? 0.5;
  if (!(opacity >= 0 && opacity <= 1)) return refuse('bad-opacity');
  const drawing: HallBackground = { assetId: asset.id, x: box?.minX ?? 0, y: box?.minY ?? 0, metresPerPixel: mpp, rotation: 0, calibration: null, opacity, locked: false, hiddenLayers: input.hiddenLayers ?? [] };
  return operation(doc, 'ops.setBackground', { code: '' }).settings({ site: { ...doc.settings.site, drawing } }).build();
}

/** Takes the site drawing away (`removeDrawing` also drops its asset record when unused). */
export function clearSiteDrawing(doc: Project): EditResult {
  if (!doc.settings.site.drawing) return refuse('no-background');
  return operation(doc, 'ops.clearBackground', { code: '' }).settings({ site: { ...doc.settings.site, drawing: null } }).build();
}

/** How strongly a drawing shows (0–1); allowed while locked. */
export function setDrawingOpacity(doc: Project, target: DrawingTarget, opacity: number): EditResult {
  const bg = drawingOf(doc, target);
  if (isRefusal(bg)) return bg;
  if (!(opacity >= 0 && opacity <= 1)) return refuse('bad-opacity');
  return writeDrawing(doc, target, 'ops.updateBackground', { ...bg, opacity });
}
