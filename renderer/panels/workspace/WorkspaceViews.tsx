import { useStore } from 'zustand';
import { DashboardView } from './DashboardView';
import { ExhibitorsView } from './ExhibitorsView';
import { HistoryView } from './HistoryView';
import { workspaceStore } from './workspace-state';

/**
 * The full-window views, laid over the plan: the plan stays mounted underneath (a 7,500-booth
 * plan is not rebuilt on every switch back).
 */
export function WorkspaceViews() {
  const view = useStore(workspaceStore, (s) => s.view);
  if (view === 'plan') return null;
  return <div className="ws-overlay">{view === 'exhibitors' ? <ExhibitorsView /> : view === 'history' ? <HistoryView /> : <DashboardView />}</div>;
}
