import type { Camera } from '../../camera';
import { FONT_STACK } from '../../fonts';
import type { SceneBooth } from '../scene';
import { tracePath } from './trace';

/** One person's selected booths on the plan on screen, with their name and colour. */
export interface PeerOutline {
  name: string;
  color: string;
  booths: readonly SceneBooth[];
}

const LABEL_PX = 11;
const LABEL_PAD = 3;

/**
 * Other people's selections: each person's booths outlined in their colour (dashed, so their
 * outline never reads as this user's own selection), and their name on a small tag in that
 * colour above the top-left booth of what they selected.
 */
export function drawPeers(ctx: CanvasRenderingContext2D, peers: readonly PeerOutline[], cam: Camera): void {
  ctx.lineJoin = 'round';
  for (const p of peers) {
    ctx.beginPath();
    for (const b of p.booths) tracePath(ctx, b.pts, cam, true);
    ctx.lineWidth = 3;
    ctx.setLineDash([7, 3]);
    ctx.strokeStyle = p.color;
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.font = `600 ${LABEL_PX}px ${FONT_STACK}`;
  ctx.textBaseline = 'middle';
  for (const p of peers) {
    // The label sits over the booth nearest the top-left, where a reader looks first.
    let first = p.booths[0]!;
    for (const b of p.booths) if (b.bbox.minY < first.bbox.minY || (b.bbox.minY === first.bbox.minY && b.bbox.minX < first.bbox.minX)) first = b;
    const x = first.bbox.minX * cam.scale + cam.x;
    const y = first.bbox.minY * cam.scale + cam.y;
    const w = ctx.measureText(p.name).width + LABEL_PAD * 2;
    const h = LABEL_PX + LABEL_PAD * 2;
    ctx.fillStyle = p.color;
    ctx.fillRect(x, y - h - 2, w, h);
    ctx.fillStyle = '#ffffff';
    ctx.fillText(p.name, x + LABEL_PAD, y - 2 - h / 2);
  }
}
