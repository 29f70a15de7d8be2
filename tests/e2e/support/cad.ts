import { DxfWriter } from '../../../shared/drawing/dxf-writer';

/**
 * A hall drawing in millimetres as venues hand it over: outer walls 48.2 m × 31.0 m, 20 booths
 * of 3 m × 3 m (closed polylines) with their numbers as TEXT inside, columns as a block, and a
 * furniture layer to hide. One open polyline on the booth layer (a booth whose last side was
 * never drawn) is what a conversion must skip, saying why.
 */
export function hallDxf(): Buffer {
  const w = new DxfWriter({ insUnits: 4 }).layer('WALLS', 7).layer('BOOTHS', 3).layer('NUMBERS', 1).layer('FURNITURE', 2).layer('COLUMNS', 8);
  w.block('COL').circle('0', 0, 0, 400).hatch('0', [[-400, -400], [400, -400], [400, 400], [-400, 400]]).endBlock();
  w.lwpolyline('WALLS', [[0, 0], [48200, 0], [48200, 31000], [0, 31000]], true);
  for (let i = 0; i < 20; i++) {
    const col = i % 10;
    const row = Math.floor(i / 10);
    const x = 4000 + col * 3000;
    const y = 6000 + row * 9000;
    w.lwpolyline('BOOTHS', [[x, y], [x + 3000, y], [x + 3000, y + 3000], [x, y + 3000]], true);
    w.centredText('NUMBERS', x + 1500, y + 1500, 400, `C${101 + i}`);
    w.circle('FURNITURE', x + 700, y + 700, 300);
  }
  w.lwpolyline('BOOTHS', [[40000, 24000], [43000, 24000], [43000, 27000], [40000, 27000]], false);
  w.insert('COLUMNS', 'COL', 2000, 2000, { cols: 6, rows: 4, dc: 9000, dr: 9000 });
  return Buffer.from(w.toString());
}
