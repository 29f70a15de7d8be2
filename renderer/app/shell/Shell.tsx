import { Splitter, Spin, Tabs } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { startTransition, useEffect } from 'react';
import { afterNextPaint } from '../../editor/after-paint';
import { useDocument, useSession } from '../../editor/instance';
import { PlanView } from '../../editor/PlanView';
import { EmptyState } from '../../panels/empty/EmptyState';
import { EditorOverlays } from '../../panels/editor/EditorOverlays';
import { PlanContextMenu } from '../../panels/editor/PlanContextMenu';
import { ExhibitorsPanel } from '../../panels/exhibitors/ExhibitorsPanel';
import { ColourByLegend } from '../../panels/assignment/ColourByLegend';
import { PlanDropTarget } from '../../panels/assignment/PlanDropTarget';
import { useAssignmentStartup } from '../../panels/assignment/use-assignment-startup';
import { useSearchWarmup } from '../../panels/exhibitors/search-warmup';
import { WarningsPanel } from '../../panels/assignment/WarningsPanel';
import { DashboardPanel } from '../../panels/dashboard/DashboardPanel';
import { ZonesPanel } from '../../panels/zones/ZonesPanel';
import { ViewSwitch } from '../../panels/workspace/ViewSwitch';
import { WorkspaceBody, WorkspaceViews } from '../../panels/workspace/WorkspaceViews';
import { AllocationPanel } from '../../panels/allocation/AllocationPanel';
import { HallsPanel } from '../../panels/halls/HallsPanel';
import { LevelSwitcher } from '../../panels/site/LevelSwitcher';
import { Inspector } from '../../panels/inspector/Inspector';
import { StatusBar } from '../../panels/statusbar/StatusBar';
import { AreaBoundary } from '../../panels/common/AreaBoundary';
import { sideTabStore, type SideTab } from '../../panels/common/side-tabs';
import { NoticeHost } from '../../panels/common/NoticeHost';
import { PrintHost } from '../../panels/print/PrintHost';
import { ReadOnlyBanner } from '../../panels/reliability/ReadOnlyBanner';
import { ReliabilityDialogs } from '../../panels/reliability/ReliabilityDialogs';
import { PrintRoute } from '../../print/PrintRoute';
import { appDialogOpen } from '../../panels/project/dialog-state';
import { usePrintRouteHash } from '../../print/use-print-route';
import { appStateStore } from '../../panels/project/app-state';
import { AppToolbar } from './AppToolbar';
import { command } from './commands';
import { DialogHost } from './DialogHost';
import { useMenuCommands, useReadySignal, useUnloadGuard, useWindowTitle } from './use-app-signals';
import { useShortcuts } from './use-shortcuts';

/**
 * The side panels wait for the plan's first drawing: on a 20,000-booth show building them
 * (tables, counts, the inspector) costs as much as the plan itself, and the plan is what the
 * user opened the show to see. They are mounted after the frame that shows the plan: a task
 * queued from an animation frame runs after that frame is painted (mounting them in the
 * animation frame itself, as before, held the plan's frame back by the panels' ~250 ms at
 * 7,500 booths). From then on they stay mounted across project switches.
 */
function usePanelsShown(): boolean {
  const shown = useStore(appStateStore, (s) => s.panelsShown);
  const drawn = useSession((s) => s.drawnHandle !== null);
  useEffect(() => {
    if (shown || !drawn) return;
    return afterNextPaint(() => startTransition(() => appStateStore.setState({ panelsShown: true })));
  }, [shown, drawn]);
  return shown;
}

function Workspace() {
  const panels = usePanelsShown();
  // Each area fails alone (see AreaBoundary) and is tried again when the show changes.
  const handle = useDocument((s) => s.handle);
  const revision = useDocument((s) => s.revision);
  const keys = [handle, revision];
  return (
    <Splitter className="workspace">
      <Splitter.Panel defaultSize={400} min={200} max={720} className="side-panel">
        <AreaBoundary area="errors.boundary.areas.panels" resetKeys={keys}>
          {panels ? <SidePanels /> : <div className="side-panel-pending" aria-busy="true" />}
        </AreaBoundary>
      </Splitter.Panel>
      <Splitter.Panel min={300}>
        <AreaBoundary area="errors.boundary.areas.plan" resetKeys={keys}>
          <PlanDropTarget>
            <PlanContextMenu>
              <PlanView keysBlocked={appDialogOpen}>
                <ColourByLegend />
                <EditorOverlays />
                <LevelSwitcher />
              </PlanView>
            </PlanContextMenu>
          </PlanDropTarget>
        </AreaBoundary>
      </Splitter.Panel>
      <Splitter.Panel defaultSize={330} min={240} max={600} className="side-panel inspector-panel">
        <AreaBoundary area="errors.boundary.areas.inspector" resetKeys={keys}>
          {panels ? <Inspector /> : <div className="side-panel-pending" aria-busy="true" />}
        </AreaBoundary>
      </Splitter.Panel>
    </Splitter>
  );
}

function SidePanels() {
  const { t } = useTranslation();
  const tab = useStore(sideTabStore, (s) => s.tab);
  return (
    <Tabs
      className="side-tabs"
      size="small"
      activeKey={tab}
      onChange={(key) => sideTabStore.setState({ tab: key as SideTab })}
      // Six tabs fit side by side in the panel at 1440 px, in English too (no "…" menu):
      // the panel is 400 px wide and the tab labels 13 px (app.css).
      tabBarGutter={10}
      aria-label={t('panels.label')}
      items={[
        // Panels that count or compute over every booth are unmounted when hidden, so an edit
        // does not wait for them (the halls' and zones' booth counts: ~40 ms each at 75,000
        // booths). The exhibitors panel stays: its prepared search and the user's search text
        // are worth keeping, and its rows follow an edit in a deferred render.
        // (The allocation proposal itself is session state and outlives the panel.)
        { key: 'halls', label: t('panels.halls'), children: <HallsPanel />, destroyOnHidden: true },
        { key: 'exhibitors', label: t('panels.exhibitors'), children: <ExhibitorsPanel /> },
        { key: 'zones', label: t('exhibitorsUi.tabs.zones'), children: <ZonesPanel />, destroyOnHidden: true },
        { key: 'allocation', label: t('allocation.tab'), children: <AllocationPanel />, destroyOnHidden: true },
        { key: 'warnings', label: t('exhibitorsUi.tabs.warnings'), children: <WarningsPanel />, destroyOnHidden: true },
        { key: 'dashboard', label: t('exhibitorsUi.tabs.dashboard'), children: <DashboardPanel />, destroyOnHidden: true },
      ]}
    />
  );
}

/** The window: toolbar, the workspace (or the empty state), status bar, dialogs. */
export function Shell() {
  const { t } = useTranslation();
  const hasDoc = useDocument((s) => s.doc !== null);
  const starting = useStore(appStateStore, (s) => s.phase === 'starting' || s.opening > 0);
  useReadySignal();
  useAssignmentStartup();
  useSearchWarmup();
  useWindowTitle();
  useShortcuts();
  useMenuCommands();
  useUnloadGuard();
  const printRoute = usePrintRouteHash();
  // The print route shows the open show's sheets alone, for the browser's print and PDF.
  if (printRoute !== null) return <PrintRoute hash={printRoute} />;
  return (
    <div className="shell">
      <header className="shell-toolbar">
        <AppToolbar />
      </header>
      <ReadOnlyBanner />
      <main className="shell-main">
        {hasDoc ? (
          <AreaBoundary area="errors.boundary.areas.window">
            <div className="ws-frame">
              <ViewSwitch />
              <WorkspaceBody>
                <Workspace />
                <WorkspaceViews />
              </WorkspaceBody>
            </div>
          </AreaBoundary>
        ) : starting ? (
          <Spin size="large" tip={t('app.opening')} className="shell-spinner">
            <div style={{ height: 200 }} />
          </Spin>
        ) : (
          <EmptyState onNew={() => command('file.new').run()} onOpen={() => command('file.open').run()} onSample={() => command('file.openSample').run()} />
        )}
      </main>
      <StatusBar />
      <DialogHost />
      <NoticeHost />
      <PrintHost />
      <ReliabilityDialogs />
    </div>
  );
}
