import { useState } from 'react';
import { Button, Modal, Table } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { renumber } from '../../../shared/editing/renumber';
import { DEFAULT_NUMBERING, type NumberingScheme } from '../../../shared/editing/numbering';
import { allCommands } from '../../editor/commands/registry';
import { shortcutText } from '../../../shared/commands/catalog';
import { sessionStore } from '../../editor/session-store';
import { runEdit } from '../../editor/edit-runner';
import { NumberingFields } from './NumberingFields';

/** Renumbers the selected booths in reading order with a scheme. */
export function RenumberDialog() {
  const { t } = useTranslation();
  const open = useStore(sessionStore, (s) => s.dialog === 'renumber');
  const [scheme, setScheme] = useState<NumberingScheme>(DEFAULT_NUMBERING);
  if (!open) return null;
  const close = () => sessionStore.setState({ dialog: null });
  return (
    <Modal
      open
      title={t('editor.renumber.title', { count: sessionStore.getState().selection.length })}
      okText={t('editor.renumber.apply')}
      cancelText={t('dialog.cancel')}
      onCancel={close}
      onOk={() => {
        if (runEdit((doc) => renumber(doc, sessionStore.getState().selection, scheme, { pairOffset: 0 })).ok) close();
      }}
    >
      <NumberingFields value={scheme} onChange={setScheme} />
    </Modal>
  );
}

/** Every command with its shortcuts. */
export function ShortcutsDialog() {
  const { t } = useTranslation();
  const open = useStore(sessionStore, (s) => s.dialog === 'shortcuts');
  if (!open) return null;
  const close = () => sessionStore.setState({ dialog: null });
  const rows: { key: string; name: string; keys: string }[] = allCommands().map((c) => ({
    key: c.id,
    name: t(c.labelKey),
    keys: c.shortcuts.map((s) => shortcutText(s)).join(' / ') || t('editor.help.noKey'),
  }));
  rows.push({ key: 'pan', name: t('editor.help.panKeys'), keys: t('editor.help.panHow') }, { key: 'nudge', name: t('editor.help.nudgeLarge'), keys: 'Shift+Arrow' }, { key: 'esc', name: t('editor.help.cancel'), keys: 'Escape' });
  return (
    <Modal open title={t('commands.help.shortcuts')} onCancel={close} footer={<Button onClick={close}>{t('editor.close')}</Button>} width={560}>
      <Table size="small" pagination={false} scroll={{ y: 420 }} dataSource={rows} columns={[{ title: t('editor.help.command'), dataIndex: 'name' }, { title: t('editor.help.keys'), dataIndex: 'keys', width: 200 }]} />
    </Modal>
  );
}
