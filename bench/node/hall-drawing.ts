import { DxfWriter } from '../../shared/drawing/dxf-writer';
import { importDxf } from '../../shared/drawing/import-dxf';
import { serializeVectorDrawing, type VectorDrawing } from '../../shared/drawing/compact';
import type { Project } from '../../shared/model/project';

/** Segments a stored drawing strokes: each path's points less one, plus one when closed. */
export function segmentsOf(d: VectorDrawing): number {
  let n = 0;
  for (let i = 0; i < d.paths.count.length; i++) n += d.paths.count[i]! - 1 + d.paths.closed[i]!;
  return n;
}

/**
 * The venue drawing of a bench show's first hall as a venue would hand it over, in millimetres:
 * outer walls, rows of 3 × 3 m booths back to back with their numbers as TEXT, a hatched
 * fascia and a round table in each, a column block inserted as an array, then floor tiles
 * (single LINEs, 0.6 m apart) until the drawing has `segments` segments. It goes through the
 * real import (`importDxf`), so the bench draws exactly what a user's import would store.
 */
export function hallDrawing(doc: Project, segments: number): { text: string; drawing: VectorDrawing; segments: number; hallId: string; x: number; y: number; widthM: number; heightM: number; dxfBytes: number } {
  const hall = Object.values(doc.halls).sort((a, b) => a.order - b.order)[0];
  if (!hall) throw new Error('the bench show has no hall');
  const xs = hall.outline.map((p) => p[0]);
  const ys = hall.outline.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  const widthM = Math.max(...xs) - x;
  const heightM = Math.max(...ys) - y;
  const W = Math.round(widthM * 1000);
  const H = Math.round(heightM * 1000);
  // DXF y runs up; the import turns it so the top-left corner is (0, 0).
  const build = (tiles: number): DxfWriter => {
    const w = new DxfWriter({ insUnits: 4 }).layer('WALLS', 7).layer('BOOTH', 3).layer('BOOTH-NO', 1).layer('FASCIA', 4).layer('COLUMNS', 8).layer('FURNITURE', 2).layer('FLOOR', 9);
    w.block('COL').circle('0', 0, 0, 400).hatch('0', [[-400, -400], [400, -400], [400, 400], [-400, 400]]).endBlock();
    w.lwpolyline('WALLS', [[0, 0], [W, 0], [W, H], [0, H]], true);
    let n = 0;
    for (let by = 2000; by + 6000 <= H - 2000; by += 10_000) {
      for (let r = 0; r < 2; r++) {
        const yy = by + r * 3000;
        for (let bx = 2000; bx + 3000 <= W - 2000; bx += 3000) {
          w.lwpolyline('BOOTH', [[bx, yy], [bx + 3000, yy], [bx + 3000, yy + 3000], [bx, yy + 3000]], true);
          w.centredText('BOOTH-NO', bx + 1500, yy + 1500, 350, `B${1001 + n++}`);
          w.hatch('FASCIA', [[bx + 100, yy + 100], [bx + 2900, yy + 100], [bx + 2900, yy + 300], [bx + 100, yy + 300]]);
          w.circle('FURNITURE', bx + 800, yy + 800, 250);
        }
      }
    }
    const cols = Math.max(1, Math.floor(W / 9000));
    const rows = Math.max(1, Math.floor(H / 9000));
    w.insert('COLUMNS', 'COL', 1000, 1000, { cols, rows, dc: 9000, dr: 9000 });
    // Floor tiles: short single lines on a 0.6 m grid, row by row, as many as asked.
    const perRow = Math.max(1, Math.floor(W / 600));
    const perSheet = perRow * Math.max(1, Math.floor(H / 600));
    for (let t = 0; t < tiles; t++) {
      // Past one sheet of tiles, the next is offset (no line drawn twice on the same spot).
      const shift = (Math.floor(t / perSheet) % 4) * 150;
      const tx = (t % perRow) * 600 + 300 + shift;
      const ty = (Math.floor((t % perSheet) / perRow) * 600 + 300 + shift) % Math.max(600, H);
      w.line('FLOOR', tx - 200, ty, tx + 200, ty);
    }
    return w;
  };
  const load = (w: DxfWriter) => {
    const r = importDxf(w.toBytes(), { limits: { maxMillis: 120_000 } });
    if (!r.ok) throw new Error(`bench drawing: import failed (${r.error.code})`);
    return r.drawing;
  };
  const base = load(build(0));
  const tiles = Math.max(0, segments - segmentsOf(base));
  const w = build(tiles);
  const drawing = load(w);
  const text = serializeVectorDrawing(drawing);
  return { text, drawing, segments: segmentsOf(drawing), hallId: hall.id, x, y, widthM, heightM, dxfBytes: w.toString().length };
}
