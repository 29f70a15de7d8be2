import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from '../../../shared/sample/dates';
import { apportion } from '../../../shared/sample/exhibitors';
import { asciiFold } from '../../../shared/sample/names';
import { IdMaker, Rng } from '../../../shared/sample/random';

describe('Rng', () => {
  it('repeats for a seed and stream, and differs across seeds, streams and high seed bits', () => {
    const draw = (seed: number, stream = 0) => {
      const r = new Rng(seed, stream);
      return Array.from({ length: 5 }, () => r.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7, 1)).not.toEqual(draw(7, 2));
    expect(draw(1)).not.toEqual(draw(2 ** 32 + 1));
  });

  it('keeps values in range', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 50 }), (seed, min, span) => {
        const r = new Rng(seed);
        for (let i = 0; i < 20; i++) {
          const f = r.next();
          expect(f >= 0 && f < 1).toBe(true);
          const n = r.int(min, min + span);
          expect(Number.isInteger(n) && n >= min && n <= min + span).toBe(true);
        }
      }),
    );
  });

  it('reaches both ends of int(), shuffles into a permutation and picks by weight', () => {
    const r = new Rng(3);
    const seen = new Set(Array.from({ length: 200 }, () => r.int(1, 4)));
    expect([...seen].sort()).toEqual([1, 2, 3, 4]);
    const items = Array.from({ length: 30 }, (_, i) => i);
    const shuffled = r.shuffle(items);
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items);
    expect(shuffled).not.toEqual(items);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 2000; i++) counts[r.weighted([['a', 9], ['b', 1]] as const)]++;
    expect(counts.a / 2000).toBeGreaterThan(0.85);
    expect(counts.a / 2000).toBeLessThan(0.95);
    expect(() => r.pick([])).toThrow();
  });

  it('makes unique ids in the newId shape', () => {
    const ids = new IdMaker(new Rng(1));
    const made = Array.from({ length: 5000 }, () => ids.make('b'));
    expect(new Set(made).size).toBe(5000);
    for (const id of made) expect(id).toMatch(/^b_[0-9a-z]{10}$/);
  });
});

describe('apportion', () => {
  it('splits a total into whole shares that add up and follow the weights', () => {
    fc.assert(
      fc.property(fc.nat(100_000), fc.array(fc.double({ min: 0.01, max: 10, noNaN: true }), { minLength: 1, maxLength: 20 }), (total, weights) => {
        const parts = apportion(total, weights);
        expect(parts.reduce((s, v) => s + v, 0)).toBe(total);
        const sum = weights.reduce((s, w) => s + w, 0);
        parts.forEach((p, i) => expect(Math.abs(p - (total * weights[i]!) / sum)).toBeLessThan(1 + 1e-9));
      }),
    );
    expect(apportion(5, [0, 0])).toEqual([0, 0]);
  });
});

describe('dates and names', () => {
  it('adds days across months and years and checks real dates', () => {
    expect(addDays('2026-11-23', 10)).toBe('2026-12-03');
    expect(addDays('2027-01-05', -10)).toBe('2026-12-26');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(isIsoDate('2027-09-17')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(isIsoDate('2027-9-17')).toBe(false);
  });

  it('folds Vietnamese and other diacritics for domains and e-mail', () => {
    expect(asciiFold('Nguyễn Thị Hương')).toBe('Nguyen Thi Huong');
    expect(asciiFold('Đặng Đức')).toBe('Dang Duc');
    expect(asciiFold('Café Müller')).toBe('Cafe Muller');
  });
});
