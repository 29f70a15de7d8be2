import { describe, expect, it } from 'vitest';
import { bilingualParts, phoneText, recognizeArea, recognizeCount, recognizeCountry, recognizeSectorItem, splitBilingual, splitListItems } from '../../../shared/exhibitors/recognize';
import { matchSector, sectorLabel, sectorMatcher, showSectors } from '../../../shared/exhibitors/sectors';
import { parseRow, resolveSectors, type ColumnMapping } from '../../../shared/exhibitors/import';

describe('countries as registration forms write them', () => {
  it.each([
    ['中国 China', 'CN'],
    ['China（中国）', 'CN'],
    ['China (中国)', 'CN'],
    ['越南/Viet Nam', 'VN'],
    ['越南 Viet Nam', 'VN'],
    ['越南Vietnam', 'VN'],
    ['印度尼西亚 Indonesia', 'ID'],
    ['Lao PDR', 'LA'],
    ['老挝 Lao PDR', 'LA'],
    ['中国香港', 'HK'],
    ['中国香港 Hong Kong', 'HK'],
    ['Hong Kong, China', 'HK'],
    ['PRC', 'CN'],
    ['ＣＨＩＮＡ', 'CN'],
    ['泰国｜Thailand', 'TH'],
    ['马来西亚【Malaysia】', 'MY'],
    ['Việt Nam', 'VN'],
    ['  新加坡  Singapore ', 'SG'],
  ])('%s → %s', (cell, code) => {
    expect(recognizeCountry(cell)).toBe(code);
  });

  it('answers null for a cell naming two different countries or none', () => {
    expect(recognizeCountry('中国 Vietnam')).toBeNull();
    expect(recognizeCountry('Atlantis')).toBeNull();
    expect(recognizeCountry('亚特兰蒂斯 Atlantis')).toBeNull();
    expect(recognizeCountry('')).toBeNull();
  });

  it('splits a cell into its language versions', () => {
    expect(bilingualParts('中国 China')).toEqual(['中国', 'China']);
    expect(bilingualParts('China（中国）')).toEqual(['China', '中国']);
    expect(bilingualParts('越南/Viet Nam')).toEqual(['越南', 'Viet Nam']);
    expect(splitBilingual('大健康 / Big Health')).toEqual({ zh: '大健康', en: 'Big Health' });
  });
});

describe('sectors as people list them', () => {
  const item = (s: string) => recognizeSectorItem(s, matchSector);

  it('reads one sector in two languages once', () => {
    expect(item('大健康 / Big Health')).toEqual({ ids: ['health-care'], unknown: null });
    expect(item('人工智能 / Artificial Intelligence')).toEqual({ ids: ['artificial-intelligence'], unknown: null });
    expect(item('机器人（Robotics）')).toEqual({ ids: ['robotics'], unknown: null });
  });

  it('reads two sectors split by a slash when each part names a different one', () => {
    expect(item('AI/大数据')).toEqual({ ids: ['artificial-intelligence', 'cloud-data'], unknown: null });
  });

  it('keeps an unknown item whole for the user to map, never as two halves', () => {
    expect(item('银发经济 / Silver Economy')).toEqual({ ids: [], unknown: '银发经济 / Silver Economy' });
    expect(item('编织')).toEqual({ ids: [], unknown: '编织' });
  });

  it.each([
    ['大健康 / Big Health', ['health-care']],
    ['AI；大数据', ['artificial-intelligence', 'cloud-data']],
    ['人工智能, Big Data', ['artificial-intelligence', 'cloud-data']],
    ['人工智能、机器人', ['artificial-intelligence', 'robotics']],
    ['AI | Robotics', ['artificial-intelligence', 'robotics']],
    ['人工智能\n新能源', ['artificial-intelligence', 'new-energy']],
  ])('list %j → %j', (cell, ids) => {
    expect(resolveSectors(cell, matchSector, undefined)).toEqual({ ids, unmapped: [], ignored: [] });
  });

  it('splits lists on list separators only', () => {
    expect(splitListItems('大健康 / Big Health，AI;IT')).toEqual(['大健康 / Big Health', 'AI', 'IT']);
  });

  it('uses the value maps: mapped items, ignored items, and the show’s own sectors', () => {
    const settings = { sectors: [{ id: 'sec_silver', name: { zh: '银发经济', en: 'Silver Economy' } }] };
    const match = sectorMatcher(settings);
    expect(match('Silver Economy')).toBe('sec_silver');
    expect(match('人工智能')).toBe('artificial-intelligence');
    expect(resolveSectors('银发经济 / Silver Economy；AI', match, undefined).ids).toEqual(['sec_silver', 'artificial-intelligence']);
    expect(resolveSectors('编织, 其他', matchSector, { sectors: { 编织: ['new-materials'], 其他: [] } })).toEqual({ ids: ['new-materials'], unmapped: [], ignored: ['其他'] });
    expect(sectorLabel(settings, 'sec_silver', 'zh')).toBe('银发经济');
    expect(sectorLabel(settings, 'artificial-intelligence', 'en')).toBe('Artificial Intelligence');
    expect(sectorLabel(settings, 'free text', 'en')).toBe('free text');
    expect(sectorLabel({ sectors: [{ id: 's1', name: { zh: '只有中文', en: '' } }] }, 's1', 'en')).toBe('只有中文');
    expect(showSectors(settings).at(-1)!.id).toBe('sec_silver');
  });
});

describe('areas and counts', () => {
  it.each([
    ['18', 18, undefined],
    ['18㎡', 18, undefined],
    ['18 m²', 18, undefined],
    ['18m2', 18, undefined],
    ['18平方米', 18, undefined],
    ['18 平米', 18, undefined],
    ['１８', 18, undefined],
    ['１８㎡', 18, undefined],
    ['1,200 sqm', 1200, undefined],
    ['36.5', 36.5, undefined],
    ['3x3', 9, undefined],
    ['3×6', 18, undefined],
    ['3 × 6 m', 18, undefined],
    ['3m×6m', 18, undefined],
    ['3*3', 9, undefined],
    ['３×３', 9, undefined],
    ['2个标摊', 18, 2],
    ['2 booths', 18, 2],
    ['1 booth', 9, 1],
    ['两个标摊', 18, 2],
    ['3个展位', 27, 3],
    ['2 standard booths', 18, 2],
  ])('%s → %s m²', (cell, area, booths) => {
    const r = recognizeArea(cell);
    expect(r?.areaSqm).toBe(area);
    if (booths !== undefined) expect(r).toMatchObject({ kind: 'booths', booths });
  });

  it('answers null for what is no area', () => {
    for (const cell of ['big', '', 'TBD', '待定', '3x', 'x3']) expect(recognizeArea(cell), cell).toBeNull();
  });

  it('reads counts', () => {
    expect(recognizeCount('2')).toBe(2);
    expect(recognizeCount('２')).toBe(2);
    expect(recognizeCount('2个')).toBe(2);
    expect(recognizeCount('2 booths')).toBe(2);
    expect(recognizeCount('两个')).toBe(2);
    expect(recognizeCount('many')).toBeNull();
  });
});

describe('phones stay text', () => {
  it.each([
    ['+84 24 3826 1234', '+84 24 3826 1234'],
    ['0771-5551234', '0771-5551234'],
    ['="07715551234"', '07715551234'],
    ["'07715551234", '07715551234'],
    ['1.3800138001E10', '13800138001'],
    ['138 0013 8000', '138 0013 8000'],
  ])('%s → %s', (cell, text) => {
    expect(phoneText(cell)).toBe(text);
  });
});

describe('a whole row with the spellings above', () => {
  const mapping: ColumnMapping = ['nameZh', 'nameEn', 'country', 'sectors', 'areaSqm', 'phone'];
  it('imports bilingual cells, keeping the phone as written', () => {
    const r = parseRow({ n: 3, cells: ['凌云威科技', 'Lingyunwei Tech', '越南/Viet Nam', '大健康 / Big Health', '2个标摊', '0771-5551234'] }, mapping);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.draft).toMatchObject({ country: 'VN', sectors: ['health-care'], requested: { areaSqm: 18, booths: 2 }, contact: { phone: '0771-5551234' } });
    expect(r.notes.map((n) => n.code)).toEqual(['area-booths']);
    const size = parseRow({ n: 4, cells: ['甲', '', 'China（中国）', '', '3×6', ''] }, mapping);
    expect(size.ok && size.draft.requested).toEqual({ areaSqm: 18, booths: null });
  });

  it('rejects an unknown country only until it is mapped', () => {
    const cells = ['亚特兰蒂斯', 'Atlantis Corp', '亚特兰蒂斯 Atlantis', '', '', ''];
    const r = parseRow({ n: 5, cells }, mapping);
    expect(!r.ok && r.problems).toEqual([{ field: 'country', code: 'country-unmapped', value: '亚特兰蒂斯 Atlantis' }]);
    const mapped = parseRow({ n: 5, cells }, mapping, { values: { country: { 亚特兰蒂斯atlantis: 'GR' } } });
    expect(mapped.ok && mapped.draft.country).toBe('GR');
  });
});
