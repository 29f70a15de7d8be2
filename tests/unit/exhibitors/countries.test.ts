import { describe, expect, it } from 'vitest';
import { ASEAN_CODES, COUNTRIES, SECTORS, countryName, matchCountry, matchSector, sectorName } from '../../../shared/exhibitors';

describe('countries', () => {
  it('lists all 249 ISO 3166-1 alpha-2 codes once, China and the ten ASEAN members first', () => {
    expect(COUNTRIES).toHaveLength(249);
    expect(new Set(COUNTRIES.map((c) => c.code)).size).toBe(249);
    expect(COUNTRIES.slice(0, 11).map((c) => c.code)).toEqual(['CN', 'BN', 'KH', 'ID', 'LA', 'MY', 'MM', 'PH', 'SG', 'TH', 'VN']);
    expect(ASEAN_CODES).toHaveLength(10);
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{2}$/);
      expect(c.name.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(c.name.en.length).toBeGreaterThan(2);
    }
    const rest = COUNTRIES.slice(11).map((c) => c.name.en);
    expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('matches names in Chinese, English, ISO codes and common variants', () => {
    const cases: [string, string][] = [
      ['越南', 'VN'], ['Viet Nam', 'VN'], ['vietnam', 'VN'], ['VN', 'VN'], ['vnm', 'VN'], ['ｖｎ', 'VN'],
      ['中国', 'CN'], ['中华人民共和国', 'CN'], ["People's Republic of China", 'CN'], ['P.R. China', 'CN'],
      ['老挝', 'LA'], ['Lao PDR', 'LA'], ['缅甸', 'MM'], ['Burma', 'MM'], ['Myanmar (Burma)', 'MM'],
      ['印尼', 'ID'], ['文莱', 'BN'], ['Brunei Darussalam', 'BN'], ['泰国', 'TH'], ['柬埔寨', 'KH'],
      ['马来西亚', 'MY'], ['新加坡', 'SG'], ['菲律宾', 'PH'], ['  Philippines ', 'PH'],
      ['韩国', 'KR'], ['South Korea', 'KR'], ['USA', 'US'], ['英国', 'GB'], ['UK', 'GB'], ['中国香港', 'HK'], ['Hong Kong', 'HK'],
      ['Côte d’Ivoire', 'CI'], ["Cote d'Ivoire", 'CI'], ['Việt Nam', 'VN'], ['Türkiye', 'TR'], ['Turkey', 'TR'],
    ];
    for (const [text, code] of cases) expect(matchCountry(text), text).toBe(code);
    expect(matchCountry('Atlantis')).toBeNull();
    expect(matchCountry('')).toBeNull();
    expect(countryName('VN', 'zh')).toBe('越南');
    expect(countryName('XX', 'en')).toBe('XX');
  });
});

describe('sectors', () => {
  it('has unique ids with both names and matches aliases', () => {
    expect(new Set(SECTORS.map((s) => s.id)).size).toBe(SECTORS.length);
    expect(matchSector('人工智能')).toBe('artificial-intelligence');
    expect(matchSector('Artificial Intelligence')).toBe('artificial-intelligence');
    expect(matchSector('新能源汽车')).toBe('new-energy-vehicles');
    expect(matchSector('芯片')).toBe('semiconductors');
    expect(matchSector('basket weaving')).toBeNull();
    expect(sectorName('robotics', 'zh')).toBe('机器人');
    expect(sectorName('custom sector', 'en')).toBe('custom sector');
  });
});

describe('agreement with the sample generator', () => {
  it('knows every sector key the sample shows use, with the same names, and every country code', async () => {
    const { SAMPLE_SECTORS, COUNTRIES: SAMPLE_COUNTRIES } = await import('../../../shared/sample');
    for (const [key, name] of Object.entries(SAMPLE_SECTORS)) expect(sectorName(key, 'zh'), key).toBe(name.zh);
    for (const [key, name] of Object.entries(SAMPLE_SECTORS)) expect(sectorName(key, 'en'), key).toBe(name.en);
    for (const c of SAMPLE_COUNTRIES) expect(COUNTRIES.some((x) => x.code === c.code), c.code).toBe(true);
  });
});
