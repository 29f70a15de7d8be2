import { moveItems } from '../../../../shared/editing/move';
import { placeHall, rotateHallBy } from '../../../../shared/editing/site';
import { cameraStore } from '../../camera';
import { editor } from '../../instance';
import { runEdit } from '../../edit-runner';
import { requestView } from '../../view-requests';
import { clearSelection, select, selectFacilities, selectionNow, sessionStore, toggleFacility, toggleSelected } from '../../session-store';
import type { Scene } from '../../canvas/scene';
import { deltaToHall, toLocal } from '../../canvas/hall-layout';
import { selectTargetAt } from '../../canvas/plan-target';
import { hallDragStore, hallHandleAt, hallHandlesOffered, type HallDrag } from '../../canvas/tools/hall-gesture';
import { hallAt } from '../placement';
import type { PlanHit } from '../machine';
import { toolStore } from '../tool-store';
import { ROTATE_STEP, currentHandles, handleAt, handleCursor, transformStore, type TransformDrag } from '../transform-gesture';
import { frameCentre, resizeFrame, resizeSelection, rotateSelection, rotationDegrees } from '../transform';
import type { PlanPointer } from '../plan-pointer';
import { SelectMachine, type SelectAction, type SelectState } from './states';
import { TranslateSnap } from './translate-snap';

export interface SelectToolHost {
  scene(): Scene | null;
  /** Moves the camera by screen pixels (a pan gesture step). */
  panBy(dx: number, dy: number): void;
}

/** What the previews showed when the pointer was released: that is what gets committed. */
interface Previews {
  moved: { dx: number; dy: number } | null;
  moveHall: string | null;
  hallDrag: HallDrag | null;
  drag: TransformDrag | null;
}

const round6 = (v: number) => Math.round(v * 1e6) / 1e6;
const selectHit = (hit: PlanHit) => (hit.kind === 'booth' ? select([hit.id]) : selectFacilities([hit.id]));

/**
 * The select tool on the DOM side: resolves what a press landed on (`selectTargetAt`), feeds
 * the pure `SelectMachine`, previews each child state (the band and the moved outlines in
 * the tool store, resize/rotate in `transformStore`, halls in `hallDragStore`) and commits
 * ONE edit when the gesture ends. Panning (middle button, Space, the pan tool) is its state too.
 */
export class SelectTool {
  readonly machine = new SelectMachine();
  /** Cursor asked for by the handle under the pointer ('' when none). */
  hoverCursor = '';
  private readonly snap = new TranslateSnap();

  constructor(private readonly host: SelectToolHost) {}

  get state(): SelectState {
    return this.machine.state;
  }

  /** A press; true when a gesture started (the router then captures the pointer). */
  down(p: PlanPointer): boolean {
    const scene = this.host.scene();
    if (!p.pan && (!scene || !editor.store.getState().doc)) return false;
    const s = sessionStore.getState();
    const target = p.pan || !scene ? null : selectTargetAt(scene, p.screen[0], p.screen[1], p.shift, s.selection, s.facilities);
    const action = this.machine.down({ ...p, target });
    if (action.type === 'select') selectHit(action.hit);
    this.begin(p);
    this.publish();
    return this.machine.state.name !== 'idle';
  }

  move(p: PlanPointer): void {
    const before = this.machine.state.name;
    const action = this.machine.move({ ...p, target: null });
    if (action.type === 'pan') return this.host.panBy(action.dx, action.dy);
    const st = this.machine.state;
    if (st.name === 'translating' && st.subject.kind === 'selection') {
      if (before !== 'translating') this.snap.start(editor.store.getState().doc);
      const [dx, dy] = [st.current[0] - st.start[0], st.current[1] - st.start[1]];
      const r = this.snap.snap(editor.store.getState().doc, this.host.scene(), dx, dy);
      // The pointer places the moved distance's label beside it.
      toolStore.setState({ gesture: { kind: 'move', start: [0, 0], dx: r.dx, dy: r.dy }, guides: r.guides, pointer: p.at });
      return;
    }
    this.preview(p);
    this.publish();
  }

  up(p: PlanPointer): void {
    const gesture = toolStore.getState().gesture;
    const hallDrag = hallDragStore.getState().drag;
    const drag = transformStore.getState().drag;
    const moveHall = this.snap.hallId;
    const action = this.machine.up({ ...p, target: null });
    this.clear();
    this.perform(action, { moved: gesture.kind === 'move' ? gesture : null, moveHall, hallDrag, drag });
  }

  /** Escape or a lost pointer: drops the gesture in progress; true when there was one. */
  cancel(): boolean {
    const had = this.machine.cancel();
    if (had) this.clear();
    return had;
  }

  /** The pointer moves with no button held: the handle under it sets the cursor. */
  hover(p: PlanPointer): void {
    const scene = this.host.scene();
    if (!scene || p.buttons !== 0 || toolStore.getState().tool !== 'select') {
      this.hoverCursor = '';
      return;
    }
    const hall = hallHandlesOffered() ? hallHandleAt(scene, cameraStore.getState(), p.screen[0], p.screen[1]) : null;
    const handle = hall ? null : handleAt(scene, p.screen[0], p.screen[1]);
    this.hoverCursor = hall ? (hall.part === 'title' ? 'move' : 'grab') : handle ? handleCursor(handle.spot.handle, handle.frame.rotation) : '';
  }

  /** Double-click on a hall's title or its empty floor: zoom to that hall. */
  dblclick(p: PlanPointer): void {
    const scene = this.host.scene();
    if (!scene) return;
    let hallId = hallHandleAt(scene, cameraStore.getState(), p.screen[0], p.screen[1])?.hall.id ?? null;
    if (!hallId && !scene.index.hitTest(p.at[0], p.at[1])) hallId = hallAt(scene, p.at);
    if (hallId) requestView({ kind: 'fit-hall', hallId });
  }

  /** A handle gesture keeps what it started from (the frame, the hall's centre) in its preview store. */
  private begin(p: PlanPointer): void {
    const st = this.machine.state;
    const scene = this.host.scene();
    if (!scene) return;
    if (st.name === 'translating' && st.subject.kind === 'hall') {
      hallDragStore.setState({ drag: { mode: 'move', hallId: st.subject.hallId, start: p.at, dx: 0, dy: 0 } });
    } else if (st.name === 'rotating' && st.subject.kind === 'hall') {
      const hallId = st.subject.hallId;
      const b = scene.halls.find((h) => h.id === hallId)?.bounds;
      // A hall turns about the centre of its bounds.
      if (b) hallDragStore.setState({ drag: { mode: 'rotate', hallId, centre: [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2], start: p.at, degrees: 0 } });
    } else if (st.name === 'rotating' || st.name === 'resizing') {
      const frame = currentHandles(scene)?.frame;
      const pl = frame ? scene.layout.byId.get(frame.hallId) : undefined;
      if (!frame || !pl) return void this.machine.cancel();
      const boothIds = [...sessionStore.getState().selection];
      if (st.name === 'resizing') transformStore.setState({ drag: { mode: 'resize', boothIds, frame, handle: st.handle, next: frame } });
      else transformStore.setState({ drag: { mode: 'rotate', boothIds, frame, start: toLocal(pl, ...p.at), degrees: 0 } });
    }
  }

  /** Follows the pointer in the preview of a handle gesture or the band. */
  private preview(p: PlanPointer): void {
    const st = this.machine.state;
    const hallDrag = hallDragStore.getState().drag;
    const drag = transformStore.getState().drag;
    const step = p.shift ? 1 : ROTATE_STEP;
    if (hallDrag?.mode === 'move') {
      const grid = toolStore.getState().grid;
      const snap = (v: number) => (grid > 0 ? Math.round(v / grid) * grid : Math.round(v * 100) / 100);
      hallDragStore.setState({ drag: { ...hallDrag, dx: snap(p.at[0] - hallDrag.start[0]), dy: snap(p.at[1] - hallDrag.start[1]) } });
    } else if (hallDrag?.mode === 'rotate') {
      hallDragStore.setState({ drag: { ...hallDrag, degrees: rotationDegrees(hallDrag.centre, hallDrag.start, p.at, step) } });
    } else if (drag) {
      const pl = this.host.scene()?.layout.byId.get(drag.frame.hallId);
      if (!pl) return;
      const local = toLocal(pl, ...p.at);
      if (drag.mode === 'resize') transformStore.setState({ drag: { ...drag, next: resizeFrame(drag.frame, drag.handle, local, toolStore.getState().grid) } });
      else transformStore.setState({ drag: { ...drag, degrees: rotationDegrees(frameCentre(drag.frame), drag.start, local, step) } });
    } else if (st.name === 'brushing') {
      toolStore.setState({ gesture: { kind: 'band', start: st.start, current: st.current, additive: st.additive } });
    }
  }

  /** The tool store's gesture mirrors `pointing` (handles hide while a press is undecided). */
  private publish(): void {
    const st = this.machine.state;
    if (st.name === 'pointing') toolStore.setState({ gesture: { kind: 'press', start: st.start, hit: st.hit, shift: st.shift } });
  }

  private clear(): void {
    this.snap.stop();
    if (toolStore.getState().gesture.kind !== 'idle' || toolStore.getState().guides.length > 0) toolStore.setState({ gesture: { kind: 'idle' }, guides: [] });
    if (transformStore.getState().drag) transformStore.setState({ drag: null });
    if (hallDragStore.getState().drag) hallDragStore.setState({ drag: null });
  }

  /** One edit per finished gesture: what the preview showed (snapped), not the raw pointer. */
  private perform(action: SelectAction, seen: Previews): void {
    const scene = this.host.scene();
    const { moved, hallDrag, drag } = seen;
    switch (action.type) {
      case 'click':
        if (!action.hit) {
          if (!action.shift) clearSelection();
        } else if (action.shift) (action.hit.kind === 'booth' ? toggleSelected : toggleFacility)(action.hit.id);
        else selectHit(action.hit);
        return;
      case 'brush': {
        if (!scene) return;
        const { min, max } = action;
        const ids = scene.index
          .search({ minX: min[0], minY: min[1], maxX: max[0], maxY: max[1] })
          .filter((b) => b.bbox.minX >= min[0] && b.bbox.maxX <= max[0] && b.bbox.minY >= min[1] && b.bbox.maxY <= max[1])
          .map((b) => b.id);
        select(action.additive ? [...sessionStore.getState().selection, ...ids] : ids);
        return;
      }
      case 'translate':
        if (action.subject.kind === 'hall') {
          if (hallDrag?.mode !== 'move' || (hallDrag.dx === 0 && hallDrag.dy === 0)) return;
          runEdit((doc) => {
            const pl = doc.halls[hallDrag.hallId]?.placement;
            return placeHall(doc, hallDrag.hallId, pl ? { x: pl.x + hallDrag.dx, y: pl.y + hallDrag.dy } : {});
          });
        } else if (moved) {
          const pl = seen.moveHall ? scene?.layout.byId.get(seen.moveHall) : undefined;
          const [dx, dy] = pl ? deltaToHall(pl, moved.dx, moved.dy) : [moved.dx, moved.dy];
          runEdit((doc) => moveItems(doc, selectionNow(), round6(dx), round6(dy)));
        }
        return;
      case 'rotate':
        if (hallDrag?.mode === 'rotate' && hallDrag.degrees !== 0) runEdit((doc) => rotateHallBy(doc, hallDrag.hallId, hallDrag.degrees, hallDrag.centre));
        else if (drag?.mode === 'rotate' && drag.degrees !== 0) runEdit((doc) => rotateSelection(doc, drag.boothIds, drag.frame, drag.degrees));
        return;
      case 'resize': {
        if (drag?.mode !== 'resize') return;
        const { frame: f, next: n } = drag;
        if (f.x === n.x && f.y === n.y && f.w === n.w && f.h === n.h) return;
        runEdit((doc) => resizeSelection(doc, drag.boothIds, f, n));
        return;
      }
      default:
    }
  }
}
