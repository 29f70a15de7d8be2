import { describe, expect, it } from 'vitest';
import { planSite } from '../../../shared/sample/site';

const sizes = (n: number) => Array.from({ length: n }, (_, i) => ({ width: 100 + (i % 3) * 20, depth: 60 + (i % 2) * 10 }));

describe('the generated site', () => {
  it('puts 15 halls on two levels, upstairs halls over ground-floor ones', () => {
    const site = planSite(sizes(15));
    expect(site.levels.map((l) => l.ordinal)).toEqual([1, 2]);
    const ground = site.halls.filter((h) => h.level === 1).map((h) => `${h.placement.x},${h.placement.y}`);
    for (const h of site.halls.filter((h) => h.level === 2)) expect(ground).toContain(`${h.placement.x},${h.placement.y}`);
  });

  it('puts a Canton Fair of 45 halls on three levels, each level a place of its own (no two halls stacked on one level)', () => {
    const site = planSite(sizes(45));
    expect(site.levels.map((l) => l.ordinal)).toEqual([1, 2, 3]);
    expect(site.levels.map((l) => l.name.en)).toEqual(['1F', '2F', '3F']);
    const counts = [1, 2, 3].map((lv) => site.halls.filter((h) => h.level === lv).length);
    expect(counts).toEqual([30, 8, 7]);
    for (const lv of [1, 2, 3]) {
      const at = site.halls.filter((h) => h.level === lv).map((h) => `${h.placement.x},${h.placement.y}`);
      expect(new Set(at).size).toBe(at.length);
    }
  });
});

describe('a big centre', () => {
  it('is rows of at most eight halls, so the whole site is about as deep as it is wide', () => {
    const sz = sizes(45);
    const site = planSite(sz);
    const ground = site.halls.map((h, i) => ({ ...h, ...sz[i]! })).filter((h) => h.level === 1);
    const width = Math.max(...ground.map((h) => h.placement.x + h.width));
    const depth = Math.max(...ground.map((h) => h.placement.y + h.depth)) - Math.min(...ground.map((h) => h.placement.y));
    expect(new Set(ground.map((h) => h.placement.y)).size).toBeGreaterThanOrEqual(4);
    expect(width / depth).toBeLessThan(3);
    // No two ground-floor halls overlap.
    for (const a of ground) for (const b of ground) {
      if (a === b) continue;
      const apart = a.placement.x + a.width <= b.placement.x || b.placement.x + b.width <= a.placement.x || a.placement.y + a.depth <= b.placement.y || b.placement.y + b.depth <= a.placement.y;
      expect(apart).toBe(true);
    }
  });
});
