import { useState } from 'react';
import { Flex, Input, InputNumber, Modal, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { addHall } from '../../../shared/editing/halls';
import { calibrateBackground } from '../../../shared/editing/background';
import { runEdit } from '../../editor/edit-runner';
import { setTool, toolStore } from '../../editor/tools/tool-store';
import { useDocument } from '../../editor/instance';
import { setLevel as showLevel, siteStore } from '../../editor/site-store';

/** Names a hall just drawn with the hall tool (name in both languages, code, level). */
export function HallDialog() {
  const pending = useStore(toolStore, (s) => s.pendingHall);
  const count = useDocument((s) => Object.keys(s.doc?.halls ?? {}).length);
  return pending ? <HallForm key={JSON.stringify(pending)} outline={pending.outline} at={pending.at} suggested={String.fromCharCode(65 + (count % 26))} /> : null;
}

function HallForm({ outline, at, suggested }: { outline: [number, number][]; at: [number, number]; suggested: string }) {
  const { t } = useTranslation();
  const [zh, setZh] = useState('');
  const [en, setEn] = useState(`Hall ${suggested}`);
  const [code, setCode] = useState(suggested);
  // A new hall goes on the level the plan shows.
  const [level, setLevel] = useState(() => siteStore.getState().level);
  const close = () => toolStore.setState({ pendingHall: null });
  return (
    <Modal
      open
      title={t('editor.hall.title')}
      okText={t('editor.hall.add')}
      cancelText={t('dialog.cancel')}
      onCancel={close}
      onOk={() => {
        // The hall goes where it was drawn.
        if (runEdit((doc) => addHall(doc, { name: { zh, en }, code, outline, level, placement: { x: at[0], y: at[1], rotation: 0 } })).ok) {
          close();
          setTool('select');
          showLevel(level);
        }
      }}
    >
      <Flex vertical gap={8}>
        <label>
          {t('editor.hall.nameZh')}
          <Input aria-label={t('editor.hall.nameZh')} value={zh} maxLength={500} onChange={(e) => setZh(e.target.value)} />
        </label>
        <label>
          {t('editor.hall.nameEn')}
          <Input aria-label={t('editor.hall.nameEn')} value={en} maxLength={500} onChange={(e) => setEn(e.target.value)} />
        </label>
        <Flex gap={12}>
          <label>
            {t('editor.hall.code')}
            <Input aria-label={t('editor.hall.code')} value={code} maxLength={16} onChange={(e) => setCode(e.target.value)} />
          </label>
          <label>
            {t('editor.hall.level')}
            <InputNumber aria-label={t('editor.hall.level')} value={level} min={-10} max={100} precision={0} onChange={(v) => setLevel(v ?? 1)} />
          </label>
        </Flex>
      </Flex>
    </Modal>
  );
}

/** Asks the real distance between the two points picked on a venue drawing. */
export function CalibrateDialog() {
  const { t } = useTranslation();
  const pending = useStore(toolStore, (s) => s.pendingCalibration);
  const [distance, setDistance] = useState<number | null>(null);
  if (!pending) return null;
  const px = Math.hypot(pending.b[0] - pending.a[0], pending.b[1] - pending.a[1]);
  const close = () => {
    toolStore.setState({ pendingCalibration: null });
    setDistance(null);
  };
  return (
    <Modal
      open
      title={t('editor.calibrate.title')}
      okText={t('editor.calibrate.apply')}
      cancelText={t('dialog.cancel')}
      onCancel={close}
      onOk={() => {
        if (runEdit((doc) => calibrateBackground(doc, pending.hallId, pending.a, pending.b, distance ?? 0)).ok) {
          close();
          setTool('select');
        }
      }}
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">{t('editor.calibrate.pixels', { px: Math.round(px) })}</Typography.Text>
        <label>
          {t('editor.calibrate.distance')}{' '}
          <InputNumber aria-label={t('editor.calibrate.distance')} value={distance} min={0} step={1} addonAfter="m" onChange={(v) => setDistance(v)} autoFocus />
        </label>
      </Flex>
    </Modal>
  );
}
