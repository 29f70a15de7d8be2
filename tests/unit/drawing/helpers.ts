import { expect } from 'vitest';
import { decodePoints, type VectorDrawing } from '../../../shared/drawing/compact';
import { importDxf, type DxfImportOptions } from '../../../shared/drawing/import-dxf';

/** Imports and fails the test with the error when the import refuses. */
export function load(bytes: Uint8Array | string, opts: DxfImportOptions = {}): VectorDrawing {
  const r = importDxf(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, opts);
  if (!r.ok) expect.fail(`import refused: ${JSON.stringify(r.error)}`);
  return r.drawing;
}

/** Every path as [x, y] pairs back in DXF coordinates (y up), with its layer name and closed flag. */
export function pathsOf(d: VectorDrawing): { layer: string; closed: boolean; pts: [number, number][] }[] {
  const xy = decodePoints(d)!;
  const out: { layer: string; closed: boolean; pts: [number, number][] }[] = [];
  let k = 0;
  d.paths.count.forEach((n, i) => {
    const pts: [number, number][] = [];
    for (let j = 0; j < n; j++, k += 2) pts.push([xy[k]! + d.origin[0], d.origin[1] - xy[k + 1]!]);
    out.push({ layer: d.layers[d.paths.layer[i]!]!.name, closed: d.paths.closed[i] === 1, pts });
  });
  return out;
}

export function bounds(pts: [number, number][]) {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
}
