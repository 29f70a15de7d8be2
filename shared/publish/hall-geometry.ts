import type { AreaShape } from '../model/primitives';
import { rectCorners } from '../geometry/polygon';
import { labelBoxes } from '../print/label-box';

/**
 * A hall's booths as one flat array of integers in the hall view's units (decimetres: the
 * published map draws 10 units per metre), read by the page's script when the hall is first
 * shown. One array per hall instead of an SVG element per booth keeps a 25,000-booth phase
 * small and quick to open: the browser parses numbers, not markup, and builds only the hall
 * on screen.
 *
 * Each booth, in the order of the data island's booths (a hall's booths are contiguous there):
 * - `0, x, y, w, h` — an axis-aligned rectangle (most booths);
 * - `1, n, x1, y1, … xn, yn, cx, cy, w, h, angle` — any other outline (rotated rectangles,
 *   polygons), then the box its label goes in (centre, size, whole degrees), chosen here with
 *   the print's geometry so the page needs none.
 */
export const GEOMETRY_RECT = 0;
export const GEOMETRY_POLYGON = 1;

/** Where metres land in the hall view: `unit = origin + metres × scale`. */
export interface HallFrame {
  scale: number;
  ox: number;
  oy: number;
}

const round = (v: number) => {
  const r = Math.round(v);
  return r === 0 ? 0 : r;
};

/** Appends one booth's outline to the hall's geometry array. */
export function pushBoothGeometry(out: number[], shape: AreaShape, f: HallFrame): void {
  const X = (x: number) => round(f.ox + x * f.scale);
  const Y = (y: number) => round(f.oy + y * f.scale);
  if (shape.type === 'rect' && !shape.rotation) {
    // Rounded by edge, not by size, so neighbours that touch in metres still touch on screen.
    const x0 = X(shape.x);
    const y0 = Y(shape.y);
    out.push(GEOMETRY_RECT, x0, y0, X(shape.x + shape.w) - x0, Y(shape.y + shape.h) - y0);
    return;
  }
  const pts = shape.type === 'rect' ? rectCorners(shape) : shape.points;
  out.push(GEOMETRY_POLYGON, pts.length);
  for (const [x, y] of pts) out.push(X(x), Y(y));
  const box = labelBoxes(shape).reduce<ReturnType<typeof labelBoxes>[number] | null>((best, b) => (!best || b.w * b.h > best.w * best.h ? b : best), null);
  // Sizes rounded down: the label's box never grows past the booth.
  if (box) out.push(X(box.cx), Y(box.cy), Math.floor(box.w * f.scale), Math.floor(box.h * f.scale), Math.round(box.angle));
  else out.push(0, 0, 0, 0, 0);
}
