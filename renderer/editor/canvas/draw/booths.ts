import { BOOTH_STROKE } from '../../status-colors';
import { boothFill } from '../../assignment/colour-mode';
import type { Camera } from '../../camera';
import { OUTLINE_MIN_PX } from '../culling';
import type { SceneBooth } from '../scene';
import { tracePath } from './trace';
import { drawBoothLabels, type LabelOptions } from './booth-labels';

/** Smallest on-screen booth side (px) that gets its zone's coloured border. */
const ZONE_BORDER_MIN_PX = 12;

/**
 * Draws the visible booths in screen space: one fill per status colour and one stroke per
 * zone colour (a handful of canvas calls for thousands of booths), then the labels that fit.
 */
export function drawBooths(ctx: CanvasRenderingContext2D, booths: readonly SceneBooth[], cam: Camera, labels: LabelOptions): void {
  const byStatus = new Map<string, SceneBooth[]>();
  const byZone = new Map<string, SceneBooth[]>();
  for (const b of booths) {
    // The "Colour by" choice (status, zone, sector, country) decides the fill.
    const fill = boothFill(b.id, b.status);
    let list = byStatus.get(fill);
    if (!list) byStatus.set(fill, (list = []));
    list.push(b);
    // A zone border on a booth a few pixels wide would paint over its fill and hide the
    // chosen colouring at the overview: borders only where the fill still shows inside them.
    if (b.zoneColor && b.minSide * cam.scale >= ZONE_BORDER_MIN_PX) {
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
  for (const b of booths) if (!(b.zoneColor && b.minSide * cam.scale >= ZONE_BORDER_MIN_PX) && b.minSide * cam.scale >= OUTLINE_MIN_PX) tracePath(ctx, b.pts, cam, true);
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

  drawBoothLabels(ctx, booths, cam, labels);
}
