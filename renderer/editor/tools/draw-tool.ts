import type { Point } from '../../../shared/model/primitives';
import { cameraStore } from '../camera';
import type { Scene } from '../canvas/scene';
import { cancelConvertPick, convertStore } from '../../cad/convert-store';
import { ToolMachine, type ToolAction } from './machine';
import { toolStore, type EditorTool } from './tool-store';
import { finishPickGesture } from './convert-pick';
import { pickAlignPoint } from './align-pick';
import { DRAWING_SNAP_PX, snapToDrawings } from './drawing-snap';
import { drawnPolygon, drawnRect, pickCalibrationPoint, placeBlock } from './drawn-shapes';
import { DRAG_PX } from './select/states';
import type { PlanPointer } from './plan-pointer';

/** Tools whose corners snap to a CAD drawing's endpoints and lines. */
const DRAWING_TOOLS: ReadonlySet<EditorTool> = new Set(['hall', 'booth', 'polygon-booth', 'facility', 'block', 'calibrate']);

function polygonToolOf(tool: EditorTool): 'hall-polygon' | 'wall' | null {
  const s = toolStore.getState();
  if (tool === 'hall' && s.hallMode === 'polygon') return 'hall-polygon';
  if (tool === 'facility' && s.facilityKind === 'wall') return 'wall';
  return null;
}

/**
 * The drawing tools (hall, booth, polygon booth, facility and wall, block, calibrate, align)
 * and the Convert dialog's pick, for the router: the pure `ToolMachine` turns pointer input
 * into one action per gesture, and each action becomes one edit (`drawn-shapes.ts`).
 */
export class DrawTool {
  private readonly machine = new ToolMachine('booth');
  /** A pick for the Convert drawing dialog: where the press started (world metres). */
  private pickStart: Point | null = null;

  constructor(private readonly host: { scene(): Scene | null }) {}

  /** Follows the tool store: another tool (or hall mode, facility kind) drops the gesture. */
  sync(): void {
    const s = toolStore.getState();
    if (this.machine.tool !== s.tool || this.machine.polygonTool !== polygonToolOf(s.tool)) {
      this.machine.tool = s.tool;
      this.machine.polygonTool = polygonToolOf(s.tool);
      this.machine.cancel();
    }
  }

  /** A press; true when a drag started (the router then captures the pointer). */
  down(p: PlanPointer): boolean {
    this.sync();
    const tool = toolStore.getState().tool;
    if (convertStore.getState().picking) {
      this.pickStart = p.at;
      return true;
    }
    if (tool === 'calibrate') {
      pickCalibrationPoint(this.host.scene(), this.drawingSnap(p.at)?.point ?? p.at);
      return false;
    }
    if (tool === 'align') {
      pickAlignPoint(this.host.scene(), p.at);
      return false;
    }
    const action = this.machine.down({ at: p.at, shift: p.shift }, this.opts());
    this.publish();
    this.perform(action);
    return this.machine.gesture.kind !== 'idle' && this.machine.gesture.kind !== 'poly';
  }

  /** Pointer moves, pressed or not: the pointer and snap marker follow, a gesture updates. */
  move(p: PlanPointer): void {
    toolStore.setState({ pointer: p.at, snapMark: this.drawingSnap(p.at) });
    if (this.pickStart) {
      toolStore.setState({ gesture: { kind: 'band', start: this.pickStart, current: p.at, additive: false } });
      return;
    }
    if (this.machine.gesture.kind === 'idle') return;
    this.machine.move({ at: p.at, shift: p.shift }, this.opts());
    this.publish();
  }

  up(p: PlanPointer): void {
    if (this.pickStart) {
      toolStore.setState({ gesture: { kind: 'idle' } });
      finishPickGesture(this.host.scene(), this.pickStart, p.at, DRAG_PX / cameraStore.getState().scale);
      this.pickStart = null;
      return;
    }
    const action = this.machine.up({ at: p.at, shift: p.shift }, this.opts());
    toolStore.setState({ gesture: structuredClone(this.machine.gesture), guides: [] });
    this.perform(action);
  }

  leave(): void {
    toolStore.setState({ pointer: null, snapMark: null });
  }

  /** Double-click or Enter: closes a polygon being drawn; true when there was one. */
  finish(): boolean {
    if (this.machine.gesture.kind !== 'poly') return false;
    const action = this.machine.finish();
    this.publish();
    this.perform(action);
    return true;
  }

  /** Escape: ends the Convert pick, drops the align points or the gesture; true when it did. */
  cancel(): boolean {
    if (convertStore.getState().picking) {
      this.pickStart = null;
      toolStore.setState({ gesture: { kind: 'idle' }, guides: [] });
      cancelConvertPick();
      return true;
    }
    const s = toolStore.getState();
    if (s.tool === 'align' && s.align.points.length > 0) {
      toolStore.setState((st) => ({ align: { ...st.align, points: [] } }));
      return true;
    }
    if (this.machine.gesture.kind === 'idle' && s.gesture.kind === 'idle' && !this.pickStart) return false;
    this.machine.cancel();
    this.pickStart = null;
    toolStore.setState({ gesture: { kind: 'idle' }, guides: [] });
    return true;
  }

  /** A lost pointer: the drag ends without an edit. */
  lost(): void {
    this.pickStart = null;
    this.machine.cancel();
    toolStore.setState({ gesture: { kind: 'idle' }, guides: [] });
  }

  private publish(): void {
    toolStore.setState({ gesture: structuredClone(this.machine.gesture) });
  }

  /** The snap onto a CAD drawing the active tool would make here, if any. */
  private drawingSnap(at: Point) {
    const s = toolStore.getState();
    const scene = this.host.scene();
    if (!s.snapDrawing || !DRAWING_TOOLS.has(s.tool) || !scene || convertStore.getState().picking) return null;
    return snapToDrawings(scene, at, DRAWING_SNAP_PX / cameraStore.getState().scale);
  }

  private opts() {
    return { grid: toolStore.getState().grid, dragDistance: DRAG_PX / cameraStore.getState().scale, snapPoint: (at: Point) => this.drawingSnap(at)?.point ?? null };
  }

  private perform(action: ToolAction): void {
    const scene = this.host.scene();
    if (!scene) return;
    const tool = toolStore.getState().tool;
    if (action.type === 'rect') drawnRect(scene, tool, action.min, action.max);
    else if (action.type === 'poly') drawnPolygon(scene, tool, action.points);
    else if (action.type === 'place') placeBlock(scene, action.at);
  }
}
