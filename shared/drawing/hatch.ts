import type { Pair } from './tokens';
import type { RawEntity } from './read-dxf';

/** A boundary edge of a HATCH, in the hatch's own coordinates. */
export type HatchEdge =
  | { type: 'line'; x1: number; y1: number; x2: number; y2: number }
  | { type: 'arc'; x: number; y: number; r: number; start: number; end: number; ccw: boolean }
  | { type: 'ellipse'; x: number; y: number; mx: number; my: number; ratio: number; start: number; end: number; ccw: boolean }
  | { type: 'spline'; degree: number; knots: number[]; controlPoints: { x: number; y: number }[]; weights: number[]; fitPoints: { x: number; y: number }[] };

export type HatchLoop = { kind: 'polyline'; vertices: { x: number; y: number; bulge: number }[] } | { kind: 'edges'; edges: HatchEdge[] };

const num = (v: unknown) => (typeof v === 'number' ? v : parseFloat(String(v)));

/**
 * The outlines of a HATCH (its pattern lines are not drawn). Counts in the file are used only
 * as hints: every loop is bounded by the pairs actually present, so a hostile count cannot
 * make it run on.
 */
export function readHatch(t: Pair[]): RawEntity {
  const e: RawEntity = { type: 'HATCH', loops: [] as HatchLoop[] };
  let i = 0;
  const n = t.length;
  for (; i < n && t[i]![0] !== 91; i++) common(e, t[i]!);
  const loops = e.loops as HatchLoop[];
  i++;
  while (i < n) {
    const [c, v] = t[i]!;
    if (c === 75 || c === 98) break;
    if (c !== 92) {
      i++;
      continue;
    }
    const flags = num(v);
    i++;
    if (flags & 2) {
      const vertices: { x: number; y: number; bulge: number }[] = [];
      for (; i < n; i++) {
        const [cc, vv] = t[i]!;
        if (cc === 10) vertices.push({ x: num(vv), y: 0, bulge: 0 });
        else if (cc === 20 && vertices.length) vertices[vertices.length - 1]!.y = num(vv);
        else if (cc === 42 && vertices.length) vertices[vertices.length - 1]!.bulge = num(vv);
        else if (cc === 72 || cc === 73 || cc === 93) continue;
        else break;
      }
      loops.push({ kind: 'polyline', vertices });
    } else {
      const edges: HatchEdge[] = [];
      for (; i < n; ) {
        const [cc, vv] = t[i]!;
        if (cc === 93) {
          i++;
          continue;
        }
        if (cc !== 72) break;
        const kind = num(vv);
        i++;
        const start = i;
        while (i < n && t[i]![0] !== 72 && t[i]![0] !== 92 && t[i]![0] !== 75 && !(t[i]![0] === 97 && !isFitCount(t, i, kind))) i++;
        const edge = readEdge(kind, t.slice(start, i));
        if (edge) edges.push(edge);
      }
      loops.push({ kind: 'edges', edges });
    }
    // Source boundary objects: a count and that many handles.
    while (i < n && (t[i]![0] === 97 || t[i]![0] === 330)) i++;
  }
  return e;
}

/** In a spline edge, group 97 counts fit points when fit data (11/12) or a second 97 follows. */
function isFitCount(t: Pair[], i: number, kind: number): boolean {
  if (kind !== 4) return false;
  const next = t[i + 1]?.[0];
  return next === 11 || next === 12 || next === 97;
}

function common(e: RawEntity, [c, v]: Pair): void {
  if (c === 8) e.layer = String(v);
  else if (c === 67 && num(v) !== 0) e.paperSpace = num(v);
  else if (c === 230) e.extrusionZ = num(v);
}

function readEdge(kind: number, t: Pair[]): HatchEdge | null {
  const get = (code: number, d = 0) => {
    const f = t.find((p) => p[0] === code);
    return f ? num(f[1]) : d;
  };
  if (kind === 1) return { type: 'line', x1: get(10), y1: get(20), x2: get(11), y2: get(21) };
  if (kind === 2) return { type: 'arc', x: get(10), y: get(20), r: get(40), start: get(50), end: get(51), ccw: get(73, 1) !== 0 };
  if (kind === 3) return { type: 'ellipse', x: get(10), y: get(20), mx: get(11), my: get(21), ratio: get(40), start: get(50), end: get(51), ccw: get(73, 1) !== 0 };
  if (kind === 4) {
    const knots: number[] = [];
    const weights: number[] = [];
    const controlPoints: { x: number; y: number }[] = [];
    const fitPoints: { x: number; y: number }[] = [];
    for (const [c, v] of t) {
      if (c === 40) knots.push(num(v));
      else if (c === 42) weights.push(num(v));
      else if (c === 10) controlPoints.push({ x: num(v), y: 0 });
      else if (c === 20 && controlPoints.length) controlPoints[controlPoints.length - 1]!.y = num(v);
      else if (c === 11) fitPoints.push({ x: num(v), y: 0 });
      else if (c === 21 && fitPoints.length) fitPoints[fitPoints.length - 1]!.y = num(v);
    }
    return { type: 'spline', degree: get(94, 3), knots, controlPoints, weights, fitPoints };
  }
  return null;
}
