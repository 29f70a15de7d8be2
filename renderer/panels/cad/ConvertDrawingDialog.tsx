import { useEffect, useMemo, useReducer } from 'react';
import { Alert, Button, Checkbox, Flex, Modal, Radio, Select, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { applyConversion, CONVERT_TARGETS, pathsOnLayers, planConversion, type ConversionPlan, type ConvertSkip, type ConvertTarget } from '../../../shared/drawing/convert';
import type { VectorDrawing } from '../../../shared/drawing/compact';
import { refuse } from '../../../shared/editing/result';
import { boothLayers, cancelConvertPick, closeConvertDialog, convertStore, hallDrawing, hallsWithVectorDrawing, setConvertHall, startConvertPick } from '../../cad/convert-store';
import { onVectorDrawingLoaded } from '../../cad/vector-drawings';
import { useDocument, useSession } from '../../editor/instance';
import { runEdit } from '../../editor/edit-runner';
import { select, sessionStore } from '../../editor/session-store';
import { pickText } from '../../editor/text';
import { NumberingFields } from '../editor/NumberingFields';

/** Closed paths per layer (what a layer can give as booths, columns or an outline). */
function pathsPerLayer(d: VectorDrawing): number[] {
  const n = new Array<number>(d.layers.length).fill(0);
  for (const l of d.paths.layer) n[l]!++;
  return n;
}

/** Skipped paths counted by reason, in a fixed order. */
function skippedByReason(plan: ConversionPlan): [ConvertSkip, number][] {
  const m = new Map<ConvertSkip, number>();
  for (const s of plan.skipped) m.set(s.reason, (m.get(s.reason) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1]);
}

/**
 * Convert drawing: choose paths of a hall's DXF drawing (by layer, or picked on the plan with a
 * rectangle or clicks), what they become (booths, columns, walls, the hall outline), see what
 * would be made and what skipped and why, then apply it as one undoable operation.
 */
export function ConvertDrawingDialog() {
  const { t } = useTranslation();
  const open = useStore(sessionStore, (s) => s.dialog === 'convert');
  const s = useStore(convertStore);
  const doc = useDocument((d) => d.doc);
  const handle = useDocument((d) => d.handle);
  const lang = useSession((x) => x.language);
  const [, bump] = useReducer((n: number) => n + 1, 0);
  useEffect(() => onVectorDrawingLoaded(bump), []);
  const d = doc && (open || s.picking) ? hallDrawing(doc, handle, s.hallId) : null;
  // A drawing still loading when the dialog opened: guess its booth layers once it is there.
  useEffect(() => {
    if (d && !convertStore.getState().layersGuessed) convertStore.setState({ layers: boothLayers(d.loaded), layersGuessed: true });
  }, [d?.loaded]); // eslint-disable-line react-hooks/exhaustive-deps
  const selection = useMemo(() => (!d ? [] : s.source === 'layers' ? pathsOnLayers(d.loaded.drawing, s.layers) : s.picked), [d?.loaded, s.source, s.layers, s.picked]); // eslint-disable-line react-hooks/exhaustive-deps
  const plan = useMemo(
    () => (doc && d && s.hallId && selection.length ? planConversion(doc, s.hallId, d.loaded, d.frame, selection, s.target, s.scheme) : null),
    [doc, d?.loaded, d?.frame.x, d?.frame.y, d?.frame.mpp, d?.frame.rotation, s.hallId, selection, s.target, s.scheme], // eslint-disable-line react-hooks/exhaustive-deps
  );

  if (s.picking) {
    return (
      <div className="convert-pick-hint" role="status" data-testid="convert-pick-hint">
        <Alert
          type="info"
          showIcon
          message={t('cadDrawing.convert.pickHint')}
          action={
            <Button size="small" onClick={cancelConvertPick}>
              {t('cadDrawing.convert.pickBack')}
            </Button>
          }
        />
      </div>
    );
  }
  if (!open || !doc) return null;
  const halls = hallsWithVectorDrawing(doc).map((id) => doc.halls[id]!);
  const hall = s.hallId ? doc.halls[s.hallId] : undefined;
  const set = (patch: Partial<typeof s>) => convertStore.setState(patch);
  const counts = d ? pathsPerLayer(d.loaded.drawing) : [];
  const hidden = new Set(d?.hidden ?? []);
  const fromText = plan?.made.filter((m) => m.fromText).length ?? 0;
  const made = plan?.made.length ?? 0;
  const skipped = plan ? skippedByReason(plan) : [];

  const apply = () => {
    if (!s.hallId || !d) return;
    const hallId = s.hallId;
    const r = runEdit((now) => {
      const fresh = hallDrawing(now, handle, hallId);
      if (!fresh) return refuse('no-background');
      return applyConversion(now, planConversion(now, hallId, fresh.loaded, fresh.frame, selection, s.target, s.scheme));
    });
    if (!r.ok) return;
    convertStore.setState({ picked: [] });
    closeConvertDialog();
    if (r.created.booths.length || r.created.facilities.length) select(r.created.booths, r.created.facilities);
  };

  return (
    <Modal
      open
      width={660}
      title={t('cadDrawing.convert.title', { hall: hall?.code ?? '' })}
      onCancel={closeConvertDialog}
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={closeConvertDialog}>{t('cadDrawing.cancel')}</Button>
          <Button type="primary" disabled={made === 0} onClick={apply}>
            {t(`cadDrawing.convert.apply.${s.target}`, { count: made })}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        {halls.length > 1 && (
          <label>
            {t('editor.background.hall')}{' '}
            <Select aria-label={t('editor.background.hall')} value={s.hallId} style={{ width: 220 }} onChange={setConvertHall} options={halls.map((h) => ({ value: h.id, label: `${h.code} · ${pickText(h.name, lang)}` }))} />
          </label>
        )}
        {!d ? (
          <Typography.Text type="secondary">{t('cadDrawing.convert.loading')}</Typography.Text>
        ) : (
          <>
            <div>
              <Typography.Text strong>{t('cadDrawing.convert.what')}</Typography.Text>
              <Radio.Group
                style={{ display: 'flex', gap: 16, marginTop: 4 }}
                value={s.source}
                onChange={(e) => set({ source: e.target.value })}
                options={[
                  { value: 'layers', label: t('cadDrawing.convert.byLayer') },
                  { value: 'picked', label: t('cadDrawing.convert.byPick') },
                ]}
              />
            </div>
            {s.source === 'layers' ? (
              <Flex vertical gap={2} className="convert-layers" role="group" aria-label={t('cadDrawing.convert.layersGroup')}>
                {d.loaded.drawing.layers.map((l, i) => (
                  <Checkbox
                    key={l.name}
                    checked={s.layers.includes(l.name)}
                    disabled={!counts[i]}
                    aria-label={t('cadDrawing.convert.useLayer', { layer: l.name || '0' })}
                    onChange={(e) => set({ layers: e.target.checked ? [...s.layers, l.name].sort() : s.layers.filter((x) => x !== l.name) })}
                  >
                    <span className="convert-swatch" style={{ background: l.color }} />
                    {l.name || '0'}
                    <Typography.Text type="secondary">
                      {` · ${t('cadDrawing.convert.paths', { count: counts[i] ?? 0 })}`}
                      {hidden.has(l.name) ? ` · ${t('cadDrawing.convert.hiddenLayer')}` : ''}
                    </Typography.Text>
                  </Checkbox>
                ))}
              </Flex>
            ) : (
              <Flex gap={8} align="center" wrap>
                <Typography.Text data-testid="convert-picked">{t('cadDrawing.convert.picked', { count: s.picked.length })}</Typography.Text>
                <Button onClick={startConvertPick}>{t('cadDrawing.convert.pick')}</Button>
                <Button disabled={s.picked.length === 0} onClick={() => set({ picked: [] })}>
                  {t('cadDrawing.convert.clearPicked')}
                </Button>
              </Flex>
            )}
            <div>
              <Typography.Text strong>{t('cadDrawing.convert.into')}</Typography.Text>
              <Radio.Group
                style={{ display: 'flex', flexWrap: 'wrap', gap: 16, marginTop: 4 }}
                value={s.target}
                onChange={(e) => set({ target: e.target.value as ConvertTarget })}
                options={CONVERT_TARGETS.map((k) => ({ value: k, label: t(`cadDrawing.convert.target.${k}`) }))}
              />
            </div>
            {s.target === 'booths' && (
              <div>
                <Typography.Text type="secondary">{t('cadDrawing.convert.schemeHint')}</Typography.Text>
                <div style={{ marginTop: 6 }}>
                  <NumberingFields ordered={false} value={s.scheme} onChange={(scheme) => set({ scheme })} />
                </div>
              </div>
            )}
            <div className="convert-preview" data-testid="convert-preview" aria-live="polite">
              {selection.length === 0 ? (
                <Typography.Text type="secondary">{t('cadDrawing.convert.nothingChosen')}</Typography.Text>
              ) : (
                <>
                  <Typography.Text strong data-testid="convert-made">
                    {t(`cadDrawing.convert.made.${s.target}`, { count: made })}
                  </Typography.Text>
                  {s.target === 'booths' && made > 0 && (
                    <Typography.Text type="secondary" data-testid="convert-numbers">
                      {t('cadDrawing.convert.numbers', { fromText, byScheme: made - fromText })}
                    </Typography.Text>
                  )}
                  {skipped.length > 0 && (
                    <div data-testid="convert-skipped">
                      <Typography.Text type="warning">{t('cadDrawing.convert.skippedTitle', { count: plan?.skipped.length ?? 0 })}</Typography.Text>
                      <ul className="convert-skip-list">
                        {skipped.map(([reason, n]) => (
                          <li key={reason}>{t(`cadDrawing.convert.skip.${reason}`, { count: n })}</li>
                        ))}
                      </ul>
                    </div>
                  )}
                </>
              )}
            </div>
          </>
        )}
      </Flex>
    </Modal>
  );
}
