import type { Language } from '../../../../shared/ipc/contract';
import type { Camera } from '../../camera';
import { FONT_STACK } from '../../fonts';
import { pickText } from '../../text';
import type { SceneHall } from '../scene';
import { tracePath } from './trace';
import { fitText } from './text-fit';

/** Hall floors and their names above the top-left corner. */
export function drawHalls(ctx: CanvasRenderingContext2D, halls: readonly SceneHall[], cam: Camera, lang: Language): void {
  ctx.beginPath();
  for (const h of halls) tracePath(ctx, h.pts, cam, true);
  ctx.fillStyle = '#ffffff';
  ctx.fill();
  ctx.lineWidth = 1.5;
  ctx.strokeStyle = '#2b3440';
  ctx.stroke();

  ctx.font = `600 13px ${FONT_STACK}`;
  ctx.textAlign = 'left';
  ctx.textBaseline = 'bottom';
  ctx.fillStyle = '#2b3440';
  for (const h of halls) {
    const widthPx = (h.bounds.maxX - h.bounds.minX) * cam.scale;
    if (widthPx < 40) continue;
    const name = pickText(h.name, lang);
    const text = h.code && name ? `${h.code} · ${name}` : h.code || name;
    ctx.fillText(fitText(ctx, text, widthPx), h.bounds.minX * cam.scale + cam.x, h.bounds.minY * cam.scale + cam.y - 5);
  }
}
