import { arcPoints, bulgePoints, ellipsePoints, plainMText, plainText, splinePoints } from './curves';
import type { HatchLoop } from './hatch';
import { DxfLimitError, type RawDrawing, type RawEntity } from './read-dxf';

/** x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Affine = readonly [number, number, number, number, number, number];
const IDENTITY: Affine = [1, 0, 0, 1, 0, 0];

function mul(m: Affine, n: Affine): Affine {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

/** Everything the drawing shows, flattened to polylines and texts in drawing units (y up). */
export interface FlatSink {
  path(layer: string, pts: number[], closed: boolean): void;
  text(layer: string, x: number, y: number, height: number, rotation: number, align: number, s: string): void;
}

/** Why an entity was read but not drawn. */
export type SkipReason = 'paper-space' | 'invisible' | 'invalid-geometry' | 'missing-block' | 'self-insert' | 'too-deep' | 'empty';

/** Kinds drawn; anything else read from the file is counted as not drawn. */
export const DRAWN_KINDS = ['LINE', 'LWPOLYLINE', 'POLYLINE', 'ARC', 'CIRCLE', 'ELLIPSE', 'SPLINE', 'INSERT', 'TEXT', 'MTEXT', 'ATTRIB', 'HATCH', 'SOLID'] as const;
const DRAWN = new Set<string>(DRAWN_KINDS);

export interface FlattenLimits {
  /** Nested blocks deeper than this are not drawn. */
  maxDepth: number;
  /** Entities drawn after block expansion (a 100 × 100 array of a 100-entity block is 10⁶). */
  maxDrawn: number;
  checkTime?: () => void;
}

export interface FlattenReport {
  skipped: Partial<Record<SkipReason, number>>;
}

function pushReversed(out: number[], pts: number[]): void {
  for (let i = pts.length - 2; i >= 0; i -= 2) out.push(pts[i]!, pts[i + 1]!);
}

const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);
/** Coordinates past 10¹² units are corrupt values, not a venue (and would overflow float32 storage). */
const FAR = 1e12;
const sane = (v: number) => Number.isFinite(v) && Math.abs(v) <= FAR;
const finite = (a: number[]) => a.every(sane);

/**
 * Walks model space, expanding INSERTs (scale, rotation, rectangular arrays, blocks in blocks)
 * with a guard against a block that inserts itself, directly or through others, and a cap on
 * depth and on the entities drawn.
 */
export function flatten(raw: RawDrawing, sink: FlatSink, limits: FlattenLimits): FlattenReport {
  const report: FlattenReport = { skipped: {} };
  const skip = (r: SkipReason) => {
    report.skipped[r] = (report.skipped[r] ?? 0) + 1;
  };
  let drawn = 0;
  const stack: string[] = [];

  const tp = (m: Affine, pts: number[]): number[] => {
    for (let i = 0; i < pts.length; i += 2) {
      const x = pts[i]!;
      const y = pts[i + 1]!;
      pts[i] = m[0] * x + m[2] * y + m[4];
      pts[i + 1] = m[1] * x + m[3] * y + m[5];
    }
    return pts;
  };

  const walk = (entities: RawEntity[], m: Affine, inheritLayer: string | null, depth: number) => {
    for (const e of entities) {
      // Kinds not drawn are counted where they are read (`RawDrawing.kinds`).
      if (!DRAWN.has(e.type)) continue;
      if (depth === 0 && num(e.paperSpace) !== 0) {
        skip('paper-space');
        continue;
      }
      if (e.visible === false) {
        skip('invisible');
        continue;
      }
      if (++drawn > limits.maxDrawn) throw new DxfLimitError('too-many-entities', limits.maxDrawn);
      if ((drawn & 1023) === 0) limits.checkTime?.();
      // Entities on layer 0 inside a block take the layer of the INSERT that places them.
      const own = typeof e.layer === 'string' && e.layer !== '' ? e.layer : '0';
      const layer = inheritLayer !== null && own === '0' ? inheritLayer : own;
      // An extrusion of (0, 0, −1) mirrors the entity's own x axis (common in mirrored blocks).
      const mm: Affine = num(e.extrusionZ, 1) < 0 ? mul(m, [-1, 0, 0, 1, 0, 0]) : m;
      if (e.type === 'INSERT') {
        insert(e, mm, layer, depth);
        continue;
      }
      const ok = draw(e, mm, layer);
      if (!ok) skip('invalid-geometry');
    }
  };

  const insert = (e: RawEntity, m: Affine, layer: string, depth: number) => {
    const name = String(e.block ?? '');
    const block = raw.blocks.get(name);
    if (!block) return skip('missing-block');
    if (stack.includes(name)) return skip('self-insert');
    if (depth + 1 > limits.maxDepth) return skip('too-deep');
    const sx = num(e.scaleX, 1) || 1;
    const sy = num(e.scaleY, 1) || 1;
    const rot = (num(e.rotation) * Math.PI) / 180;
    const cos = Math.cos(rot);
    const sin = Math.sin(rot);
    const rows = Math.max(1, Math.floor(num(e.rowCount, 1)));
    const cols = Math.max(1, Math.floor(num(e.columnCount, 1)));
    if (rows * cols * Math.max(1, block.entities.length) + drawn > limits.maxDrawn) throw new DxfLimitError('too-many-entities', limits.maxDrawn);
    const dr = num(e.rowSpacing);
    const dc = num(e.columnSpacing);
    stack.push(name);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        // Array offsets turn with the insert but are not scaled by it.
        const ox = num(e.x) + c * dc * cos - r * dr * sin;
        const oy = num(e.y) + c * dc * sin + r * dr * cos;
        const local: Affine = mul([cos * sx, sin * sx, -sin * sy, cos * sy, ox, oy], [1, 0, 0, 1, -block.x, -block.y]);
        walk(block.entities, mul(m, local), layer, depth + 1);
      }
    }
    stack.pop();
  };

  const draw = (e: RawEntity, m: Affine, layer: string): boolean => {
    const path = (pts: number[], closed: boolean): boolean => {
      if (pts.length < 4 || !finite(pts)) return false;
      tp(m, pts);
      if (!finite(pts)) return false;
      sink.path(layer, pts, closed);
      return true;
    };
    switch (e.type) {
      case 'LINE': {
        const s = e.start as { x?: number; y?: number } | undefined;
        const t = e.end as { x?: number; y?: number } | undefined;
        return path([num(s?.x, NaN), num(s?.y, NaN), num(t?.x, NaN), num(t?.y, NaN)], false);
      }
      case 'LWPOLYLINE':
      case 'POLYLINE': {
        const vs = (e.vertices as { x?: number; y?: number; bulge?: number }[] | undefined) ?? [];
        if (e.polygonMesh || e.polyfaceMesh) return false;
        if (vs.length < 2) {
          report.skipped.empty = (report.skipped.empty ?? 0) + 1;
          return true;
        }
        const closed = e.closed === true;
        const pts: number[] = [num(vs[0]!.x), num(vs[0]!.y)];
        const last = closed ? vs.length : vs.length - 1;
        for (let i = 0; i < last; i++) {
          const a = vs[i]!;
          const b = vs[(i + 1) % vs.length]!;
          bulgePoints(num(a.x), num(a.y), num(b.x), num(b.y), num(a.bulge), pts);
        }
        if (closed) pts.length -= 2;
        return path(pts, closed);
      }
      case 'CIRCLE': {
        const r = num(e.r, NaN);
        if (!(r > 0)) return false;
        const pts = arcPoints(num(e.x), num(e.y), r, 0, Math.PI * 2);
        pts.length -= 2;
        return path(pts, true);
      }
      case 'ARC': {
        const r = num(e.r, NaN);
        if (!(r > 0)) return false;
        return path(arcPoints(num(e.x), num(e.y), r, num(e.startAngle), num(e.endAngle)), false);
      }
      case 'ELLIPSE': {
        const ratio = num(e.axisRatio, NaN);
        if (!(ratio > 0 && ratio <= 1)) return false;
        const t0 = num(e.startAngle);
        const t1 = num(e.endAngle, Math.PI * 2);
        const full = Math.abs(t1 - t0 - Math.PI * 2) < 1e-9 || t1 === t0;
        const pts = ellipsePoints(num(e.x), num(e.y), num(e.majorX), num(e.majorY), ratio, t0, full ? t0 + Math.PI * 2 : t1);
        if (full) pts.length -= 2;
        return path(pts, full);
      }
      case 'SPLINE': {
        const cps = ((e.controlPoints as { x?: number; y?: number }[] | undefined) ?? []).map((p) => ({ x: num(p.x), y: num(p.y) }));
        const fit = (e.fitPoints as { x: number; y: number }[] | undefined) ?? [];
        const knots = ((e.knots as unknown[]) ?? []).map((k) => num(k, NaN));
        const weights = (e.weights as number[] | undefined)?.map((w) => num(w, 1));
        return path(splinePoints(num(e.degree, 3), knots, cps, weights, fit), e.closed === true);
      }
      case 'SOLID': {
        // Corners 1-2-4-3 go round the quadrilateral (the third and fourth are swapped in the file).
        const c = (e.corners as { x?: number; y?: number }[] | undefined) ?? [];
        const p = (i: number) => [num(c[i]?.x, NaN), num(c[i]?.y, NaN)];
        const has4 = c[3] && Number.isFinite(c[3].x) && Number.isFinite(c[3].y) && (c[3].x !== c[2]?.x || c[3].y !== c[2]?.y);
        return path(has4 ? [...p(0), ...p(1), ...p(3), ...p(2)] : [...p(0), ...p(1), ...p(2)], true);
      }
      case 'HATCH':
        return hatch(e, layer, path);
      case 'TEXT':
      case 'ATTRIB':
      case 'MTEXT':
        return textOf(e, m, layer);
    }
    return false;
  };

  const hatch = (e: RawEntity, _layer: string, path: (pts: number[], closed: boolean) => boolean): boolean => {
    const loops = (e.loops as HatchLoop[] | undefined) ?? [];
    let any = false;
    for (const loop of loops) {
      const pts: number[] = [];
      if (loop.kind === 'polyline') {
        const vs = loop.vertices;
        if (vs.length < 2) continue;
        pts.push(vs[0]!.x, vs[0]!.y);
        for (let i = 0; i < vs.length; i++) bulgePoints(vs[i]!.x, vs[i]!.y, vs[(i + 1) % vs.length]!.x, vs[(i + 1) % vs.length]!.y, vs[i]!.bulge, pts);
        pts.length -= 2;
      } else {
        for (const ed of loop.edges) {
          if (ed.type === 'line') pts.push(ed.x1, ed.y1, ed.x2, ed.y2);
          else if (ed.type === 'arc') {
            const a0 = (ed.start * Math.PI) / 180;
            const a1 = (ed.end * Math.PI) / 180;
            // A clockwise edge stores its angles negated: it runs clockwise from −start to −end.
            if (ed.ccw) arcPoints(ed.x, ed.y, ed.r, a0, a1, pts);
            else pushReversed(pts, arcPoints(ed.x, ed.y, ed.r, -a1, -a0));
          } else if (ed.type === 'ellipse') {
            const t0 = (ed.start * Math.PI) / 180;
            const t1 = (ed.end * Math.PI) / 180;
            if (ed.ccw) ellipsePoints(ed.x, ed.y, ed.mx, ed.my, ed.ratio, t0, t1, pts);
            else pushReversed(pts, ellipsePoints(ed.x, ed.y, ed.mx, ed.my, ed.ratio, -t1, -t0));
          } else pts.push(...splinePoints(ed.degree, ed.knots, ed.controlPoints, ed.weights, ed.fitPoints));
        }
      }
      if (path(pts, true)) any = true;
    }
    return any;
  };

  const textOf = (e: RawEntity, m: Affine, layer: string): boolean => {
    const isM = e.type === 'MTEXT';
    const s = isM ? plainMText(String(e.string ?? '')) : plainText(String(e.string ?? '')).trim();
    if (!s) return true;
    const aligned = !isM && (num(e.hAlign) !== 0 || num(e.vAlign) !== 0) && Number.isFinite(num(e.x2, NaN));
    const x = aligned ? num(e.x2) : num(e.x, NaN);
    const y = aligned ? num(e.y2) : num(e.y, NaN);
    const h = num(isM ? e.nominalTextHeight : e.textHeight, NaN);
    if (!sane(x) || !sane(y) || !(h > 0 && h <= FAR)) return false;
    let rot = isM ? (Math.atan2(num(e.xAxisY), num(e.xAxisX, 1)) * 180) / Math.PI : num(e.rotation);
    // Alignment as row·3 + column: rows top, middle, bottom; columns left, centre, right.
    let align: number;
    if (isM) align = Math.min(8, Math.max(0, num(e.attachmentPoint, 1) - 1));
    else {
      const ha = num(e.hAlign);
      const col = ha === 1 || ha === 4 ? 1 : ha === 2 ? 2 : 0;
      const va = num(e.vAlign);
      align = (va === 3 ? 0 : va === 2 || ha === 4 ? 1 : 2) * 3 + col;
    }
    const [px, py] = [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
    const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
    if (!sane(px) || !sane(py) || !(h * scale > 0 && h * scale <= FAR)) return false;
    rot += (Math.atan2(m[1], m[0]) * 180) / Math.PI;
    sink.text(layer, px, py, h * scale, rot, align, s.slice(0, 2000));
    return true;
  };

  walk(raw.entities, IDENTITY, null, 0);
  return report;
}
