import type { Bilingual } from '../model/primitives';
import { COUNTRY_ROWS } from './countries-data';
import { normalizeKey } from './text';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  name: Bilingual;
}

/** China and the ten ASEAN members, in the order the pick list shows them. */
export const CHINA_ASEAN_CODES = ['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN'] as const;
export const ASEAN_CODES = CHINA_ASEAN_CODES.slice(1);

/** Every ISO 3166-1 alpha-2 country and territory, China and ASEAN first. */
export const COUNTRIES: readonly Country[] = COUNTRY_ROWS.map(([code, zh, en]) => ({ code, name: { zh, en } }));

const byCode = new Map(COUNTRIES.map((c) => [c.code, c]));

/** Spellings found in registration sheets beyond the CLDR names (alpha-3 codes included). */
const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CN: ['中华人民共和国', '中国大陆', '大陆', 'PRC', 'P.R.China', "People's Republic of China", 'Mainland China', 'CHN'],
  BN: ['文莱达鲁萨兰国', 'Brunei Darussalam', 'BRN'],
  KH: ['柬埔寨王国', 'Kingdom of Cambodia', 'KHM'],
  ID: ['印尼', '印度尼西亚共和国', 'Republic of Indonesia', 'IDN'],
  LA: ['老挝人民民主共和国', 'Lao PDR', 'Lao', "Lao People's Democratic Republic", 'LAO'],
  MY: ['大马', 'MYS'],
  MM: ['缅甸联邦', 'Burma', 'MMR'],
  PH: ['菲律宾共和国', 'Republic of the Philippines', 'PHL'],
  SG: ['新加坡共和国', 'Republic of Singapore', 'SGP'],
  TH: ['泰王国', 'Kingdom of Thailand', 'THA'],
  VN: ['越南社会主义共和国', 'Viet Nam', 'Socialist Republic of Vietnam', 'VNM'],
  TL: ['East Timor', 'TLS'],
  HK: ['香港', 'Hong Kong', 'Hong Kong SAR', 'HKG'],
  MO: ['澳门', 'Macao', 'Macau', 'Macau, China', 'MAC'],
  TW: ['台湾地区', 'Taiwan Region', 'TWN'],
  KR: ['大韩民国', 'Korea', 'Republic of Korea', 'Korea, Republic of', 'KOR'],
  KP: ['朝鲜民主主义人民共和国', "Democratic People's Republic of Korea", 'DPRK', 'PRK'],
  JP: ['JPN'],
  IN: ['IND'],
  US: ['美利坚合众国', 'USA', 'U.S.A.', 'US', 'U.S.', 'United States of America', 'America'],
  GB: ['大不列颠及北爱尔兰联合王国', 'UK', 'U.K.', 'Great Britain', 'Britain', 'England', 'GBR'],
  DE: ['德意志联邦共和国', 'Deutschland', 'DEU'],
  FR: ['法兰西共和国', 'FRA'],
  RU: ['俄罗斯联邦', 'Russian Federation', 'RUS'],
  AU: ['澳洲', 'AUS'],
  AE: ['阿联酋', 'UAE'],
  NL: ['Holland', 'The Netherlands'],
  CZ: ['Czechia', '捷克共和国'],
  TR: ['Turkey', 'Turkiye'],
  IR: ['Islamic Republic of Iran'],
  SY: ['Syrian Arab Republic'],
  LK: ['Ceylon'],
  CI: ['Ivory Coast'],
  SZ: ['Swaziland', '埃斯瓦蒂尼'],
  MK: ['Macedonia'],
  VA: ['Holy See'],
};

const byAlias = new Map<string, string>();
for (const [code, zh, en, aliases] of COUNTRY_ROWS) {
  for (const name of [code, zh, en, ...(aliases ?? []), ...(EXTRA_ALIASES[code] ?? [])]) {
    const key = normalizeKey(name);
    // First writer wins: an official name never gets shadowed by another country's alias.
    if (key && !byAlias.has(key)) byAlias.set(key, code);
  }
}

/** The country with this alpha-2 code, or undefined. */
export function countryByCode(code: string): Country | undefined {
  return byCode.get(code.toUpperCase());
}

/** The country's name in one language; unknown codes are shown as they are. */
export function countryName(code: string, lang: 'zh' | 'en'): string {
  return byCode.get(code)?.name[lang] ?? code;
}

/**
 * The alpha-2 code for a country written in Chinese, English or as an ISO code ("越南",
 * "Viet Nam", "vn", "VNM"), or null when it is not recognised.
 */
export function matchCountry(text: string): string | null {
  const key = normalizeKey(text);
  if (!key) return null;
  return byAlias.get(key) ?? null;
}

/** True for China and the ten ASEAN members (the expo's core countries). */
export function isChinaAsean(code: string): boolean {
  return (CHINA_ASEAN_CODES as readonly string[]).includes(code);
}
