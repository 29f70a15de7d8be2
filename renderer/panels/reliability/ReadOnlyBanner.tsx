import { Alert, Button } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { useDocument } from '../../editor/instance';
import { saveCopyWithDialog, saveProjectAsWithDialog } from '../project/project-actions';
import { fileName, formatTime } from './format';
import { reliabilityStore } from './reliability-state';

/**
 * A visible line under the toolbar while the show is read-only: why (someone else has it, it
 * is a backup, or the file cannot be written) and the way out (save a copy).
 */
export function ReadOnlyBanner() {
  const { t, i18n } = useTranslation();
  const readOnly = useDocument((s) => s.readOnly && s.doc !== null);
  const handle = useDocument((s) => s.handle);
  const info = useStore(reliabilityStore);
  if (!readOnly) return null;
  const mine = info.handle === handle;
  let message: string;
  if (mine && info.backupOf) message = t('reliability.readOnly.backup', { file: fileName(info.backupOf) });
  else if (mine && info.heldBy)
    message = t('reliability.readOnly.held', { user: info.heldBy.userName || t('reliability.unknownUser'), host: info.heldBy.hostName, time: formatTime(info.heldBy.since, i18n.language) });
  else message = t('reliability.readOnly.plain');
  return (
    <Alert
      banner
      type="warning"
      icon={<LockOutlined />}
      data-testid="read-only-banner"
      style={{ flex: 'none' }}
      title={
        <span>
          <strong>{t('reliability.readOnly.badge')}</strong> — {message}
        </span>
      }
      action={
        // A viewer of a shared show has no file to move: they get a local copy, still viewing.
        <Button size="small" onClick={() => void (handle?.startsWith('shared:') ? saveCopyWithDialog : saveProjectAsWithDialog)(t('newProject.defaultFileName'))}>
          {t('reliability.readOnly.saveCopy')}
        </Button>
      }
    />
  );
}
