import type { Language } from '../../../../shared/ipc/contract';
import { BOOTH_STROKE } from '../../status-colors';
import { boothFill } from '../../assignment/colour-mode';
import { FONT_STACK } from '../../fonts';
import type { Camera } from '../../camera';
import { labelDetail, labelFontPx, OUTLINE_MIN_PX } from '../culling';
import type { SceneBooth } from '../scene';
import { tracePath } from './trace';
import { fitText } from './text-fit';

/**
 * Draws the visible booths in screen space: one fill per status colour and one stroke per
 * zone colour (a handful of canvas calls for thousands of booths), then labels for the
 * booths big enough to read them.
 */
export function drawBooths(ctx: CanvasRenderingContext2D, booths: readonly SceneBooth[], cam: Camera, lang: Language): void {
  const byStatus = new Map<string, SceneBooth[]>();
  const byZone = new Map<string, SceneBooth[]>();
  for (const b of booths) {
    // The "Colour by" choice (status, zone, sector, country) decides the fill.
    const fill = boothFill(b.id, b.status);
    let list = byStatus.get(fill);
    if (!list) byStatus.set(fill, (list = []));
    list.push(b);
    if (b.zoneColor) {
      let zl = byZone.get(b.zoneColor);
      if (!zl) byZone.set(b.zoneColor, (zl = []));
      zl.push(b);
    }
  }
  for (const [fill, list] of byStatus) {
    ctx.beginPath();
    for (const b of list) tracePath(ctx, b.pts, cam, true);
    ctx.fillStyle = fill;
    ctx.fill();
  }

  // Outlines only where a booth is big enough for one to help; tiny booths read as fills.
  ctx.beginPath();
  for (const b of booths) if (!b.zoneColor && b.minSide * cam.scale >= OUTLINE_MIN_PX) tracePath(ctx, b.pts, cam, true);
  ctx.lineWidth = 1;
  ctx.strokeStyle = BOOTH_STROKE;
  ctx.stroke();
  // Zone colour as a border, thick enough to tell zones apart when zoomed out.
  ctx.lineWidth = Math.max(1.5, Math.min(3.5, 0.25 * cam.scale));
  ctx.lineJoin = 'miter';
  for (const [color, list] of byZone) {
    ctx.beginPath();
    for (const b of list) tracePath(ctx, b.pts, cam, true);
    ctx.strokeStyle = color;
    ctx.stroke();
  }

  drawLabels(ctx, booths, cam, lang);
}

function drawLabels(ctx: CanvasRenderingContext2D, booths: readonly SceneBooth[], cam: Camera, lang: Language): void {
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = '#1d2329';
  let currentFont = '';
  for (const b of booths) {
    const detail = labelDetail(b.minSide, cam.scale, b.exhibitor !== null);
    if (detail === 'none') continue;
    const sidePx = b.minSide * cam.scale;
    const widthPx = (b.bbox.maxX - b.bbox.minX) * cam.scale - 6;
    const fontPx = labelFontPx(sidePx);
    const cx = b.labelX * cam.scale + cam.x;
    const cy = b.labelY * cam.scale + cam.y;
    const name = detail === 'full' && b.exhibitor ? (lang === 'zh-CN' ? b.exhibitor.zh || b.exhibitor.en : b.exhibitor.en || b.exhibitor.zh) : '';
    const lineGap = fontPx * 1.25;
    const numberFont = `600 ${fontPx}px ${FONT_STACK}`;
    if (currentFont !== numberFont) ctx.font = currentFont = numberFont;
    const numberText = fitText(ctx, b.number, widthPx);
    ctx.fillText(numberText, cx, name ? cy - lineGap / 2 : cy);
    if (name) {
      const nameFont = `400 ${fontPx}px ${FONT_STACK}`;
      ctx.font = currentFont = nameFont;
      ctx.fillText(fitText(ctx, name, widthPx), cx, cy + lineGap / 2);
    }
  }
}
