/**
 * A small, fully deterministic show for the print and publish tests and the print sample:
 * names in Chinese, English and Vietnamese, a hostile name, a very long name, tiny, rotated and
 * L-shaped booths, every facility kind, one large hall (for tiling) and one empty hall. It
 * also carries private data (contacts, notes, prices, holds) that must never be published.
 */
import { EXHIBITOR_ALLOCATION_DEFAULT } from '../../shared/model/allocation-fields';
import { createProject } from '../../shared/model/create';
import type { Booth, Exhibitor, Facility, Hall, Zone } from '../../shared/model/entities';
import type { Bilingual, Point } from '../../shared/model/primitives';
import { Project, type Project as ProjectT } from '../../shared/model/project';
import { newBooth } from '../../shared/editing/factory';
import { defaultSale } from '../../shared/sales/stages';

/** Strings present in the project that no published file may contain. */
export const PRIVATE_STRINGS = [
  'zhang.wei@private-mail.example',
  '+86 771 555 0101',
  '张伟经理',
  'Somchai Contact-Person',
  'somchai@private-mail.example',
  '+66 2 555 0199',
  'INTERNAL-NOTE-discount-20pct',
  'BOOTH-NOTE-near-pillar-secret',
  'HOLD-NOTE-awaiting-deposit',
  'Prospect Holdings Unpublished',
  '未公开意向展商',
  '43210.5',
  '98765',
];

export const XSS_NAME = '<img src=x onerror=alert(1)>';
export const LONG_EN = 'Guangxi Beibu Gulf International Port Intelligent Logistics and Supply Chain Management Group Co., Ltd.';
export const LONG_ZH = '广西北部湾国际港务智慧物流与供应链管理集团有限公司';
export const VIET_EN = 'Công ty Cổ phần Viễn thông FPT';

const AT = '2026-10-01T09:00:00.000Z';

interface ExSpec {
  zh: string;
  en: string;
  country: string;
  sectors: string[];
  website?: string;
  short?: Bilingual;
}

const EXHIBITORS: ExSpec[] = [
  { zh: '华为技术有限公司', en: 'Huawei Technologies Co., Ltd.', country: 'CN', sectors: ['人工智能', '5G'], website: 'https://www.huawei.com', short: { zh: '华为', en: 'Huawei' } },
  { zh: '腾讯云计算', en: 'Tencent Cloud', country: 'CN', sectors: ['云计算'], website: 'https://cloud.tencent.com' },
  { zh: '阿里巴巴（中国）有限公司', en: 'Alibaba (China) Co., Ltd.', country: 'CN', sectors: ['电子商务', '云计算'], short: { zh: '阿里巴巴', en: 'Alibaba' } },
  { zh: '百度在线网络技术', en: 'Baidu Online Network Technology', country: 'CN', sectors: ['人工智能'] },
  { zh: '比亚迪股份有限公司', en: 'BYD Company Limited', country: 'CN', sectors: ['新能源汽车'], short: { zh: '比亚迪', en: 'BYD' } },
  { zh: '上汽通用五菱', en: 'SAIC-GM-Wuling Automobile', country: 'CN', sectors: ['新能源汽车'], short: { zh: '五菱', en: 'Wuling' } },
  { zh: '广西柳工机械股份有限公司', en: 'Guangxi LiuGong Machinery Co., Ltd.', country: 'CN', sectors: ['智能制造'], short: { zh: '柳工', en: 'LiuGong' } },
  { zh: '玉柴集团', en: 'Yuchai Group', country: 'CN', sectors: ['智能制造'] },
  { zh: LONG_ZH, en: LONG_EN, country: 'CN', sectors: ['物流'] },
  { zh: '泰国正大集团', en: 'Charoen Pokphand Group', country: 'TH', sectors: ['农业科技'], website: 'www.cpgroupglobal.com', short: { zh: '正大', en: 'CP Group' } },
  { zh: '泰国国家电信', en: 'National Telecom Thailand', country: 'TH', sectors: ['5G'] },
  { zh: 'FPT电信股份公司', en: VIET_EN, country: 'VN', sectors: ['数字经济'], website: 'https://fpt.vn' },
  { zh: '越南维他集团', en: 'Viettel Group', country: 'VN', sectors: ['5G', '数字经济'] },
  { zh: '马来西亚国家石油', en: 'Petronas', country: 'MY', sectors: ['能源'] },
  { zh: '马来西亚数字经济公司', en: 'Malaysia Digital Economy Corporation', country: 'MY', sectors: ['数字经济'] },
  { zh: '新加坡科技工程', en: 'ST Engineering', country: 'SG', sectors: ['智能制造'] },
  { zh: '冬海集团', en: 'Sea Limited', country: 'SG', sectors: ['电子商务'] },
  { zh: '印尼电信', en: 'Telkom Indonesia', country: 'ID', sectors: ['5G'] },
  { zh: '菲律宾环球电信', en: 'Globe Telecom', country: 'PH', sectors: ['5G'] },
  { zh: '柬埔寨智慧电力', en: 'Cambodia Smart Power', country: 'KH', sectors: ['能源'] },
  { zh: '老挝国家互联网中心', en: 'Lao National Internet Center', country: 'LA', sectors: ['数字经济'] },
  { zh: '缅甸数码科技', en: 'Myanmar Digital Tech', country: 'MM', sectors: ['数字经济'] },
  { zh: '文莱数码', en: 'Brunei Digital', country: 'BN', sectors: ['数字经济'] },
  { zh: XSS_NAME, en: XSS_NAME, country: 'CN', sectors: ['"><script>alert(2)</script>'] },
  { zh: '', en: 'Only English Name Pte Ltd', country: 'SG', sectors: [] },
  { zh: '只有中文名称的公司', en: '', country: 'CN', sectors: ['人工智能'] },
  { zh: '一丁科技', en: 'Yiding Technology', country: 'CN', sectors: ['人工智能'] },
  { zh: '三和智能', en: 'Sanhe Intelligence', country: 'CN', sectors: ['智能制造'] },
  { zh: '王氏电子', en: 'Wang Electronics', country: 'CN', sectors: ['电子'] },
  { zh: '龙腾物流', en: 'Longteng Logistics', country: 'CN', sectors: ['物流'] },
  { zh: '重庆长安汽车', en: 'Chongqing Changan Automobile', country: 'CN', sectors: ['新能源汽车'], short: { zh: '长安汽车', en: 'Changan' } },
  { zh: '南宁微型机器人研究院', en: 'Nanning Institute of Micro-Robotics', country: 'CN', sectors: ['人工智能'] },
];

function exhibitorId(i: number): string {
  return `ex_${String(i).padStart(3, '0')}`;
}

function rect(x: number, y: number, w: number, h: number, rotation = 0) {
  return { type: 'rect' as const, x, y, w, h, rotation };
}

function booth(id: string, hallId: string, number: string, shape: Booth['shape'], extra: Partial<Booth> = {}): Booth {
  return { ...newBooth({ id, hallId, number, shape }), ...extra };
}

function facility(id: string, hallId: string, kind: Facility['kind'], shape: Facility['shape'], label: Bilingual = { zh: '', en: '' }): Facility {
  return { id, hallId, kind, shape, label };
}

/** Builds the fixture show; validated against the schema so tests exercise real project data. */
export function buildPrintFixture(): ProjectT {
  const p = createProject({
    name: { zh: '中国—东盟博览会 先进技术展', en: 'China–ASEAN Expo Advanced Technology Exhibition' },
    venue: { zh: '南宁国际会展中心', en: 'Nanning International Convention and Exhibition Center' },
    start: '2027-09-17',
    end: '2027-09-21',
  });
  p.settings.id = 'prj_printfixture';

  const halls: Hall[] = [
    {
      id: 'h_1',
      name: { zh: '1号馆 人工智能', en: 'Hall 1 · Artificial Intelligence' },
      code: 'A1',
      level: 1,
      order: 0,
      // A notch at the bottom right, like a loading bay.
      outline: [
        [0, 0],
        [72, 0],
        [72, 38],
        [60, 38],
        [60, 46],
        [0, 46],
      ],
      placement: { x: 0, y: 0, rotation: 0 },
      background: null,
    },
    {
      id: 'h_2',
      name: { zh: '2号馆 智慧城市', en: 'Hall 2 · Smart City' },
      code: 'B2',
      level: 1,
      order: 1,
      outline: [
        [0, 0],
        [150, 0],
        [150, 84],
        [0, 84],
      ],
      placement: { x: 92, y: 0, rotation: 0 },
      background: null,
    },
    {
      id: 'h_3',
      name: { zh: '3号馆（筹建中）', en: 'Hall 3 (in preparation)' },
      code: 'C3',
      level: 2,
      order: 2,
      outline: [
        [0, 0],
        [40, 0],
        [40, 30],
        [0, 30],
      ],
      placement: { x: 0, y: 0, rotation: 0 },
      background: null,
    },
  ];
  for (const h of halls) p.halls[h.id] = h;

  const zones: Zone[] = [
    { id: 'z_asean', kind: 'pavilion', name: { zh: '东盟国家馆', en: 'ASEAN Pavilion' }, color: '#1f77b4', sectors: [], countries: ['TH', 'VN', 'MY', 'SG', 'ID', 'PH', 'KH', 'LA', 'MM', 'BN'] },
    { id: 'z_ai', kind: 'theme', name: { zh: '人工智能专区', en: 'AI Zone' }, color: '#d62728', sectors: ['人工智能'], countries: [] },
  ];
  for (const z of zones) p.zones[z.id] = z;

  EXHIBITORS.forEach((s, i) => {
    const ex: Exhibitor = {
      id: exhibitorId(i),
      externalId: '',
      name: { zh: s.zh, en: s.en },
      shortName: s.short ?? { zh: '', en: '' },
      country: s.country,
      sectors: s.sectors,
      contact: { person: '', email: '', phone: '' },
      website: s.website ?? '',
      requested: { areaSqm: null, booths: null },
      priority: 0,
      allocation: EXHIBITOR_ALLOCATION_DEFAULT,
      competitors: [],
      preferredZones: [],
      fascia: { zh: '', en: '' },
      notes: '',
      sale: defaultSale(),
    };
    p.exhibitors[ex.id] = ex;
  });
  const ex0 = p.exhibitors[exhibitorId(0)]!;
  ex0.contact = { person: '张伟经理', email: 'zhang.wei@private-mail.example', phone: '+86 771 555 0101' };
  ex0.notes = 'INTERNAL-NOTE-discount-20pct';
  const ex9 = p.exhibitors[exhibitorId(9)]!;
  ex9.contact = { person: 'Somchai Contact-Person', email: 'somchai@private-mail.example', phone: '+66 2 555 0199' };
  // An exhibitor with no booth: a prospect, never published.
  p.exhibitors.ex_prospect = { ...ex0, id: 'ex_prospect', name: { zh: '未公开意向展商', en: 'Prospect Holdings Unpublished' }, shortName: { zh: '', en: '' }, contact: { person: '', email: '', phone: '' }, notes: '', website: '' };

  // Hall 1: three double rows of 3 × 3 m booths, an island, a rotated and an L-shaped booth, a tiny kiosk.
  const h1: Booth[] = [];
  let n = 0;
  for (const [row, y] of [
    [1, 8],
    [2, 11],
    [3, 18],
    [4, 21],
    [5, 28],
    [6, 31],
  ] as const) {
    for (let c = 0; c < 14; c++) {
      n++;
      const zoneId = row <= 2 && c < 6 ? 'z_ai' : row >= 5 && c >= 8 ? 'z_asean' : null;
      h1.push(booth(`b_1_${String(n).padStart(3, '0')}`, 'h_1', `A1-${row}${String(c + 1).padStart(2, '0')}`, rect(6 + c * 3, y, 3, 3), { zoneId }));
    }
  }
  h1.push(booth('b_1_island', 'h_1', 'A1-I01', rect(52, 8, 12, 9), { kind: 'raw', type: 'island' }));
  h1.push(booth('b_1_rot', 'h_1', 'A1-R01', rect(56, 22, 8, 4, 30)));
  h1.push(
    booth('b_1_L', 'h_1', 'A1-L01', {
      type: 'polygon',
      points: [
        [52, 30],
        [64, 30],
        [64, 36],
        [58, 36],
        [58, 40],
        [52, 40],
      ] as Point[],
    }),
  );
  h1.push(booth('b_1_kiosk', 'h_1', 'A1-K1', rect(3, 40, 1, 1)));
  h1.push(booth('b_1_tall', 'h_1', 'A1-T01', rect(2, 8, 2.5, 9)));
  for (const b of h1) p.booths[b.id] = b;

  // Hall 2: a big hall with 6 m deep double rows of 3 × 3 m booths.
  let m = 0;
  for (let r = 0; r < 8; r++) {
    const y = 8 + Math.floor(r / 2) * 18 + (r % 2) * 3;
    for (let c = 0; c < 40; c++) {
      if (c === 13 || c === 26) continue;
      m++;
      const b = booth(`b_2_${String(m).padStart(3, '0')}`, 'h_2', `B2-${r + 1}${String(c + 1).padStart(2, '0')}`, rect(8 + c * 3, y, 3, 3));
      p.booths[b.id] = b;
    }
  }

  // Assignments: most hall 1 booths and every third in hall 2; all exhibitors get at least one booth.
  const assign = (boothId: string, exId: string) => {
    p.assignments[boothId] = { id: boothId, boothId, exhibitorId: exId, at: AT, by: 'test' };
    p.booths[boothId]!.status = 'assigned';
  };
  const h1Ids = h1.map((b) => b.id);
  EXHIBITORS.forEach((_, i) => assign(h1Ids[i]!, exhibitorId(i)));
  assign('b_1_island', exhibitorId(0));
  assign('b_1_rot', exhibitorId(11));
  assign('b_1_L', exhibitorId(8));
  assign('b_1_kiosk', exhibitorId(3));
  assign('b_1_tall', exhibitorId(10));
  for (let i = EXHIBITORS.length; i < 70; i++) if (i % 4 !== 0) assign(h1Ids[i]!, exhibitorId(i % EXHIBITORS.length));
  const h2Ids = Object.keys(p.booths).filter((id) => id.startsWith('b_2_'));
  h2Ids.forEach((id, i) => {
    if (i % 3 === 0) assign(id, exhibitorId((i * 7) % EXHIBITORS.length));
  });

  // Private states: holds, reservations, blocks, prices, notes.
  const hold = p.booths[h1Ids[71]!]!;
  hold.status = 'hold';
  hold.claim = { exhibitorId: 'ex_prospect', until: '2027-01-31', note: 'HOLD-NOTE-awaiting-deposit' };
  const reserved = p.booths[h1Ids[72]!]!;
  reserved.status = 'reserved';
  reserved.claim = { exhibitorId: exhibitorId(1), until: null, note: '' };
  p.booths[h1Ids[73]!]!.status = 'blocked';
  p.booths[h1Ids[74]!]!.priceOverride = 43210.5;
  p.booths[h1Ids[75]!]!.priceOverride = 98765;
  p.booths[h1Ids[0]!]!.notes = 'BOOTH-NOTE-near-pillar-secret';

  const f: Facility[] = [
    facility('f_1_in', 'h_1', 'entrance', rect(30, 0.5, 6, 3), { zh: '南入口', en: 'South Entrance' }),
    facility('f_1_out', 'h_1', 'exit', rect(0.5, 24, 3, 4)),
    facility('f_1_wc', 'h_1', 'restroom', rect(65.5, 32.5, 6, 5)),
    facility('f_1_stage', 'h_1', 'stage', rect(48, 40, 10, 5), { zh: '主舞台', en: 'Main Stage' }),
    facility('f_1_meet', 'h_1', 'meeting-room', rect(66, 2, 5, 5)),
    facility('f_1_desk', 'h_1', 'service-desk', rect(40, 1, 4, 2)),
    facility('f_1_cafe', 'h_1', 'cafe', rect(20, 38, 8, 6)),
    facility('f_1_aid', 'h_1', 'first-aid', rect(66, 28, 4, 4)),
    facility('f_1_wall', 'h_1', 'wall', { type: 'polyline', points: [[0, 36], [14, 36]], thickness: 0.3 }),
    facility('f_1_label', 'h_1', 'label', rect(30, 40, 14, 4), { zh: '休息区', en: 'Lounge' }),
    facility('f_2_in', 'h_2', 'entrance', rect(70, 0.5, 10, 3)),
    facility('f_2_wc', 'h_2', 'restroom', rect(140, 76, 8, 6)),
    facility('f_3_in', 'h_3', 'entrance', rect(17, 0.5, 6, 3)),
  ];
  for (let i = 0; i < 3; i++) f.push(facility(`f_1_col${i}`, 'h_1', 'column', rect(15 + i * 15, 15.6, 0.8, 0.8)));
  for (const x of f) p.facilities[x.id] = x;

  const parsed = Project.safeParse(p);
  if (!parsed.success) throw new Error(`print fixture is invalid: ${parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}
