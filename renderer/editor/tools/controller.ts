import type { Point } from '../../../shared/model/primitives';
import type { FacilityKind } from '../../../shared/model/entities';
import { addBooth } from '../../../shared/editing/booths';
import { addBoothBlock, planBoothBlock } from '../../../shared/editing/block';
import { addFacility } from '../../../shared/editing/facilities';
import { moveItems } from '../../../shared/editing/move';
import { snapSelectionMove } from '../../../shared/editing/snap';
import { hallBoothIndex } from '../../../shared/editing/scene';
import { isRefusal } from '../../../shared/editing/result';
import type { SpatialIndex } from '../../../shared/geometry/spatial';
import { cameraStore, screenToWorld } from '../camera';
import { editor } from '../instance';
import { clearSelection, select, selectFacilities, selectionNow, sessionStore, toggleFacility, toggleSelected } from '../session-store';
import type { Scene } from '../canvas/scene';
import { reportError } from '../notices';
import { refusalError } from '../host-errors';
import { runEdit } from '../edit-runner';
import { ToolMachine, type PlanHit, type PointerInput, type ToolAction } from './machine';
import { facilityAt, hallAt, toHall } from './placement';
import { deltaToHall, deltaToWorld } from '../canvas/hall-layout';

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
import { toolStore, type EditorTool } from './tool-store';
import { attachTransform } from './transform-gesture';
import { cancelConvertPick, convertStore } from '../../cad/convert-store';
import { finishPickGesture } from './convert-pick';
import { pickAlignPoint } from './align-pick';
import { planToDrawing } from '../../../shared/editing/background';
import { DRAWING_SNAP_PX, snapToDrawings } from './drawing-snap';

export interface ToolHost {
  scene(): Scene | null;
}

/** Facility hits forgive this many screen pixels (thin walls, short labels). */
const FACILITY_SLACK_PX = 4;

const selectHit = (hit: PlanHit) => (hit.kind === 'booth' ? select([hit.id]) : selectFacilities([hit.id]));

/** Movement in screen px that turns a press into a drag. */
const DRAG_PX = 4;

/** Tools whose corners snap to a CAD drawing's endpoints and lines. */
const DRAWING_TOOLS: ReadonlySet<EditorTool> = new Set(['hall', 'booth', 'polygon-booth', 'facility', 'block', 'calibrate']);

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

const isEditable = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

function polygonToolOf(tool: EditorTool): 'hall-polygon' | 'wall' | null {
  const s = toolStore.getState();
  if (tool === 'hall' && s.hallMode === 'polygon') return 'hall-polygon';
  if (tool === 'facility' && s.facilityKind === 'wall') return 'wall';
  return null;
}

/**
 * Connects the tools to the plan's DOM node: pointer events (in the capture phase, so the
 * plain pan/select controller underneath only sees what the tools leave it: the middle
 * button, space+drag and the wheel), Escape/Enter for gestures, and turns finished gestures
 * into one editing operation each.
 */
export function attachTools(el: HTMLElement, host: ToolHost): () => void {
  // First, so a press on a resize/rotate handle never reaches the select/move gesture.
  const detachTransform = attachTransform(el, host);
  const machine = new ToolMachine('select');
  let pointerId: number | null = null;
  let spaceHeld = false;
  let moveIndex: SpatialIndex | null = null;
  let moveHall: string | null = null;
  /** A pick for the Convert drawing dialog: where the press started (world metres). */
  let pickStart: Point | null = null;

  const syncTool = () => {
    const s = toolStore.getState();
    if (machine.tool !== s.tool || machine.polygonTool !== polygonToolOf(s.tool)) {
      machine.tool = s.tool;
      machine.polygonTool = polygonToolOf(s.tool);
      machine.cancel();
    }
  };
  const publish = () => toolStore.setState({ gesture: structuredClone(machine.gesture) });

  const worldOf = (e: PointerEvent | MouseEvent): Point => {
    const r = el.getBoundingClientRect();
    return screenToWorld(cameraStore.getState(), e.clientX - r.left, e.clientY - r.top);
  };
  /** The snap onto a CAD drawing the active tool would make here, if any. */
  const drawingSnap = (at: Point) => {
    const s = toolStore.getState();
    const scene = host.scene();
    if (!s.snapDrawing || !DRAWING_TOOLS.has(s.tool) || !scene || convertStore.getState().picking) return null;
    return snapToDrawings(scene, at, DRAWING_SNAP_PX / cameraStore.getState().scale);
  };
  const opts = () => ({ grid: toolStore.getState().grid, dragDistance: DRAG_PX / cameraStore.getState().scale, snapPoint: (at: Point) => drawingSnap(at)?.point ?? null });
  /**
   * What is under the pointer for the select tool: a booth, else a facility (walls, labels and
   * doors forgive a few pixels), each with whether it is already part of the selection.
   */
  const input = (e: PointerEvent): PointerInput => {
    const at = worldOf(e);
    const scene = host.scene();
    const booth = scene?.index.hitTest(at[0], at[1])?.id ?? null;
    const s = sessionStore.getState();
    if (booth) return { at, shift: e.shiftKey, hit: { kind: 'booth', id: booth }, selected: s.selection.includes(booth) };
    const fac = scene && toolStore.getState().tool === 'select' ? facilityAt(scene, at, FACILITY_SLACK_PX / cameraStore.getState().scale) : null;
    if (fac) return { at, shift: e.shiftKey, hit: { kind: 'facility', id: fac }, selected: s.facilities.includes(fac) };
    return { at, shift: e.shiftKey, hit: null, selected: false };
  };

  const onPointerDown = (e: PointerEvent) => {
    syncTool();
    if (e.button !== 0 || spaceHeld || !editor.store.getState().doc) return;
    const tool = toolStore.getState().tool;
    e.stopPropagation();
    if (convertStore.getState().picking) {
      pickStart = worldOf(e);
      el.setPointerCapture?.(e.pointerId);
      pointerId = e.pointerId;
      return;
    }
    if (tool === 'calibrate') {
      const at = worldOf(e);
      pickCalibrationPoint(host, drawingSnap(at)?.point ?? at);
      return;
    }
    if (tool === 'align') {
      pickAlignPoint(host.scene(), worldOf(e));
      return;
    }
    const p = input(e);
    // Pressing something not yet selected selects it alone, so a drag moves just that.
    if (tool === 'select' && p.hit && !p.selected && !p.shift) selectHit(p.hit);
    const action = machine.down(p, opts());
    if (machine.gesture.kind !== 'idle' && machine.gesture.kind !== 'poly') {
      el.setPointerCapture?.(e.pointerId);
      pointerId = e.pointerId;
    }
    publish();
    perform(action);
  };

  const onPointerMove = (e: PointerEvent) => {
    const at = worldOf(e);
    const s = toolStore.getState();
    if (s.tool !== 'select' || machine.gesture.kind !== 'idle') toolStore.setState({ pointer: at, snapMark: drawingSnap(at) });
    if (pickStart) {
      if (e.pointerId !== pointerId) return;
      e.stopPropagation();
      toolStore.setState({ gesture: { kind: 'band', start: pickStart, current: at, additive: false } });
      return;
    }
    if (machine.gesture.kind === 'idle') return;
    if (pointerId !== null && e.pointerId !== pointerId) return;
    e.stopPropagation();
    const before = machine.gesture.kind;
    const pan = machine.move(input(e), opts());
    if (pan) {
      const cam = cameraStore.getState();
      cameraStore.setState({ x: cam.x + pan.panDx * cam.scale, y: cam.y + pan.panDy * cam.scale });
      return;
    }
    const g = machine.gesture;
    if (g.kind === 'move') {
      if (before !== 'move') startMove();
      snapMove(g);
      return;
    }
    publish();
  };

  const startMove = () => {
    const doc = editor.store.getState().doc;
    const sel = sessionStore.getState().selection;
    const facs = sessionStore.getState().facilities;
    const first = sel[0] ? doc?.booths[sel[0]] : facs[0] ? doc?.facilities[facs[0]] : undefined;
    moveHall = first?.hallId ?? null;
    moveIndex = doc && moveHall ? hallBoothIndex(doc, moveHall) : null;
  };

  const snapMove = (g: { dx: number; dy: number }) => {
    const doc = editor.store.getState().doc;
    const scene = host.scene();
    const s = toolStore.getState();
    let dx = g.dx;
    let dy = g.dy;
    let guides = s.guides;
    const pl = moveHall ? scene?.layout.byId.get(moveHall) : undefined;
    if (doc && pl && moveIndex) {
      // Snapping works in the hall's own frame (a turned hall's grid turns with it).
      const [lx, ly] = deltaToHall(pl, g.dx, g.dy);
      const r = snapSelectionMove(doc, selectionNow(), lx, ly, { grid: s.grid, tolerancePx: 6, pixelsPerMetre: cameraStore.getState().scale, edges: s.snapEdges }, moveIndex);
      if (!isRefusal(r)) {
        [dx, dy] = deltaToWorld(pl, r.moveX, r.moveY);
        // Guides are drawn axis-aligned on the plan: only for halls that are not turned.
        guides = pl.rotation === 0 ? r.guides.map((gd) => (gd.axis === 'x' ? { ...gd, at: gd.at + pl.dx, from: gd.from + pl.dy, to: gd.to + pl.dy } : { ...gd, at: gd.at + pl.dy, from: gd.from + pl.dx, to: gd.to + pl.dx })) : [];
      }
    }
    toolStore.setState({ gesture: { kind: 'move', start: [0, 0], dx, dy }, guides });
  };

  const onPointerUp = (e: PointerEvent) => {
    if (pointerId === null || e.pointerId !== pointerId) return;
    e.stopPropagation();
    el.releasePointerCapture?.(e.pointerId);
    pointerId = null;
    if (pickStart) {
      toolStore.setState({ gesture: { kind: 'idle' } });
      finishPickGesture(host.scene(), pickStart, worldOf(e), DRAG_PX / cameraStore.getState().scale);
      pickStart = null;
      return;
    }
    const g = toolStore.getState().gesture;
    let action = machine.up(input(e), opts());
    // The committed move is the snapped one the user saw, not the raw pointer delta.
    if (action.type === 'move' && g.kind === 'move') action = { type: 'move', dx: g.dx, dy: g.dy };
    toolStore.setState({ gesture: structuredClone(machine.gesture), guides: [] });
    moveIndex = null;
    perform(action);
  };

  const onPointerCancel = () => {
    pickStart = null;
    pointerId = null;
    machine.cancel();
    toolStore.setState({ gesture: { kind: 'idle' }, guides: [] });
  };

  const onDblClick = (e: MouseEvent) => {
    if (machine.gesture.kind !== 'poly') return;
    e.stopPropagation();
    const action = machine.finish();
    publish();
    perform(action);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.code === 'Space' && !isEditable(e.target)) spaceHeld = true;
    if (isEditable(e.target)) return;
    if (e.key === 'Escape' && convertStore.getState().picking) {
      pickStart = null;
      pointerId = null;
      toolStore.setState({ gesture: { kind: 'idle' }, guides: [] });
      cancelConvertPick();
      e.preventDefault();
      e.stopImmediatePropagation();
      return;
    }
    if (e.key === 'Escape' && toolStore.getState().tool === 'align' && toolStore.getState().align.points.length > 0) {
      toolStore.setState((st) => ({ align: { ...st.align, points: [] } }));
      e.preventDefault();
      e.stopImmediatePropagation();
    } else if (e.key === 'Escape' && (machine.gesture.kind !== 'idle' || toolStore.getState().gesture.kind !== 'idle')) {
      machine.cancel();
      pointerId = null;
      toolStore.setState({ gesture: { kind: 'idle' }, guides: [] });
      e.preventDefault();
      e.stopImmediatePropagation();
    } else if (e.key === 'Enter' && machine.gesture.kind === 'poly') {
      e.preventDefault();
      const action = machine.finish();
      publish();
      perform(action);
    }
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.code === 'Space') spaceHeld = false;
  };
  const onLeave = () => toolStore.setState({ pointer: null, snapMark: null });

  const perform = (action: ToolAction) => {
    const scene = host.scene();
    const tool = toolStore.getState().tool;
    switch (action.type) {
      case 'click':
        if (!action.hit) {
          if (!action.shift) clearSelection();
        } else if (action.shift) (action.hit.kind === 'booth' ? toggleSelected : toggleFacility)(action.hit.id);
        else selectHit(action.hit);
        return;
      case 'band': {
        if (!scene) return;
        const ids = scene.index
          .search({ minX: action.min[0], minY: action.min[1], maxX: action.max[0], maxY: action.max[1] })
          .filter((b) => b.bbox.minX >= action.min[0] && b.bbox.maxX <= action.max[0] && b.bbox.minY >= action.min[1] && b.bbox.maxY <= action.max[1])
          .map((b) => b.id);
        select(action.additive ? [...sessionStore.getState().selection, ...ids] : ids);
        return;
      }
      case 'move': {
        const pl = moveHall ? scene?.layout.byId.get(moveHall) : undefined;
        const [dx, dy] = pl ? deltaToHall(pl, action.dx, action.dy) : [action.dx, action.dy];
        runEdit((doc) => moveItems(doc, selectionNow(), round6(dx), round6(dy)));
        return;
      }
      case 'rect':
        if (scene) drawnRect(scene, tool, action.min, action.max);
        return;
      case 'poly':
        if (scene) drawnPolygon(scene, tool, action.points);
        return;
      case 'place':
        if (scene) placeBlock(scene, action.at);
        return;
      default:
    }
  };

  el.addEventListener('pointerdown', onPointerDown, true);
  el.addEventListener('pointermove', onPointerMove, true);
  el.addEventListener('pointerup', onPointerUp, true);
  el.addEventListener('pointercancel', onPointerCancel, true);
  el.addEventListener('pointerleave', onLeave);
  el.addEventListener('dblclick', onDblClick, true);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('keyup', onKeyUp);
  const unsub = toolStore.subscribe((s, prev) => {
    if (s.tool !== prev.tool || s.hallMode !== prev.hallMode || s.facilityKind !== prev.facilityKind) syncTool();
    if (s.tool !== prev.tool) el.style.cursor = s.tool === 'select' ? '' : s.tool === 'pan' ? 'grab' : 'crosshair';
  });
  const unsubPick = convertStore.subscribe((s, prev) => {
    if (s.picking === prev.picking) return;
    const tool = toolStore.getState().tool;
    el.style.cursor = s.picking ? 'crosshair' : tool === 'select' ? '' : tool === 'pan' ? 'grab' : 'crosshair';
  });
  return () => {
    detachTransform();
    unsub();
    unsubPick();
    el.removeEventListener('pointerdown', onPointerDown, true);
    el.removeEventListener('pointermove', onPointerMove, true);
    el.removeEventListener('pointerup', onPointerUp, true);
    el.removeEventListener('pointercancel', onPointerCancel, true);
    el.removeEventListener('pointerleave', onLeave);
    el.removeEventListener('dblclick', onDblClick, true);
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('keyup', onKeyUp);
  };
}


function refuseHere(reason: 'hall-not-found'): void {
  reportError('errors.title.edit', refusalError({ ok: false, reason }));
}

function drawnRect(scene: Scene, tool: EditorTool, min: Point, max: Point): void {
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

function drawnPolygon(scene: Scene, tool: EditorTool, points: Point[]): void {
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

function placeBlock(scene: Scene, at: Point): void {
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

function pickCalibrationPoint(host: ToolHost, at: Point): void {
  const scene = host.scene();
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
