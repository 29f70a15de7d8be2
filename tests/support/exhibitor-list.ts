import { Rng } from '../../shared/sample/random';

/**
 * An expo office's exhibitor list as it arrives by e-mail: headers in Chinese and English, country
 * cells in both languages or in several spellings, sectors like "大健康 / Big Health", areas as
 * "3×6", "2个标摊" or "１８", phones as text, and many different Chinese companies that share a
 * generic English name. Deterministic for a seed. Each row also says what the import must make
 * of it, so a test can check every row of the saved show.
 */

export const LIST_HEADERS = [
  '序号 No.',
  '展商编号 Exhibitor ID',
  '企业名称 Company Name (CN)',
  '英文名称 Company Name (EN)',
  '国家/地区 Country',
  '行业 Sector',
  '展位面积 Area',
  '联系人 Contact',
  '手机 Mobile',
  '邮箱 Email',
  '网址 Website',
  '备注 Remarks',
];

/** The two values of the list no recogniser knows: the user maps them once in the wizard. */
export const UNKNOWN_COUNTRY = '中国广西';
export const UNKNOWN_SECTOR = '银发经济 / Silver Economy';

export interface ExpectedRow {
  externalId: string;
  nameZh: string;
  nameEn: string;
  country: string;
  /** Sector ids; `new:silver` stands for the sector the user creates in the mapping step. */
  sectors: string[];
  areaSqm: number;
  phone: string;
}

export interface ExhibitorList {
  headers: string[];
  rows: string[][];
  expected: ExpectedRow[];
}

const COUNTRY_CELLS: readonly (readonly [string, string])[] = [
  ['中国 China', 'CN'],
  ['China（中国）', 'CN'],
  ['中国', 'CN'],
  ['PRC', 'CN'],
  ['越南/Viet Nam', 'VN'],
  ['越南 Vietnam', 'VN'],
  ['印度尼西亚 Indonesia', 'ID'],
  ['Lao PDR', 'LA'],
  ['老挝 Laos', 'LA'],
  ['中国香港', 'HK'],
  ['泰国 Thailand', 'TH'],
  ['马来西亚 Malaysia', 'MY'],
  ['新加坡 Singapore', 'SG'],
  ['柬埔寨 Cambodia', 'KH'],
  ['缅甸 Myanmar', 'MM'],
  ['菲律宾 Philippines', 'PH'],
  ['文莱 Brunei', 'BN'],
];

const SECTOR_CELLS: readonly (readonly [string, string[]])[] = [
  ['大健康 / Big Health', ['health-care']],
  ['AI；大数据', ['artificial-intelligence', 'cloud-data']],
  ['人工智能, Big Data', ['artificial-intelligence', 'cloud-data']],
  ['智能制造 Smart Manufacturing', ['smart-manufacturing']],
  ['新能源/New Energy', ['new-energy']],
  ['跨境电商', ['e-commerce']],
  ['Robotics 机器人', ['robotics']],
  ['5G、物联网', ['telecom']],
  ['医疗器械 Medical Devices', ['medical-devices']],
  ['智慧农业', ['agritech']],
];

const AREA_CELLS: readonly (readonly [string, number])[] = [
  ['18', 18],
  ['18㎡', 18],
  ['18 m²', 18],
  ['3x3', 9],
  ['3×6', 18],
  ['2个标摊', 18],
  ['2 booths', 18],
  ['１８', 18],
  ['36', 36],
  ['54平方米', 54],
  ['9', 9],
];

const CITIES = ['南宁', '柳州', '桂林', '北海', '深圳', '广州', '昆明', '成都', '杭州', '苏州', '武汉', '西安', '长沙', '厦门', '合肥', '重庆', '青岛', '贵阳'];
const CITY_PY = ['Nanning', 'Liuzhou', 'Guilin', 'Beihai', 'Shenzhen', 'Guangzhou', 'Kunming', 'Chengdu', 'Hangzhou', 'Suzhou', 'Wuhan', "Xi'an", 'Changsha', 'Xiamen', 'Hefei', 'Chongqing', 'Qingdao', 'Guiyang'];
const WORDS = ['凌云', '华创', '博远', '智联', '天工', '海纳', '鼎盛', '瑞丰', '中科', '恒信', '长风', '启明', '星河', '蓝海', '宏图', '正泰', '云帆', '金桥', '万象', '新锐'];
const WORDS_PY = ['Lingyun', 'Huachuang', 'Boyuan', 'Zhilian', 'Tiangong', 'Haina', 'Dingsheng', 'Ruifeng', 'Zhongke', 'Hengxin', 'Changfeng', 'Qiming', 'Xinghe', 'Lanhai', 'Hongtu', 'Zhengtai', 'Yunfan', 'Jinqiao', 'Wanxiang', 'Xinrui'];
const TRADES = ['智能科技', '信息技术', '电子', '新能源', '医疗科技', '机器人', '数据科技', '农业科技'];
/** English names several Chinese companies use: the trap of matching by English name alone. */
const GENERIC_EN = ['Smart Technology Co., Ltd.', 'Digital Tech Co., Ltd.', 'Green Energy Co., Ltd.', 'Intelligent Equipment Co., Ltd.'];
const ASEAN_NAMES: Record<string, readonly string[]> = {
  VN: ['Viettel', 'FPT Software', 'VNPT Technology', 'CMC Corporation', 'MISA JSC'],
  ID: ['Telkom Indonesia', 'Gojek Tech', 'Bukalapak', 'Pindad Robotics'],
  LA: ['Lao Telecom', 'ETL Lao', 'Unitel Laos'],
  HK: ['Hong Kong Science Park', 'ASM Pacific', 'Lenovo HK'],
  TH: ['PTT Digital', 'Siam Robotics', 'True Digital', 'Thai Agritech'],
  MY: ['Petronas Digital', 'MIMOS Berhad', 'Axiata Digital'],
  SG: ['ST Engineering', 'Grab Tech', 'Sea Labs'],
  KH: ['Smart Axiata', 'Cellcard'],
  MM: ['Myanmar Tech Hub', 'Frontiir'],
  PH: ['Globe Telecom', 'PLDT Smart', 'Ayala Tech'],
  BN: ['DST Brunei', 'Progresif Cellular'],
};
const ASEAN_ZH: Record<string, string> = { VN: '越南', ID: '印尼', LA: '老挝', HK: '香港', TH: '泰国', MY: '马来西亚', SG: '新加坡', KH: '柬埔寨', MM: '缅甸', PH: '菲律宾', BN: '文莱' };
const SURNAMES = ['李', '王', '张', '刘', '陈', '杨', '黄', '赵', '周', '吴', 'Nguyen', 'Tran', 'Somchai', 'Siti', 'Tan'];
const GIVEN = ['明', '伟', '芳', '静', '磊', '强', 'Van An', 'Thi Mai', 'Prasert', 'Aminah', 'Wei Ling'];

function phone(rng: Rng, country: string): string {
  const d = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  switch (country) {
    case 'VN':
      return `+84 24 ${d(4)} ${d(4)}`;
    case 'TH':
      return `+66 2 ${d(3)} ${d(4)}`;
    case 'SG':
      return `+65 ${d(4)} ${d(4)}`;
    case 'CN':
      return rng.chance(0.5) ? `1${rng.pick(['38', '39', '58', '86'])}${d(8)}` : `0771-${d(7)}`;
    default:
      return `+${rng.int(60, 95)} ${d(3)} ${d(4)}`;
  }
}

/**
 * `count` rows (322 by default, the office's list). Row 1 in 40 carries the unknown country,
 * row 1 in 25 the unknown sector; roughly one Chinese company in three shares a generic English name.
 */
export function exhibitorList(count = 322, seed = 7): ExhibitorList {
  const rng = new Rng(seed);
  const rows: string[][] = [];
  const expected: ExpectedRow[] = [];
  const used = new Set<string>();
  for (let i = 0; i < count; i++) {
    const externalId = `CAE-${String(2026000 + i + 1)}`;
    let [countryCell, country] = rng.chance(0.6) ? COUNTRY_CELLS[rng.int(0, 3)]! : COUNTRY_CELLS[rng.int(4, COUNTRY_CELLS.length - 1)]!;
    if (i % 40 === 17) [countryCell, country] = [UNKNOWN_COUNTRY, 'CN'];
    let nameZh: string;
    let nameEn: string;
    if (country === 'CN') {
      let tries = 0;
      do {
        const c = rng.int(0, CITIES.length - 1);
        const w = rng.int(0, WORDS.length - 1);
        const t = rng.pick(TRADES);
        nameZh = `${CITIES[c]}${WORDS[w]}${t}有限公司`;
        nameEn = rng.chance(0.35) ? rng.pick(GENERIC_EN) : `${CITY_PY[c]} ${WORDS_PY[w]} Technology Co., Ltd.`;
      } while (used.has(nameZh) && ++tries < 50);
      if (used.has(nameZh)) nameZh = `${nameZh.replace('有限公司', '')}${i}号有限公司`;
    } else {
      const base = rng.pick(ASEAN_NAMES[country]!);
      nameEn = used.has(base) ? `${base} ${i}` : base;
      nameZh = rng.chance(0.4) ? `${ASEAN_ZH[country]}${nameEn.split(' ')[0]}公司` : '';
      if (nameZh && used.has(nameZh)) nameZh = '';
    }
    used.add(nameZh || nameEn);
    used.add(nameEn);
    let [sectorCell, sectors] = rng.pick(SECTOR_CELLS);
    if (i % 25 === 3) [sectorCell, sectors] = [`${UNKNOWN_SECTOR}；AI`, ['new:silver', 'artificial-intelligence']];
    const [areaCell, areaSqm] = rng.pick(AREA_CELLS);
    const tel = phone(rng, country);
    const person = `${rng.pick(SURNAMES)}${rng.pick(GIVEN)}`;
    const domain = nameEn.toLowerCase().replace(/co\., ltd\.|[^a-z]+/g, '').slice(0, 14) || 'company';
    const email = rng.chance(0.3) ? `${rng.int(10000, 99999)}@${rng.pick(['qq.com', '163.com', 'gmail.com'])}` : `info${i}@${domain}${i}.com`;
    const website = email.includes('@qq.') || email.includes('@163.') || email.includes('@gmail.') ? '' : `www.${domain}${i}.com`;
    rows.push([String(i + 1), externalId, nameZh, nameEn, countryCell, sectorCell, areaCell, person, tel, email, website, rng.chance(0.1) ? '需要电源 / needs power' : '']);
    expected.push({ externalId, nameZh, nameEn, country, sectors: [...sectors], areaSqm, phone: tel });
  }
  return { headers: [...LIST_HEADERS], rows, expected };
}

/**
 * Next week's version of the list: a few areas and phones changed, one company renamed, three
 * new companies at the end; everything else exactly as before. Says which ids changed what.
 */
export function updatedList(list: ExhibitorList): { list: ExhibitorList; changed: Map<string, string[]>; added: string[] } {
  const rows = list.rows.map((r) => [...r]);
  const expected = list.expected.map((e) => ({ ...e, sectors: [...e.sectors] }));
  const changed = new Map<string, string[]>();
  const mark = (i: number, field: string) => changed.set(expected[i]!.externalId, [...(changed.get(expected[i]!.externalId) ?? []), field]);
  for (let i = 5; i < rows.length; i += 37) {
    const [cell, area] = expected[i]!.areaSqm === 36 ? ['3×9', 27] : ['3×12', 36];
    rows[i]![6] = cell;
    expected[i]!.areaSqm = area;
    mark(i, 'requested.areaSqm');
  }
  for (let i = 11; i < rows.length; i += 53) {
    rows[i]![8] = '0771-8888888';
    expected[i]!.phone = '0771-8888888';
    mark(i, 'contact.phone');
  }
  const renamed = rows.findIndex((r) => r[2]);
  rows[renamed]![2] = `${rows[renamed]![2]!.replace('有限公司', '')}集团有限公司`;
  expected[renamed]!.nameZh = rows[renamed]![2]!;
  mark(renamed, 'name.zh');
  const added: string[] = [];
  for (let k = 0; k < 3; k++) {
    const n = rows.length + 1;
    const externalId = `CAE-${2026000 + n}`;
    rows.push([String(n), externalId, `东盟新锐${k + 1}号科技有限公司`, `ASEAN Newcomer ${k + 1}`, '泰国 Thailand', '跨境电商', '18', '李明', '0771-1234567', '', '', '']);
    expected.push({ externalId, nameZh: `东盟新锐${k + 1}号科技有限公司`, nameEn: `ASEAN Newcomer ${k + 1}`, country: 'TH', sectors: ['e-commerce'], areaSqm: 18, phone: '0771-1234567' });
    added.push(externalId);
  }
  return { list: { headers: list.headers, rows, expected }, changed, added };
}
