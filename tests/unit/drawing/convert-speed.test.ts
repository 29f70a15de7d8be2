import { describe, expect, it } from 'vitest';
import { DxfWriter } from '../../../shared/drawing/dxf-writer';
import { decodePoints, type VectorDrawing } from '../../../shared/drawing/compact';
import { applyConversion, pathsOnLayers, planConversion, type DrawingPaths } from '../../../shared/drawing/convert';
import { DEFAULT_NUMBERING } from '../../../shared/editing/numbering';
import { applyOperation } from '../../../shared/ops/operation';
import { emptyShow, expectOp } from '../editing/helpers';
import { load } from './helpers';

/**
 * The drawing of a whole 500-booth hall as a venue hands it over, in millimetres: outer walls,
 * 20 rows of 25 booths (3 × 3 m, back to back in pairs, 4 m aisles) each with its number as
 * TEXT inside and a hatched fascia, a column block inserted as an array, and a furniture layer.
 */
export function bigHallDxf(): string {
  const w = new DxfWriter({ insUnits: 4 }).layer('WALLS', 7).layer('BOOTH', 3).layer('BOOTH-NO', 1).layer('FASCIA', 4).layer('COLUMNS', 8).layer('FURNITURE', 2);
  w.block('COL').circle('0', 0, 0, 400).hatch('0', [[-400, -400], [400, -400], [400, 400], [-400, 400]]).endBlock();
  const width = 4000 + 25 * 3000 + 4000;
  const rows = 20;
  // Rows in pairs, back to back, 4 m aisles between pairs.
  const height = 4000 + (rows / 2) * (6000 + 4000);
  w.lwpolyline('WALLS', [[0, 0], [width, 0], [width, height], [0, height]], true);
  let n = 0;
  for (let r = 0; r < rows; r++) {
    const y = 4000 + Math.floor(r / 2) * 10000 + (r % 2) * 3000;
    for (let c = 0; c < 25; c++) {
      const x = 4000 + c * 3000;
      w.lwpolyline('BOOTH', [[x, y], [x + 3000, y], [x + 3000, y + 3000], [x, y + 3000]], true);
      w.centredText('BOOTH-NO', x + 1500, y + 1500, 350, `A${1001 + n++}`);
      w.hatch('FASCIA', [[x + 100, y + 100], [x + 2900, y + 100], [x + 2900, y + 300], [x + 100, y + 300]]);
      w.circle('FURNITURE', x + 800, y + 800, 250);
    }
  }
  w.insert('COLUMNS', 'COL', 2000, 2000, { cols: 10, rows: 6, dc: 9000, dr: 9000 });
  return w.toString();
}

function paths(d: VectorDrawing): DrawingPaths {
  const starts = new Uint32Array(d.paths.count.length);
  let k = 0;
  d.paths.count.forEach((c, i) => {
    starts[i] = k;
    k += c;
  });
  return { drawing: d, xy: decodePoints(d)!, starts };
}

describe('a whole 500-booth hall drawing', () => {
  it('imports and converts into 500 numbered booths in under 5 s', () => {
    const text = bigHallDxf();
    const t0 = performance.now();
    const d = load(text);
    const tImport = performance.now() - t0;
    const p = paths(d);
    const doc = emptyShow(100, 120);
    const t1 = performance.now();
    const plan = planConversion(doc, 'h1', p, { x: 0, y: 0, mpp: 0.001 }, pathsOnLayers(d, ['BOOTH']), 'booths', DEFAULT_NUMBERING);
    const op = expectOp(applyConversion(doc, plan));
    const after = applyOperation(doc, op);
    const tConvert = performance.now() - t1;
    console.log(`500-booth hall: ${(text.length / 1e6).toFixed(1)} MB DXF, ${d.paths.count.length} paths; import ${tImport.toFixed(0)} ms, convert ${tConvert.toFixed(0)} ms`);
    expect(plan.skipped).toEqual([]);
    expect(plan.made.every((m) => m.fromText)).toBe(true);
    expect(Object.keys(after.booths)).toHaveLength(500);
    expect(tImport).toBeLessThan(5000);
    expect(tConvert).toBeLessThan(5000);
  });
});
