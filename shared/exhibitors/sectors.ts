import type { Bilingual } from '../model/primitives';
import type { ProjectSettings } from '../model/entities';
import { normalizeKey } from './text';

export interface Sector {
  /** Stored in `Exhibitor.sectors` and `Zone.sectors`. */
  id: string;
  name: Bilingual;
}

/**
 * Sectors of a technology exhibition such as the China–ASEAN Expo's advanced technology show.
 * Ids are stable (the sample generator's keys are among them, checked by a test); names are
 * for display. Projects may also carry sectors outside this list (imported free text), which
 * are shown as they are.
 */
export const SECTORS: readonly Sector[] = [
  { id: 'artificial-intelligence', name: { zh: '人工智能', en: 'Artificial Intelligence' } },
  { id: 'robotics', name: { zh: '机器人', en: 'Robotics' } },
  { id: 'smart-manufacturing', name: { zh: '智能制造', en: 'Smart Manufacturing' } },
  { id: 'semiconductors', name: { zh: '集成电路', en: 'Semiconductors' } },
  { id: 'electronics', name: { zh: '电子信息', en: 'Electronics and IT' } },
  { id: 'telecom', name: { zh: '5G与通信', en: '5G & Telecommunications' } },
  { id: 'software', name: { zh: '软件与信息服务', en: 'Software & IT Services' } },
  { id: 'cloud-data', name: { zh: '云计算与大数据', en: 'Cloud & Big Data' } },
  { id: 'digital-economy', name: { zh: '数字经济', en: 'Digital Economy' } },
  { id: 'fintech', name: { zh: '金融科技', en: 'Fintech' } },
  { id: 'e-commerce', name: { zh: '跨境电商', en: 'Cross-border E-commerce' } },
  { id: 'new-energy', name: { zh: '新能源', en: 'New Energy' } },
  { id: 'new-energy-vehicles', name: { zh: '新能源汽车', en: 'New Energy Vehicles' } },
  { id: 'environment', name: { zh: '节能环保', en: 'Energy Saving & Environment' } },
  { id: 'new-materials', name: { zh: '新材料', en: 'New Materials' } },
  { id: 'medical-devices', name: { zh: '医疗器械', en: 'Medical Devices' } },
  { id: 'biotech', name: { zh: '生物医药', en: 'Biopharma' } },
  { id: 'health-care', name: { zh: '健康服务', en: 'Health Services' } },
  { id: 'agritech', name: { zh: '智慧农业', en: 'Smart Agriculture' } },
  { id: 'food', name: { zh: '食品加工', en: 'Food Processing' } },
  { id: 'smart-city', name: { zh: '智慧城市', en: 'Smart City' } },
  { id: 'low-altitude', name: { zh: '低空经济', en: 'Low-altitude Economy' } },
  { id: 'aerospace', name: { zh: '航空航天', en: 'Aerospace' } },
  { id: 'marine', name: { zh: '海洋经济', en: 'Marine Economy' } },
  { id: 'logistics', name: { zh: '现代物流', en: 'Logistics' } },
  { id: 'education', name: { zh: '教育科技', en: 'Education Technology' } },
  { id: 'culture-tourism', name: { zh: '文化旅游', en: 'Culture and Tourism' } },
  { id: 'construction', name: { zh: '建筑与基础设施', en: 'Construction and Infrastructure' } },
  { id: 'research', name: { zh: '科研院所与高校', en: 'Research Institutes and Universities' } },
  { id: 'services', name: { zh: '科技服务', en: 'Technology Services' } },
];

const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'artificial-intelligence': ['AI', '人工智慧', '智能科技'],
  robotics: ['Robots', 'Robot'],
  'smart-manufacturing': ['智能装备', '高端装备', '装备制造', 'Intelligent Manufacturing', 'Advanced Manufacturing'],
  semiconductors: ['芯片', '半导体', 'IC', 'Chips', 'Integrated Circuits'],
  electronics: ['电子', '信息技术', 'IT', 'Electronics', 'Electronic Information'],
  telecom: ['通信', '5G', '通讯', '信息通信', '物联网', 'IoT', 'Internet of Things', 'Telecom', 'Telecommunications'],
  software: ['软件', 'Software', 'IT Services'],
  'cloud-data': ['云计算', '大数据', 'Cloud', 'Big Data', 'Cloud Computing'],
  'digital-economy': ['数字化', 'Digital'],
  fintech: ['金融', 'Finance', 'Financial Technology'],
  'e-commerce': ['电商', '电子商务', 'E-commerce', 'Ecommerce'],
  'new-energy': ['新能源与储能', '储能', '光伏', 'Renewable Energy', 'Energy'],
  'new-energy-vehicles': ['新能源车', '电动汽车', 'NEV', 'Electric Vehicles', 'EV'],
  environment: ['环保', '绿色低碳', '可持续发展', 'Environmental Protection', 'Green Technology', 'Cleantech', 'Environment'],
  'new-materials': ['材料', 'Advanced Materials', 'Materials'],
  'medical-devices': ['医疗设备', 'Medical Equipment', 'MedTech'],
  biotech: ['生物技术', '生物科技', 'Biotechnology', 'Biomedicine', 'Pharmaceuticals'],
  'health-care': ['医疗健康', '大健康', '医疗', '康养', 'Healthcare', 'Health', 'Medical'],
  agritech: ['农业', '农业科技', '现代农业', 'Agriculture', 'Agritech', 'Agricultural Technology'],
  food: ['食品', 'Food'],
  'smart-city': ['智慧城市建设', 'Smart Cities'],
  'low-altitude': ['无人机', 'Drones', 'UAV', 'eVTOL'],
  aerospace: ['航天', '航空', '北斗', 'Aviation', 'Space'],
  marine: ['海洋', 'Ocean', 'Marine'],
  logistics: ['物流', 'Logistics and Supply Chain'],
  education: ['教育', 'EdTech', 'Education'],
  'culture-tourism': ['文旅', '旅游', 'Tourism', 'Culture'],
  construction: ['建筑', '基础设施', 'Infrastructure', 'Construction'],
  research: ['科研', '高校', '大学', 'University', 'Universities', 'Research', 'R&D'],
  services: ['服务', '技术服务', 'Services', 'Technology Transfer', '技术转移'],
};

const byId = new Map(SECTORS.map((s) => [s.id, s]));
const byAlias = new Map<string, string>();
for (const s of SECTORS) {
  for (const name of [s.id, s.name.zh, s.name.en, ...(EXTRA_ALIASES[s.id] ?? [])]) {
    const key = normalizeKey(name);
    if (key && !byAlias.has(key)) byAlias.set(key, s.id);
  }
}

export function sectorById(id: string): Sector | undefined {
  return byId.get(id);
}

/** The sector's display name; a sector outside the list is shown as stored. */
export function sectorName(id: string, lang: 'zh' | 'en'): string {
  return byId.get(id)?.name[lang] ?? id;
}

/** The sector id for a name in Chinese or English ("人工智能", "AI", "ai"), or null. */
export function matchSector(text: string): string | null {
  const key = normalizeKey(text);
  if (!key) return null;
  return byAlias.get(key) ?? null;
}

/** Where a show keeps the sectors it added; only `sectors` of the settings is read. */
export type SectorSettings = Pick<ProjectSettings, 'sectors'>;

/** The show's sector vocabulary: the built-in list, then the sectors the show added. */
export function showSectors(settings: SectorSettings | null | undefined): Sector[] {
  const own = settings?.sectors ?? [];
  if (!own.length) return [...SECTORS];
  const ownIds = new Set(own.map((s) => s.id));
  return [...SECTORS.filter((s) => !ownIds.has(s.id)), ...own.map((s) => ({ id: s.id, name: s.name }))];
}

/**
 * A sector's name in one language from the show's vocabulary: the show's own sectors first,
 * then the built-in list; a name missing in one language falls back to the other; an id in
 * neither (free text from older files) is shown as stored.
 */
export function sectorLabel(settings: SectorSettings | null | undefined, id: string, lang: 'zh' | 'en'): string {
  const own = settings?.sectors.find((s) => s.id === id);
  const name = own?.name ?? byId.get(id)?.name;
  if (!name) return id;
  return name[lang] || name[lang === 'zh' ? 'en' : 'zh'] || id;
}

/** A matcher of sector names against the show's vocabulary (its own sectors' names included). */
export function sectorMatcher(settings: SectorSettings | null | undefined): (text: string) => string | null {
  const own = new Map<string, string>();
  for (const s of settings?.sectors ?? []) {
    for (const name of [s.name.zh, s.name.en]) {
      const key = normalizeKey(name);
      if (key && !own.has(key)) own.set(key, s.id);
    }
  }
  return (text) => {
    const key = normalizeKey(text);
    if (!key) return null;
    return own.get(key) ?? byAlias.get(key) ?? null;
  };
}
