import { describe, expect, it } from 'vitest';
import {
  directoryEntries,
  pinyinKey,
  sortDirectory,
  strokeSortSupported,
  type DirectoryEntry,
} from '../../../shared/print/directory-sort';
import { boothText } from '../../../shared/print/directory';
import { buildPrintFixture } from '../../print/fixture';

function entry(zh: string, en: string, country = 'CN', sectors: string[] = []): DirectoryEntry {
  return { exhibitorId: `ex_${zh}${en}`, name: { zh, en }, country, sectors, booths: [] };
}

const names = (groups: ReturnType<typeof sortDirectory>) => groups.flatMap((g) => g.entries.map((e) => e.name.zh || e.name.en));

describe('directory sort orders', () => {
  const list = [entry('腾讯', 'Tencent'), entry('阿里巴巴', 'Alibaba'), entry('华为', 'Huawei'), entry('百度', 'Baidu'), entry('重庆长安', 'Changan'), entry('', 'Zeta Ltd'), entry('只有中文', '')];

  it('sorts A–Z by English name, Chinese-only names by their pinyin, with letter headings', () => {
    const g = sortDirectory(list, 'name-en', 'en');
    expect(names(g)).toEqual(['阿里巴巴', '百度', '重庆长安', '华为', '腾讯', 'Zeta Ltd', '只有中文']);
    expect(g.map((x) => x.heading)).toEqual(['A', 'B', 'C', 'H', 'T', 'Z']);
  });

  it('sorts by pinyin of the Chinese name, reading 重庆 as chong', () => {
    expect(pinyinKey('重庆长安')).toBe('chong qing chang an');
    const g = sortDirectory(list, 'pinyin', 'zh-CN');
    expect(names(g)).toEqual(['阿里巴巴', '百度', '重庆长安', '华为', '腾讯', 'Zeta Ltd', '只有中文']);
    expect(g[0]!.heading).toBe('A');
  });

  it('sorts by stroke count where the platform has the collation', () => {
    expect(strokeSortSupported()).toBe(true);
    const g = sortDirectory([entry('王氏', 'W'), entry('一丁', 'Y'), entry('龙腾', 'L'), entry('三和', 'S'), entry('丁一', 'D')], 'stroke', 'zh-CN');
    // 一 (1 stroke), 丁 (2), 三 (3), 王 (4), 龙 (5)
    expect(names(g)).toEqual(['一丁', '丁一', '三和', '王氏', '龙腾']);
    expect(g[0]!.heading).toBeNull();
  });

  it('groups by country under localised names', () => {
    const g = sortDirectory([entry('正大', 'CP', 'TH'), entry('华为', 'Huawei', 'CN'), entry('泰国电信', 'NT', 'TH'), entry('维他', 'Viettel', 'VN')], 'country', 'en');
    expect(g.map((x) => x.heading)).toEqual(['China', 'Thailand', 'Vietnam']);
    expect(g[1]!.entries.map((e) => e.name.en)).toEqual(['CP', 'NT']);
    const zh = sortDirectory([entry('正大', 'CP', 'TH'), entry('华为', 'Huawei', 'CN')], 'country', 'zh-CN');
    expect(zh.map((x) => x.heading)).toEqual(['泰国', '中国']);
  });

  it('lists an exhibitor under each of its sectors, unsectored last', () => {
    const g = sortDirectory([entry('华为', 'Huawei', 'CN', ['5G', 'AI']), entry('百度', 'Baidu', 'CN', ['AI']), entry('某公司', 'X', 'CN', [])], 'sector', 'en');
    expect(g.map((x) => x.heading)).toEqual(['5G', 'AI', 'No sector given']);
    expect(g[1]!.entries.map((e) => e.name.en)).toEqual(['Baidu', 'Huawei']);
  });
});

describe('directory entries', () => {
  it('lists only exhibitors with assigned booths in the chosen halls, booths in number order', () => {
    const p = buildPrintFixture();
    const all = directoryEntries(p, ['h_1', 'h_2']);
    expect(all.find((e) => e.exhibitorId === 'ex_prospect')).toBeUndefined();
    const huawei = all.find((e) => e.name.en.startsWith('Huawei'))!;
    expect(huawei.booths[0]!.hallId).toBe('h_1');
    expect(boothText(huawei)).toMatch(/^A1-101, A1-I01, B2-/);
    expect(directoryEntries(p, ['h_3'])).toEqual([]);
  });
});
