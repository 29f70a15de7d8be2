import { Button, Flex, Input, Radio, Select, Space, Switch, Typography } from 'antd';
import { useStore } from 'zustand';
import { useTranslation } from 'react-i18next';
import { FACILITY_KINDS, type FacilityKind } from '../../../shared/model/entities';
import { toolStore } from '../../editor/tools/tool-store';
import { openEditorDialog } from '../../editor/session-store';
import { ArrangeBar } from './ArrangeBar';
import { useDocument } from '../../editor/instance';
import { hallsWithVectorDrawing } from '../../cad/convert-store';

/** Options of the active tool over the top of the plan: grid, hall shape, facility kind, block settings. */
export function ToolOptions() {
  const { t } = useTranslation();
  const s = useStore(toolStore);
  const hasCad = useDocument((d) => hallsWithVectorDrawing(d.doc).length > 0);
  return (
    <Flex className="editor-options" gap={12} align="center" wrap role="group" aria-label={t('editor.options')}>
      <Typography.Text strong title={s.tool === 'select' ? t('editor.hint.select') : undefined}>
        {t(`editor.toolName.${s.tool}`)}
      </Typography.Text>
      <Space size={4}>
        <Typography.Text type="secondary">{t('editor.grid')}</Typography.Text>
        <Select
          size="small"
          aria-label={t('editor.grid')}
          value={s.grid}
          style={{ width: 86 }}
          onChange={(grid) => toolStore.setState({ grid })}
          options={[
            { value: 0.5, label: '0.5 m' },
            { value: 1, label: '1 m' },
            { value: 0, label: t('editor.gridOff') },
          ]}
        />
      </Space>
      <Space size={4}>
        <Switch size="small" checked={s.snapEdges} aria-label={t('editor.snapEdges')} onChange={(snapEdges) => toolStore.setState({ snapEdges })} />
        <Typography.Text type="secondary">{t('editor.snapEdges')}</Typography.Text>
      </Space>
      {hasCad && s.tool !== 'select' && s.tool !== 'pan' && (
        <Space size={4}>
          <Switch size="small" checked={s.snapDrawing} aria-label={t('cadDrawing.snapDrawing')} onChange={(snapDrawing) => toolStore.setState({ snapDrawing, snapMark: null })} />
          <Typography.Text type="secondary">{t('cadDrawing.snapDrawing')}</Typography.Text>
        </Space>
      )}
      {s.tool === 'hall' && (
        <Radio.Group size="small" value={s.hallMode} onChange={(e) => toolStore.setState({ hallMode: e.target.value as 'rect' | 'polygon' })} aria-label={t('editor.hallShape')}>
          <Radio.Button value="rect">{t('editor.rect')}</Radio.Button>
          <Radio.Button value="polygon">{t('editor.polygon')}</Radio.Button>
        </Radio.Group>
      )}
      {s.tool === 'facility' && (
        <Space size={4}>
          <Select<FacilityKind>
            size="small"
            aria-label={t('editor.facilityKind')}
            value={s.facilityKind}
            style={{ width: 140 }}
            onChange={(facilityKind) => toolStore.setState({ facilityKind })}
            options={FACILITY_KINDS.map((k) => ({ value: k, label: t(`facility.${k}`) }))}
          />
          {s.facilityKind === 'label' && (
            <>
              <Input size="small" aria-label={t('editor.labelZh')} placeholder={t('editor.labelZh')} style={{ width: 120 }} onChange={(e) => toolStore.setState((s) => ({ labelText: { ...s.labelText, zh: e.target.value } }))} />
              <Input size="small" aria-label={t('editor.labelEn')} placeholder={t('editor.labelEn')} style={{ width: 120 }} onChange={(e) => toolStore.setState((s) => ({ labelText: { ...s.labelText, en: e.target.value } }))} />
            </>
          )}
        </Space>
      )}
      {s.tool === 'block' && (
        <Button size="small" onClick={() => openEditorDialog('block')}>
          {t('editor.block.settings', { rows: s.block.rows, cols: s.block.cols })}
        </Button>
      )}
      {s.tool === 'select' && <ArrangeBar />}
      <Typography.Text type="secondary" className="editor-hint" hidden={s.tool === 'select'}>
        {t(`editor.hint.${s.tool === 'align' && s.align.points.length > 0 ? `align_${s.align.points.length}` : s.tool === 'facility' && s.facilityKind === 'wall' ? 'wall' : s.tool === 'hall' && s.hallMode === 'polygon' ? 'polygon-booth' : s.tool}`)}
      </Typography.Text>
    </Flex>
  );
}
