import { Modal } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import type { CommandId } from '../../../shared/commands/catalog';
import { command } from '../../editor/commands/registry';
import { askConfirm, sessionStore } from '../../editor/session-store';

/** Asks before a command that takes more than the user may think (a hall's booths, taken booths). */
export function ConfirmDialog() {
  const { t } = useTranslation();
  const confirm = useStore(sessionStore, (s) => s.confirm);
  if (!confirm) return null;
  return (
    <Modal
      open
      title={t(confirm.titleKey, confirm.args)}
      okText={t('editor.confirm.delete')}
      okButtonProps={{ danger: true }}
      cancelText={t('editor.confirm.cancel')}
      onCancel={() => askConfirm(null)}
      onOk={() => command(confirm.commandId as CommandId).run({ via: 'toolbar', confirmed: true })}
    >
      <p>{t(confirm.bodyKey, confirm.args)}</p>
    </Modal>
  );
}
