import { useState } from 'react';
import { Checkbox, Flex, InputNumber, Modal, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { planBoothBlock } from '../../../shared/editing/block';
import { isRefusal } from '../../../shared/editing/result';
import { describeError } from '../common/describe-error';
import { refusalError } from '../../editor/host-errors';
import { sessionStore } from '../../editor/session-store';
import { setTool, toolStore, type BlockSettings } from '../../editor/tools/tool-store';
import { NumberingFields } from './NumberingFields';

/** Rows × columns, booth size, back-to-back rows, aisle and numbering of the next booth block. */
export function BlockDialog() {
  const open = useStore(sessionStore, (s) => s.dialog === 'block');
  return open ? <BlockForm initial={toolStore.getState().block} /> : null;
}

function BlockForm({ initial }: { initial: BlockSettings }) {
  const { t } = useTranslation();
  const [b, setB] = useState<BlockSettings>(initial);
  const plan = planBoothBlock({ ...b, hallId: 'preview', origin: [0, 0], rotation: 0, kind: 'standard' });
  const problem = isRefusal(plan) ? describeError(t, refusalError(plan)).message : null;
  const num = (key: keyof BlockSettings, label: string, min: number, precision: number) => (
    <label>
      {label}{' '}
      <InputNumber size="small" aria-label={label} min={min} max={key === 'rows' || key === 'cols' ? 200 : 1000} precision={precision} step={precision ? 0.5 : 1} value={b[key] as number} onChange={(v) => setB({ ...b, [key]: v ?? min })} />
    </label>
  );
  return (
    <Modal
      open
      title={t('editor.block.title')}
      okText={t('editor.block.place')}
      cancelText={t('dialog.cancel')}
      okButtonProps={{ disabled: problem !== null }}
      onCancel={() => sessionStore.setState({ dialog: null })}
      onOk={() => {
        toolStore.setState({ block: b });
        sessionStore.setState({ dialog: null });
        setTool('block');
      }}
    >
      <Flex vertical gap={10}>
        <Flex gap={12} wrap>
          {num('rows', t('editor.block.rows'), 1, 0)}
          {num('cols', t('editor.block.cols'), 1, 0)}
        </Flex>
        <Flex gap={12} wrap>
          {num('boothW', t('editor.block.width'), 0.5, 2)}
          {num('boothD', t('editor.block.depth'), 0.5, 2)}
          {num('aisle', t('editor.block.aisle'), 0, 2)}
        </Flex>
        <Checkbox checked={b.backToBack} onChange={(e) => setB({ ...b, backToBack: e.target.checked })}>
          {t('editor.block.backToBack')}
        </Checkbox>
        <Typography.Text strong>{t('editor.numbering.title')}</Typography.Text>
        <NumberingFields value={b.numbering} onChange={(numbering) => setB({ ...b, numbering })} />
        {isRefusal(plan) ? (
          <Typography.Text type="danger" role="alert">
            {problem}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary" data-testid="block-summary">
            {t('editor.block.summary', { count: plan.booths.length, first: plan.booths[0]?.number ?? '', last: plan.booths.at(-1)?.number ?? '' })}
          </Typography.Text>
        )}
      </Flex>
    </Modal>
  );
}
