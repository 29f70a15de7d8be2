import { describe, expect, it } from 'vitest';
import { guessMapping, normalizeHeader, prepareImport, sanitizeMapping } from '../../../shared/exhibitors/import';

describe('guessMapping', () => {
  it('recognises a Chinese organizer’s sheet', () => {
    const headers = ['序号', '企业名称', '英文名称', '国家', '所属行业', '面积(㎡)', '展位数', '联系人', '联系电话', '电子邮箱', '网址', '楣板', '备注', '优先级', '展位号'];
    expect(guessMapping(headers)).toEqual([null, 'nameZh', 'nameEn', 'country', 'sectors', 'areaSqm', 'booths', 'contactPerson', 'phone', 'email', 'website', 'fasciaZh', 'notes', 'priority', 'boothNumbers']);
  });

  it('recognises English headers, including units and punctuation', () => {
    const headers = ['No.', 'Company Name', 'Country/Region', 'Industry', 'Area (m²)', 'No. of Booths', 'Contact Person', 'Tel', 'E-mail', 'Website', 'Fascia Name', 'Remarks', 'Priority'];
    expect(guessMapping(headers)).toEqual([null, 'name', 'country', 'sectors', 'areaSqm', 'booths', 'contactPerson', 'phone', 'email', 'website', 'fascia', 'notes', 'priority']);
  });

  it('handles bilingual headers and head nouns at the end', () => {
    expect(guessMapping(['企业名称/Company Name', '国家/Country', '面积/Area (m²)', '展位数/Booths', '楣板/Fascia'])).toEqual(['name', 'country', 'areaSqm', 'booths', 'fascia']);
    expect(guessMapping(['联系人电话', '联系人邮箱', '联系人', '企业名称(英文)', '企业名称（中文）', '楣板名称(英文)', '展位面积（平方米）'])).toEqual([
      'phone', 'email', 'contactPerson', 'nameEn', 'nameZh', 'fasciaEn', 'areaSqm',
    ]);
    expect(guessMapping(['Company Name (EN)', 'Company', 'ＣＯＵＮＴＲＹ'])).toEqual(['nameEn', 'name', 'country']);
  });

  it('gives each field to one column only, the best match', () => {
    expect(guessMapping(['已分配面积', '申请面积', '手机', '电话'])).toEqual([null, 'areaSqm', 'phone', null]);
  });

  it('ignores headers such as __proto__ and constructor without touching any prototype', () => {
    const headers = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'prototype', '企业名称'];
    expect(guessMapping(headers)).toEqual([null, null, null, null, null, 'nameZh']);
    expect(sanitizeMapping(['__proto__', 'nameZh', 'nameZh', 'constructor'], 5)).toEqual([null, 'nameZh', null, null, null]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'nameZh')).toBe(false);
    expect(normalizeHeader('__proto__')).toBe('proto');
  });
});

describe('prepareImport', () => {
  it('skips a title line above the header and pads headers to the widest row', () => {
    const rows = [
      { n: 1, cells: ['2026 中国—东盟博览会 先进技术展 参展商名单'] },
      { n: 3, cells: ['企业名称', '国家', '面积'] },
      { n: 4, cells: ['广西科技', '中国', '36', 'extra'] },
    ];
    const p = prepareImport(rows);
    expect(p.headerRow).toBe(3);
    expect(p.headers).toEqual(['企业名称', '国家', '面积', '']);
    expect(p.mapping).toEqual(['nameZh', 'country', 'areaSqm', null]);
    expect(p.rows).toEqual([rows[2]]);
  });
});
