import type { BoothKind } from '../model/entities';
import type { Point, RectShape } from '../model/primitives';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { bboxOf, rectCorners, unionBBox, type BBox } from '../geometry/polygon';
import { polygonsOverlap } from '../geometry/overlap';
import { newBooth } from './factory';
import { withDerivedTypes } from './derive';
import { MAX_BLOCK_BOOTHS, MIN_BOOTH_SIDE } from './limits';
import { gridNumbers, MAX_NUMBER_LENGTH, numberKey, numberingIsValid, takenNumbers, type NumberingScheme } from './numbering';
import { refuse, type EditResult, type Refusal } from './result';
import { boothPolygon, HallOutlines, hallBoothIndex } from './scene';
import { normalizeDegrees, rotatePoint } from './shape-ops';

export interface BoothBlockSpec {
  hallId: string;
  /** Top-left corner of the block before rotation, hall metres. */
  origin: Point;
  rows: number;
  cols: number;
  /** Booth frontage (along a row) and depth, metres. */
  boothW: number;
  boothD: number;
  /** Rows in pairs sharing their back walls, an aisle between pairs; else an aisle after every row. */
  backToBack: boolean;
  /** Aisle width, metres (0 allowed: rows touching). */
  aisle: number;
  /** Degrees clockwise about `origin`. */
  rotation: number;
  kind: BoothKind;
  numbering: NumberingScheme;
}

export interface PlannedBooth {
  row: number;
  col: number;
  shape: RectShape;
  number: string;
}

/** A block worked out but not yet added: what the editor draws as a preview. */
export interface BoothBlockPlan {
  hallId: string;
  kind: BoothKind;
  booths: PlannedBooth[];
  bbox: BBox;
}

/** Where row `r` starts below the block's top edge. */
function rowOffset(r: number, spec: Pick<BoothBlockSpec, 'boothD' | 'aisle' | 'backToBack'>): number {
  if (!spec.backToBack) return r * (spec.boothD + spec.aisle);
  return Math.floor(r / 2) * (2 * spec.boothD + spec.aisle) + (r % 2) * spec.boothD;
}

/**
 * Lays out a rows × cols block of rectangular booths and numbers it. With odd/even
 * numbering a back-to-back block pairs rows across its aisles (row 0 alone, then 1 with 2 …).
 */
export function planBoothBlock(spec: BoothBlockSpec): BoothBlockPlan | Refusal {
  const finite = [spec.origin[0], spec.origin[1], spec.boothW, spec.boothD, spec.aisle, spec.rotation].every(Number.isFinite);
  if (!finite) return refuse('not-finite');
  if (!Number.isInteger(spec.rows) || !Number.isInteger(spec.cols) || spec.rows < 1 || spec.cols < 1) return refuse('bad-count');
  if (spec.rows * spec.cols > MAX_BLOCK_BOOTHS) return refuse('too-many', { detail: { max: MAX_BLOCK_BOOTHS } });
  if (spec.boothW < MIN_BOOTH_SIDE || spec.boothD < MIN_BOOTH_SIDE) return refuse('zero-size', { detail: { min: MIN_BOOTH_SIDE } });
  if (spec.aisle < 0) return refuse('bad-aisle');
  if (!numberingIsValid(spec.numbering)) return refuse('bad-numbering');
  const numbers = gridNumbers(spec.rows, spec.cols, spec.numbering, {
    pairOffset: spec.backToBack && spec.numbering.direction !== 'column' ? 1 : 0,
  });
  if (!numbers) return refuse('numbering-exhausted');
  const tooLong = numbers.flat().find((n) => n.length > MAX_NUMBER_LENGTH);
  if (tooLong) return refuse('number-too-long', { numbers: [tooLong] });
  const rotation = normalizeDegrees(spec.rotation);
  const booths: PlannedBooth[] = [];
  let bbox: BBox | null = null;
  for (let r = 0; r < spec.rows; r++) {
    for (let c = 0; c < spec.cols; c++) {
      const local: Point = [spec.origin[0] + c * spec.boothW, spec.origin[1] + rowOffset(r, spec)];
      const [x, y] = rotatePoint(local, spec.origin, rotation);
      const shape: RectShape = { type: 'rect', x, y, w: spec.boothW, h: spec.boothD, rotation };
      const box = bboxOf(rectCorners(shape));
      bbox = bbox ? unionBBox(bbox, box) : box;
      booths.push({ row: r, col: c, shape, number: numbers[r]![c]! });
    }
  }
  return { hallId: spec.hallId, kind: spec.kind, booths, bbox: bbox! };
}

export interface BlockConflicts {
  /** Planned booths (indices into `plan.booths`) that stick out of the hall. */
  outside: number[];
  /** Existing booths the block would overlap. */
  overlapping: string[];
  /** Planned numbers already used in the show. */
  takenNumbers: string[];
}

/** What to paint red in the preview before the block is added. */
export function blockConflicts(doc: Project, plan: BoothBlockPlan): BlockConflicts {
  const outlines = new HallOutlines(doc.halls);
  const index = hallBoothIndex(doc, plan.hallId);
  const taken = takenNumbers(doc);
  const out: BlockConflicts = { outside: [], overlapping: [], takenNumbers: [] };
  const overlapping = new Set<string>();
  plan.booths.forEach((p, i) => {
    if (!outlines.contains({ hallId: plan.hallId, shape: p.shape })) out.outside.push(i);
    if (taken.has(numberKey(p.number))) out.takenNumbers.push(p.number);
    const poly = boothPolygon(p);
    for (const id of index.search(bboxOf(poly))) {
      if (!overlapping.has(id) && polygonsOverlap(poly, boothPolygon(doc.booths[id]!))) overlapping.add(id);
    }
  });
  out.overlapping = [...overlapping];
  return out;
}

/**
 * Adds a planned block: new booths with fresh ids, open sides and types derived (for the
 * block and the booths it now touches). Refused when the hall is missing, a booth would
 * stick out of it, or a number is already used in the show. Overlaps with existing booths
 * are allowed (the layout check reports them) so a block can be dropped and then tidied.
 */
export function addBoothBlock(doc: Project, plan: BoothBlockPlan): EditResult {
  if (!doc.halls[plan.hallId]) return refuse('hall-not-found');
  if (plan.booths.length === 0) return refuse('bad-count');
  const conflicts = blockConflicts(doc, plan);
  if (conflicts.outside.length) return refuse('outside-hall', { numbers: conflicts.outside.map((i) => plan.booths[i]!.number) });
  if (conflicts.takenNumbers.length) return refuse('number-taken', { numbers: conflicts.takenNumbers });
  const builder = operation(doc, 'ops.addBoothBlock', { count: plan.booths.length });
  for (const p of plan.booths) builder.put('booths', newBooth({ hallId: plan.hallId, number: p.number, shape: p.shape, kind: plan.kind }));
  return withDerivedTypes(doc, builder).build();
}
