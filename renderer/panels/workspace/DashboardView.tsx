import { useDeferredValue, useMemo, useState } from 'react';
import { Button, Card, Space, Statistic, Typography } from 'antd';
import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { chartData, type ChartData, type Region } from '../../../shared/dashboard/charts';
import type { Project } from '../../../shared/model/project';
import { countryName } from '../../../shared/exhibitors/countries';
import { sectorLabel } from '../../../shared/exhibitors/sectors';
import { api } from '../../app/api/client';
import { editor, useDocument, useSession } from '../../editor/instance';
import { pickText } from '../../editor/text';
import { ErrorDetails } from '../common/ErrorDetails';
import { base64ToBytes, downloadFile } from '../exhibitors/download';
import { formatMoney } from '../inspector/format';
import { EChart, type ChartOption } from './EChart';
import { showExhibitorsFiltered } from './workspace-state';
import { useNotices } from '../common/use-notices';

const REGION_COLOR: Record<Region, string> = { china: '#d4380d', asean: '#1677ff', other: '#8c8c8c' };
const SOLD = '#52c41a';
const HELD = '#faad14';
const FREE = '#d9d9d9';

/**
 * The chart series of a document, computed once per document version. The view renders the
 * document as a deferred value, and React restarts such a render whenever something more urgent
 * comes in: a memo inside the component is thrown away with each restart, and on a 7,500-booth
 * show that was a 30 ms pass run hundreds of times (seconds before the charts appeared).
 */
const chartCache = new WeakMap<Project, ChartData>();
function chartsOf(doc: Project): ChartData {
  let d = chartCache.get(doc);
  if (!d) chartCache.set(doc, (d = chartData(doc)));
  return d;
}

/** Prints the dashboard alone (its charts are SVG, so the PDF is vector). */
function printDashboard() {
  document.body.classList.add('print-dashboard');
  window.addEventListener('afterprint', () => document.body.classList.remove('print-dashboard'), { once: true });
  window.print();
}

/**
 * The show at a glance, in real charts: occupancy by hall, revenue expected vs invoiced vs
 * paid, exhibitors by country with the China / ASEAN / other split against the 20 %
 * international mark, sectors by zone, the sales funnel and assigned m² week by week.
 * Clicking a bar, slice or funnel step opens the Exhibitors view filtered to it.
 */
export function DashboardView() {
  const { t } = useTranslation();
  const { notification } = useNotices();
  const lang = useSession((s) => s.language);
  const doc = useDeferredValue(useDocument((s) => s.doc));
  const [busy, setBusy] = useState(false);
  const d = doc ? chartsOf(doc) : null;
  const l = lang === 'zh-CN' ? 'zh' : 'en';
  const options = useMemo(() => {
    if (!d || !doc) return null;
    const cur = doc.settings.currency;
    const m2 = t('workspace.dash.m2');
    const axisMoney = (v: number) => new Intl.NumberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(v);
    const topCountries = d.countries.slice(0, 15);
    const zones = [...new Set(d.sectorsByZone.map((c) => c.zoneId))].sort();
    const sectorTotals = new Map<string, number>();
    for (const c of d.sectorsByZone) sectorTotals.set(c.sector, (sectorTotals.get(c.sector) ?? 0) + c.exhibitors);
    const topSectors = [...sectorTotals].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([s]) => s);
    const zoneName = (id: string) => (id ? pickText(doc.zones[id]?.name, lang) || id : t('workspace.dash.noZone'));
    const grid = { left: 56, right: 16, top: 36, bottom: 40, containLabel: true };
    const occupancy: ChartOption = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid,
      xAxis: { type: 'category', data: d.halls.map((h) => h.code) },
      yAxis: { type: 'value', name: m2 },
      series: [
        { name: t('workspace.dash.sold'), type: 'bar', stack: 'a', data: d.halls.map((h) => h.soldSqm), itemStyle: { color: SOLD } },
        { name: t('workspace.dash.held'), type: 'bar', stack: 'a', data: d.halls.map((h) => h.heldSqm), itemStyle: { color: HELD } },
        { name: t('workspace.dash.free'), type: 'bar', stack: 'a', data: d.halls.map((h) => h.freeSqm), itemStyle: { color: FREE } },
      ],
    };
    const revenue: ChartOption = {
      tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => formatMoney(Number(v), cur, lang) },
      grid,
      xAxis: { type: 'category', data: [t('workspace.col.expected'), t('workspace.col.invoiced'), t('workspace.col.paid')] },
      yAxis: { type: 'value', axisLabel: { formatter: axisMoney }, name: cur },
      series: [{ type: 'bar', barWidth: '45%', data: [d.revenue.expected, d.revenue.invoiced, d.revenue.paid].map((v, i) => ({ value: v, itemStyle: { color: ['#597ef7', '#9254de', '#52c41a'][i] } })), label: { show: true, position: 'top', formatter: (p: { value: number }) => axisMoney(p.value) } }],
    };
    const countries: ChartOption = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { ...grid, left: 8 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, axisLabel: { interval: 0 }, data: topCountries.map((c) => countryName(c.country, l)) },
      series: [{ type: 'bar', data: topCountries.map((c) => ({ value: c.exhibitors, itemStyle: { color: REGION_COLOR[c.region] } })) }],
    };
    const share: ChartOption = {
      tooltip: { trigger: 'item' },
      title: { text: t('workspace.dash.intlShare', { share: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(d.internationalShare) }), subtext: t(d.internationalShare >= 0.2 ? 'workspace.dash.intlOk' : 'workspace.dash.intlBelow'), left: 'center', top: 'center', textStyle: { fontSize: 15 }, subtextStyle: { color: d.internationalShare >= 0.2 ? '#389e0d' : '#d46b08' } },
      series: [{ type: 'pie', radius: ['55%', '78%'], label: { formatter: '{b}\n{d}%' }, data: (['china', 'asean', 'other'] as Region[]).map((r) => ({ name: t(`workspace.dash.region.${r}`), value: d.regions[r], itemStyle: { color: REGION_COLOR[r] } })) }],
    };
    const sectors: ChartOption = {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { type: 'scroll', top: 0 },
      grid: { ...grid, top: 40 },
      xAxis: { type: 'category', data: zones.map(zoneName), axisLabel: { interval: 0, rotate: zones.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value', name: t('workspace.dash.exhibitors') },
      series: topSectors.map((s) => ({ name: sectorLabel(doc.settings, s, l), type: 'bar', stack: 's', data: zones.map((z) => d.sectorsByZone.find((c) => c.zoneId === z && c.sector === s)?.exhibitors ?? 0) })),
    };
    const funnel: ChartOption = {
      tooltip: { trigger: 'item' },
      series: [{ type: 'funnel', sort: 'none', left: '10%', width: '80%', gap: 2, label: { formatter: '{b}: {c}' }, data: d.funnel.map((f) => ({ name: t(`workspace.stage.${f.stage}`), value: f.exhibitors, itemStyle: f.stage === 'cancelled' ? { color: '#ff7875' } : undefined })) }],
    };
    const weeks: ChartOption = {
      tooltip: { trigger: 'axis' },
      grid,
      xAxis: { type: 'category', data: d.weeks.map((w) => w.week) },
      yAxis: { type: 'value', name: m2 },
      series: [{ type: 'line', smooth: true, areaStyle: { opacity: 0.15 }, data: d.weeks.map((w) => w.assignedSqm), showSymbol: false }],
    };
    return { occupancy, revenue, countries, share, sectors, funnel, weeks, topCountries, zones, topSectors };
  }, [d, doc, t, lang, l]);
  if (!d || !options || !doc) return null;
  const cur = doc.settings.currency;

  async function exportXlsx() {
    setBusy(true);
    try {
      await editor.flush();
      const handle = editor.store.getState().handle;
      if (!handle) return;
      const res = await api().renderExport({ handle, kind: 'dashboard-xlsx', language: l });
      if (res.ok) downloadFile(res.value.fileName, res.value.mime, base64ToBytes(res.value.dataBase64));
      else notification.error({ title: t('exhibitorsUi.export.failed'), description: <ErrorDetails error={res.error} />, duration: 0 });
    } finally {
      setBusy(false);
    }
  }

  const card = (title: string, chart: React.ReactNode, wide = false) => (
    <Card size="small" title={title} className={wide ? 'dash-card dash-wide' : 'dash-card'}>
      {chart}
    </Card>
  );
  return (
    <div className="ws-view dash-view" data-testid="dashboard-view">
      <div className="dash-head">
        <Space size={32} wrap>
          <Statistic title={t('workspace.col.expected')} value={formatMoney(d.revenue.expected, cur, lang)} />
          <Statistic title={t('workspace.col.invoiced')} value={formatMoney(d.revenue.invoiced, cur, lang)} />
          <Statistic title={t('workspace.col.paid')} value={formatMoney(d.revenue.paid, cur, lang)} />
          <Statistic title={t('workspace.dash.exhibitors')} value={d.regions.china + d.regions.asean + d.regions.other} />
        </Space>
        <Space className="dash-actions">
          <Typography.Text type="secondary">{t('workspace.dash.clickHint')}</Typography.Text>
          <Button icon={<FilePdfOutlined />} onClick={printDashboard}>
            {t('workspace.dash.pdf')}
          </Button>
          <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void exportXlsx()}>
            {t('workspace.dash.xlsx')}
          </Button>
        </Space>
      </div>
      <div className="dash-grid">
        {card(t('workspace.dash.occupancy'), <EChart testId="chart-occupancy" label={t('workspace.dash.occupancy')} option={options.occupancy} onClick={(e) => d.halls[e.dataIndex] && showExhibitorsFiltered({ halls: [d.halls[e.dataIndex]!.hallId] })} />, true)}
        {card(t('workspace.dash.revenue'), <EChart testId="chart-revenue" label={t('workspace.dash.revenue')} option={options.revenue} onClick={(e) => showExhibitorsFiltered({ stages: e.dataIndex === 2 ? ['deposit-paid', 'paid-in-full'] : e.dataIndex === 1 ? ['contract-signed', 'deposit-paid', 'paid-in-full'] : [] })} />)}
        {card(t('workspace.dash.countries'), <EChart testId="chart-countries" label={t('workspace.dash.countries')} option={options.countries} onClick={(e) => options.topCountries[e.dataIndex] && showExhibitorsFiltered({ countries: [options.topCountries[e.dataIndex]!.country] })} />)}
        {card(t('workspace.dash.regions'), <EChart testId="chart-regions" label={t('workspace.dash.regions')} option={options.share} />)}
        {card(t('workspace.dash.funnel'), <EChart testId="chart-funnel" label={t('workspace.dash.funnel')} option={options.funnel} onClick={(e) => d.funnel[e.dataIndex] && showExhibitorsFiltered({ stages: [d.funnel[e.dataIndex]!.stage] })} />)}
        {card(t('workspace.dash.sectors'), <EChart testId="chart-sectors" label={t('workspace.dash.sectors')} option={options.sectors} onClick={(e) => {
          const zone = options.zones[e.dataIndex];
          const sector = options.topSectors[e.seriesIndex ?? -1];
          if (zone !== undefined && sector) showExhibitorsFiltered({ sectors: [sector], zones: zone ? [zone] : [] });
        }} />, true)}
        {card(t('workspace.dash.weeks'), <EChart testId="chart-weeks" label={t('workspace.dash.weeks')} option={options.weeks} />, true)}
      </div>
    </div>
  );
}
