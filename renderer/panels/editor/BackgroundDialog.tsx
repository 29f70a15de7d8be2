import { useState } from 'react';
import { Alert, Button, Flex, Modal, Select, Slider, Switch, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { clearBackground, updateBackground } from '../../../shared/editing/background';
import { editor, useDocument, useSession } from '../../editor/instance';
import { primeDrawing } from '../../editor/tools/drawing-images';
import { runEdit } from '../../editor/edit-runner';
import { sessionStore } from '../../editor/session-store';
import { setTool, toolStore } from '../../editor/tools/tool-store';
import { pickText } from '../../editor/text';
import { describeError } from '../common/describe-error';
import { importDrawing, placeDrawing } from './venue-drawing';
import { isCadFileName, showDwgHelp, startDxfImport } from '../../cad/dxf-import-store';
import { DrawingLayerList } from '../cad/DrawingLayerList';

/** Venue drawing of a hall: import (PNG, JPEG, PDF first page), opacity, lock, calibrate, remove. */
export function BackgroundDialog() {
  const { t } = useTranslation();
  const open = useStore(sessionStore, (s) => s.dialog === 'background');
  const doc = useDocument((s) => s.doc);
  const handle = useDocument((s) => s.handle);
  const lang = useSession((s) => s.language);
  const selection = useSession((s) => s.selection);
  const halls = doc ? Object.values(doc.halls).sort((a, b) => a.order - b.order) : [];
  const fromSelection = selection[0] ? doc?.booths[selection[0]]?.hallId : undefined;
  const [picked, setPicked] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!open || !doc || !handle) return null;
  const hallId = picked && doc.halls[picked] ? picked : (fromSelection ?? halls[0]?.id ?? null);
  const hall = hallId ? doc.halls[hallId] : undefined;
  const bg = hall?.background ?? null;
  const close = () => {
    setError(null);
    sessionStore.setState({ dialog: null });
  };

  const onFile = async (file: File) => {
    if (!hallId) return;
    // CAD drawings go through their own dialog (worker, progress, units and layers before saving).
    if (isCadFileName(file.name)) {
      sessionStore.setState({ dialog: null });
      if (/\.dwg$/i.test(file.name)) showDwgHelp(hallId, file.name);
      else startDxfImport(hallId, file);
      return;
    }
    setBusy(true);
    setError(null);
    const r = await importDrawing(handle, file);
    setBusy(false);
    if (!r.ok) {
      setError(r.reason ? t(`editor.background.error.${r.reason}`) : `${t('editor.background.error.host')} ${describeError(t, r.error).message}`);
      return;
    }
    primeDrawing(r.asset.id, r.asset.mime, r.dataBase64);
    if (editor.store.getState().handle === handle) runEdit((d) => placeDrawing(d, hallId, r.asset));
  };

  return (
    <Modal open title={t('editor.background.title')} onCancel={close} footer={<Button onClick={close}>{t('editor.close')}</Button>}>
      <Flex vertical gap={12}>
        <label>
          {t('editor.background.hall')}{' '}
          <Select aria-label={t('editor.background.hall')} value={hallId} style={{ width: 220 }} onChange={setPicked} options={halls.map((h) => ({ value: h.id, label: `${h.code} · ${pickText(h.name, lang)}` }))} />
        </label>
        <label className="ant-btn ant-btn-default" style={{ width: 'fit-content' }}>
          {busy ? t('editor.background.importing') : t('editor.background.import')}
          <input
            type="file"
            aria-label={t('editor.background.import')}
            accept="image/png,image/jpeg,application/pdf,.png,.jpg,.jpeg,.pdf,.dxf,.dwg"
            style={{ display: 'none' }}
            disabled={busy || !hallId}
            onChange={(e) => {
              const f = e.target.files?.[0];
              e.target.value = '';
              if (f) void onFile(f);
            }}
          />
        </label>
        {error && <Alert type="error" showIcon message={error} role="alert" />}
        {bg && hallId && (
          <>
            <Typography.Text type="secondary" data-testid="background-scale">
              {t('editor.background.scale', { mpp: bg.metresPerPixel.toPrecision(4), calibrated: bg.calibration ? t('editor.background.calibrated') : t('editor.background.uncalibrated') })}
            </Typography.Text>
            <DrawingLayerList hallId={hallId} />
            <label>
              {t('editor.background.opacity')}
              <Slider min={0} max={1} step={0.05} defaultValue={bg.opacity} aria-label={t('editor.background.opacity')} onChangeComplete={(v: number) => runEdit((d) => updateBackground(d, hallId, { opacity: v }))} />
            </label>
            <Flex gap={8} align="center">
              <Switch checked={bg.locked} aria-label={t('editor.background.lock')} onChange={(locked) => runEdit((d) => updateBackground(d, hallId, { locked }))} />
              {t('editor.background.lock')}
            </Flex>
            <Flex gap={8}>
              <Button
                type="primary"
                onClick={() => {
                  sessionStore.setState({ dialog: null });
                  toolStore.setState({ calibrateHallId: hallId });
                  setTool('calibrate');
                  toolStore.setState({ calibrateHallId: hallId });
                }}
              >
                {t('editor.background.calibrate')}
              </Button>
              <Button danger onClick={() => runEdit((d) => clearBackground(d, hallId))}>
                {t('editor.background.remove')}
              </Button>
            </Flex>
          </>
        )}
      </Flex>
    </Modal>
  );
}
