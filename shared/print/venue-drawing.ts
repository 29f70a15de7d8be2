import type { Hall } from '../model/entities';
import type { Project } from '../model/project';
import { decodePoints, VECTOR_DRAWING_MIME, type VectorDrawing } from '../drawing/compact';
import { entryOf } from '../model/project';
import { num } from './escape';
import type { PlanView } from './plan';

/**
 * A hall's DXF venue drawing as the print draws it: faint vector lines under the booths, in
 * the hall's frame (drawing unit (u, v) at (x, y) + R(rotation)·(u, v)·mpp metres), only the
 * layers switched on, clipped to the sheet's map area.
 */
export interface PlanVenueDrawing {
  xy: Float32Array;
  count: readonly number[];
  closed: readonly number[];
  layer: readonly number[];
  /** Per layer of the drawing: printed or not (hidden on the plan). */
  visible: readonly boolean[];
  x: number;
  y: number;
  /** Degrees clockwise. */
  rotation: number;
  mpp: number;
  /** Output rectangle the lines are clipped to (the map area), set per sheet. */
  clip?: { x: number; y: number; w: number; h: number };
}

/**
 * How faint: mid grey at 45 % opacity, half the width of a booth outline. Booths are drawn
 * opaque on top, so the lines show in aisles, around the hall and where nothing was drawn.
 */
export const VENUE_DRAWING_STROKE = { color: '#6b7280', opacity: 0.45, widthOfLine: 0.5 } as const;

/** Lines shorter than this on paper (output units, mm) are merged into the next point; paths smaller are left out. */
const MIN_OUT = 0.08;

/**
 * The hall's vector drawing ready to print, or null: no background, not a vector drawing, or
 * its points not supplied (`drawings` holds the stored drawings the caller has read, by asset id).
 */
export function planVenueDrawing(project: Project, hall: Hall, drawings: Readonly<Record<string, VectorDrawing>> | undefined): PlanVenueDrawing | null {
  const bg = hall.background;
  if (!bg) return null;
  const asset = entryOf(project.assets, bg.assetId);
  if (!asset || asset.mime !== VECTOR_DRAWING_MIME) return null;
  const d = drawings && Object.hasOwn(drawings, bg.assetId) ? drawings[bg.assetId] : undefined;
  if (!d) return null;
  const xy = decodePoints(d);
  if (!xy) return null;
  const hidden = new Set(bg.hiddenLayers);
  return {
    xy,
    count: d.paths.count,
    closed: d.paths.closed,
    layer: d.paths.layer,
    visible: d.layers.map((l) => !hidden.has(l.name)),
    x: bg.x,
    y: bg.y,
    rotation: bg.rotation ?? 0,
    mpp: bg.metresPerPixel,
  };
}

/** Whether the hall has a DXF venue drawing (the print dialog offers the option then). */
export function hasVenueDrawing(project: Project, hall: Hall): boolean {
  const bg = hall.background;
  const asset = bg ? entryOf(project.assets, bg.assetId) : undefined;
  return asset?.mime === VECTOR_DRAWING_MIME;
}

/** Paths per `<path>` element: one huge `d` attribute is slow to parse in some viewers. */
const PATHS_PER_ELEMENT = 4000;

/** The drawing as SVG: one group of faint strokes, clipped to the map area. */
export function venueDrawingSvg(v: PlanView, d: PlanVenueDrawing, clipId: string): string {
  const rad = (d.rotation * Math.PI) / 180;
  const a = Math.cos(rad) * d.mpp * v.k;
  const b = Math.sin(rad) * d.mpp * v.k;
  const ox = v.ox + d.x * v.k;
  const oy = v.oy + d.y * v.k;
  const c = d.clip;
  const parts: string[] = [];
  let current = '';
  let inElement = 0;
  let k = 0;
  for (let i = 0; i < d.count.length; i++) {
    const n = d.count[i]!;
    const s = k;
    k += n;
    if (!d.visible[d.layer[i]!]) continue;
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    const pts: number[] = [];
    for (let j = 0; j < n; j++) {
      const u = d.xy[2 * (s + j)]!;
      const w = d.xy[2 * (s + j) + 1]!;
      const x = ox + u * a - w * b;
      const y = oy + u * b + w * a;
      pts.push(x, y);
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
    }
    if (maxX - minX < MIN_OUT && maxY - minY < MIN_OUT) continue;
    // Wholly outside the map area: not written at all.
    if (c && (maxX < c.x || minX > c.x + c.w || maxY < c.y || minY > c.y + c.h)) continue;
    let lx = pts[0]!;
    let ly = pts[1]!;
    let path = `M${num(lx)} ${num(ly)}`;
    for (let j = 1; j < n; j++) {
      const x = pts[2 * j]!;
      const y = pts[2 * j + 1]!;
      if (j < n - 1 && Math.abs(x - lx) + Math.abs(y - ly) < MIN_OUT) continue;
      path += `L${num(x)} ${num(y)}`;
      lx = x;
      ly = y;
    }
    if (d.closed[i]) path += 'Z';
    current += path;
    if (++inElement >= PATHS_PER_ELEMENT) {
      parts.push(`<path d="${current}"/>`);
      current = '';
      inElement = 0;
    }
  }
  if (current) parts.push(`<path d="${current}"/>`);
  if (parts.length === 0) return '';
  const clip = c ? `<clipPath id="${clipId}"><rect x="${num(c.x, 3)}" y="${num(c.y, 3)}" width="${num(c.w, 3)}" height="${num(c.h, 3)}"/></clipPath>` : '';
  const st = VENUE_DRAWING_STROKE;
  return `${clip}<g class="venue-drawing" fill="none" stroke="${st.color}" stroke-opacity="${st.opacity}" stroke-width="${num(v.line * st.widthOfLine, 3)}" stroke-linecap="round" stroke-linejoin="round"${c ? ` clip-path="url(#${clipId})"` : ''}>${parts.join('')}</g>`;
}
