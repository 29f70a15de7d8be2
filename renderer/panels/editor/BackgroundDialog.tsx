import { useRef, useState } from 'react';
import { Alert, App, Button, Flex, InputNumber, Modal, Select, Slider, Space, Switch, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { removeDrawing } from '../../../shared/editing/drawing-assets';
import { clearBackground, clearSiteDrawing, lockDrawing, moveDrawing, setDrawingOpacity, type DrawingPose } from '../../../shared/editing/background';
import { editor, useDocument, useSession } from '../../editor/instance';
import { primeDrawing } from '../../editor/tools/drawing-images';
import { runEdit } from '../../editor/edit-runner';
import { sessionStore } from '../../editor/session-store';
import { setTool, startAlign, toolStore } from '../../editor/tools/tool-store';
import { pickText } from '../../editor/text';
import { describeError } from '../common/describe-error';
import { importDrawing, placeDrawing } from './venue-drawing';
import { isCadFileName, showDwgHelp, startDxfImport } from '../../cad/dxf-import-store';
import { DrawingLayerList } from '../cad/DrawingLayerList';

const SITE = '__site__';
/** How a stored drawing is named in the replace question. */
const KIND: Record<string, string> = { 'image/png': 'PNG', 'image/jpeg': 'JPEG', 'application/pdf': 'PDF', 'application/vnd.pavilion.drawing+json': 'DXF' };

/** Venue drawing of a hall or of the whole site: import (PNG, JPEG, PDF first page), opacity, lock, calibrate, remove. */
export function BackgroundDialog() {
  const { t } = useTranslation();
  const open = useStore(sessionStore, (s) => s.dialog === 'background');
  const doc = useDocument((s) => s.doc);
  const handle = useDocument((s) => s.handle);
  const lang = useSession((s) => s.language);
  const selection = useSession((s) => s.selection);
  const viewHall = useSession((s) => s.viewHall);
  const { modal } = App.useApp();
  const fileInput = useRef<HTMLInputElement>(null);
  const halls = doc ? Object.values(doc.halls).sort((a, b) => a.order - b.order) : [];
  // The hall the user is working on: the selection's, else the one on screen; with neither the dialog asks.
  const fromView = (selection[0] ? doc?.booths[selection[0]]?.hallId : undefined) ?? (viewHall && doc?.halls[viewHall] ? viewHall : null);
  const [picked, setPicked] = useState<string | null>(null);
  const [pose, setPose] = useState<Partial<DrawingPose>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Each opening starts on the hall in view (or asks), not on what was picked the time before.
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open) {
      setPicked(null);
      setPose({});
    }
  }
  if (!open || !doc || !handle) return null;
  // SITE: the venue's master plan under the whole site; else a hall's drawing.
  const onSite = picked === SITE;
  const hallId = onSite ? null : picked && doc.halls[picked] ? picked : fromView;
  const hall = hallId ? doc.halls[hallId] : undefined;
  const bg = onSite ? doc.settings.site.drawing : (hall?.background ?? null);
  const target = onSite ? null : hallId;
  const canImport = onSite || hallId !== null;
  const applyPose = (key: keyof DrawingPose, v: number | null) => {
    if (v === null || !bg || v === bg[key]) return;
    runEdit((d) => moveDrawing(d, target, { [key]: v }));
  };
  const close = () => {
    setError(null);
    sessionStore.setState({ dialog: null });
  };

  /** Before a drawing is replaced the user says so: which drawing goes, and by what. */
  const confirmReplace = (file: File) => {
    if (!bg) return void onFile(file);
    const old = doc.assets[bg.assetId];
    const what = hall ? `${hall.code} · ${pickText(hall.name, lang)}` : t('editor.background.siteShort');
    modal.confirm({
      title: t('editor.background.replaceTitle', { what }),
      content: t('editor.background.replaceBody', { what, old: old ? `${KIND[old.mime]} ${old.widthPx} × ${old.heightPx}` : '—', file: file.name }),
      okText: t('editor.background.replace'),
      okButtonProps: { danger: true },
      cancelText: t('editor.confirm.cancel'),
      // Enter alone does not throw a drawing away.
      autoFocusButton: 'cancel',
      onOk: () => void onFile(file),
    });
  };

  const onFile = async (file: File) => {
    if (!canImport) return;
    // CAD drawings go through their own dialog (worker, progress, units and layers before saving).
    if (isCadFileName(file.name)) {
      sessionStore.setState({ dialog: null });
      if (/\.dwg$/i.test(file.name)) showDwgHelp(target, file.name);
      else startDxfImport(target, file);
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
    if (editor.store.getState().handle === handle) runEdit((d) => placeDrawing(d, target, r.asset));
  };

  return (
    <Modal open title={t('editor.background.title')} onCancel={close} footer={<Button onClick={close}>{t('editor.close')}</Button>}>
      <Flex vertical gap={12}>
        <label>
          {t('editor.background.target')}{' '}
          <Select
            aria-label={t('editor.background.target')}
            value={onSite ? SITE : (hallId ?? undefined)}
            placeholder={t('editor.background.choose')}
            style={{ width: 260 }}
            onChange={(v) => {
              setPicked(v);
              setPose({});
            }}
            options={[{ value: SITE, label: t('editor.background.site') }, ...halls.map((h) => ({ value: h.id, label: `${h.code} · ${pickText(h.name, lang)}` }))]}
          />
        </label>
        {!canImport && <Typography.Text type="secondary">{t('editor.background.choose')}</Typography.Text>}
        {/* A real button (Tab, Enter) opening the hidden file input. */}
        <Button style={{ width: 'fit-content' }} loading={busy} disabled={!canImport} onClick={() => fileInput.current?.click()}>
          {busy ? t('editor.background.importing') : t('editor.background.import')}
        </Button>
        <input
          ref={fileInput}
          type="file"
          tabIndex={-1}
          aria-label={t('editor.background.import')}
          accept="image/png,image/jpeg,application/pdf,.png,.jpg,.jpeg,.pdf,.dxf,.dwg"
          style={{ display: 'none' }}
          disabled={busy || !canImport}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) confirmReplace(f);
          }}
        />
        {error && <Alert type="error" showIcon message={error} role="alert" />}
        {bg && (
          <>
            <Typography.Text type="secondary" data-testid="background-scale">
              {t('editor.background.scale', { mpp: bg.metresPerPixel.toPrecision(4), calibrated: bg.calibration ? t('editor.background.calibrated') : t('editor.background.uncalibrated') })}
            </Typography.Text>
            {hallId && <DrawingLayerList hallId={hallId} />}
            <label>
              {t('editor.background.opacity')}
              <Slider key={String(target)} min={0} max={1} step={0.05} defaultValue={bg.opacity} aria-label={t('editor.background.opacity')} onChangeComplete={(v: number) => runEdit((d) => setDrawingOpacity(d, target, v))} />
            </label>
            <Flex gap={8} align="center">
              <Switch checked={bg.locked} aria-label={t('editor.background.lock')} onChange={(locked) => runEdit((d) => lockDrawing(d, target, locked))} />
              {t('editor.background.lock')}
            </Flex>
            {bg.locked && <Typography.Text type="secondary">{t('editor.background.lockedHint')}</Typography.Text>}
            <fieldset className="drawing-pose" disabled={bg.locked} aria-label={t('editor.background.position')}>
              <legend>{t('editor.background.position')}</legend>
              <Space wrap size={[12, 8]}>
                {(
                  [
                    ['x', 'editor.background.x', 0.1, 3],
                    ['y', 'editor.background.y', 0.1, 3],
                    ['rotation', 'editor.background.angle', 0.1, 4],
                    ['metresPerPixel', 'editor.background.mpp', 0.001, 6],
                  ] as const
                ).map(([key, label, step, digits]) => (
                  <label key={key}>
                    <Typography.Text type="secondary">{t(label)}</Typography.Text>
                    <br />
                    <InputNumber
                      aria-label={t(label)}
                      size="small"
                      style={{ width: 120 }}
                      step={step}
                      disabled={bg.locked}
                      value={pose[key] ?? Number(bg[key].toFixed(digits))}
                      onChange={(v) => setPose((p) => ({ ...p, [key]: v ?? undefined }))}
                      onBlur={() => {
                        applyPose(key, pose[key] ?? null);
                        setPose({});
                      }}
                      onPressEnter={() => {
                        applyPose(key, pose[key] ?? null);
                        setPose({});
                      }}
                    />
                  </label>
                ))}
              </Space>
            </fieldset>
            <Flex gap={8} wrap>
              <Button
                type="primary"
                disabled={bg.locked}
                onClick={() => {
                  sessionStore.setState({ dialog: null });
                  startAlign(target);
                }}
              >
                {t('editor.background.align')}
              </Button>
              {hallId && (
                <Button
                  disabled={bg.locked}
                  onClick={() => {
                    sessionStore.setState({ dialog: null });
                    toolStore.setState({ calibrateHallId: hallId });
                    setTool('calibrate');
                    toolStore.setState({ calibrateHallId: hallId });
                  }}
                >
                  {t('editor.background.calibrate')}
                </Button>
              )}
              <Button danger onClick={() => runEdit((d) => removeDrawing(d, target, hallId ? clearBackground(d, hallId) : clearSiteDrawing(d)))}>
                {t('editor.background.remove')}
              </Button>
            </Flex>
          </>
        )}
      </Flex>
    </Modal>
  );
}
