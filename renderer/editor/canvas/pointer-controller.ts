import { zoomAt, type Camera } from '../camera';

export interface PointerHost {
  camera(): Camera;
  setCamera(cam: Camera): void;
  /** Booth id under a point in container pixels, or null. */
  hitTest(sx: number, sy: number): string | null;
  click(boothId: string | null, shift: boolean): void;
  hover(boothId: string | null): void;
}

/** Movement (px) that turns a press into a drag. */
const DRAG_THRESHOLD = 4;

type Gesture =
  | { kind: 'idle' }
  | { kind: 'press'; pointerId: number; x0: number; y0: number; boothId: string | null; shift: boolean; panOnly: boolean }
  | { kind: 'pan'; pointerId: number; lastX: number; lastY: number };

const isEditable = (t: EventTarget | null): boolean =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

/**
 * The select tool's gestures as a small state machine (idle → press → pan): click selects,
 * shift-click adds, dragging empty space (or any drag with the middle button or while space
 * is held) pans, the wheel zooms at the cursor. Returns a function that detaches everything.
 */
export function attachPointer(el: HTMLElement, host: PointerHost): () => void {
  let gesture: Gesture = { kind: 'idle' };
  let spaceHeld = false;
  let hoverFrame = 0;
  let lastMove: { x: number; y: number } | null = null;

  const local = (e: PointerEvent | WheelEvent): [number, number] => {
    const r = el.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const setCursor = () => {
    el.style.cursor = gesture.kind === 'pan' ? 'grabbing' : spaceHeld ? 'grab' : '';
  };

  const onPointerDown = (e: PointerEvent) => {
    if (gesture.kind !== 'idle') return;
    if (e.button !== 0 && e.button !== 1) return;
    const [x, y] = local(e);
    const panOnly = e.button === 1 || spaceHeld;
    if (e.button === 1) e.preventDefault();
    el.setPointerCapture?.(e.pointerId);
    gesture = { kind: 'press', pointerId: e.pointerId, x0: x, y0: y, boothId: panOnly ? null : host.hitTest(x, y), shift: e.shiftKey, panOnly };
  };

  const onPointerMove = (e: PointerEvent) => {
    const [x, y] = local(e);
    if (gesture.kind === 'press' && e.pointerId === gesture.pointerId) {
      const moved = Math.hypot(x - gesture.x0, y - gesture.y0) > DRAG_THRESHOLD;
      // Dragging a booth will move it once the move tool exists; until then only empty space pans.
      if (moved && (gesture.boothId === null || gesture.panOnly)) {
        gesture = { kind: 'pan', pointerId: gesture.pointerId, lastX: gesture.x0, lastY: gesture.y0 };
        host.hover(null);
        setCursor();
      }
    }
    if (gesture.kind === 'pan' && e.pointerId === gesture.pointerId) {
      const cam = host.camera();
      host.setCamera({ ...cam, x: cam.x + (x - gesture.lastX), y: cam.y + (y - gesture.lastY) });
      gesture.lastX = x;
      gesture.lastY = y;
      return;
    }
    if (gesture.kind === 'idle') {
      lastMove = { x, y };
      if (!hoverFrame) {
        hoverFrame = requestAnimationFrame(() => {
          hoverFrame = 0;
          if (lastMove && gesture.kind === 'idle') host.hover(host.hitTest(lastMove.x, lastMove.y));
        });
      }
    }
  };

  const onPointerUp = (e: PointerEvent) => {
    if (gesture.kind === 'idle' || e.pointerId !== gesture.pointerId) return;
    el.releasePointerCapture?.(e.pointerId);
    if (gesture.kind === 'press' && !gesture.panOnly) {
      if (gesture.boothId) host.click(gesture.boothId, gesture.shift);
      else if (!gesture.shift) host.click(null, false);
    }
    gesture = { kind: 'idle' };
    setCursor();
  };

  const onPointerCancel = (e: PointerEvent) => {
    if (gesture.kind !== 'idle' && e.pointerId === gesture.pointerId) {
      gesture = { kind: 'idle' };
      setCursor();
    }
  };

  const onPointerLeave = () => {
    lastMove = null;
    if (gesture.kind === 'idle') host.hover(null);
  };

  const onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const [x, y] = local(e);
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    const factor = Math.min(2, Math.max(0.5, Math.exp(-e.deltaY * unit * 0.0015)));
    host.setCamera(zoomAt(host.camera(), factor, x, y));
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.code === 'Space' && !isEditable(e.target)) {
      if (!spaceHeld) {
        spaceHeld = true;
        setCursor();
      }
      // Space would otherwise scroll the page or press a focused button.
      if (el.contains(document.activeElement) || document.activeElement === document.body) e.preventDefault();
    }
  };
  const onKeyUp = (e: KeyboardEvent) => {
    if (e.code === 'Space') {
      spaceHeld = false;
      setCursor();
    }
  };
  const onBlur = () => {
    spaceHeld = false;
    setCursor();
  };
  // The middle button's auto-scroll would fight the pan.
  const onMouseDown = (e: MouseEvent) => {
    if (e.button === 1) e.preventDefault();
  };

  el.addEventListener('pointerdown', onPointerDown);
  el.addEventListener('pointermove', onPointerMove);
  el.addEventListener('pointerup', onPointerUp);
  el.addEventListener('pointercancel', onPointerCancel);
  el.addEventListener('pointerleave', onPointerLeave);
  el.addEventListener('wheel', onWheel, { passive: false });
  el.addEventListener('mousedown', onMouseDown);
  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('keyup', onKeyUp);
  window.addEventListener('blur', onBlur);
  return () => {
    if (hoverFrame) cancelAnimationFrame(hoverFrame);
    el.removeEventListener('pointerdown', onPointerDown);
    el.removeEventListener('pointermove', onPointerMove);
    el.removeEventListener('pointerup', onPointerUp);
    el.removeEventListener('pointercancel', onPointerCancel);
    el.removeEventListener('pointerleave', onPointerLeave);
    el.removeEventListener('wheel', onWheel);
    el.removeEventListener('mousedown', onMouseDown);
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('keyup', onKeyUp);
    window.removeEventListener('blur', onBlur);
  };
}
