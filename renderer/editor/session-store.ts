import { createStore } from 'zustand/vanilla';
import type { Language } from '../../shared/ipc/contract';

export type ToolId = 'select';

/**
 * What one person is looking at and pointing to: never saved, never undone, never part of
 * the document (so selecting a booth cannot make the file "unsaved").
 */
export interface SessionState {
  /** Selected booth ids, in the order they were picked. */
  selection: string[];
  hovered: string | null;
  tool: ToolId;
  /** Language for labels drawn on the plan (bilingual texts pick their side by it). */
  language: Language;
  /** Handle of the project the canvas has finished drawing, for the app's ready signal. */
  drawnHandle: string | null;
}

export const sessionStore = createStore<SessionState>(() => ({
  selection: [],
  hovered: null,
  tool: 'select',
  language: 'en',
  drawnHandle: null,
}));

export function select(ids: string[]): void {
  sessionStore.setState({ selection: dedupe(ids) });
}

/** Shift-click: adds a booth, or removes it when it was already selected. */
export function toggleSelected(id: string): void {
  const cur = sessionStore.getState().selection;
  sessionStore.setState({ selection: cur.includes(id) ? cur.filter((x) => x !== id) : [...cur, id] });
}

export function clearSelection(): void {
  if (sessionStore.getState().selection.length > 0) sessionStore.setState({ selection: [] });
}

export function setHovered(id: string | null): void {
  if (sessionStore.getState().hovered !== id) sessionStore.setState({ hovered: id });
}

/** Drops selected or hovered ids that no longer exist (after undo of a creation, say). */
export function pruneSession(exists: (boothId: string) => boolean): void {
  const s = sessionStore.getState();
  const selection = s.selection.filter(exists);
  const hovered = s.hovered && exists(s.hovered) ? s.hovered : null;
  if (selection.length !== s.selection.length || hovered !== s.hovered) sessionStore.setState({ selection, hovered });
}

export function resetSession(): void {
  sessionStore.setState({ selection: [], hovered: null, drawnHandle: null });
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}
