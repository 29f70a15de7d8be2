import type { Point } from '../../../shared/model/primitives';
import { cameraStore, screenToWorld, zoomAt, type Camera } from '../camera';
import { editor } from '../instance';
import { setHovered } from '../session-store';
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
}

const isEditable = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

/**
 * The plan's one input router: every pointer event of the plan element, the wheel, and the
 * plan's keys (Space to pan, Escape to drop a gesture, Enter to close a polygon) arrive here
 * and go to ONE tool: the select tool (whose child states include panning, so the middle
 * button, Space+drag and the pan tool land there) or the drawing tools. The tool that took a
 * press owns the pointer until it is released. App shortcuts stay with the command registry
 * (`app/shell/use-shortcuts.ts`); this listener runs first (capture) and stops only the
 * Escape it used. Returns a function that detaches everything.
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
  /** The tool that took the press, and its pointer, until release. */
  let owner: { tool: SelectTool | DrawTool; pointerId: number } | null = null;
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
    setHovered(null);
    if (tool.down(pointer(e, pan))) {
      owner = { tool, pointerId: e.pointerId };
      el.setPointerCapture?.(e.pointerId);
    }
    cursor();
  };

  const onPointerMove = (e: PointerEvent) => {
    const p = pointer(e);
    if (owner) {
      if (e.pointerId === owner.pointerId) owner.tool.move(p);
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

  const onKeyDown = (e: KeyboardEvent) => {
    if (isEditable(e.target)) return;
    if (e.code === 'Space') {
      spaceHeld = true;
      cursor();
      // Space would otherwise scroll the page or press a focused button.
      if (el.contains(document.activeElement) || document.activeElement === document.body) e.preventDefault();
      return;
    }
    if (e.key === 'Escape') {
      // A gesture in progress takes Escape; only an idle plan lets it clear the selection.
      const took = select.cancel() || draw.cancel();
      if (!took) return;
      release();
      cursor();
      e.preventDefault();
      e.stopImmediatePropagation();
    } else if (e.key === 'Enter' && draw.finish()) {
      e.preventDefault();
    }
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.code !== 'Space') return;
    spaceHeld = false;
    cursor();
  };
  const onBlur = () => {
    spaceHeld = false;
    cursor();
  };

  el.addEventListener('pointerdown', onPointerDown);
  el.addEventListener('pointermove', onPointerMove);
  el.addEventListener('pointerup', onPointerUp);
  el.addEventListener('pointercancel', onPointerCancel);
  el.addEventListener('pointerleave', onLeave);
  el.addEventListener('dblclick', onDblClick);
  el.addEventListener('wheel', onWheel, { passive: false });
  el.addEventListener('mousedown', onMouseDown);
  window.addEventListener('keydown', onKeyDown, true);
  window.addEventListener('keyup', onKeyUp);
  window.addEventListener('blur', onBlur);
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
    el.removeEventListener('pointerdown', onPointerDown);
    el.removeEventListener('pointermove', onPointerMove);
    el.removeEventListener('pointerup', onPointerUp);
    el.removeEventListener('pointercancel', onPointerCancel);
    el.removeEventListener('pointerleave', onLeave);
    el.removeEventListener('dblclick', onDblClick);
    el.removeEventListener('wheel', onWheel);
    el.removeEventListener('mousedown', onMouseDown);
    window.removeEventListener('keydown', onKeyDown, true);
    window.removeEventListener('keyup', onKeyUp);
    window.removeEventListener('blur', onBlur);
  };
}
