/** Curves as points: arcs, bulges, ellipses and splines, in the entity's own coordinates. */

const TAU = Math.PI * 2;
/** Segments of a full circle; arcs get their share, at least two. */
export const CIRCLE_SEGMENTS = 64;
/** Points of one spline, however many control points it has. */
const SPLINE_POINTS_MAX = 512;

/**
 * The counter-clockwise sweep from `a0` to `a1`, in (0, 2π] (equal angles: the full turn).
 * By remainder, not by adding 2π until positive: an angle of 1e300 (a damaged file) is not
 * changed by adding 2π, and that loop never ended.
 */
export function ccwSweep(a0: number, a1: number): number {
  const d = a1 - a0;
  if (d > TAU) return TAU;
  const r = d % TAU;
  return r <= 0 ? r + TAU : r;
}

/** Points of an arc from angle `a0` to `a1` (radians, counter-clockwise), both ends included. */
export function arcPoints(cx: number, cy: number, r: number, a0: number, a1: number, out: number[] = []): number[] {
  const sweep = ccwSweep(a0, a1);
  const n = Math.max(2, Math.ceil((sweep / TAU) * CIRCLE_SEGMENTS));
  for (let i = 0; i <= n; i++) {
    const a = a0 + (sweep * i) / n;
    out.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  return out;
}

/**
 * Points after (x1, y1) up to and including (x2, y2) along a polyline segment with a bulge:
 * the tangent of a quarter of the arc's angle, positive counter-clockwise.
 */
export function bulgePoints(x1: number, y1: number, x2: number, y2: number, bulge: number, out: number[]): void {
  if (!Number.isFinite(bulge) || Math.abs(bulge) < 1e-9) {
    out.push(x2, y2);
    return;
  }
  const d = Math.hypot(x2 - x1, y2 - y1);
  if (d === 0) return;
  const theta = 4 * Math.atan(bulge);
  const r = d / (2 * Math.sin(Math.abs(theta) / 2));
  // Centre: from the chord's midpoint along its normal, on the side the bulge turns to.
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  const h = Math.sqrt(Math.max(0, r * r - (d / 2) * (d / 2)));
  const nx = -(y2 - y1) / d;
  const ny = (x2 - x1) / d;
  const side = (bulge > 0 ? 1 : -1) * (Math.abs(theta) > Math.PI ? -1 : 1);
  const cx = mx + nx * h * side;
  const cy = my + ny * h * side;
  const a0 = Math.atan2(y1 - cy, x1 - cx);
  const n = Math.max(2, Math.ceil((Math.abs(theta) / TAU) * CIRCLE_SEGMENTS));
  for (let i = 1; i <= n; i++) {
    const a = a0 + (theta * i) / n;
    out.push(cx + r * Math.cos(a), cy + r * Math.sin(a));
  }
  out[out.length - 2] = x2;
  out[out.length - 1] = y2;
}

/** Points of an ellipse (centre, major axis end relative to the centre, minor/major ratio) between two parameters. */
export function ellipsePoints(cx: number, cy: number, mx: number, my: number, ratio: number, t0: number, t1: number, out: number[] = []): number[] {
  const sweep = ccwSweep(t0, t1);
  const n = Math.max(2, Math.ceil((sweep / TAU) * CIRCLE_SEGMENTS));
  const nx = -my * ratio;
  const ny = mx * ratio;
  for (let i = 0; i <= n; i++) {
    const t = t0 + (sweep * i) / n;
    const c = Math.cos(t);
    const s = Math.sin(t);
    out.push(cx + mx * c + nx * s, cy + my * c + ny * s);
  }
  return out;
}

/**
 * A B-spline (rational when weights are given) sampled by de Boor's algorithm; with knots
 * that do not fit the control points, the fit points (or else the control polygon) are used.
 */
export function splinePoints(degree: number, knots: number[], cps: { x: number; y: number }[], weights: number[] | undefined, fit: { x: number; y: number }[]): number[] {
  const n = cps.length;
  const p = Math.floor(degree);
  const out: number[] = [];
  if (p >= 1 && p <= 10 && n > p && knots.length === n + p + 1 && isNonDecreasing(knots)) {
    const w = weights && weights.length === n ? weights : null;
    const lo = knots[p]!;
    const hi = knots[n]!;
    if (hi > lo) {
      const samples = Math.min(SPLINE_POINTS_MAX, Math.max(8, n * 8));
      for (let i = 0; i <= samples; i++) {
        const [x, y] = deBoor(p, knots, cps, w, lo + ((hi - lo) * i) / samples);
        out.push(x, y);
      }
      return out;
    }
  }
  const pts = fit.length >= 2 ? fit : cps;
  for (const q of pts) out.push(q.x, q.y);
  return out;
}

function isNonDecreasing(a: number[]): boolean {
  for (let i = 1; i < a.length; i++) if (!(a[i]! >= a[i - 1]!)) return false;
  return true;
}

function deBoor(p: number, U: number[], cps: { x: number; y: number }[], w: number[] | null, u: number): [number, number] {
  const n = cps.length;
  let k = p;
  while (k < n - 1 && u >= U[k + 1]!) k++;
  const dx: number[] = [];
  const dy: number[] = [];
  const dw: number[] = [];
  for (let j = 0; j <= p; j++) {
    const c = cps[k - p + j]!;
    const wt = w ? w[k - p + j]! : 1;
    dx.push(c.x * wt);
    dy.push(c.y * wt);
    dw.push(wt);
  }
  for (let r = 1; r <= p; r++) {
    for (let j = p; j >= r; j--) {
      const i = k - p + j;
      const den = U[i + p - r + 1]! - U[i]!;
      const a = den === 0 ? 0 : (u - U[i]!) / den;
      dx[j] = (1 - a) * dx[j - 1]! + a * dx[j]!;
      dy[j] = (1 - a) * dy[j - 1]! + a * dy[j]!;
      dw[j] = (1 - a) * dw[j - 1]! + a * dw[j]!;
    }
  }
  const ww = dw[p] || 1;
  return [dx[p]! / ww, dy[p]! / ww];
}

/** TEXT control codes (%%c ⌀, %%d °, %%p ±, underline/overline toggles, %%nnn). */
export function plainText(s: string): string {
  return s
    .replace(/%%[cC]/g, '⌀')
    .replace(/%%[dD]/g, '°')
    .replace(/%%[pP]/g, '±')
    .replace(/%%[uUoOkK]/g, '')
    .replace(/%%(\d{3})/g, (_, d: string) => String.fromCharCode(Number(d)))
    .replace(/\\U\+([0-9A-Fa-f]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** MTEXT without its formatting codes: paragraphs become line breaks, fonts and colours go. */
export function plainMText(s: string): string {
  return plainText(
    s
      .replace(/\\\\/g, '\uE000')
      .replace(/\\[Pp]/g, '\n')
      .replace(/\\~/g, ' ')
      .replace(/\\S([^;]*);/g, (_, f: string) => f.replace(/[\^#]/g, '/'))
      .replace(/\\[ACFfHQTWcp][^;]*;/g, '')
      .replace(/\\[LlOoKkNX]/g, '')
      .replace(/\\\{/g, '\uE001')
      .replace(/\\\}/g, '\uE002')
      .replace(/[{}]/g, '')
      .replace(/\uE001/g, '{')
      .replace(/\uE002/g, '}')
      .replace(/\uE000/g, '\\'),
  ).trim();
}
