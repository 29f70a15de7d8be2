import { lazy, Suspense, type ReactNode } from 'react';
import { Spin } from 'antd';
import { useStore } from 'zustand';
import { ExhibitorsView } from './ExhibitorsView';
import { HistoryView } from './HistoryView';
import { workspaceStore } from './workspace-state';

/**
 * The dashboard and its charts (ECharts, a fifth of the app's code) load when first shown,
 * not with the window: the app starts with less to fetch, compile and run.
 */
const DashboardView = lazy(() => import('./DashboardView').then((m) => ({ default: m.DashboardView })));

/**
 * The full-window views, laid over the plan: the plan stays mounted underneath (a 7,500-booth
 * plan is not rebuilt on every switch back).
 */
export function WorkspaceViews() {
  const view = useStore(workspaceStore, (s) => s.view);
  if (view === 'plan') return null;
  return (
    <div className="ws-overlay">
      {view === 'exhibitors' ? (
        <ExhibitorsView />
      ) : view === 'history' ? (
        <HistoryView />
      ) : (
        <Suspense fallback={<Spin className="shell-spinner" />}>
          <DashboardView />
        </Suspense>
      )}
    </div>
  );
}

/**
 * The plan and the views over it. It says which view is shown, so the stylesheet hides the
 * plan under a full-window view (a rule that looked for the overlay itself made every row
 * the table drew restyle the whole plan).
 */
export function WorkspaceBody({ children }: { children: ReactNode }) {
  const view = useStore(workspaceStore, (s) => s.view);
  return (
    <div className="ws-body" data-view={view}>
      {children}
    </div>
  );
}
