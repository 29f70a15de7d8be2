import type { Point } from '../../../shared/model/primitives';

/** One pointer event on the plan, as the input router hands it to the active tool. */
export interface PlanPointer {
  /** Plan (container) pixels. */
  screen: Point;
  /** World metres. */
  at: Point;
  shift: boolean;
  /** Middle button, Space held or the pan tool: the press pans whatever it is on. */
  pan: boolean;
  /** Mouse buttons held (0 while hovering). */
  buttons: number;
}
