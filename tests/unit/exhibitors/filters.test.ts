import { describe, expect, it } from 'vitest';
import { assignBooths, holdBooths } from '../../../shared/assignment';
import { exhibitorMatcher, filterExhibitors, pinyinForms } from '../../../shared/exhibitors';
import { CTX, addExhibitor, addZone, apply, buildShow } from '../assignment/support/show';

function show() {
  let doc = buildShow();
  addZone(doc, { id: 'z_ai' });
  doc.booths.b5!.zoneId = 'z_ai';
  addExhibitor(doc, { id: 'ex_hw', name: { zh: '华为技术有限公司', en: 'Huawei Technologies Co., Ltd.' }, country: 'CN', sectors: ['telecom'], requested: { areaSqm: 18 }, contact: { person: '张伟', email: 'zhang@huawei.example', phone: '+86 138-0013-8000' } });
  addExhibitor(doc, { id: 'ex_vt', name: { zh: '越南军队电信', en: 'Viettel Group' }, country: 'VN', sectors: ['telecom', 'artificial-intelligence'], requested: { booths: 1 } });
  addExhibitor(doc, { id: 'ex_pt', name: { zh: '泰国国家石油', en: 'PTT' }, country: 'TH', sectors: ['new-energy'] });
  addExhibitor(doc, { id: 'ex_sg', name: { zh: '', en: 'Singapore Robotics' }, country: 'SG', sectors: ['robotics'], preferredZones: ['z_ai'] });
  doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_hw', boothIds: ['b1'] }, CTX)); // 9 of 18 m²: partly
  doc = apply(doc, assignBooths(doc, { exhibitorId: 'ex_vt', boothIds: ['b2'] }, CTX)); // 1 of 1 booth: fully
  doc = apply(doc, holdBooths(doc, { exhibitorId: 'ex_pt', boothIds: ['b5'], until: null }, CTX));
  return doc;
}

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('filterExhibitors', () => {
  it('filters by country, sector and assignment state', () => {
    const doc = show();
    expect(ids(filterExhibitors(doc, { countries: ['VN', 'TH'] }))).toEqual(['ex_vt', 'ex_pt']);
    expect(ids(filterExhibitors(doc, { sectors: ['telecom'] }))).toEqual(['ex_hw', 'ex_vt']);
    expect(ids(filterExhibitors(doc, { states: ['unassigned'] }))).toEqual(['ex_pt', 'ex_sg']);
    expect(ids(filterExhibitors(doc, { states: ['partly'] }))).toEqual(['ex_hw']);
    expect(ids(filterExhibitors(doc, { states: ['fully'] }))).toEqual(['ex_vt']);
    expect(ids(filterExhibitors(doc, { countries: ['CN'], states: ['fully'] }))).toEqual([]);
  });

  it('filters by zone through booths (assigned or held) and preferred zones', () => {
    expect(ids(filterExhibitors(show(), { zones: ['z_ai'] }))).toEqual(['ex_pt', 'ex_sg']);
  });

  it('searches names, booth numbers and contacts, ignoring case, width, spaces and punctuation', () => {
    const doc = show();
    expect(ids(filterExhibitors(doc, { text: '华为' }))).toEqual(['ex_hw']);
    expect(ids(filterExhibitors(doc, { text: 'huawei co ltd' }))).toEqual(['ex_hw']);
    expect(ids(filterExhibitors(doc, { text: 'ＶＩＥＴＴＥＬ' }))).toEqual(['ex_vt']);
    expect(ids(filterExhibitors(doc, { text: 'a02' }))).toEqual(['ex_vt']);
    expect(ids(filterExhibitors(doc, { text: 'A05' }))).toEqual(['ex_pt']);
    expect(ids(filterExhibitors(doc, { text: '张伟' }))).toEqual(['ex_hw']);
    expect(ids(filterExhibitors(doc, { text: '13800138000' }))).toEqual(['ex_hw']);
    expect(ids(filterExhibitors(doc, { text: 'zhang@huawei' }))).toEqual(['ex_hw']);
    expect(ids(filterExhibitors(doc, { text: 'robotics singapore' }))).toEqual(['ex_sg']);
    expect(ids(filterExhibitors(doc, { text: 'nobody' }))).toEqual([]);
    expect(filterExhibitors(doc, { text: '  ' })).toHaveLength(4);
    expect(exhibitorMatcher('  ')).toBeNull();
  });

  it('finds Chinese names by pinyin and by pinyin initials, typed on an English keyboard', () => {
    const doc = show();
    expect(pinyinForms('凌云威科技')).toEqual(['lingyunweikeji', 'lywkj']);
    expect(ids(filterExhibitors(doc, { text: 'huawei jishu' }))).toEqual(['ex_hw']);
    expect(ids(filterExhibitors(doc, { text: 'hwjs' }))).toEqual(['ex_hw']);
    expect(ids(filterExhibitors(doc, { text: 'ynjd' }))).toEqual(['ex_vt']);
    expect(ids(filterExhibitors(doc, { text: 'taiguo' }))).toEqual(['ex_pt']);
  });

  it('finds exhibitors by their country named in Chinese or in English', () => {
    const doc = show();
    expect(ids(filterExhibitors(doc, { text: '泰国' }))).toEqual(['ex_pt']);
    expect(ids(filterExhibitors(doc, { text: 'thailand' }))).toEqual(['ex_pt']);
    expect(ids(filterExhibitors(doc, { text: '新加坡' }))).toEqual(['ex_sg']);
    expect(ids(filterExhibitors(doc, { text: 'china telecom' }))).toEqual([]);
  });
});
