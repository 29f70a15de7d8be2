/** Mantissas of the drawing scales offered when fitting (1:100, 1:125, 1:150, 1:175, 1:200 …): at most ~14 % of the sheet is given up for a round scale. */
const SCALE_STEPS = [1, 1.25, 1.5, 1.75, 2, 2.25, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 7.5, 8, 9];

/**
 * The smallest "round" scale denominator ≥ `n`, so a fitted plan reads 1:500 rather than
 * 1:473 and can be measured with an architect's scale ruler.
 */
export function niceScaleDenominator(n: number): number {
  if (!(n > 0) || !Number.isFinite(n)) throw new RangeError(`scale denominator must be positive, got ${n}`);
  let pow = 10 ** Math.floor(Math.log10(n));
  for (;;) {
    for (const s of SCALE_STEPS) {
      const d = Math.round(s * pow * 1e6) / 1e6;
      if (d >= n - 1e-9) return d;
    }
    pow *= 10;
  }
}

/** Millimetres on paper per metre in the hall at 1:`denominator`. */
export function mmPerMetre(denominator: number): number {
  return 1000 / denominator;
}

export interface ScaleBar {
  /** Length the bar stands for, metres: 1, 2 or 5 × 10ⁿ. */
  metres: number;
  /** The bar's length on paper, mm. */
  lengthMm: number;
  /** Number of alternating segments. */
  segments: number;
}

/**
 * The longest round-length scale bar no longer than `maxMm` at `k` mm per metre. Lengths are
 * 1, 2 or 5 × 10ⁿ metres; segments are chosen so each stands for a round length too.
 */
export function scaleBar(k: number, maxMm: number): ScaleBar {
  if (!(k > 0) || !(maxMm > 0)) throw new RangeError('scale bar needs positive scale and room');
  const maxMetres = maxMm / k;
  let pow = 10 ** Math.floor(Math.log10(maxMetres));
  let metres = pow;
  for (const m of [5, 2, 1]) {
    if (m * pow <= maxMetres + 1e-9) {
      metres = m * pow;
      break;
    }
  }
  // Guard against floating error (e.g. 0.30000000000000004).
  metres = Number(metres.toPrecision(6));
  pow = Number(pow.toPrecision(6));
  const lead = Math.round(metres / pow);
  const segments = lead === 2 ? 4 : 5;
  return { metres, lengthMm: metres * k, segments };
}

/** A scale bar tick value for display: no float noise, no trailing zeros. */
export function formatMetres(m: number): string {
  return String(Number(m.toPrecision(6)));
}
