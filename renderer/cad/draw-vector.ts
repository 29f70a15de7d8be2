import type { BBox } from '../../shared/geometry/polygon';
import type { Camera, Viewport } from '../editor/camera';
import { FONT_STACK } from '../editor/fonts';
import { vectorDrawingsVersion, type LoadedDrawing } from './vector-drawings';

/** One vector drawing as placed on the plan: drawing unit (u, v) is at (x0, y0) + R(rotation)·(u, v)·mpp metres. */
export interface VectorPlacement {
  assetId: string;
  loaded: LoadedDrawing;
  x0: number;
  y0: number;
  /** Degrees clockwise on screen. */
  rotation: number;
  mpp: number;
  hidden: readonly string[];
  opacity: number;
}

/** Below this many pixels a path is not drawn, and points closer than this to the last are dropped. */
const LOD_PX = 0.75;
/** Texts smaller than this on screen are not drawn. */
const MIN_TEXT_PX = 4;

/** A layer colour readable on the white plan: very light colours (yellow, white) are darkened. */
export function displayColour(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const r = (n >> 16) & 255;
  const g = (n >> 8) & 255;
  const b = n & 255;
  const lum = (0.299 * r + 0.587 * g + 0.114 * b) / 255;
  if (lum < 0.7) return hex;
  const f = 0.55;
  return `rgb(${Math.round(r * f)}, ${Math.round(g * f)}, ${Math.round(b * f)})`;
}

/**
 * Draws the part of a drawing inside `view` (world metres): paths found through the drawing's
 * spatial index, per layer in one stroke, with level of detail (paths under a pixel skipped,
 * points under a pixel apart merged); texts once they are large enough to read.
 */
export function drawVector(ctx: CanvasRenderingContext2D, p: VectorPlacement, cam: Camera, view: BBox): number {
  const { loaded, x0, y0, mpp } = p;
  const d = loaded.drawing;
  const k = mpp * cam.scale;
  const rad = (p.rotation * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  // The view in drawing units: its corners turned back, then their bounding box.
  const corners = [
    [view.minX, view.minY],
    [view.maxX, view.minY],
    [view.maxX, view.maxY],
    [view.minX, view.maxY],
  ].map(([x, y]) => [((x! - x0) * cos + (y! - y0) * sin) / mpp, (-(x! - x0) * sin + (y! - y0) * cos) / mpp] as const);
  const q = { minX: Math.min(...corners.map((c) => c[0])), minY: Math.min(...corners.map((c) => c[1])), maxX: Math.max(...corners.map((c) => c[0])), maxY: Math.max(...corners.map((c) => c[1])) };
  // Screen = o + M·(u, v), M the rotation scaled to pixels.
  const a = cos * k;
  const b = sin * k;
  const hits = loaded.paths.search(q);
  const hidden = new Set(p.hidden);
  const byLayer = new Map<number, number[]>();
  for (const h of hits) {
    const l = d.paths.layer[h.i]!;
    let list = byLayer.get(l);
    if (!list) byLayer.set(l, (list = []));
    list.push(h.i);
  }
  const ox = x0 * cam.scale + cam.x;
  const oy = y0 * cam.scale + cam.y;
  const { xy, starts, boxes } = loaded;
  let segments = 0;
  ctx.globalAlpha = p.opacity;
  ctx.lineWidth = 1;
  ctx.lineJoin = 'round';
  for (const [l, list] of byLayer) {
    const layer = d.layers[l];
    if (!layer || hidden.has(layer.name)) continue;
    ctx.beginPath();
    for (const i of list) {
      if ((boxes[i * 4 + 2]! - boxes[i * 4]!) * k < LOD_PX && (boxes[i * 4 + 3]! - boxes[i * 4 + 1]!) * k < LOD_PX) continue;
      const s = starts[i]!;
      const n = d.paths.count[i]!;
      const u0 = xy[2 * s]!;
      const v0 = xy[2 * s + 1]!;
      let lx = ox + u0 * a - v0 * b;
      let ly = oy + u0 * b + v0 * a;
      ctx.moveTo(lx, ly);
      for (let j = 1; j < n; j++) {
        const u = xy[2 * (s + j)]!;
        const v = xy[2 * (s + j) + 1]!;
        const x = ox + u * a - v * b;
        const y = oy + u * b + v * a;
        if (j < n - 1 && Math.abs(x - lx) + Math.abs(y - ly) < LOD_PX) continue;
        ctx.lineTo(x, y);
        lx = x;
        ly = y;
        segments++;
      }
      if (d.paths.closed[i]) {
        ctx.closePath();
        segments++;
      }
    }
    ctx.strokeStyle = displayColour(layer.color);
    ctx.stroke();
  }
  if (d.texts.length > 0) {
    for (const h of loaded.texts.search(q)) {
      const t = d.texts[h.i]!;
      const px = t.h * k;
      if (px < MIN_TEXT_PX) continue;
      const layer = d.layers[t.l];
      if (!layer || hidden.has(layer.name)) continue;
      ctx.save();
      ctx.translate(ox + t.x * a - t.y * b, oy + t.x * b + t.y * a);
      if (t.r || p.rotation) ctx.rotate(((t.r + p.rotation) * Math.PI) / 180);
      ctx.font = `${px.toFixed(1)}px ${FONT_STACK}`;
      ctx.fillStyle = displayColour(layer.color);
      const col = t.a % 3;
      const row = Math.floor(t.a / 3);
      ctx.textAlign = col === 0 ? 'left' : col === 1 ? 'center' : 'right';
      ctx.textBaseline = row === 0 ? 'top' : row === 1 ? 'middle' : 'alphabetic';
      const lines = t.s.split('\n');
      const lh = px * 1.25;
      const first = row === 0 ? 0 : row === 1 ? (-(lines.length - 1) * lh) / 2 : -(lines.length - 1) * lh;
      lines.forEach((line, i) => ctx.fillText(line, 0, first + i * lh));
      ctx.restore();
    }
  }
  ctx.globalAlpha = 1;
  return segments;
}

/**
 * During a gesture the cached bitmap is stretched up to 4× either way, and may leave a quarter
 * of the screen empty at its edges, before it is drawn again (the crisp draw follows when the
 * gesture settles). When its last full draw took longer than a frame (a large drawing), 8× and
 * half the screen: a blank edge for a moment rather than a dropped frame, as the plan's own
 * layers do.
 */
const GESTURE_LIMITS = { cheap: { zoom: 4, uncovered: 0.25 }, costly: { zoom: 8, uncovered: 0.5 } } as const;
const FRAME_BUDGET_MS = 12;

/**
 * The vector drawings of the plan, kept as a bitmap a screen larger than the view on every
 * side: panning at one zoom only moves the bitmap (as fast as a plan without a drawing). During
 * a pan or zoom gesture the bitmap is moved and scaled, not drawn again, until it is too far
 * off scale or leaves too much of the screen empty (`GESTURE_LIMITS`): zooming across a 100,000-segment drawing
 * costs a drawImage a frame, not a full draw. A new zoom once the gesture settles, an edit or
 * a drawing that finished loading draws it again.
 */
export class VectorUnderlay {
  private canvas: HTMLCanvasElement | null = null;
  private key = '';
  private content = '';
  private at: Camera = { scale: 0, x: 0, y: 0 };
  private margin = 0;
  /** Segments stroked by the last full draw (tests and the benchmark read it). */
  lastSegments = 0;
  redraws = 0;
  /** Frames drawn from the stretched bitmap during a gesture. */
  stretched = 0;
  /** How long the last full draw took (ms). */
  lastRenderMs = 0;

  draw(ctx: CanvasRenderingContext2D, placements: readonly VectorPlacement[], cam: Camera, viewport: Viewport, gesturing = false): void {
    if (placements.length === 0 || viewport.width <= 0 || viewport.height <= 0) return;
    const dpr = ctx.getTransform().a || 1;
    const content = `${dpr}|${viewport.width}x${viewport.height}|${vectorDrawingsVersion()}|${placements.map((p) => `${p.assetId}:${p.x0}:${p.y0}:${p.rotation}:${p.mpp}:${p.opacity}:${p.hidden.join('\u0001')}`).join('|')}`;
    const key = `${cam.scale}|${content}`;
    const m = this.margin;
    if (gesturing && this.canvas && content === this.content) {
      // Where the bitmap drawn at `at` lands at `cam`: scaled by k about the screen origin.
      const k = cam.scale / this.at.scale;
      const left = cam.x - this.at.x * k - m * k;
      const top = cam.y - this.at.y * k - m * k;
      const w = (this.canvas.width / dpr) * k;
      const h = (this.canvas.height / dpr) * k;
      const ix = Math.max(0, Math.min(viewport.width, left + w) - Math.max(0, left));
      const iy = Math.max(0, Math.min(viewport.height, top + h) - Math.max(0, top));
      const uncovered = 1 - (ix * iy) / (viewport.width * viewport.height);
      const lim = this.lastRenderMs > FRAME_BUDGET_MS ? GESTURE_LIMITS.costly : GESTURE_LIMITS.cheap;
      if (k <= lim.zoom && k >= 1 / lim.zoom && uncovered <= lim.uncovered) {
        if (key !== this.key || Math.abs(cam.x - this.at.x) > m || Math.abs(cam.y - this.at.y) > m) this.stretched++;
        ctx.drawImage(this.canvas, left, top, w, h);
        return;
      }
    }
    const dx = cam.x - this.at.x;
    const dy = cam.y - this.at.y;
    if (key !== this.key || !this.canvas || Math.abs(dx) > m || Math.abs(dy) > m) this.render(placements, cam, viewport, dpr, key, content);
    const c = this.canvas!;
    ctx.drawImage(c, -this.margin + cam.x - this.at.x, -this.margin + cam.y - this.at.y, c.width / dpr, c.height / dpr);
  }

  private render(placements: readonly VectorPlacement[], cam: Camera, viewport: Viewport, dpr: number, key: string, content: string): void {
    const t0 = performance.now();
    this.margin = Math.round(Math.max(viewport.width, viewport.height) / 2);
    const m = this.margin;
    const w = Math.ceil((viewport.width + 2 * m) * dpr);
    const h = Math.ceil((viewport.height + 2 * m) * dpr);
    if (!this.canvas) this.canvas = document.createElement('canvas');
    if (this.canvas.width !== w || this.canvas.height !== h) {
      this.canvas.width = w;
      this.canvas.height = h;
    }
    const c = this.canvas.getContext('2d')!;
    c.setTransform(1, 0, 0, 1, 0, 0);
    c.clearRect(0, 0, w, h);
    c.setTransform(dpr, 0, 0, dpr, m * dpr, m * dpr);
    const view = { minX: (-m - cam.x) / cam.scale, minY: (-m - cam.y) / cam.scale, maxX: (viewport.width + m - cam.x) / cam.scale, maxY: (viewport.height + m - cam.y) / cam.scale };
    let segments = 0;
    for (const p of placements) segments += drawVector(c, p, cam, view);
    this.lastSegments = segments;
    this.lastRenderMs = performance.now() - t0;
    this.redraws++;
    this.key = key;
    this.content = content;
    this.at = { scale: cam.scale, x: cam.x, y: cam.y };
  }
}
