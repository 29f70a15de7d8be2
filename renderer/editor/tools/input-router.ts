import type { Point } from '../../../shared/model/primitives';
import { cameraStore, screenToWorld, zoomAt, type Camera } from '../camera';
import { editor } from '../instance';
import { setHovered } from '../session-store';
import { commandForKey } from '../commands/registry';
import type { Scene } from '../canvas/scene';
import { convertStore } from '../../cad/convert-store';
import { toolStore } from './tool-store';
import { DrawTool } from './draw-tool';
import { SelectTool } from './select/select-tool';
import type { PlanPointer } from './plan-pointer';

export interface InputHost {
  scene(): Scene | null;
  /** One step of a pan or zoom gesture (the plan moves its bitmap, redraws when it settles). */
  gestureCamera(cam: Camera): void;
  /** A dialog of the shell owns the keyboard: the plan's keys wait. */
  keysBlocked(): boolean;
}

const isEditable = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

/**
 * The plan's one input router: every pointer event of the plan element, the wheel, and the
 * plan's keys arrive here and go to ONE tool: the select tool (whose child states include
 * panning, so the middle button, Space+drag and the pan tool land there) or the drawing
 * tools. The tool that took a press owns the pointer until it is released. Keys: Space pans,
 * Shift changes a drag at once, Escape drops a gesture in progress and otherwise clears the
 * selection, Enter closes a polygon, Delete and the arrows run their catalog commands (`plan`
 * in the catalog) — app shortcuts stay with `app/shell/use-shortcuts.ts`, the window's other
 * keydown listener. Returns a function that detaches everything.
 */
export function attachPlanInput(el: HTMLElement, host: InputHost): () => void {
  const select = new SelectTool({
    scene: () => host.scene(),
    panBy: (dx, dy) => {
      const c = cameraStore.getState();
      host.gestureCamera({ scale: c.scale, x: c.x + dx, y: c.y + dy });
    },
  });
  const draw = new DrawTool({ scene: () => host.scene() });
  let spaceHeld = false;
  /** The tool that took the press, its pointer and where that pointer was last, until release. */
  let owner: { tool: SelectTool | DrawTool; pointerId: number; last: PlanPointer } | null = null;
  let hoverFrame = 0;
  let hoverAt: Point | null = null;

  const drawing = () => convertStore.getState().picking || toolStore.getState().tool !== 'select';
  const pointer = (e: PointerEvent | MouseEvent, pan = false): PlanPointer => {
    const r = el.getBoundingClientRect();
    const screen: Point = [e.clientX - r.left, e.clientY - r.top];
    return { screen, at: screenToWorld(cameraStore.getState(), screen[0], screen[1]), shift: e.shiftKey, pan, buttons: e.buttons };
  };
  const cursor = () => {
    const tool = toolStore.getState().tool;
    const c = select.state.name === 'panning' ? 'grabbing' : spaceHeld || tool === 'pan' ? 'grab' : drawing() ? 'crosshair' : select.hoverCursor;
    if (el.style.cursor !== c) el.style.cursor = c;
  };
  const release = () => {
    if (owner) el.releasePointerCapture?.(owner.pointerId);
    owner = null;
  };

  const onPointerDown = (e: PointerEvent) => {
    if (owner || (e.button !== 0 && e.button !== 1)) return;
    const pan = e.button === 1 || spaceHeld || (toolStore.getState().tool === 'pan' && !convertStore.getState().picking);
    // The middle button's auto-scroll would fight the pan.
    if (e.button === 1) e.preventDefault();
    if (!pan && !editor.store.getState().doc) return;
    const tool = pan || !drawing() ? select : draw;
    if (pan) setHovered(null);
    const p = pointer(e, pan);
    if (tool.down(p)) {
      owner = { tool, pointerId: e.pointerId, last: p };
      el.setPointerCapture?.(e.pointerId);
    }
    cursor();
  };

  const onPointerMove = (e: PointerEvent) => {
    const p = pointer(e);
    if (owner) {
      if (e.pointerId !== owner.pointerId) return;
      owner.last = p;
      owner.tool.move(p);
      return;
    }
    if (drawing()) draw.move(p);
    else select.hover(p);
    cursor();
    // Hover is looked up once per frame, however fast the pointer moves.
    hoverAt = p.at;
    if (!hoverFrame) {
      hoverFrame = requestAnimationFrame(() => {
        hoverFrame = 0;
        const scene = host.scene();
        if (hoverAt && !owner && scene) setHovered(scene.index.hitTest(hoverAt[0], hoverAt[1])?.id ?? null);
      });
    }
  };

  const onPointerUp = (e: PointerEvent) => {
    if (!owner || e.pointerId !== owner.pointerId) return;
    const { tool } = owner;
    release();
    tool.up(pointer(e));
    cursor();
  };

  const onPointerCancel = () => {
    if (!owner) return;
    if (owner.tool === select) select.cancel();
    else draw.lost();
    release();
    cursor();
  };

  const onLeave = () => {
    hoverAt = null;
    if (!owner) setHovered(null);
    draw.leave();
  };

  const onDblClick = (e: MouseEvent) => {
    if (drawing()) draw.finish();
    else select.dblclick(pointer(e));
  };

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const { screen } = pointer(e);
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const factor = Math.min(2, Math.max(0.5, Math.exp(-e.deltaY * unit * 0.0015)));
    host.gestureCamera(zoomAt(cameraStore.getState(), factor, screen[0], screen[1]));
  };

  const onMouseDown = (e: MouseEvent) => {
    if (e.button === 1) e.preventDefault();
  };

  /** Shift pressed or let go mid-drag changes the gesture at once (free rotation), not at the next move. */
  const shiftChanged = (shift: boolean) => {
    if (!owner || owner.last.shift === shift) return;
    owner.last = { ...owner.last, shift };
    owner.tool.move(owner.last);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (isEditable(e.target) || e.isComposing) return;
    if (e.key === 'Shift') return shiftChanged(true);
    if (e.code === 'Space') {
      spaceHeld = true;
      cursor();
      // Space would otherwise scroll the page or press a focused button.
      if (el.contains(document.activeElement) || document.activeElement === document.body) e.preventDefault();
      return;
    }
    // A gesture in progress takes Escape (nothing is committed) and Enter (a polygon closes).
    if (e.key === 'Escape' && (select.cancel() || draw.cancel())) {
      release();
      cursor();
      e.preventDefault();
      return;
    }
    if (e.key === 'Enter' && draw.finish()) return e.preventDefault();
    // The plan's commands (clear the selection, delete, nudge): not mid-drag, not over a dialog.
    if (owner || e.defaultPrevented || host.keysBlocked() || !editor.store.getState().doc) return;
    const c = commandForKey(e, false, 'plan');
    if (!c) return;
    e.preventDefault();
    c.run({ via: 'shortcut', shift: e.shiftKey });
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.key === 'Shift') shiftChanged(false);
    if (e.code !== 'Space') return;
    spaceHeld = false;
    cursor();
  };
  const onBlur = () => {
    spaceHeld = false;
    cursor();
  };

  // One signal takes every listener off again.
  const listening = new AbortController();
  const on = { signal: listening.signal };
  el.addEventListener('pointerdown', onPointerDown, on);
  el.addEventListener('pointermove', onPointerMove, on);
  el.addEventListener('pointerup', onPointerUp, on);
  el.addEventListener('pointercancel', onPointerCancel, on);
  el.addEventListener('pointerleave', onLeave, on);
  el.addEventListener('dblclick', onDblClick, on);
  el.addEventListener('wheel', onWheel, { ...on, passive: false });
  el.addEventListener('mousedown', onMouseDown, on);
  window.addEventListener('keydown', onKeyDown, on);
  window.addEventListener('keyup', onKeyUp, on);
  window.addEventListener('blur', onBlur, on);
  const unsubTool = toolStore.subscribe((s, prev) => {
    if (s.tool === prev.tool && s.hallMode === prev.hallMode && s.facilityKind === prev.facilityKind) return;
    draw.sync();
    if (s.tool !== prev.tool && select.state.name !== 'panning' && select.cancel()) release();
    cursor();
  });
  const unsubPick = convertStore.subscribe((s, prev) => {
    if (s.picking !== prev.picking) cursor();
  });
  return () => {
    if (hoverFrame) cancelAnimationFrame(hoverFrame);
    select.cancel();
    release();
    unsubTool();
    unsubPick();
    listening.abort();
  };
}
