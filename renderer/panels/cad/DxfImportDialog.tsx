import { Alert, Button, Checkbox, Flex, Modal, Progress, Select, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { DRAWING_UNITS, sizeInMetres, type DrawingUnit } from '../../../shared/drawing/units';
import type { VectorDrawing } from '../../../shared/drawing/compact';
import { closeDxfImport, dxfImportStore } from '../../cad/dxf-import-store';
import { placeVectorDrawing } from '../../cad/place-vector';
import { storeVectorDrawing } from '../../cad/save-vector';
import { primeVectorDrawing } from '../../cad/vector-drawings';
import { editor, useDocument } from '../../editor/instance';
import { runEdit } from '../../editor/edit-runner';
import { describeError } from '../common/describe-error';
import { DwgHelp, DxfErrorMessage } from './DxfErrors';

const fmt = (n: number) => (n >= 10 ? n.toFixed(1) : n >= 1 ? n.toFixed(2) : n.toPrecision(3));

/** "48.2 m × 31.0 m" in the chosen units: a wrong unit shows at once as an absurd size. */
export function sizeText(d: VectorDrawing, units: DrawingUnit): string {
  const m = sizeInMetres(d.width, d.height, units);
  return `${fmt(m.width)} m × ${fmt(m.height)} m`;
}

function pathsPerLayer(d: VectorDrawing): number[] {
  const n = new Array<number>(d.layers.length).fill(0);
  for (const l of d.paths.layer) n[l]!++;
  return n;
}

/** Import of a venue drawing from DXF: progress, then units, size in metres, layers and what was read, then place. */
export function DxfImportDialog() {
  const { t } = useTranslation();
  const s = useStore(dxfImportStore);
  const handle = useDocument((d) => d.handle);
  const halls = useDocument((d) => d.doc?.halls);
  if (s.phase === 'closed') return null;
  const hall = s.hallId === null ? null : halls?.[s.hallId];
  const title = t('cadDrawing.title', { file: s.fileName });

  if (s.phase === 'reading') {
    return (
      <Modal open title={title} onCancel={closeDxfImport} footer={<Button onClick={closeDxfImport}>{t('cadDrawing.cancel')}</Button>}>
        <Typography.Paragraph>{t('cadDrawing.reading')}</Typography.Paragraph>
        <Progress percent={Math.round(s.progress * 100)} aria-label={t('cadDrawing.progress')} />
      </Modal>
    );
  }
  if (s.phase === 'failed') {
    return (
      <Modal open title={title} onCancel={closeDxfImport} footer={<Button onClick={closeDxfImport}>{t('editor.close')}</Button>}>
        <Flex vertical gap={12}>
          <DxfErrorMessage error={s.error} />
          {s.error.code === 'dwg' && <DwgHelp />}
        </Flex>
      </Modal>
    );
  }

  const d = s.drawing;
  const counts = pathsPerLayer(d);
  const set = (patch: Partial<typeof s>) => dxfImportStore.setState({ ...s, ...patch }, true);
  const drawnKinds = Object.entries(d.summary.kinds).filter(([k]) => !(k in d.summary.notDrawn));
  const place = async () => {
    if (!handle || (s.hallId !== null && !hall)) return;
    set({ saving: true, saveError: null });
    const drawing: VectorDrawing = { ...d, units: s.units };
    const r = await storeVectorDrawing(handle, s.fileName, drawing);
    if (!r.ok) {
      set({ saving: false, saveError: describeError(t, r.error).message });
      return;
    }
    primeVectorDrawing(r.asset.id, drawing);
    if (editor.store.getState().handle === handle) runEdit((doc) => placeVectorDrawing(doc, s.hallId, r.asset, s.units, s.hidden));
    closeDxfImport();
  };

  return (
    <Modal
      open
      width={640}
      title={title}
      onCancel={closeDxfImport}
      footer={
        <Flex gap={8} justify="end">
          <Button onClick={closeDxfImport}>{t('cadDrawing.cancel')}</Button>
          <Button type="primary" loading={s.saving} disabled={s.hallId !== null && !hall} onClick={() => void place()}>
            {s.hallId === null ? t('cadDrawing.placeSite') : t('cadDrawing.place', { hall: hall?.code ?? '' })}
          </Button>
        </Flex>
      }
    >
      <Flex vertical gap={12}>
        <Flex gap={8} align="center" wrap>
          <label>
            {t('cadDrawing.units')}{' '}
            <Select
              aria-label={t('cadDrawing.units')}
              value={s.units}
              style={{ width: 160 }}
              onChange={(units: DrawingUnit) => set({ units })}
              options={DRAWING_UNITS.map((u) => ({ value: u, label: t(`cadDrawing.unit.${u}`) }))}
            />
          </label>
          <Typography.Text type="secondary">{d.unitsFromFile ? t('cadDrawing.unitsFromFile') : t('cadDrawing.unitsMissing')}</Typography.Text>
        </Flex>
        <Typography.Text strong data-testid="dxf-size">
          {t('cadDrawing.size', { size: sizeText(d, s.units) })}
        </Typography.Text>
        <div>
          <Typography.Text>{t('cadDrawing.layers', { count: d.layers.length })}</Typography.Text>
          <LayerChecks drawing={d} counts={counts} hidden={s.hidden} onChange={(hidden) => set({ hidden })} />
        </div>
        <Typography.Text type="secondary" data-testid="dxf-summary">
          {t('cadDrawing.read', { list: drawnKinds.map(([k, n]) => `${k} ${n}`).join(', ') || '—' })}
          {Object.keys(d.summary.notDrawn).length > 0 && (
            <>
              <br />
              {t('cadDrawing.notDrawn', { list: Object.entries(d.summary.notDrawn).map(([k, n]) => `${k} ${n}`).join(', ') })}
            </>
          )}
          {Object.keys(d.summary.skipped).length > 0 && (
            <>
              <br />
              {t('cadDrawing.skipped', { list: Object.entries(d.summary.skipped).map(([k, n]) => `${t(`cadDrawing.skip.${k}`, { defaultValue: k })} ${n}`).join(', ') })}
            </>
          )}
        </Typography.Text>
        {s.saveError && <Alert type="error" showIcon role="alert" message={`${t('cadDrawing.saveFailed')} ${s.saveError}`} />}
      </Flex>
    </Modal>
  );
}

/** Layers with their colour, each with a checkbox "shown". */
export function LayerChecks({ drawing, counts, hidden, onChange }: { drawing: VectorDrawing; counts?: number[]; hidden: readonly string[]; onChange: (hidden: string[]) => void }) {
  const { t } = useTranslation();
  const off = new Set(hidden);
  return (
    <Flex vertical gap={2} style={{ maxHeight: 220, overflowY: 'auto', marginTop: 4 }} role="group" aria-label={t('cadDrawing.layersGroup')}>
      {drawing.layers.map((l) => (
        <Checkbox
          key={l.name}
          checked={!off.has(l.name)}
          aria-label={t('cadDrawing.showLayer', { layer: l.name })}
          onChange={(e) => {
            const next = new Set(off);
            if (e.target.checked) next.delete(l.name);
            else next.add(l.name);
            onChange([...next].sort());
          }}
        >
          <span style={{ display: 'inline-block', width: 12, height: 12, background: l.color, border: '1px solid #8886', marginRight: 6, verticalAlign: 'middle' }} />
          {l.name || '0'}
          {counts && <Typography.Text type="secondary">{` · ${counts[drawing.layers.indexOf(l)] ?? 0}`}</Typography.Text>}
        </Checkbox>
      ))}
    </Flex>
  );
}
