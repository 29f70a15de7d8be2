import { useState, type ReactNode } from 'react';
import { Button, Checkbox, Flex, Input, InputNumber, Modal, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Hall } from '../../../shared/model/entities';
import { duplicateHall, renameHall, reorderHalls } from '../../../shared/editing/halls';
import { editor, useDocument } from '../../editor/instance';
import { applyEdit } from '../inspector/apply-edit';
import { hallOrder, movedOrder, nextHallCode } from './hall-order';
import './halls.css';

interface Props {
  hall: Hall;
  index: number;
  count: number;
}

/** A hall row's own commands: rename, move up/down, duplicate with its booths. Each is one operation. */
export function HallActions({ hall, index, count }: Props) {
  const { t } = useTranslation();
  const readOnly = useDocument((s) => s.readOnly);
  const [dialog, setDialog] = useState<'rename' | 'duplicate' | null>(null);
  if (readOnly) return null;
  const name = hall.code;
  const move = (by: -1 | 1) =>
    applyEdit((doc) => {
      const next = movedOrder(hallOrder(doc.halls), hall.id, by);
      return reorderHalls(doc, next ?? hallOrder(doc.halls));
    });
  const action = (label: string, icon: ReactNode, onClick: () => void, disabled = false) => (
    <Tooltip title={label}>
      <Button type="text" size="small" icon={icon} aria-label={label} disabled={disabled} onClick={onClick} />
    </Tooltip>
  );
  return (
    <span className="hall-actions">
      {action(t('editorForms.halls.moveUp', { name }), <ArrowUpOutlined />, () => move(-1), index === 0)}
      {action(t('editorForms.halls.moveDown', { name }), <ArrowDownOutlined />, () => move(1), index === count - 1)}
      {action(t('editorForms.halls.rename', { name }), <EditOutlined />, () => setDialog('rename'))}
      {action(t('editorForms.halls.duplicate', { name }), <CopyOutlined />, () => setDialog('duplicate'))}
      {dialog && <HallForm hall={hall} mode={dialog} onClose={() => setDialog(null)} />}
    </span>
  );
}

function HallForm({ hall, mode, onClose }: { hall: Hall; mode: 'rename' | 'duplicate'; onClose: () => void }) {
  const { t } = useTranslation();
  const [zh, setZh] = useState(hall.name.zh);
  const [en, setEn] = useState(hall.name.en);
  const [code, setCode] = useState(() => (mode === 'rename' ? hall.code : nextHallCode(hall.code, Object.values(editor.store.getState().doc?.halls ?? {}).map((h) => h.code))));
  const [level, setLevel] = useState(hall.level);
  const [renumber, setRenumber] = useState(true);
  const rename = mode === 'rename';
  const submit = () => {
    const ok = rename
      ? applyEdit((doc) => renameHall(doc, hall.id, { name: { zh, en }, code, level, renumberBooths: renumber }))
      : applyEdit((doc) => duplicateHall(doc, hall.id, { code, name: { zh, en } }));
    if (ok) onClose();
  };
  const title = rename ? t('editorForms.halls.renameTitle', { code: hall.code }) : t('editorForms.halls.duplicateTitle', { code: hall.code });
  return (
    <Modal open title={title} okText={rename ? t('editorForms.halls.save') : t('editorForms.halls.duplicateOk')} cancelText={t('dialog.cancel')} onCancel={onClose} onOk={submit} destroyOnHidden>
      <Flex vertical gap={8} onKeyDown={(e) => e.key === 'Enter' && !e.nativeEvent.isComposing && submit()}>
        <label className="hall-form-field">
          {t('editor.hall.nameZh')}
          <Input aria-label={t('editor.hall.nameZh')} value={zh} maxLength={500} onChange={(e) => setZh(e.target.value)} />
        </label>
        <label className="hall-form-field">
          {t('editor.hall.nameEn')}
          <Input aria-label={t('editor.hall.nameEn')} value={en} maxLength={500} onChange={(e) => setEn(e.target.value)} />
        </label>
        <Flex gap={12}>
          <label className="hall-form-field">
            {t('editor.hall.code')}
            <Input aria-label={t('editor.hall.code')} value={code} maxLength={16} onChange={(e) => setCode(e.target.value)} />
          </label>
          {rename && (
            <label className="hall-form-field">
              {t('editor.hall.level')}
              <InputNumber aria-label={t('editor.hall.level')} value={level} min={-10} max={100} precision={0} onChange={(v) => setLevel(v ?? hall.level)} />
            </label>
          )}
        </Flex>
        {rename ? (
          <Checkbox checked={renumber} onChange={(e) => setRenumber(e.target.checked)}>
            {t('editorForms.halls.renumber')}
          </Checkbox>
        ) : (
          <span className="hall-form-hint">{t('editorForms.halls.duplicateHint')}</span>
        )}
      </Flex>
    </Modal>
  );
}
