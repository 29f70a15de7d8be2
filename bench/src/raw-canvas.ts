import type { Camera } from '../../renderer/editor/camera';
import { STATUS_FILL } from '../../renderer/editor/status-colors';
import type { BBox } from '../../shared/geometry/polygon';
import type { Project } from '../../shared/model/project';
import type { BoothStatus } from '../../shared/model/entities';
import { flatBooths, VIEWPORT, type FlatBooth } from './world';
import { painted, type Variant } from './variant';

/**
 * Baseline: one plain canvas, every change redraws everything on screen with a loop over all
 * booths that skips those outside the viewport. No index, no caching, no snapshots.
 */
export function rawCanvasVariant(container: HTMLDivElement): Variant {
  const canvas = document.createElement('canvas');
  canvas.width = VIEWPORT.width;
  canvas.height = VIEWPORT.height;
  container.appendChild(canvas);
  const ctx = canvas.getContext('2d')!;
  let booths: FlatBooth[] = [];
  let cam: Camera = { scale: 1, x: 0, y: 0 };
  let selected = new Set<string>();
  let dragging = new Set<string>();
  let dx = 0;
  let dy = 0;

  const draw = () => {
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    const x0 = -cam.x / cam.scale;
    const y0 = -cam.y / cam.scale;
    const x1 = (VIEWPORT.width - cam.x) / cam.scale;
    const y1 = (VIEWPORT.height - cam.y) / cam.scale;
    ctx.lineWidth = 1;
    ctx.strokeStyle = '#5c6670';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const b of booths) {
      const ox = dragging.has(b.id) ? dx : 0;
      const oy = dragging.has(b.id) ? dy : 0;
      const bx = b.x + ox;
      const by = b.y + oy;
      if (bx + b.w < x0 || bx > x1 || by + b.h < y0 || by > y1) continue;
      const sx = bx * cam.scale + cam.x;
      const sy = by * cam.scale + cam.y;
      const w = b.w * cam.scale;
      const h = b.h * cam.scale;
      ctx.fillStyle = STATUS_FILL[b.status as BoothStatus] ?? '#ddd';
      ctx.fillRect(sx, sy, w, h);
      if (Math.min(w, h) >= 4) ctx.strokeRect(sx, sy, w, h);
      if (selected.has(b.id)) {
        ctx.strokeStyle = '#1f5fff';
        ctx.lineWidth = 2.5;
        ctx.strokeRect(sx, sy, w, h);
        ctx.strokeStyle = '#5c6670';
        ctx.lineWidth = 1;
      }
      if (Math.min(w, h) >= 40) {
        const fontPx = Math.max(10, Math.min(15, Math.round(Math.min(w, h) * 0.22)));
        ctx.font = `600 ${fontPx}px sans-serif`;
        ctx.fillStyle = '#1d2329';
        ctx.fillText(b.number, sx + w / 2, sy + h / 2 - (b.name ? fontPx * 0.6 : 0), w - 6);
        if (b.name) ctx.fillText(b.name, sx + w / 2, sy + h / 2 + fontPx * 0.6, w - 6);
      }
    }
  };

  return {
    async show(doc: Project, c: Camera) {
      booths = flatBooths(doc).booths;
      cam = c;
      draw();
      await painted();
    },
    gesture(c) {
      cam = c;
      draw();
    },
    async jump(c) {
      cam = c;
      draw();
      await painted();
    },
    crisp: () => Promise.resolve(),
    click(sx, sy) {
      const wx = (sx - cam.x) / cam.scale;
      const wy = (sy - cam.y) / cam.scale;
      let hit: string | null = null;
      for (const b of booths) if (wx >= b.x && wx <= b.x + b.w && wy >= b.y && wy <= b.y + b.h) hit = b.id;
      selected = new Set(hit ? [hit] : []);
      draw();
      return hit;
    },
    band(r: BBox) {
      selected = new Set(booths.filter((b) => b.x + b.w >= r.minX && b.x <= r.maxX && b.y + b.h >= r.minY && b.y <= r.maxY).map((b) => b.id));
      draw();
      return selected.size;
    },
    dragStart(ids) {
      dragging = new Set(ids);
      selected = new Set(ids);
      dx = dy = 0;
      draw();
    },
    dragStep(ddx, ddy) {
      dx += ddx;
      dy += ddy;
      draw();
    },
    dragEnd() {
      dragging = new Set();
      selected = new Set();
      draw();
    },
    assign(_op, next) {
      booths = flatBooths(next).booths;
      draw();
    },
    destroy() {
      canvas.remove();
    },
  };
}
