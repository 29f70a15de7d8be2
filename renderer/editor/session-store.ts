import { createStore } from 'zustand/vanilla';
import type { AllocationMethod, Proposal } from '../../shared/allocation/types';
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

/** A short outcome of an allocation command, shown in the allocation panel (role="status"). */
export interface AllocationNote {
  kind: 'accepted' | 'stale' | 'cancelled' | 'failed' | 'rejected';
  count: number;
  /** For `failed`: what went wrong (not translated: it comes from the solver). */
  message?: string;
}

/**
 * An allocation proposal being made or looked at. Session state: a proposal is a suggestion
 * until accepted (then it is an ordinary assignment operation), so it is never saved and
 * never undone.
 */
export interface AllocationSession {
  /** Hall the next proposal is limited to (null: the whole show). */
  hallId: string | null;
  /** Time limit of the optimiser, seconds. */
  seconds: number;
  running: { method: AllocationMethod; done: number; phase: string } | null;
  proposal: Proposal | null;
  note: AllocationNote | null;
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
  dialog: 'block' | 'background' | 'convert' | 'shortcuts' | 'renumber' | 'expiredHolds' | null;
  confirm: PendingConfirm | null;
  /** Handle of the project the canvas has finished drawing, for the app's ready signal. */
  drawnHandle: string | null;
  allocation: AllocationSession;
  /** Booths the allocation proposal would assign, outlined on the plan until accepted or rejected. */
  proposed: ReadonlySet<string>;
  /** Other people's selections on a shared show, outlined on the plan in their colour. */
  peers: readonly PeerSelection[];
}

/** What another person on a shared show has selected (from their presence; never saved). */
export interface PeerSelection {
  /** Stable while they are connected (their presence id). */
  key: number;
  name: string;
  color: string;
  boothIds: readonly string[];
}

const NO_ALLOCATION: AllocationSession = { hallId: null, seconds: 60, running: null, proposal: null, note: null };

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
  allocation: NO_ALLOCATION,
  proposed: new Set(),
  peers: [],
}));

/** Updates the allocation slice; a new proposal also updates the booths outlined on the plan. */
export function patchAllocation(patch: Partial<AllocationSession>): void {
  const cur = sessionStore.getState().allocation;
  const allocation = { ...cur, ...patch };
  if (!('proposal' in patch) || patch.proposal === cur.proposal) {
    sessionStore.setState({ allocation });
    return;
  }
  const proposed = new Set(allocation.proposal ? allocation.proposal.placements.flatMap((pl) => pl.boothIds) : []);
  sessionStore.setState({ allocation, proposed });
}

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
  sessionStore.setState({ selection: [], facilities: [], hovered: null, drawnHandle: null, dialog: null, confirm: null, allocation: NO_ALLOCATION, proposed: new Set() });
}

function dedupe(ids: string[]): string[] {
  return [...new Set(ids)];
}
