import type { Camera } from '../../camera';
import { HOVER_COLOR, PROPOSED_COLOR, SELECTION_COLOR } from '../../status-colors';
import type { SceneBooth } from '../scene';
import { tracePath } from './trace';

/** Proposed booths (dashed magenta, lightly tinted so the status colour underneath still shows), selection (tinted, thick outline) and the booth under the pointer. */
export function drawOverlay(ctx: CanvasRenderingContext2D, selected: readonly SceneBooth[], hovered: SceneBooth | null, cam: Camera, proposed: readonly SceneBooth[] = []): void {
  if (proposed.length > 0) {
    ctx.beginPath();
    for (const b of proposed) tracePath(ctx, b.pts, cam, true);
    ctx.fillStyle = 'rgba(192, 24, 124, 0.12)';
    ctx.fill();
    // A 3 m booth under ~24 px (a whole show on screen): a thin solid line, or the dashes of
    // thousands of booths would paint the plan magenta and hide the status colours.
    const small = cam.scale * 3 < 24;
    ctx.lineWidth = small ? 1 : 2.5;
    ctx.setLineDash(small ? [] : [6, 3]);
    ctx.strokeStyle = PROPOSED_COLOR;
    ctx.stroke();
    ctx.setLineDash([]);
  }
  if (selected.length > 0) {
    ctx.beginPath();
    for (const b of selected) tracePath(ctx, b.pts, cam, true);
    ctx.fillStyle = 'rgba(31, 95, 255, 0.16)';
    ctx.fill();
    ctx.lineWidth = 2.5;
    ctx.lineJoin = 'round';
    ctx.strokeStyle = SELECTION_COLOR;
    ctx.stroke();
  }
  if (hovered) {
    ctx.beginPath();
    tracePath(ctx, hovered.pts, cam, true);
    ctx.lineWidth = 1.5;
    ctx.setLineDash([4, 3]);
    ctx.strokeStyle = HOVER_COLOR;
    ctx.stroke();
    ctx.setLineDash([]);
  }
}
