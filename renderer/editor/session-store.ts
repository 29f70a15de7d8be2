import { createStore } from 'zustand/vanilla';
import type { Language } from '../../shared/ipc/contract';

export type ToolId = 'select';

/** What booth labels on the plan show (a view setting, never saved in the show file). */
export type BoothLabelMode = 'number' | 'number-name' | 'none';

/** A request to confirm before a destructive command goes ahead (answered in a dialog). */
export interface PendingConfirm {
  /** Command that asked; re-run with `confirmed` once the user agrees. */
  commandId: string;
  titleKey: string;
  bodyKey: string;
  args: Record<string, string | number>;
  /** Whatever the command needs to finish (e.g. the hall to delete). */
  payload?: string;
}

/**
 * What one person is looking at and pointing to: never saved, never undone, never part of
 * the document (so selecting a booth cannot make the file "unsaved"). Named slices:
 * selection (booths and facilities together), pointer (hover), view (language, labels),
 * dialogs (which one is open, a pending confirmation), readiness.
 */
export interface SessionState {
  /** Selected booth ids, in the order they were picked. */
  selection: string[];
  /** Selected facilities (walls, labels, entrances…), picked together with booths. */
  facilities: string[];
  hovered: string | null;
  /** The hall most of the screen shows (set by the plan as the view moves): "this hall" for Ctrl+A. */
  viewHall: string | null;
  tool: ToolId;
  /** Language for labels drawn on the plan (bilingual texts pick their side by it). */
  language: Language;
  boothLabels: BoothLabelMode;
  /** Open editor dialog, if any (keyboard shortcuts stay out of its way). */
  dialog: 'block' | 'background' | 'shortcuts' | 'renumber' | 'expiredHolds' | null;
  confirm: PendingConfirm | null;
  /** Handle of the project the canvas has finished drawing, for the app's ready signal. */
  drawnHandle: string | null;
}

export const sessionStore = createStore<SessionState>(() => ({
  selection: [],
  facilities: [],
  hovered: null,
  viewHall: null,
  tool: 'select',
  language: 'en',
  boothLabels: 'number-name',
  dialog: null,
  confirm: null,
  drawnHandle: null,
}));

/** Selects booths (and, optionally, facilities); everything else is deselected. */
export function select(ids: string[], facilities: string[] = []): void {
  sessionStore.setState({ selection: dedupe(ids), facilities: dedupe(facilities) });
}

export function selectFacilities(ids: string[]): void {
  sessionStore.setState({ selection: [], facilities: dedupe(ids) });
}

/** Shift-click: adds a booth, or removes it when it was already selected. */
export function toggleSelected(id: string): void {
  const cur = sessionStore.getState().selection;
  sessionStore.setState({ selection: cur.includes(id) ? cur.filter((x) => x !== id) : [...cur, id] });
}

export function toggleFacility(id: string): void {
  const cur = sessionStore.getState().facilities;
  sessionStore.setState({ facilities: cur.includes(id) ? cur.filter((x) => x !== id) : [...cur, id] });
}

/** The booths and facilities commands act on. */
export function selectionNow(): { boothIds: string[]; facilityIds: string[] } {
  const s = sessionStore.getState();
  return { boothIds: s.selection, facilityIds: s.facilities };
}

export function clearSelection(): void {
  const s = sessionStore.getState();
  if (s.selection.length > 0 || s.facilities.length > 0) sessionStore.setState({ selection: [], facilities: [] });
}

export function setHovered(id: string | null): void {
  if (sessionStore.getState().hovered !== id) sessionStore.setState({ hovered: id });
}

/** Drops selected or hovered ids that no longer exist (after undo of a creation, say). */
export function pruneSession(exists: (boothId: string) => boolean, facilityExists: (id: string) => boolean = () => true): void {
  const s = sessionStore.getState();
  const selection = s.selection.filter(exists);
  const facilities = s.facilities.filter(facilityExists);
  const hovered = s.hovered && exists(s.hovered) ? s.hovered : null;
  if (selection.length !== s.selection.length || facilities.length !== s.facilities.length || hovered !== s.hovered) sessionStore.setState({ selection, facilities, hovered });
}

export function openEditorDialog(dialog: SessionState['dialog']): void {
  sessionStore.setState({ dialog });
}

export function askConfirm(confirm: PendingConfirm | null): void {
  sessionStore.setState({ confirm });
}

export function resetSession(): void {
  sessionStore.setState({ selection: [], facilities: [], hovered: null, drawnHandle: null, dialog: null, confirm: null });
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}
