import type { PlanTarget } from '../commands/registry';

/**
 * The booth under a point of the page, answered by the plan. Panels (a drop of an exhibitor
 * on the plan) ask here; the canvas registers the answer, so neither imports the other.
 */
type BoothAt = (clientX: number, clientY: number) => string | null;

let boothAt: BoothAt | null = null;

export function registerBoothAt(fn: BoothAt): () => void {
  boothAt = fn;
  return () => {
    if (boothAt === fn) boothAt = null;
  };
}

/** The booth at page pixels (clientX, clientY), or null when none is there or no plan is shown. */
export function boothAtClient(clientX: number, clientY: number): string | null {
  return boothAt ? boothAt(clientX, clientY) : null;
}

type TargetAt = (clientX: number, clientY: number) => PlanTarget | null;
let targetAt: TargetAt | null = null;

export function registerTargetAt(fn: TargetAt): () => void {
  targetAt = fn;
  return () => {
    if (targetAt === fn) targetAt = null;
  };
}

/** What a right-click at page pixels hit on the plan (booth, selection, facility, hall, floor). */
export function planTargetAtClient(clientX: number, clientY: number): PlanTarget | null {
  return targetAt ? targetAt(clientX, clientY) : null;
}
