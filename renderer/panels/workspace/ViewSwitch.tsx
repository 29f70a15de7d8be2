import { Segmented } from 'antd';
import { AppstoreOutlined, BarChartOutlined, HistoryOutlined, TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { showView, workspaceStore, type WorkspaceView } from './workspace-state';
import './workspace.css';

/** Plan, Exhibitors, Dashboard, History: which view fills the window (the side panels stay with the plan). */
export function ViewSwitch() {
  const { t } = useTranslation();
  const view = useStore(workspaceStore, (s) => s.view);
  return (
    <div className="ws-switch">
      <Segmented<WorkspaceView>
        aria-label={t('workspace.views')}
        value={view}
        onChange={showView}
        options={[
          { value: 'plan', label: t('workspace.view.plan'), icon: <AppstoreOutlined /> },
          { value: 'exhibitors', label: t('workspace.view.exhibitors'), icon: <TeamOutlined /> },
          { value: 'dashboard', label: t('workspace.view.dashboard'), icon: <BarChartOutlined /> },
          { value: 'history', label: t('workspace.view.history'), icon: <HistoryOutlined /> },
        ]}
      />
    </div>
  );
}
