import { useEffect } from 'react';
import { Alert, Button, Flex, Modal, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { editor } from '../../editor/instance';
import { ErrorDetails } from '../common/ErrorDetails';
import { watchConflicts } from './conflict-watch';
import { fileName, formatTime } from './format';
import { discardUnsaved, openAnyway, openBackup, openReadOnly, reloadAndReapply, restoreBackup, restoreUnsaved, saveMyVersionAsCopy } from './reliability-actions';
import { reliabilityStore, showReliabilityDialog, type LeftOutChange, type ReliabilityDialog } from './reliability-state';

const close = () => showReliabilityDialog(null);

function RecoveryBody({ dialog }: { dialog: Extract<ReliabilityDialog, { kind: 'recovery' }> }) {
  const { t, i18n } = useTranslation();
  return (
    <Typography.Paragraph data-testid="recovery-message">
      {t('reliability.recovery.message', { time: formatTime(dialog.info.savedAt, i18n.language), count: dialog.info.opCount })}
    </Typography.Paragraph>
  );
}

function ConflictBody({ dialog }: { dialog: Extract<ReliabilityDialog, { kind: 'conflict' }> }) {
  const { t, i18n } = useTranslation();
  const holder = dialog.info.holder;
  return (
    <>
      <Typography.Paragraph strong data-testid="conflict-message">
        {holder && dialog.info.reason === 'taken-over'
          ? t('reliability.conflict.takenOver', { user: holder.userName || t('reliability.unknownUser'), host: holder.hostName, time: formatTime(holder.since, i18n.language) })
          : holder
            ? t('reliability.conflict.messageBy', { user: holder.userName || t('reliability.unknownUser'), host: holder.hostName })
            : t('reliability.conflict.message')}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        {dialog.info.diskSavedAt ? t('reliability.conflict.when', { time: formatTime(dialog.info.diskSavedAt, i18n.language) }) + ' ' : ''}
        {t('reliability.conflict.kept')}
      </Typography.Paragraph>
    </>
  );
}

function LockedBody({ dialog }: { dialog: Extract<ReliabilityDialog, { kind: 'locked' }> }) {
  const { t, i18n } = useTranslation();
  const h = dialog.holder;
  return (
    <>
      <Typography.Paragraph strong data-testid="locked-message">
        {h.self
          ? t('reliability.locked.self', { time: formatTime(h.since, i18n.language) })
          : t('reliability.locked.message', { user: h.userName || t('reliability.unknownUser'), host: h.hostName, time: formatTime(h.since, i18n.language) })}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ wordBreak: 'break-all' }}>
        {dialog.path}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('reliability.locked.explain')}</Typography.Paragraph>
    </>
  );
}

function BackupsBody({ dialog }: { dialog: Extract<ReliabilityDialog, { kind: 'backups' }> }) {
  const { t, i18n } = useTranslation();
  const latest = dialog.backups[0]!;
  return (
    <>
      <ErrorDetails error={dialog.error} />
      <Alert
        type="info"
        showIcon
        style={{ marginTop: 8 }}
        title={t('reliability.backups.latest', { time: formatTime(latest.savedAt, i18n.language), revision: latest.revision, count: dialog.backups.length })}
        description={t('reliability.backups.restoreNote', { file: fileName(dialog.path) })}
      />
    </>
  );
}

function LeftOutBody({ changes }: { changes: LeftOutChange[] }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph>{t('reliability.leftOut.message', { count: changes.length })}</Typography.Paragraph>
      <ul data-testid="left-out-list" style={{ maxHeight: 240, overflow: 'auto', paddingInlineStart: 20 }}>
        {changes.map((c) => (
          <li key={c.id}>
            {t(c.label, { ...(c.labelArgs ?? {}), defaultValue: c.label })}
            {c.details.length > 0 && <Typography.Text type="secondary"> — {c.details.join('; ')}</Typography.Text>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The buttons of each dialog, in the order they are offered. */
function Footer({ dialog, busy }: { dialog: ReliabilityDialog; busy: boolean }) {
  const { t } = useTranslation();
  switch (dialog.kind) {
    case 'recovery':
      return (
        <Flex gap={8} justify="end">
          <Button danger disabled={busy} onClick={() => void discardUnsaved(dialog.handle)}>
            {t('reliability.recovery.discard')}
          </Button>
          <Button type="primary" loading={busy} onClick={() => void restoreUnsaved(dialog.handle)}>
            {t('reliability.recovery.restore')}
          </Button>
        </Flex>
      );
    case 'conflict': {
      // After a take-over the show is someone else's now: keeping a copy comes first.
      const takenOver = dialog.info.reason === 'taken-over';
      return (
        <Flex gap={8} justify="end" wrap>
          <Button type={takenOver ? 'primary' : 'default'} disabled={busy} onClick={() => void saveMyVersionAsCopy(t('newProject.defaultFileName'))}>
            {t('reliability.conflict.saveCopy')}
          </Button>
          <Button type={takenOver ? 'default' : 'primary'} loading={busy} onClick={() => void reloadAndReapply()}>
            {t('reliability.conflict.reload')}
          </Button>
        </Flex>
      );
    }
    case 'locked':
      return (
        <Flex gap={8} justify="end" wrap>
          <Button onClick={close}>{t('reliability.cancel')}</Button>
          <Button danger onClick={() => void openAnyway(dialog.path)}>
            {t('reliability.locked.openAnyway')}
          </Button>
          <Button type="primary" onClick={() => void openReadOnly(dialog.path)}>
            {t('reliability.locked.openReadOnly')}
          </Button>
        </Flex>
      );
    case 'backups': {
      const latest = dialog.backups[0]!.path;
      return (
        <Flex gap={8} justify="end" wrap>
          <Button onClick={close}>{t('reliability.cancel')}</Button>
          <Button onClick={() => void restoreBackup(dialog.path, latest)}>{t('reliability.backups.restore')}</Button>
          <Button type="primary" onClick={() => void openBackup(latest)}>
            {t('reliability.backups.open')}
          </Button>
        </Flex>
      );
    }
    case 'left-out':
      return (
        <Flex justify="end">
          <Button type="primary" onClick={close}>
            {t('reliability.ok')}
          </Button>
        </Flex>
      );
  }
}

const TITLE: Record<ReliabilityDialog['kind'], string> = {
  recovery: 'reliability.recovery.title',
  conflict: 'reliability.conflict.title',
  locked: 'reliability.locked.title',
  backups: 'reliability.backups.title',
  'left-out': 'reliability.leftOut.title',
};

/**
 * The questions the app asks when a show's file is not simply there for us: unsaved changes
 * from a crash, someone else's changes on disk, someone else holding the show, a file that
 * no longer opens. Also watches commits for conflicts while mounted.
 */
export function ReliabilityDialogs() {
  const { t } = useTranslation();
  const dialog = useStore(reliabilityStore, (s) => s.dialog);
  const busy = useStore(reliabilityStore, (s) => s.busy);
  useEffect(() => watchConflicts(editor), []);
  if (!dialog) return null;
  // Recovery must be answered before editing. A closed conflict keeps the edits queued and
  // comes back with the next save that fails the same way.
  const closable = dialog.kind !== 'recovery';
  return (
    <Modal
      open
      title={t(TITLE[dialog.kind])}
      closable={closable && !busy}
      maskClosable={false}
      keyboard={closable && !busy}
      onCancel={close}
      footer={<Footer dialog={dialog} busy={busy} />}
      width={560}
      destroyOnHidden
    >
      <div data-testid={`reliability-${dialog.kind}`} data-reliability-dialog={dialog.kind}>
        {dialog.kind === 'recovery' && <RecoveryBody dialog={dialog} />}
        {dialog.kind === 'conflict' && <ConflictBody dialog={dialog} />}
        {dialog.kind === 'locked' && <LockedBody dialog={dialog} />}
        {dialog.kind === 'backups' && <BackupsBody dialog={dialog} />}
        {dialog.kind === 'left-out' && <LeftOutBody changes={dialog.changes} />}
      </div>
    </Modal>
  );
}
