import type { Camera, Viewport } from '../../camera';
import { FONT_STACK } from '../../fonts';
import { metres, niceStep } from './screen-label';

const RULER = 18;
/** Room of the scale bar in the bottom right corner (px): its bar is at most ~200 px long. */
const SCALE_BOX = { w: 300, h: 30 };

const sx = (cam: Camera, x: number) => x * cam.scale + cam.x;
const sy = (cam: Camera, y: number) => y * cam.scale + cam.y;

/** Rulers along the top and left edges, in metres of the plan (screen pixels of a `width` × `height` view). */
function drawEdgeRulers(ctx: CanvasRenderingContext2D, cam: Camera, width: number, height: number): void {
  ctx.fillStyle = 'rgba(250, 251, 252, 0.92)';
  ctx.fillRect(0, 0, width, RULER);
  ctx.fillRect(0, 0, RULER, height);
  ctx.strokeStyle = '#9aa4b1';
  ctx.fillStyle = '#4a5563';
  ctx.lineWidth = 1;
  ctx.font = `10px ${FONT_STACK}`;
  ctx.textBaseline = 'top';
  ctx.textAlign = 'left';
  const step = niceStep(cam.scale, 60);
  ctx.beginPath();
  for (let m = Math.ceil(-cam.x / cam.scale / step) * step; sx(cam, m) < width; m += step) {
    const x = Math.round(sx(cam, m)) + 0.5;
    ctx.moveTo(x, RULER - 8);
    ctx.lineTo(x, RULER);
    ctx.fillText(metres(m), x + 2, 2);
  }
  for (let m = Math.ceil(-cam.y / cam.scale / step) * step; sy(cam, m) < height; m += step) {
    const y = Math.round(sy(cam, m)) + 0.5;
    ctx.moveTo(RULER - 8, y);
    ctx.lineTo(RULER, y);
    ctx.save();
    ctx.translate(2, y + 2);
    ctx.rotate(Math.PI / 2);
    ctx.fillText(metres(m), 0, -12);
    ctx.restore();
  }
  ctx.stroke();
}

/** Scale bar in the bottom right corner: a round number of metres about 100 px long. */
function drawScaleBar(ctx: CanvasRenderingContext2D, cam: Camera, width: number, height: number): void {
  ctx.font = `10px ${FONT_STACK}`;
  ctx.textAlign = 'left';
  const bar = niceStep(cam.scale, 80);
  const px = bar * cam.scale;
  const x0 = width - px - 70;
  const y0 = height - 16;
  ctx.fillStyle = 'rgba(255,255,255,0.85)';
  ctx.fillRect(x0 - 6, y0 - 16, px + 60, 24);
  ctx.strokeStyle = '#1d2329';
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(x0, y0 - 5);
  ctx.lineTo(x0, y0);
  ctx.lineTo(x0 + px, y0);
  ctx.lineTo(x0 + px, y0 - 5);
  ctx.stroke();
  ctx.fillStyle = '#1d2329';
  ctx.textBaseline = 'bottom';
  ctx.fillText(`${metres(bar)} m`, x0 + px + 6, y0 + 2);
}

interface Part {
  canvas: HTMLCanvasElement;
  /** Where the part sits in a view of this size (px). */
  at: (v: Viewport) => { x: number; y: number; w: number; h: number };
  /** What it shows, drawn in the view's pixels (the canvas keeps what falls on it). */
  draw: (ctx: CanvasRenderingContext2D, cam: Camera, width: number, height: number) => void;
}

/**
 * The rulers and the scale bar, each on a canvas of its own size above the plan. They change
 * on every frame of a pan; on a full-screen layer that meant copying and blending a whole
 * screen of mostly transparent pixels per frame for the compositor (software without a GPU),
 * where these three strips are a thirtieth of it.
 */
export class Rulers {
  private readonly parts: Part[];

  constructor(parent: HTMLElement) {
    const part = (at: Part['at'], draw: Part['draw']): Part => {
      const canvas = document.createElement('canvas');
      canvas.setAttribute('aria-hidden', 'true');
      Object.assign(canvas.style, { position: 'absolute', pointerEvents: 'none', left: '0', top: '0' });
      parent.appendChild(canvas);
      return { canvas, at, draw };
    };
    this.parts = [
      part((v) => ({ x: 0, y: 0, w: v.width, h: RULER }), drawEdgeRulers),
      part((v) => ({ x: 0, y: RULER, w: RULER, h: Math.max(0, v.height - RULER) }), drawEdgeRulers),
      part((v) => ({ x: Math.max(0, v.width - SCALE_BOX.w), y: Math.max(0, v.height - SCALE_BOX.h), w: Math.min(v.width, SCALE_BOX.w), h: Math.min(v.height, SCALE_BOX.h) }), drawScaleBar),
    ];
  }

  draw(cam: Camera, viewport: Viewport): void {
    const dpr = window.devicePixelRatio || 1;
    for (const { canvas, at, draw } of this.parts) {
      const r = at(viewport);
      const w = Math.max(1, Math.round(r.w * dpr));
      const h = Math.max(1, Math.round(r.h * dpr));
      if (canvas.width !== w || canvas.height !== h) {
        canvas.width = w;
        canvas.height = h;
        canvas.style.width = `${r.w}px`;
        canvas.style.height = `${r.h}px`;
      }
      const place = `translate(${r.x}px, ${r.y}px)`;
      if (canvas.style.transform !== place) canvas.style.transform = place;
      const ctx = canvas.getContext('2d')!;
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, w, h);
      // Drawn in the view's own pixels; each canvas keeps the part that falls on it.
      ctx.setTransform(dpr, 0, 0, dpr, -r.x * dpr, -r.y * dpr);
      draw(ctx, cam, viewport.width, viewport.height);
    }
  }

  destroy(): void {
    for (const { canvas } of this.parts) canvas.remove();
  }
}
