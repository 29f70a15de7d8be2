export type Unit = 'ms' | 'MB' | '%' | 'pts' | 'count';

/** One line of `npm run bench --json`: medians in ms (or MB where `unit` says so). */
export interface Measurement {
  name: string;
  booths: number;
  median_ms: number;
  p95_ms: number;
  baseline: string | null;
  baseline_median_ms: number | null;
  /** The baseline's p95 (frame targets compare p95s). */
  baseline_p95_ms?: number | null;
  /** Baseline median / ours: above 1 means we are faster. Null without a baseline. */
  ratio: number | null;
  unit?: Unit;
  samples: number;
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

export const median = (v: readonly number[]) => quantile(v, 0.5);
export const round = (v: number, digits = 2) => Math.round(v * 10 ** digits) / 10 ** digits;

/**
 * Rows for one measurement: ours, plus one row per baseline (ratio = baseline median / ours).
 * Without a baseline there is a single row with `baseline` null.
 */
export function rows(name: string, booths: number, ours: readonly number[], baselines: Record<string, readonly number[]>, unit: Unit = 'ms'): Measurement[] {
  const m = median(ours);
  const base = { name, booths, median_ms: round(m), p95_ms: round(quantile(ours, 0.95)), unit, samples: ours.length };
  const named = Object.entries(baselines).filter(([, v]) => v.length > 0);
  if (named.length === 0) return [{ ...base, baseline: null, baseline_median_ms: null, ratio: null }];
  return named.map(([b, v]) => {
    const bm = median(v);
    return { ...base, baseline: b, baseline_median_ms: round(bm), baseline_p95_ms: round(quantile(v, 0.95)), ratio: m > 0 ? round(bm / m) : null };
  });
}

/** A plain text table of measurements. */
export function table(list: readonly Measurement[]): string {
  const head = ['measurement', 'booths', 'median', 'p95', 'n', 'baseline', 'baseline median', 'ratio'];
  const body = list.map((m) => {
    const u = m.unit === 'count' ? '' : ` ${m.unit ?? 'ms'}`;
    return [m.name, String(m.booths), `${m.median_ms}${u}`, `${m.p95_ms}${u}`, String(m.samples), m.baseline ?? '-', m.baseline_median_ms === null ? '-' : `${m.baseline_median_ms}${u}`, m.ratio === null ? '-' : `${m.ratio}×`];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i < 1 || i === 5 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}
