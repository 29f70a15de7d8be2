import { useDeferredValue, useMemo } from 'react';
import { Alert, Descriptions, Progress, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { computeDashboard, type GroupRow, type OccupancyRow } from '../../../shared/dashboard/dashboard';
import { countryName } from '../../../shared/exhibitors/countries';
import { sectorLabel } from '../../../shared/exhibitors/sectors';
import { BOOTH_STATUSES } from '../../../shared/model/entities';
import { useDocument, useSession } from '../../editor/instance';
import { STATUS_FILL } from '../../editor/status-colors';
import { pickText } from '../../editor/text';
import { formatMetres, formatMoney } from '../inspector/format';

const pct = (n: number, lang: string) => new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(n);

/**
 * The show in figures: booths and m² by status, gross hall vs net booth area, expected
 * revenue, occupancy by hall, zone, country and sector, and the share of net area held by
 * exhibitors from outside China against the 20 % international mark.
 */
export function DashboardPanel() {
  const { t } = useTranslation();
  const lang = useSession((s) => s.language);
  const doc = useDeferredValue(useDocument((s) => s.doc));
  const d = useMemo(() => (doc ? computeDashboard(doc) : null), [doc]);
  if (!doc || !d) return null;
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const m2 = (n: number) => t('inspector.areaValue', { area: formatMetres(Math.round(n * 100) / 100, lang) });
  const money = (n: number) => formatMoney(n, d.revenue.currency, lang);

  const occColumns = [
    { key: 'name', title: t('exhibitorsUi.dash.name'), dataIndex: 'label', ellipsis: true },
    { key: 'booths', title: t('exhibitorsUi.dash.assignedBooths'), render: (_: unknown, r: OccupancyRow) => `${r.assignedBooths}/${r.booths}`, width: 80 },
    { key: 'occ', title: t('exhibitorsUi.dash.occupancy'), width: 90, render: (_: unknown, r: OccupancyRow) => <Progress percent={Math.round(r.occupancy * 100)} size="small" /> },
  ];
  const groupColumns = [
    { key: 'name', title: t('exhibitorsUi.dash.name'), dataIndex: 'label', ellipsis: true },
    { key: 'ex', title: t('exhibitorsUi.dash.exhibitors'), dataIndex: 'exhibitors', width: 64 },
    { key: 'area', title: 'm²', width: 70, render: (_: unknown, r: GroupRow) => formatMetres(Math.round(r.assignedAreaSqm), lang) },
    { key: 'share', title: t('exhibitorsUi.dash.share'), width: 64, render: (_: unknown, r: GroupRow) => pct(r.share, lang) },
  ];
  const intl = d.international;

  return (
    <div className="dashboard-panel" data-testid="dashboard">
      <Typography.Title level={5} style={{ marginTop: 0 }}>
        {t('exhibitorsUi.dash.byStatus')}
      </Typography.Title>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          ...BOOTH_STATUSES.map((s) => ({
            key: s,
            label: (
              <span>
                <span className="swatch" style={{ background: STATUS_FILL[s] }} aria-hidden /> {t(`status.${s}`)}
              </span>
            ),
            children: (
              <span data-status={s} data-booths={d.byStatus[s].booths}>
                {t('exhibitorsUi.dash.boothsArea', { count: d.byStatus[s].booths, area: m2(d.byStatus[s].areaSqm) })}
              </span>
            ),
          })),
          { key: 'total', label: t('exhibitorsUi.dash.total'), children: <span data-testid="dash-total">{t('exhibitorsUi.dash.boothsArea', { count: d.total.booths, area: m2(d.total.areaSqm) })}</span> },
          { key: 'gross', label: t('exhibitorsUi.dash.gross'), children: m2(d.area.grossHallSqm) },
          { key: 'net', label: t('exhibitorsUi.dash.net'), children: `${m2(d.area.netBoothSqm)} (${pct(d.area.netToGross, lang)})` },
        ]}
      />
      <Typography.Title level={5}>{t('exhibitorsUi.dash.revenue')}</Typography.Title>
      <Descriptions
        size="small"
        column={1}
        bordered
        items={[
          { key: 'assigned', label: t('exhibitorsUi.dash.revAssigned'), children: <span data-testid="dash-revenue-assigned">{money(d.revenue.assigned)}</span> },
          { key: 'pipeline', label: t('exhibitorsUi.dash.revPipeline'), children: money(d.revenue.pipeline) },
          { key: 'potential', label: t('exhibitorsUi.dash.revPotential'), children: money(d.revenue.potential) },
        ]}
      />
      <Typography.Title level={5}>{t('exhibitorsUi.dash.international')}</Typography.Title>
      <Alert
        type={intl.belowThreshold ? 'warning' : 'success'}
        showIcon
        data-testid="dash-international"
        data-share={intl.share.toFixed(4)}
        title={t(intl.belowThreshold ? 'exhibitorsUi.dash.intlBelow' : 'exhibitorsUi.dash.intlOk', { share: pct(intl.share, lang), threshold: pct(intl.threshold, lang) })}
        description={t('exhibitorsUi.dash.intlDetail', { foreign: m2(intl.foreignAreaSqm), total: m2(intl.assignedAreaSqm), count: intl.foreignExhibitors, all: intl.exhibitorsWithBooths })}
      />
      <Typography.Title level={5}>{t('exhibitorsUi.dash.byHall')}</Typography.Title>
      <Table size="small" pagination={false} rowKey="key" columns={occColumns} dataSource={d.occupancy.byHall.map((r) => ({ ...r, label: pickText(r.name, lang) || r.key }))} />
      <Typography.Title level={5}>{t('exhibitorsUi.dash.byZone')}</Typography.Title>
      <Table
        size="small"
        pagination={false}
        rowKey="key"
        columns={occColumns}
        dataSource={d.occupancy.byZone.map((r) => ({ ...r, label: r.key === '' ? t('exhibitorsUi.dash.noZone') : pickText(r.name, lang) || r.key }))}
      />
      <Typography.Title level={5}>{t('exhibitorsUi.dash.byCountry')}</Typography.Title>
      <Table size="small" pagination={{ pageSize: 12, size: 'small' }} rowKey="key" columns={groupColumns} dataSource={d.byCountry.map((r) => ({ ...r, label: countryName(r.key, l) }))} />
      <Typography.Title level={5}>{t('exhibitorsUi.dash.bySector')}</Typography.Title>
      <Table size="small" pagination={{ pageSize: 12, size: 'small' }} rowKey="key" columns={groupColumns} dataSource={d.bySector.map((r) => ({ ...r, label: sectorLabel(doc?.settings, r.key, l) }))} />
    </div>
  );
}
