import { pathPoints } from '../../../../shared/drawing/convert';
import { convertStore, hallDrawing } from '../../../cad/convert-store';
import type { Camera } from '../../camera';
import { editor } from '../../instance';
import type { Scene } from '../scene';
import { toWorld } from '../hall-layout';
import { tracePath } from '../draw/trace';

/** While the user picks outlines for the Convert drawing dialog, those picked so far stand out. */
export function drawPickedPaths(ctx: CanvasRenderingContext2D, scene: Scene, cam: Camera): void {
  const s = convertStore.getState();
  const { doc, handle } = editor.store.getState();
  const pl = s.hallId ? scene.layout.byId.get(s.hallId) : undefined;
  const d = doc && pl ? hallDrawing(doc, handle, s.hallId) : null;
  if (!d || !pl || s.picked.length === 0) return;
  ctx.beginPath();
  for (const i of s.picked) {
    const pts = pathPoints(d.loaded, i, d.frame).flatMap(([x, y]) => toWorld(pl, x, y));
    tracePath(ctx, pts, cam, d.loaded.drawing.paths.closed[i] === 1);
  }
  ctx.fillStyle = 'rgba(235, 47, 150, 0.12)';
  ctx.fill();
  ctx.strokeStyle = '#eb2f96';
  ctx.lineWidth = 2;
  ctx.stroke();
}
