import { createStore } from 'zustand/vanilla';
import type { AssignmentState } from '../../../shared/assignment/by-exhibitor';
import type { SalesStage } from '../../../shared/model/entities';

export const WORKSPACE_VIEWS = ['plan', 'exhibitors', 'dashboard', 'history'] as const;
export type WorkspaceView = (typeof WORKSPACE_VIEWS)[number];

/** What the Exhibitors view shows; the dashboard's charts set it on click. */
export interface WorkspaceFilter {
  text: string;
  countries: string[];
  sectors: string[];
  zones: string[];
  halls: string[];
  states: AssignmentState[];
  stages: SalesStage[];
}

export const EMPTY_FILTER: WorkspaceFilter = { text: '', countries: [], sectors: [], zones: [], halls: [], states: [], stages: [] };

export const TABLE_COLUMNS = ['name', 'country', 'sectors', 'booths', 'requested', 'assigned', 'state', 'stage', 'expected', 'invoiced', 'paid', 'contact', 'phone', 'email', 'priority', 'warnings'] as const;
export type TableColumn = (typeof TABLE_COLUMNS)[number];
export const DEFAULT_COLUMNS: TableColumn[] = ['name', 'country', 'sectors', 'booths', 'requested', 'assigned', 'state', 'stage', 'expected', 'paid', 'contact', 'warnings'];

interface WorkspaceState {
  view: WorkspaceView;
  filter: WorkspaceFilter;
  columns: TableColumn[];
  /** Selected exhibitor ids in the Exhibitors view. */
  selected: string[];
}

const COLUMNS_KEY = 'pavilion.exhibitorColumns';

function savedColumns(): TableColumn[] {
  try {
    const raw = JSON.parse(window.localStorage.getItem(COLUMNS_KEY) ?? 'null') as unknown;
    if (Array.isArray(raw)) {
      const cols = raw.filter((c): c is TableColumn => (TABLE_COLUMNS as readonly string[]).includes(c as string));
      if (cols.includes('name')) return cols;
    }
  } catch {
    // A damaged setting falls back to the default columns.
  }
  return DEFAULT_COLUMNS;
}

/** Which full-window view is shown, and the exhibitor filter shared by the views (session only). */
export const workspaceStore = createStore<WorkspaceState>(() => ({ view: 'plan', filter: EMPTY_FILTER, columns: savedColumns(), selected: [] }));

export function showView(view: WorkspaceView): void {
  workspaceStore.setState({ view });
}

export function setFilter(patch: Partial<WorkspaceFilter>): void {
  workspaceStore.setState((s) => ({ filter: { ...s.filter, ...patch } }));
}

/** From a chart: show the Exhibitors view with only this filter. */
export function showExhibitorsFiltered(patch: Partial<WorkspaceFilter>): void {
  workspaceStore.setState({ view: 'exhibitors', filter: { ...EMPTY_FILTER, ...patch }, selected: [] });
}

export function setColumns(columns: TableColumn[]): void {
  const cols = columns.includes('name') ? columns : ['name' as const, ...columns];
  workspaceStore.setState({ columns: cols });
  try {
    window.localStorage.setItem(COLUMNS_KEY, JSON.stringify(cols));
  } catch {
    // Not remembered where storage is unavailable; the choice still holds for the session.
  }
}

export function setSelected(selected: string[]): void {
  workspaceStore.setState({ selected });
}
