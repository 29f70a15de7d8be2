import type { Bilingual } from '../../model/primitives';

/**
 * Sector keys used by the generated shows, with their labels. Sectors are free strings in the
 * file format; these kebab-case keys are what the sample uses in `Zone.sectors` and
 * `Exhibitor.sectors`, so a zone admits an exhibitor when they share a key.
 */
export const SAMPLE_SECTORS = {
  'artificial-intelligence': { zh: '人工智能', en: 'Artificial Intelligence' },
  robotics: { zh: '机器人', en: 'Robotics' },
  'medical-devices': { zh: '医疗器械', en: 'Medical Devices' },
  biotech: { zh: '生物医药', en: 'Biopharma' },
  'health-care': { zh: '健康服务', en: 'Health Services' },
  software: { zh: '软件与信息服务', en: 'Software & IT Services' },
  'cloud-data': { zh: '云计算与大数据', en: 'Cloud & Big Data' },
  fintech: { zh: '金融科技', en: 'Fintech' },
  'e-commerce': { zh: '跨境电商', en: 'Cross-border E-commerce' },
  'new-energy': { zh: '新能源', en: 'New Energy' },
  environment: { zh: '节能环保', en: 'Energy Saving & Environment' },
  'smart-manufacturing': { zh: '智能制造', en: 'Smart Manufacturing' },
  semiconductors: { zh: '集成电路', en: 'Semiconductors' },
  'new-energy-vehicles': { zh: '新能源汽车', en: 'New Energy Vehicles' },
  telecom: { zh: '5G与通信', en: '5G & Telecommunications' },
  agritech: { zh: '智慧农业', en: 'Smart Agriculture' },
  'smart-city': { zh: '智慧城市', en: 'Smart City' },
  'low-altitude': { zh: '低空经济', en: 'Low-altitude Economy' },
} as const satisfies Record<string, Bilingual>;

export type SectorKey = keyof typeof SAMPLE_SECTORS;

export interface ThemeDef {
  name: Bilingual;
  color: string;
  sectors: readonly SectorKey[];
}

/** Themed zones in the order halls receive them (the first four fill the two-hall sample). */
export const THEMES: readonly ThemeDef[] = [
  { name: { zh: '人工智能', en: 'Artificial Intelligence' }, color: '#4f7be8', sectors: ['artificial-intelligence', 'robotics'] },
  { name: { zh: '大健康', en: 'Big Health' }, color: '#2fb58f', sectors: ['medical-devices', 'biotech', 'health-care'] },
  { name: { zh: '数字经济', en: 'Digital Economy' }, color: '#8a63d2', sectors: ['software', 'cloud-data', 'fintech', 'e-commerce'] },
  { name: { zh: '可持续发展', en: 'Sustainable Development' }, color: '#6aae3b', sectors: ['new-energy', 'environment'] },
  { name: { zh: '智能制造', en: 'Smart Manufacturing' }, color: '#e08a2e', sectors: ['smart-manufacturing', 'robotics', 'semiconductors'] },
  { name: { zh: '新能源汽车', en: 'New Energy Vehicles' }, color: '#1fa3c4', sectors: ['new-energy-vehicles', 'new-energy'] },
  { name: { zh: '信息通信', en: 'Information & Communications' }, color: '#d2557a', sectors: ['telecom', 'semiconductors'] },
  { name: { zh: '智慧农业', en: 'Smart Agriculture' }, color: '#a8893a', sectors: ['agritech'] },
  { name: { zh: '智慧城市', en: 'Smart City' }, color: '#5a6bb0', sectors: ['smart-city', 'telecom'] },
  { name: { zh: '低空经济', en: 'Low-altitude Economy' }, color: '#c0513f', sectors: ['low-altitude'] },
];
