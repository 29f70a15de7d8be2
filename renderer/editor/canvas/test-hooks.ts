/** What end-to-end tests may ask the canvas (nothing else reaches into it). */
export interface CanvasTestHooks {
  /** Centre of a booth in page pixels, or null when the booth is not on the plan. */
  boothScreenPoint(boothId: string): { x: number; y: number } | null;
  /** A point in a hall's own metres, in page pixels (null without that hall). */
  worldToScreen(hallId: string, x: number, y: number): { x: number; y: number } | null;
  /** Zooms about the view's centre to this many screen pixels per metre. */
  setScale(pxPerMetre: number): void;
  /** Page pixels to plan metres (the plan's world, halls side by side). */
  screenToPlan(x: number, y: number): { x: number; y: number };
  /** Other people's selections as the plan last drew them (only what is on screen). */
  peerOutlines(): { name: string; color: string; boothIds: string[] }[];
}

declare global {
  interface Window {
    __pavilionCanvas?: CanvasTestHooks;
  }
}

/** Hooks are present in development builds, or in any build once a test sets the flag. */
export function testHooksEnabled(): boolean {
  if (import.meta.env.MODE !== 'production') return true;
  try {
    return window.localStorage.getItem('pavilion.testHooks') === '1';
  } catch {
    return false;
  }
}

export function installTestHooks(hooks: CanvasTestHooks): () => void {
  if (!testHooksEnabled()) return () => undefined;
  window.__pavilionCanvas = hooks;
  return () => {
    if (window.__pavilionCanvas === hooks) delete window.__pavilionCanvas;
  };
}
