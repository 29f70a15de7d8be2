import type { Point } from '../../../shared/model/primitives';
import type { FacilityKind } from '../../../shared/model/entities';
import { addBooth } from '../../../shared/editing/booths';
import { addBoothBlock, planBoothBlock } from '../../../shared/editing/block';
import { addFacility } from '../../../shared/editing/facilities';
import { isRefusal } from '../../../shared/editing/result';
import { planToDrawing } from '../../../shared/editing/background';
import { editor } from '../instance';
import { select } from '../session-store';
import type { Scene } from '../canvas/scene';
import { reportError } from '../notices';
import { refusalError } from '../host-errors';
import { runEdit } from '../edit-runner';
import { hallAt, toHall } from './placement';
import { toolStore, type EditorTool } from './tool-store';

/* What a drawing tool's finished gesture adds to the show: one edit each (a hall waits for its name in the hall dialog). */

/** Size of a facility placed by a click instead of a drag, metres. */
export const FACILITY_DEFAULT_SIZE: Record<Exclude<FacilityKind, 'wall'>, [number, number]> = {
  entrance: [4, 1],
  exit: [3, 1],
  restroom: [6, 4],
  stage: [10, 6],
  'meeting-room': [6, 5],
  'service-desk': [3, 1.5],
  column: [0.8, 0.8],
  cafe: [6, 4],
  'first-aid': [4, 3],
  label: [6, 1.5],
};

function refuseHere(reason: 'hall-not-found'): void {
  reportError('errors.title.edit', refusalError({ ok: false, reason }));
}

/** A dragged rectangle of the hall, booth or facility tool (a click places a facility at its default size). */
export function drawnRect(scene: Scene, tool: EditorTool, min: Point, max: Point): void {
  const w = max[0] - min[0];
  const h = max[1] - min[1];
  if (tool === 'hall') {
    if (w > 0 && h > 0) toolStore.setState({ pendingHall: { outline: [[0, 0], [w, 0], [w, h], [0, h]], at: min } });
    return;
  }
  const hallId = hallAt(scene, min);
  const local = hallId ? toHall(scene, hallId, min) : null;
  if (!hallId || !local) return refuseHere('hall-not-found');
  if (tool === 'booth') {
    if (w === 0 && h === 0) return;
    const r = runEdit((doc) => addBooth(doc, { hallId, shape: { type: 'rect', x: local[0], y: local[1], w, h, rotation: 0 } }));
    if (r.ok) select(r.created.booths);
    return;
  }
  if (tool === 'facility') {
    const s = toolStore.getState();
    const kind = s.facilityKind;
    if (kind === 'wall') return;
    let [x, y, fw, fh] = [local[0], local[1], w, h];
    if (w === 0 && h === 0) {
      [fw, fh] = FACILITY_DEFAULT_SIZE[kind];
      x -= fw / 2;
      y -= fh / 2;
    }
    const label = kind === 'label' ? { ...s.labelText } : undefined;
    runEdit((doc) => addFacility(doc, { hallId, kind, shape: { type: 'rect', x, y, w: fw, h: fh, rotation: 0 }, label }));
  }
}

/** A clicked polygon: a hall outline, a polygon booth or a wall. */
export function drawnPolygon(scene: Scene, tool: EditorTool, points: Point[]): void {
  if (points.length === 0) return;
  if (tool === 'hall') {
    const minX = Math.min(...points.map((p) => p[0]));
    const minY = Math.min(...points.map((p) => p[1]));
    toolStore.setState({ pendingHall: { outline: points.map(([x, y]) => [x - minX, y - minY]), at: [minX, minY] } });
    return;
  }
  const hallId = hallAt(scene, points[0]!);
  if (!hallId) return refuseHere('hall-not-found');
  const local = points.map((p) => toHall(scene, hallId, p)!);
  if (tool === 'polygon-booth') {
    const r = runEdit((doc) => addBooth(doc, { hallId, shape: { type: 'polygon', points: local } }));
    if (r.ok) select(r.created.booths);
  } else if (tool === 'facility') {
    runEdit((doc) => addFacility(doc, { hallId, kind: 'wall', shape: { type: 'polyline', points: local, thickness: 0.2 } }));
  }
}

/** The block tool's click: the block from the tool options, corner at the click. */
export function placeBlock(scene: Scene, at: Point): void {
  const hallId = hallAt(scene, at);
  const local = hallId ? toHall(scene, hallId, at) : null;
  if (!hallId || !local) return refuseHere('hall-not-found');
  const b = toolStore.getState().block;
  const plan = planBoothBlock({ ...b, hallId, origin: local, rotation: 0, kind: 'standard' });
  if (isRefusal(plan)) {
    reportError('errors.title.edit', refusalError(plan));
    return;
  }
  const r = runEdit((doc) => addBoothBlock(doc, plan));
  if (r.ok) select(r.created.booths);
}

/** The calibrate tool's click: the first point, then the second (the dialog asks the distance). */
export function pickCalibrationPoint(scene: Scene | null, at: Point): void {
  const doc = editor.store.getState().doc;
  if (!scene || !doc) return;
  const s = toolStore.getState();
  const hallId = s.calibrateHallId ?? hallAt(scene, at);
  const hall = hallId ? doc.halls[hallId] : undefined;
  if (!hallId || !hall?.background) {
    reportError('errors.title.edit', refusalError({ ok: false, reason: 'no-background' }));
    return;
  }
  const bg = hall.background;
  const px = planToDrawing(bg, toHall(scene, hallId, at)!);
  const g = s.gesture;
  if (g.kind === 'poly' && g.points.length === 1) {
    const aPx = planToDrawing(bg, toHall(scene, hallId, g.points[0]!)!);
    toolStore.setState({ gesture: { kind: 'idle' }, pendingCalibration: { hallId, a: aPx, b: px } });
  } else {
    toolStore.setState({ gesture: { kind: 'poly', points: [at], current: at }, calibrateHallId: hallId });
  }
}
