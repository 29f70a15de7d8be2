import type { Language } from '../../../../shared/ipc/contract';
import type { Camera } from '../../camera';
import { FONT_STACK } from '../../fonts';
import { pickText } from '../../text';
import type { SceneHall } from '../scene';
import { tracePath } from './trace';
import { fitText } from './text-fit';

/** Height of the title bar above a hall's top edge, px (also what the hall drag grabs). */
export const HALL_TITLE_PX = 20;

/** Hall floors and their names above the top edge, turned with the hall. */
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
    const widthPx = h.width * cam.scale;
    if (widthPx < 40) continue;
    const name = pickText(h.name, lang);
    const text = h.code && name ? `${h.code} · ${name}` : h.code || name;
    const x = h.anchorX * cam.scale + cam.x;
    const y = h.anchorY * cam.scale + cam.y;
    if (h.rotation === 0) {
      ctx.fillText(fitText(ctx, text, widthPx), x, y - 5);
      continue;
    }
    ctx.save();
    ctx.translate(x, y);
    ctx.rotate((h.rotation * Math.PI) / 180);
    ctx.fillText(fitText(ctx, text, widthPx), 0, -5);
    ctx.restore();
  }
}
