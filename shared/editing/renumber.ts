import type { Booth } from '../model/entities';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { boothBBox, bboxCentre } from './scene';
import { MAX_NUMBER_LENGTH, numberKey, numberLines, numberingIsValid, takenNumbers, type LineOptions, type NumberingScheme } from './numbering';
import { refuse, type EditResult } from './result';

export interface SpatialOrderOptions {
  /**
   * Booths whose centres differ by no more than this (metres) across the lines share a line.
   * Default: half the median booth depth, so a row of slightly ragged booths stays one row.
   */
  tolerance?: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)]! : 0;
}

/**
 * Groups booths into lines for numbering: rows by y (within a tolerance), each left to
 * right; or, for `column`, columns by x, each top to bottom.
 */
export function orderSpatially(booths: readonly Booth[], byColumn: boolean, opts: SpatialOrderOptions = {}): Booth[][] {
  const items = booths.map((b) => {
    const box = boothBBox(b);
    const [cx, cy] = bboxCentre(box);
    return { b, across: byColumn ? cx : cy, along: byColumn ? cy : cx, extent: byColumn ? box.maxX - box.minX : box.maxY - box.minY };
  });
  const tol = opts.tolerance ?? Math.max(0.2, median(items.map((i) => i.extent)) / 2);
  items.sort((p, q) => p.across - q.across || p.along - q.along);
  const lines: (typeof items)[] = [];
  let start = -Infinity;
  for (const it of items) {
    if (it.across - start > tol) {
      lines.push([]);
      start = it.across;
    }
    lines[lines.length - 1]!.push(it);
  }
  return lines.map((line) => line.sort((p, q) => p.along - q.along).map((i) => i.b));
}

/**
 * Renumbers the selected booths by a scheme, in spatial order (rows by y then x, columns for
 * the `column` direction, alternating for `serpentine`). Refused when a new number is
 * already used by a booth outside the selection.
 */
export function renumber(doc: Project, boothIds: readonly string[], scheme: NumberingScheme, opts: SpatialOrderOptions & LineOptions = {}): EditResult {
  const ids = [...new Set(boothIds)];
  if (ids.length === 0) return refuse('nothing-selected');
  const missing = ids.filter((id) => !doc.booths[id]);
  if (missing.length) return refuse('booth-not-found', { boothIds: missing });
  if (!numberingIsValid(scheme)) return refuse('bad-numbering');
  const lines = orderSpatially(
    ids.map((id) => doc.booths[id]!),
    scheme.direction === 'column',
    opts,
  );
  const numbers = numberLines(
    lines.map((l) => l.length),
    scheme,
    opts,
  );
  if (!numbers) return refuse('numbering-exhausted');
  const taken = takenNumbers(doc, ids);
  const clashes: string[] = [];
  const builder = operation(doc, 'ops.renumber', { count: ids.length });
  lines.forEach((line, i) =>
    line.forEach((b, k) => {
      const n = numbers[i]![k]!;
      if (taken.has(numberKey(n))) clashes.push(n);
      builder.update('booths', b.id, { number: n });
    }),
  );
  if (clashes.length) return refuse('number-taken', { numbers: clashes });
  const tooLong = numbers.flat().find((n) => n.length > MAX_NUMBER_LENGTH);
  if (tooLong) return refuse('number-too-long', { numbers: [tooLong] });
  return builder.build();
}
