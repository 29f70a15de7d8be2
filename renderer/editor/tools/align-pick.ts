import type { Point } from '../../../shared/model/primitives';
import { alignDrawing, drawingOf, planToDrawing } from '../../../shared/editing/background';
import { isRefusal } from '../../../shared/editing/result';
import type { Scene } from '../canvas/scene';
import { runEdit } from '../edit-runner';
import { refusalError } from '../host-errors';
import { editor } from '../instance';
import { reportError } from '../notices';
import { hallAt, toHall } from './placement';
import { setTool, toolStore } from './tool-store';

/** The drawing a first align click means: the hall under the pointer if it has one, else the site drawing. */
function alignTargetAt(scene: Scene, at: Point): string | null | undefined {
  const doc = editor.store.getState().doc;
  if (!doc) return undefined;
  const hallId = hallAt(scene, at);
  if (hallId && doc.halls[hallId]?.background) return hallId;
  return doc.settings.site.drawing ? null : undefined;
}

/**
 * One click of the align tool: a point on the drawing, then where it belongs on the plan,
 * twice. The fourth click lines the drawing up (one operation, one undo).
 */
export function pickAlignPoint(scene: Scene | null, at: Point): void {
  const doc = editor.store.getState().doc;
  if (!scene || !doc) return;
  const { align } = toolStore.getState();
  const target = align.target !== undefined ? align.target : alignTargetAt(scene, at);
  if (target === undefined) {
    reportError('errors.title.edit', refusalError({ ok: false, reason: 'no-background' }));
    return;
  }
  const drawing = drawingOf(doc, target);
  if (isRefusal(drawing)) {
    reportError('errors.title.edit', refusalError(drawing));
    return;
  }
  if (drawing.locked) {
    reportError('errors.title.edit', refusalError({ ok: false, reason: 'drawing-locked' }));
    return;
  }
  const points = [...align.points, at];
  if (points.length < 4) {
    toolStore.setState({ align: { target, points } });
    return;
  }
  // Plan points in the drawing's own frame (the hall's, or the site's).
  const frame = (p: Point): Point => (target === null ? p : toHall(scene, target, p)!);
  const pair = (i: number) => ({ drawing: planToDrawing(drawing, frame(points[i]!)), plan: frame(points[i + 1]!) });
  const r = runEdit((d) => alignDrawing(d, target, pair(0), pair(2)));
  if (r.ok) setTool('select');
  else toolStore.setState({ align: { target, points: [] } });
}
