import { createStore } from 'zustand/vanilla';

/**
 * The space draw in progress: session state (who is called, the clock), never in the show.
 * Who comes next is read from the show each time, so picks made elsewhere, undo, or a pause
 * over lunch leave the order right.
 */
export interface DrawState {
  open: boolean;
  /** Seconds per turn (0 = no clock). */
  turnSeconds: number;
  /** The exhibitor whose turn it is, or null when the queue is empty or not started. */
  current: string | null;
  /** Exhibitors passed over this draw (skipped, or out of time): they go to the back. */
  skipped: string[];
  /** When the current turn's clock started (ms), or null while paused. */
  turnStartedAt: number | null;
  /** Seconds already spent on this turn before a pause. */
  spent: number;
  /** Paused: the clock stands still, also across turns, until resumed. */
  paused: boolean;
}

export const drawStore = createStore<DrawState>(() => ({ open: false, turnSeconds: 120, current: null, skipped: [], turnStartedAt: null, spent: 0, paused: false }));

export function openDraw(open: boolean): void {
  drawStore.setState({ open });
}

/** The next exhibitor's turn begins (the clock runs unless the draw is paused). */
export function startTurn(exhibitorId: string | null, now = Date.now()): void {
  const { paused } = drawStore.getState();
  drawStore.setState({ current: exhibitorId, spent: 0, turnStartedAt: exhibitorId && !paused ? now : null });
}

export function pauseDraw(now = Date.now()): void {
  const s = drawStore.getState();
  if (s.paused) return;
  drawStore.setState({ paused: true, turnStartedAt: null, spent: s.spent + (s.turnStartedAt === null ? 0 : (now - s.turnStartedAt) / 1000) });
}

export function resumeDraw(now = Date.now()): void {
  const s = drawStore.getState();
  if (!s.paused) return;
  drawStore.setState({ paused: false, turnStartedAt: s.current ? now : null });
}

export function skipCurrent(): void {
  const s = drawStore.getState();
  // The turn ends: whoever is first in the new order is called next.
  if (s.current) drawStore.setState({ skipped: [...s.skipped.filter((x) => x !== s.current), s.current], current: null });
}

/** Seconds left in the turn (negative when over time); null without a clock. */
export function secondsLeft(s: DrawState, now = Date.now()): number | null {
  if (!s.turnSeconds) return null;
  const spent = s.spent + (s.turnStartedAt === null ? 0 : (now - s.turnStartedAt) / 1000);
  return Math.ceil(s.turnSeconds - spent);
}

/** The order for this draw: the show's queue, with those passed over moved to the back. */
export function orderWithSkips(queue: readonly string[], skipped: readonly string[]): string[] {
  const back = new Set(skipped);
  return [...queue.filter((id) => !back.has(id)), ...skipped.filter((id) => queue.includes(id))];
}
