import { useState } from 'react';
import { Button, Descriptions, Drawer, Form, Input, InputNumber, Space, Steps, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../shared/exhibitors/countries';
import { SALES_STAGES } from '../../../shared/model/entities';
import { saleFigures } from '../../../shared/sales/amounts';
import { editSale } from '../../../shared/sales/commands';
import { OPEN_STAGES, stageRank } from '../../../shared/sales/stages';
import { runEdit } from '../../editor/edit-runner';
import { useDocument, useSession } from '../../editor/instance';
import { select } from '../../editor/session-store';
import { requestView } from '../../editor/view-requests';
import { refusalText } from '../common/refusal-text';
import { formatMoney } from '../inspector/format';
import { printConfirmations } from './BulkBar';
import { STAGE_COLOR } from './ExhibitorsView';
import { StageDialog } from './StageDialog';
import { exhibitorIndex } from '../../../shared/assignment/by-exhibitor';
import { showView } from './workspace-state';
import { useNotices } from '../common/use-notices';

/** One exhibitor's sale: stage with its dates, amounts against the rate card, confirmation. */
export function SaleDrawer({ exhibitorId, onClose }: { exhibitorId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { notification } = useNotices();
  const lang = useSession((s) => s.language);
  const doc = useDocument((s) => s.doc);
  const readOnly = useDocument((s) => s.readOnly);
  const [stageOpen, setStageOpen] = useState(false);
  const ex = doc?.exhibitors[exhibitorId];
  if (!doc || !ex) return null;
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const cur = doc.settings.currency;
  const money = (n: number) => formatMoney(n, cur, lang);
  const f = saleFigures(doc, ex);
  const mine = exhibitorIndex(doc).byExhibitor.get(ex.id);
  const booths = [...(mine?.assigned ?? []), ...(mine?.claimed ?? [])];
  const sale = ex.sale;
  const cancelled = sale.stage === 'cancelled';

  function save(patch: Parameters<typeof editSale>[2]) {
    const res = runEdit((d) => editSale(d, ex!.id, patch));
    if (!res.ok && 'refusals' in res) notification.error({ title: t('workspace.sale.title'), description: res.refusals.map((r) => refusalText(t, r, lang)).join(' ') });
  }

  return (
    <Drawer open width={560} title={l === 'zh' ? ex.name.zh || ex.name.en : ex.name.en || ex.name.zh} onClose={onClose} data-testid="sale-drawer">
      <Typography.Paragraph type="secondary">
        {l === 'zh' ? ex.name.en : ex.name.zh} · {countryName(ex.country, l)}
      </Typography.Paragraph>
      <Space style={{ marginBottom: 16 }} wrap>
        <Tag color={STAGE_COLOR[sale.stage]}>{t(`workspace.stage.${sale.stage}`)}</Tag>
        <Button disabled={readOnly} onClick={() => setStageOpen(true)}>
          {t('workspace.sale.changeStage')}
        </Button>
        <Button disabled={!mine?.assigned.length} onClick={() => printConfirmations([ex.id])}>
          {t('workspace.sale.confirmation')}
        </Button>
        <Button
          disabled={!booths.length}
          onClick={() => {
            select(booths.map((b) => b.id));
            showView('plan');
            requestView({ kind: 'fit-booths', boothIds: booths.map((b) => b.id) });
          }}
        >
          {t('workspace.sale.showOnPlan')}
        </Button>
      </Space>
      <Steps
        direction="vertical"
        size="small"
        current={cancelled ? -1 : stageRank(sale.stage)}
        status={cancelled ? 'error' : 'process'}
        items={[...OPEN_STAGES, ...(cancelled ? (['cancelled'] as const) : [])].map((s) => ({ title: t(`workspace.stage.${s}`), description: sale.dates[s] ?? '' }))}
      />
      <Descriptions
        size="small"
        column={1}
        bordered
        style={{ margin: '16px 0' }}
        items={[
          { key: 'booths', label: t('workspace.col.booths'), children: booths.map((b) => b.number).join(', ') || '—' },
          { key: 'rate', label: t('workspace.sale.rateCard'), children: money(f.rateCard) },
          { key: 'expected', label: t('workspace.col.expected'), children: money(f.expected) },
          { key: 'outstanding', label: t('workspace.sale.outstanding'), children: money(f.outstanding) },
        ]}
      />
      <Form layout="vertical" disabled={readOnly} key={`${ex.id}-${JSON.stringify(sale)}`}>
        <Form.Item label={t('workspace.sale.amount')} extra={t('workspace.sale.amountHint', { price: money(f.rateCard) })}>
          <InputNumber<number> aria-label={t('workspace.sale.amount')} min={0} style={{ width: '100%' }} defaultValue={sale.amount ?? undefined} placeholder={String(Math.round(f.rateCard))} addonAfter={cur} onBlur={(e) => {
            const v = e.target.value.replace(/[^\d.]/g, '');
            save({ amount: v === '' ? null : Number(v) });
          }} />
        </Form.Item>
        <Space.Compact block>
          <Form.Item label={t('workspace.col.invoiced')} style={{ flex: 1 }}>
            <InputNumber<number> aria-label={t('workspace.col.invoiced')} min={0} style={{ width: '100%' }} defaultValue={sale.invoiced} onBlur={(e) => save({ invoiced: Number(e.target.value.replace(/[^\d.]/g, '') || 0) })} />
          </Form.Item>
          <Form.Item label={t('workspace.col.paid')} style={{ flex: 1, marginLeft: 8 }}>
            <InputNumber<number> aria-label={t('workspace.col.paid')} min={0} style={{ width: '100%' }} defaultValue={sale.paid} onBlur={(e) => save({ paid: Number(e.target.value.replace(/[^\d.]/g, '') || 0) })} />
          </Form.Item>
        </Space.Compact>
        <Form.Item label={t('workspace.sale.reference')}>
          <Input aria-label={t('workspace.sale.reference')} defaultValue={sale.reference} maxLength={200} onBlur={(e) => e.target.value !== sale.reference && save({ reference: e.target.value })} />
        </Form.Item>
      </Form>
      {stageOpen && <StageDialog exhibitorIds={[ex.id]} initial={SALES_STAGES[Math.min(stageRank(sale.stage) + 1, 5)] ?? 'approved'} onClose={() => setStageOpen(false)} />}
    </Drawer>
  );
}
