import { useState, type ReactNode } from 'react';
import { Button, Checkbox, Flex, Input, InputNumber, Modal, Tooltip } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, DeleteOutlined, DragOutlined, EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Hall } from '../../../shared/model/entities';
import { duplicateHall, renameHall, reorderHalls } from '../../../shared/editing/halls';
import { placeHall } from '../../../shared/editing/site';
import { command } from '../../editor/commands/registry';
import { editor, useDocument } from '../../editor/instance';
import { runEdit } from '../../editor/edit-runner';
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
  const [dialog, setDialog] = useState<'rename' | 'duplicate' | 'place' | null>(null);
  if (readOnly) return null;
  const name = hall.code;
  const move = (by: -1 | 1) =>
    runEdit((doc) => {
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
      {action(t('site.hall.place', { name }), <DragOutlined />, () => setDialog('place'))}
      {/* The registry's command: it asks first (with what goes) and is one undo step. */}
      {action(t('site.hall.delete', { name }), <DeleteOutlined />, () => command('hall.delete').run({ via: 'toolbar', target: { kind: 'hall', hallId: hall.id } }))}
      {dialog === 'place' && <PlaceForm hall={hall} onClose={() => setDialog(null)} />}
      {dialog && dialog !== 'place' && <HallForm hall={hall} mode={dialog} onClose={() => setDialog(null)} />}
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
      ? runEdit((doc) => renameHall(doc, hall.id, { name: { zh, en }, code, level, renumberBooths: renumber }))
      : runEdit((doc) => duplicateHall(doc, hall.id, { code, name: { zh, en } }));
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

/** X / Y / angle of a hall on the site, as numbers: one operation. */
function PlaceForm({ hall, onClose }: { hall: Hall; onClose: () => void }) {
  const { t } = useTranslation();
  const [x, setX] = useState(hall.placement.x);
  const [y, setY] = useState(hall.placement.y);
  const [rotation, setRotation] = useState(hall.placement.rotation);
  const submit = () => {
    if (runEdit((doc) => placeHall(doc, hall.id, { x, y, rotation })).ok) onClose();
  };
  const field = (label: string, value: number, set: (v: number) => void, extra: { min?: number; max?: number } = {}) => (
    <label className="hall-form-field">
      {label}
      <InputNumber aria-label={label} value={value} step={1} precision={2} {...extra} onChange={(v) => set(v ?? value)} />
    </label>
  );
  return (
    <Modal open title={t('site.hall.placeTitle', { code: hall.code })} okText={t('editorForms.halls.save')} cancelText={t('dialog.cancel')} onCancel={onClose} onOk={submit} destroyOnHidden>
      <Flex vertical gap={8} onKeyDown={(e) => e.key === 'Enter' && !e.nativeEvent.isComposing && submit()}>
        <Flex gap={12}>
          {field(t('site.hall.x'), x, setX)}
          {field(t('site.hall.y'), y, setY)}
          {field(t('site.hall.angle'), rotation, setRotation, { min: -360, max: 360 })}
        </Flex>
        <span className="hall-form-hint">{t('site.hall.placeHint')}</span>
      </Flex>
    </Modal>
  );
}
