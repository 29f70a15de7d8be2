import { countryName } from '../exhibitors/countries';
import { sectorName } from '../exhibitors/sectors';
import type { Table, TableLanguage } from '../exhibitors/table';
import type { Project } from '../model/project';
import { STAGE_TEXT } from '../sales/stages';
import { chartData, type Region } from './charts';

const REGION_TEXT: Record<Region, { zh: string; en: string }> = {
  china: { zh: '中国', en: 'China' },
  asean: { zh: '东盟', en: 'ASEAN' },
  other: { zh: '其他', en: 'Other' },
};

export interface NamedTable extends Table {
  name: string;
}

/** The dashboard's figures as sheets, with readable names in the chosen language. */
export function dashboardTables(doc: Project, lang: TableLanguage): NamedTable[] {
  const d = chartData(doc);
  const zh = lang === 'zh';
  const cur = doc.settings.currency;
  const name = (b: { zh: string; en: string }) => (zh ? b.zh || b.en : b.en || b.zh);
  return [
    {
      name: zh ? '展馆占用' : 'Occupancy by hall',
      headers: zh ? ['展馆', '已售(m²)', '预留/预订(m²)', '可租(m²)'] : ['Hall', 'Sold (m²)', 'Held (m²)', 'Free (m²)'],
      rows: d.halls.map((h) => [`${h.code} ${name(h.name)}`, h.soldSqm, h.heldSqm, h.freeSqm]),
    },
    {
      name: zh ? '收入' : 'Revenue',
      headers: zh ? ['项目', `金额(${cur})`] : ['Item', `Amount (${cur})`],
      rows: [
        [zh ? '应收' : 'Expected', d.revenue.expected],
        [zh ? '已开票' : 'Invoiced', d.revenue.invoiced],
        [zh ? '已收款' : 'Paid', d.revenue.paid],
      ],
    },
    {
      name: zh ? '国家与地区' : 'Countries',
      headers: zh ? ['国家', '区域', '参展商'] : ['Country', 'Region', 'Exhibitors'],
      rows: d.countries.map((c) => [countryName(c.country, lang), REGION_TEXT[c.region][lang], c.exhibitors]),
    },
    {
      name: zh ? '专区行业' : 'Sectors by zone',
      headers: zh ? ['专区', '行业', '参展商'] : ['Zone', 'Sector', 'Exhibitors'],
      rows: d.sectorsByZone
        .map((c) => [c.zoneId ? name(doc.zones[c.zoneId]?.name ?? { zh: c.zoneId, en: c.zoneId }) : zh ? '无专区' : 'No zone', sectorName(c.sector, lang), c.exhibitors] as [string, string, number])
        .sort((a, b) => a[0].localeCompare(b[0]) || b[2] - a[2]),
    },
    {
      name: zh ? '销售漏斗' : 'Sales funnel',
      headers: zh ? ['阶段', '参展商'] : ['Stage', 'Exhibitors'],
      rows: d.funnel.map((f) => [STAGE_TEXT[f.stage][lang], f.exhibitors]),
    },
    {
      name: zh ? '每周已分配面积' : 'Assigned per week',
      headers: zh ? ['周（周一）', '已分配(m²)'] : ['Week (Monday)', 'Assigned (m²)'],
      rows: d.weeks.map((w) => [w.week, w.assignedSqm]),
    },
  ];
}
