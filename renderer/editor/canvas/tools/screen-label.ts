import { FONT_STACK } from '../../fonts';

/** Metres as the plan labels them: at most two decimals, no trailing zeros. */
export function metres(v: number): string {
  return `${Math.round(v * 100) / 100}`;
}

/** A grid or ruler step (metres) giving marks at least `minPx` apart at this zoom. */
export function niceStep(scale: number, minPx: number): number {
  for (const s of [0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500]) if (s * scale >= minPx) return s;
  return 1000;
}

/** A dark tag with white text at a screen position: live dimensions, angles and hints. */
export function label(ctx: CanvasRenderingContext2D, text: string, x: number, y: number): void {
  ctx.font = `600 12px ${FONT_STACK}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'top';
  const w = ctx.measureText(text).width;
  ctx.fillStyle = 'rgba(29, 35, 41, 0.85)';
  ctx.fillRect(x - 4, y - 3, w + 8, 18);
  ctx.fillStyle = '#fff';
  ctx.fillText(text, x, y);
}
