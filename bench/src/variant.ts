import type { Camera } from '../../renderer/editor/camera';
import type { BBox } from '../../shared/geometry/polygon';
import type { Project } from '../../shared/model/project';
import type { Operation } from '../../shared/ops/operation';

/** One way of drawing the plan, driven through the same steps by the bench. */
export interface Variant {
  /** Shows a freshly loaded document at `cam` (resolves once drawn). */
  show(doc: Project, cam: Camera): Promise<void>;
  /** One step of a pan/zoom gesture. */
  gesture(cam: Camera): void;
  /** Jumps the camera (not a gesture) and draws. */
  jump(cam: Camera): Promise<void>;
  /** Resolves once the plan is drawn at full quality after a gesture. */
  crisp(): Promise<void>;
  /** A click at screen point: hit test, then select what is there. Returns the id found. */
  click(sx: number, sy: number): string | null;
  /** Rubber band over a world rectangle: selects what it meets. Returns how many. */
  band(rect: BBox): number;
  /** Starts dragging `ids`, then moves them by (dx, dy) metres per step. */
  dragStart(ids: string[]): void;
  dragStep(dx: number, dy: number): void;
  dragEnd(): void;
  /** An assignment: the operation and the document it leads to. */
  assign(op: Operation, next: Project): void;
  destroy(): void;
}

/** Resolves after the next frame has been drawn and painted. */
export function painted(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
