import { Splitter, Spin, Tabs } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { useDocument } from '../../editor/instance';
import { PlanView } from '../../editor/PlanView';
import { EmptyState } from '../../panels/empty/EmptyState';
import { ExhibitorsPanel } from '../../panels/exhibitors/ExhibitorsPanel';
import { HallsPanel } from '../../panels/halls/HallsPanel';
import { Inspector } from '../../panels/inspector/Inspector';
import { StatusLegend } from '../../panels/legend/StatusLegend';
import { StatusBar } from '../../panels/statusbar/StatusBar';
import { NoticeHost } from '../../panels/common/NoticeHost';
import { appStateStore } from './app-state';
import { AppToolbar } from './AppToolbar';
import { command } from './commands';
import { DialogHost } from './DialogHost';
import { useMenuCommands, useReadySignal, useUnloadGuard, useWindowTitle } from './use-app-signals';
import { useShortcuts } from './use-shortcuts';

function Workspace() {
  const { t } = useTranslation();
  return (
    <Splitter className="workspace">
      <Splitter.Panel defaultSize={290} min={200} max={560} className="side-panel">
        <Tabs
          className="side-tabs"
          aria-label={t('panels.label')}
          items={[
            { key: 'halls', label: t('panels.halls'), children: <HallsPanel /> },
            { key: 'exhibitors', label: t('panels.exhibitors'), children: <ExhibitorsPanel /> },
          ]}
        />
      </Splitter.Panel>
      <Splitter.Panel min={300}>
        <PlanView>
          <StatusLegend />
        </PlanView>
      </Splitter.Panel>
      <Splitter.Panel defaultSize={330} min={240} max={600} className="side-panel inspector-panel">
        <Inspector />
      </Splitter.Panel>
    </Splitter>
  );
}

/** The window: toolbar, the workspace (or the empty state), status bar, dialogs. */
export function Shell() {
  const { t } = useTranslation();
  const hasDoc = useDocument((s) => s.doc !== null);
  const starting = useStore(appStateStore, (s) => s.phase === 'starting' || s.opening > 0);
  useReadySignal();
  useWindowTitle();
  useShortcuts();
  useMenuCommands();
  useUnloadGuard();
  return (
    <div className="shell">
      <header className="shell-toolbar">
        <AppToolbar />
      </header>
      <main className="shell-main">
        {hasDoc ? (
          <Workspace />
        ) : starting ? (
          <Spin size="large" tip={t('app.opening')} className="shell-spinner">
            <div style={{ height: 200 }} />
          </Spin>
        ) : (
          <EmptyState onNew={command('file.new').run} onOpen={command('file.open').run} onSample={command('file.openSample').run} />
        )}
      </main>
      <StatusBar />
      <DialogHost />
      <NoticeHost />
    </div>
  );
}
