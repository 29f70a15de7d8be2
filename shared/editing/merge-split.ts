import type { Booth } from '../model/entities';
import type { AreaShape, Point, RectShape } from '../model/primitives';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { bboxOf } from '../geometry/polygon';
import { coveredLength, polygonBlockers } from '../geometry/adjacency';
import { polygonsOverlap } from '../geometry/overlap';
import { copyBooth } from './factory';
import { withDerivedTypes } from './derive';
import { MIN_BOOTH_SIDE } from './limits';
import { MAX_NUMBER_LENGTH, numberKey, takenNumbers } from './numbering';
import { isRectilinear, rectilinearUnion, UNION_SNAP } from './rectilinear-union';
import { refuse, type EditResult } from './result';
import { boothPolygon } from './scene';
import { normalizeDegrees, rotatePoint, roundPoint } from './shape-ops';

/** A booth somebody has a claim on: assigned, held, reserved or blocked. */
export function isClaimed(doc: Project, b: Booth): boolean {
  return b.status !== 'available' || b.claim !== null || doc.assignments[b.id] !== undefined;
}

/** Shortest contact, metres, for two booths to count as sharing a wall. */
const MIN_CONTACT = 0.01;

function touching(a: readonly Point[], b: readonly Point[]): boolean {
  if (polygonsOverlap(a, b)) return true;
  const blockers = polygonBlockers(b, UNION_SNAP);
  let contact = 0;
  for (let i = 0; i < a.length; i++) contact += coveredLength(a[i]!, a[(i + 1) % a.length]!, blockers);
  return contact >= MIN_CONTACT;
}

/** The booths form one piece when walls shared pairwise are followed. */
function connected(polys: readonly Point[][]): boolean {
  const seen = new Set<number>([0]);
  const queue = [0];
  while (queue.length) {
    const i = queue.pop()!;
    for (let j = 0; j < polys.length; j++) {
      if (seen.has(j) || !touching(polys[i]!, polys[j]!)) continue;
      seen.add(j);
      queue.push(j);
    }
  }
  return seen.size === polys.length;
}

/** The angle (degrees) of the frame a booth is drawn in: a rectangle's rotation, else its longest edge. */
function frameAngle(b: Booth): number {
  if (b.shape.type === 'rect') return b.shape.rotation ?? 0;
  const pts = b.shape.points;
  let best = 0;
  let angle = 0;
  pts.forEach((p, i) => {
    const q = pts[(i + 1) % pts.length]!;
    const len = Math.hypot(q[0] - p[0], q[1] - p[1]);
    if (len > best) {
      best = len;
      angle = (Math.atan2(q[1] - p[1], q[0] - p[0]) * 180) / Math.PI;
    }
  });
  return angle;
}

/**
 * Merges touching booths into one. Two rectangles sharing a full edge become a rectangle;
 * otherwise the outline is the union (booths must be rectilinear in a common frame). The
 * surviving booth keeps its id, number and fields: the one somebody has a claim on, else
 * the first selected. Refused when booths do not touch, lie in different halls, enclose a
 * hole, are not rectilinear, or more than one is claimed. The others are deleted together
 * with any assignment record.
 */
export function mergeBooths(doc: Project, boothIds: readonly string[]): EditResult {
  const ids = [...new Set(boothIds)];
  if (ids.length < 2) return refuse('too-few-items', { detail: { min: 2 } });
  const missing = ids.filter((id) => !doc.booths[id]);
  if (missing.length) return refuse('booth-not-found', { boothIds: missing });
  const booths = ids.map((id) => doc.booths[id]!);
  if (new Set(booths.map((b) => b.hallId)).size > 1) return refuse('different-halls', { boothIds: ids });
  const claimed = booths.filter((b) => isClaimed(doc, b));
  if (claimed.length > 1) return refuse('merge-claimed', { boothIds: claimed.map((b) => b.id) });
  const survivor = claimed[0] ?? booths[0]!;
  const theta = frameAngle(survivor);
  const origin: Point = [0, 0];
  const framed = booths.map((b) => boothPolygon(b).map((p) => rotatePoint(p, origin, -theta)));
  const crooked = booths.filter((_, i) => !isRectilinear(framed[i]!));
  if (crooked.length) return refuse('not-rectilinear', { boothIds: crooked.map((b) => b.id) });
  if (!connected(framed)) return refuse('not-touching', { boothIds: ids });
  const union = rectilinearUnion(framed);
  if (!union.ok) return refuse(union.reason, { boothIds: ids });
  let shape: AreaShape;
  if (union.outline.length === 4) {
    const box = bboxOf(union.outline);
    const [x, y] = rotatePoint([box.minX, box.minY], origin, theta);
    shape = { type: 'rect', x, y, w: box.maxX - box.minX, h: box.maxY - box.minY, rotation: normalizeDegrees(theta) };
  } else {
    shape = { type: 'polygon', points: union.outline.map((p) => roundPoint(rotatePoint(p, origin, theta))) };
  }
  const builder = operation(doc, 'ops.mergeBooths', { count: ids.length, number: survivor.number });
  builder.update('booths', survivor.id, { shape });
  for (const b of booths) {
    if (b.id === survivor.id) continue;
    builder.remove('booths', b.id);
    if (doc.assignments[b.id]) builder.remove('assignments', b.id);
  }
  return withDerivedTypes(doc, builder).build();
}

/** Letter suffixes A, B … Z, AA, AB … for the pieces of a split booth. */
export function pieceSuffix(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/**
 * Splits a rectangular booth into rows × cols equal booths. The first piece (top-left) keeps
 * the booth's id and fields; pieces are numbered with letter suffixes (105 → 105A, 105B …),
 * copy kind and zone, and lose any price override (it was priced for the whole). Refused
 * for polygons, claimed booths, pieces under the minimum size and taken numbers.
 */
export function splitBooth(doc: Project, boothId: string, rows: number, cols: number): EditResult {
  const b = doc.booths[boothId];
  if (!b) return refuse('booth-not-found', { boothIds: [boothId] });
  if (b.shape.type !== 'rect') return refuse('not-rect', { boothIds: [boothId] });
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1 || rows * cols < 2) return refuse('bad-count');
  if (rows * cols > 400) return refuse('too-many', { detail: { max: 400 } });
  if (isClaimed(doc, b)) return refuse('booth-claimed', { boothIds: [boothId] });
  const s = b.shape;
  const w = s.w / cols;
  const h = s.h / rows;
  if (w < MIN_BOOTH_SIDE || h < MIN_BOOTH_SIDE) return refuse('zero-size', { detail: { min: MIN_BOOTH_SIDE } });
  const taken = takenNumbers(doc, [boothId]);
  const numbers = Array.from({ length: rows * cols }, (_, i) => `${b.number.slice(0, MAX_NUMBER_LENGTH - pieceSuffix(i).length)}${pieceSuffix(i)}`);
  const clashes = numbers.filter((n) => taken.has(numberKey(n)));
  if (clashes.length) return refuse('number-taken', { numbers: clashes });
  const builder = operation(doc, 'ops.splitBooth', { number: b.number, count: rows * cols });
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const i = r * cols + c;
      const local: Point = [s.x + c * w, s.y + r * h];
      const [x, y] = rotatePoint(local, [s.x, s.y], s.rotation ?? 0);
      const shape: RectShape = { type: 'rect', x, y, w, h, rotation: s.rotation ?? 0 };
      if (i === 0) builder.update('booths', b.id, { shape, number: numbers[0]!, priceOverride: null });
      else builder.put('booths', copyBooth(b, { shape, number: numbers[i]!, priceOverride: null, fascia: { zh: '', en: '' }, notes: '' }));
    }
  }
  return withDerivedTypes(doc, builder).build();
}
