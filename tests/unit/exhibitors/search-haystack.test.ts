import { describe, expect, it } from 'vitest';
import { exhibitorIndex } from '../../../shared/assignment/by-exhibitor';
import { exhibitorSummary } from '../../../shared/exhibitors/filters';
import { exhibitorMatcher, haystackMatcher, searchHaystack, searchText } from '../../../shared/exhibitors/search';
import { foldForSearch, normalizeKey } from '../../../shared/exhibitors/text';
import type { Exhibitor } from '../../../shared/model/entities';
import { generateShow } from '../../../shared/sample/generate';
import { prepareRowSearch, viewRows } from '../../../renderer/panels/workspace/view-rows';
import { EMPTY_FILTER } from '../../../renderer/panels/workspace/workspace-state';

/** The search as it was written before the joined haystack: field by field, booth numbers folded per test. */
function fieldByField(query: string): ((ex: Exhibitor, numbers: readonly string[]) => boolean) | null {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  return (ex, numbers) => {
    const s = searchText(ex);
    return words.every((w) => {
      const k = normalizeKey(w);
      if (s.folded.some((x) => x.includes(w)) || (k.length > 0 && s.keys.some((x) => x.includes(k)))) return true;
      return numbers.some((n) => foldForSearch(n).includes(w) || (k.length > 0 && normalizeKey(n).includes(k)));
    });
  };
}

describe('the joined search haystack', () => {
  const doc = generateShow({ halls: 4, booths: 800, exhibitors: 400, seed: 7 });
  const list = Object.values(doc.exhibitors);
  const index = exhibitorIndex(doc);
  // Assigned and held booths, as the views search them.
  const numbers = new Map(list.map((ex) => { const s = exhibitorSummary(ex, index); return [ex.id, [...s.assigned, ...s.claimed].map((b) => b.number)]; }));
  const sample = list.slice(0, 40);
  // What people type: English, Chinese, pinyin and its initials, booth numbers, countries, punctuation, full width, accents, several words.
  const queries = ['tech', 'Technology Co., Ltd.', 'co ltd', '科技', '有限公司', 'keji', 'kj', 'A1', 'a1-0', '1-01', 'viet nam', 'Việt', '越南', 'ＴＥＣＨ', 'garuda', 'bandung', '@', '+86', 'ltd.', '-', 'zz', '科技 ltd', 'tech 9', ...sample.map((ex) => ex.name.en.split(' ')[0]!), ...sample.map((ex) => ex.name.zh.slice(0, 3)), ...sample.map((ex) => ex.contact.email.slice(2, 9))];

  it('matches exactly what the field-by-field search matches, for every query and exhibitor', () => {
    let found = 0;
    for (const q of queries) {
      const want = fieldByField(q)!;
      const got = haystackMatcher(q)!;
      const direct = exhibitorMatcher(q)!;
      for (const ex of list) {
        const nums = numbers.get(ex.id)!;
        const expected = want(ex, nums);
        expect(got(searchHaystack(ex, nums)), `${q} / ${ex.name.en}`).toBe(expected);
        expect(direct(ex, nums), `${q} / ${ex.name.en}`).toBe(expected);
        if (expected) found++;
      }
    }
    // The comparison means something only if the queries find some exhibitors and miss others.
    expect(found).toBeGreaterThan(1000);
    expect(found).toBeLessThan(queries.length * list.length / 2);
  });

  it('does not match a word across two fields or two booth numbers', () => {
    const ex = list[0]!;
    const withNames: Exhibitor = { ...ex, name: { zh: '', en: 'Alpha' }, shortName: { zh: '', en: '' }, contact: { ...ex.contact, person: 'Beta', email: '', phone: '' }, country: 'XX' };
    expect(haystackMatcher('alpha beta')!(searchHaystack(withNames, ['A1', 'B2']))).toBe(true);
    expect(haystackMatcher('alphabeta')!(searchHaystack(withNames, ['A1', 'B2']))).toBe(false);
    expect(haystackMatcher('a1b2')!(searchHaystack(withNames, ['A1', 'B2']))).toBe(false);
    expect(haystackMatcher('b2')!(searchHaystack(withNames, ['A1', 'B2']))).toBe(true);
  });

  it('follows an exhibitor’s booths: the same record with other booth numbers is searched again', () => {
    const ex = list[1]!;
    const m = exhibitorMatcher('Q9-99')!;
    expect(m(ex, ['A1-01'])).toBe(false);
    expect(m(ex, ['A1-01', 'Q9-99'])).toBe(true);
    expect(m(ex, ['A1-01'])).toBe(false);
  });

  it('gives the Exhibitors view the rows of the field-by-field search, in both languages, and the same list each time the search is empty', () => {
    for (const q of ['tech', '科技', 'kj', 'a1', 'nothing-like-this']) {
      const want = fieldByField(q)!;
      const expected = list.filter((ex) => want(ex, numbers.get(ex.id)!)).map((ex) => ex.id);
      for (const lang of ['en', 'zh-CN'] as const) expect(viewRows(doc, { ...EMPTY_FILTER, text: q }, lang).map((r) => r.id), q).toEqual(expected);
    }
    const all = viewRows(doc, EMPTY_FILTER, 'en');
    expect(all).toHaveLength(list.length);
    expect(viewRows(doc, { ...EMPTY_FILTER, text: '  ' }, 'en')).toBe(all);
  });

  it('prepares the rows’ search in slices that stop at the time given, and searches the same after', () => {
    const next = generateShow({ halls: 2, booths: 300, exhibitors: 150, seed: 9 });
    const before = viewRows(next, { ...EMPTY_FILTER, text: 'tech' }, 'en').map((r) => r.id);
    const other = generateShow({ halls: 2, booths: 300, exhibitors: 150, seed: 9 });
    // A deadline already past: nothing is made, and the preparation says it is not done.
    expect(prepareRowSearch(other, 'en', performance.now() - 1)).toBe(false);
    expect(prepareRowSearch(other, 'en', performance.now() + 10_000)).toBe(true);
    expect(prepareRowSearch(other, 'en', performance.now() - 1)).toBe(true);
    expect(viewRows(other, { ...EMPTY_FILTER, text: 'tech' }, 'en').map((r) => r.id)).toEqual(before);
    expect(before.length).toBeGreaterThan(0);
  });
});
