import { useState } from 'react';
import { Button, Dropdown, type MenuProps } from 'antd';
import { HistoryOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { toUiError } from '../../editor/host-errors';
import { reportError } from '../../editor/notices';
import { api } from '../api/client';
import { openProjectAt } from '../../panels/project/project-actions';

const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

/**
 * The shows opened most recently, read from the settings each time the menu opens so a show
 * opened in another window appears too.
 */
export function RecentProjectsMenu() {
  const { t } = useTranslation();
  const [recent, setRecent] = useState<string[]>([]);

  const refresh = (open: boolean) => {
    if (!open) return;
    api()
      .getSettings()
      .then(
        (s) => setRecent(s.recentFiles),
        (e: unknown) => reportError('errors.title.settings', toUiError(e)),
      );
  };

  const items: MenuProps['items'] = recent.length
    ? recent.map((path) => ({ key: path, label: baseName(path), title: path }))
    : [{ key: '', label: t('recent.none'), disabled: true }];

  return (
    <Dropdown
      trigger={['click']}
      onOpenChange={refresh}
      menu={{ items, onClick: ({ key }) => key && void openProjectAt(key) }}
    >
      <Button type="text" icon={<HistoryOutlined />} aria-label={t('recent.label')} title={t('recent.label')}>
        {t('recent.label')}
      </Button>
    </Dropdown>
  );
}
