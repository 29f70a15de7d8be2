import type { BoothStatus, FacilityKind } from '../model/entities';

export type ChromeLanguage = 'zh-CN' | 'en';

/** Words printed on the sheet around the map (titles, legend, notes), in both languages. */
export interface ChromeStrings {
  legend: string;
  north: string;
  scale: string;
  metres: string;
  hall: string;
  status: Record<BoothStatus, string>;
  facility: Record<FacilityKind, string>;
  noZone: string;
  unassigned: string;
  noSector: string;
  moreEntries: (n: number) => string;
  emptyHall: string;
  tileIndex: (cell: string, cols: number, rows: number) => string;
  overlap: (mm: number) => string;
  page: (n: number, total: number) => string;
  directory: string;
  directoryUnlabelled: string;
  directoryUnlabelledNote: string;
  hallMaps: string;
  continued: string;
  booths: string;
  sortBy: Record<'name-en' | 'pinyin' | 'stroke' | 'country' | 'sector', string>;
  noExhibitors: string;
  dates: (start: string | null, end: string | null) => string;
}

const ZH: ChromeStrings = {
  legend: '图例',
  north: '北',
  scale: '比例',
  metres: '米',
  hall: '展馆',
  status: { available: '可租', hold: '预留', reserved: '已预订', assigned: '已分配', blocked: '不可用' },
  facility: {
    entrance: '入口',
    exit: '出口',
    restroom: '洗手间',
    stage: '舞台',
    'meeting-room': '会议室',
    'service-desk': '服务台',
    column: '柱子',
    cafe: '咖啡厅',
    'first-aid': '急救站',
    wall: '墙',
    label: '标注',
  },
  noZone: '未分区',
  unassigned: '未分配展位',
  noSector: '未填行业',
  moreEntries: (n) => `另有 ${n} 项`,
  emptyHall: '本展馆尚无展位',
  tileIndex: (cell, cols, rows) => `第 ${cell} 张（共 ${cols}×${rows}）`,
  overlap: (mm) => `与相邻页重叠 ${mm} 毫米，沿裁切线裁齐后拼接`,
  page: (n, total) => `第 ${n} 页，共 ${total} 页`,
  directory: '展商名录',
  directoryUnlabelled: '平面图上未标注名称的展商',
  directoryUnlabelledNote: '以下展商的名称在平面图上放不下，按展位号查找。',
  hallMaps: '展馆索引图',
  continued: '（续）',
  booths: '展位',
  sortBy: { 'name-en': '按英文名排序', pinyin: '按拼音排序', stroke: '按笔画排序', country: '按国家/地区排序', sector: '按行业排序' },
  noExhibitors: '所选展馆中没有已分配展位的展商。',
  dates: (s, e) => (s && e ? (s === e ? fmtZh(s) : `${fmtZh(s)} — ${fmtZh(e)}`) : s ? fmtZh(s) : e ? fmtZh(e) : ''),
};

const EN: ChromeStrings = {
  legend: 'Legend',
  north: 'N',
  scale: 'Scale',
  metres: 'm',
  hall: 'Hall',
  status: { available: 'Available', hold: 'On hold', reserved: 'Reserved', assigned: 'Assigned', blocked: 'Blocked' },
  facility: {
    entrance: 'Entrance',
    exit: 'Exit',
    restroom: 'Restrooms',
    stage: 'Stage',
    'meeting-room': 'Meeting room',
    'service-desk': 'Service desk',
    column: 'Column',
    cafe: 'Café',
    'first-aid': 'First aid',
    wall: 'Wall',
    label: 'Label',
  },
  noZone: 'No zone',
  unassigned: 'Unassigned booth',
  noSector: 'No sector given',
  moreEntries: (n) => `${n} more`,
  emptyHall: 'No booths in this hall yet',
  tileIndex: (cell, cols, rows) => `${cell} of ${cols}×${rows}`,
  overlap: (mm) => `Overlaps the next sheet by ${mm} mm: trim at the crop marks and join`,
  page: (n, total) => `Page ${n} of ${total}`,
  directory: 'Exhibitor directory',
  directoryUnlabelled: 'Exhibitors not named on the plan',
  directoryUnlabelledNote: 'These names did not fit on their booths in the plan; find them by booth number.',
  hallMaps: 'Hall key maps',
  continued: ' (continued)',
  booths: 'Booths',
  sortBy: { 'name-en': 'Sorted A–Z by English name', pinyin: 'Sorted by pinyin', stroke: 'Sorted by stroke count', country: 'Sorted by country', sector: 'Sorted by sector' },
  noExhibitors: 'No exhibitor has a booth in the selected halls.',
  dates: (s, e) => (s && e ? (s === e ? fmtEn(s) : `${fmtEn(s)} – ${fmtEn(e)}`) : s ? fmtEn(s) : e ? fmtEn(e) : ''),
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function parts(d: string): [number, number, number] {
  const [y, m, day] = d.split('-').map(Number);
  return [y ?? 0, m ?? 1, day ?? 1];
}
function fmtZh(d: string): string {
  const [y, m, day] = parts(d);
  return `${y}年${m}月${day}日`;
}
function fmtEn(d: string): string {
  const [y, m, day] = parts(d);
  return `${day} ${MONTHS[m - 1] ?? ''} ${y}`;
}

export function chromeStrings(lang: ChromeLanguage): ChromeStrings {
  return lang === 'en' ? EN : ZH;
}

type RegionNames = { of(code: string): string | undefined };
const regionNames = new Map<string, RegionNames | null>();
const countryCache = new Map<string, string>();

/** Country name in the chrome language (from the platform's CLDR data), else the code. */
export function countryName(code: string, lang: ChromeLanguage): string {
  const key = `${lang}:${code}`;
  const hit = countryCache.get(key);
  if (hit !== undefined) return hit;
  const name = lookupCountry(code, lang);
  countryCache.set(key, name);
  return name;
}

function lookupCountry(code: string, lang: ChromeLanguage): string {
  let names = regionNames.get(lang);
  if (names === undefined) {
    const D = (Intl as unknown as { DisplayNames?: new (l: string[], o: { type: 'region' }) => RegionNames }).DisplayNames;
    names = typeof D === 'function' ? new D([lang], { type: 'region' }) : null;
    regionNames.set(lang, names);
  }
  try {
    return names?.of(code) ?? code;
  } catch {
    // An unknown code throws on some platforms: show the code.
    return code;
  }
}
