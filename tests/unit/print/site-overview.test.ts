import { describe, expect, it } from 'vitest';
import { layoutPrint } from '../../../shared/print/layout';
import { siteOverview } from '../../../shared/print/site-overview';
import { buildPublishedMap } from '../../../shared/publish/published-map';
import { hallToSite } from '../../../shared/editing/site';
import type { Project } from '../../../shared/model/project';
import { emptyShow, rectHall } from '../editing/helpers';

/** Hall A (60 × 40 m) at the origin; hall B (30 × 20 m) 100 m to the right, turned 90°; hall C upstairs. */
function site(): Project {
  const doc = emptyShow();
  const a = { ...rectHall('a', 60, 40, 'A', 0) };
  const b = { ...rectHall('b', 30, 20, 'B', 1), placement: { x: 100, y: 0, rotation: 90 } };
  const c = { ...rectHall('c', 50, 50, 'C', 2), level: 2, placement: { x: 0, y: 0, rotation: 0 } };
  doc.halls = { a, b, c };
  doc.facilities = { e1: { id: 'e1', hallId: 'b', kind: 'entrance', shape: { type: 'rect', x: 0, y: 9, w: 1, h: 2, rotation: 0 }, label: { zh: '', en: '' } } } as Project['facilities'];
  return doc;
}

/** The points of a hall's polygon: `<polygon data-hall="A" points=…>` or `<g data-hall-code="A"><polygon points=…>`. */
const polygon = (svg: string, attr: string, code: string): [number, number][] => {
  const m = new RegExp(`<polygon ${attr}="${code}" points="([^"]+)"`).exec(svg) ?? new RegExp(`${attr}="${code}"[^>]*><polygon points="([^"]+)"`).exec(svg);
  return m![1]!.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
};

describe('site overview', () => {
  it('lists the halls of one level where they are, turned, with their entrances', () => {
    const o = siteOverview(site(), 1);
    expect(o.halls.map((h) => h.code)).toEqual(['A', 'B']);
    const b = o.halls[1]!;
    // Turned 90° clockwise about its corner at (100, 0): its 30 m side runs down the site.
    expect(b.outline.map(([x, y]) => [Math.round(x), Math.round(y)])).toEqual([[100, 0], [100, 30], [80, 30], [80, 0]]);
    expect(o.doors).toHaveLength(1);
    const [dx, dy] = hallToSite({ x: 100, y: 0, rotation: 90 }, [0.5, 10]);
    expect(o.doors[0]!.at[0]).toBeCloseTo(dx, 9);
    expect(o.doors[0]!.at[1]).toBeCloseTo(dy, 9);
    expect(o.bounds).toEqual({ minX: 0, minY: 0, maxX: 100, maxY: 40 });
    expect(siteOverview(site(), 2).halls.map((h) => h.code)).toEqual(['C']);
  });

  it('prints as the first page, each hall drawn where it lies at one scale', () => {
    const r = layoutPrint(site(), { halls: ['a'], paper: 'A4', siteOverview: 1, language: 'en' });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.pages.map((p) => p.kind)).toEqual(['site', 'plan']);
    const svg = r.pages[0]!.svg;
    expect(svg).toContain('Site overview · 1F');
    const k = Number(/data-mm-per-metre="([\d.]+)"/.exec(svg)![1]);
    const a = polygon(svg, 'data-hall', 'A');
    const b = polygon(svg, 'data-hall', 'B');
    // Same scale for both halls, and B's corners where the site puts them relative to A's.
    const [ax, ay] = a[0]!;
    const overview = siteOverview(site(), 1);
    overview.halls[1]!.outline.forEach(([x, y], i) => {
      expect(b[i]![0]).toBeCloseTo(ax + x * k, 1);
      expect(b[i]![1]).toBeCloseTo(ay + y * k, 1);
    });
    expect(svg).toContain('data-door="entrance"');
    // Nothing chosen but the overview is still a print.
    const only = layoutPrint(site(), { halls: [], paper: 'A4', siteOverview: 2 });
    expect(only.ok && only.pages.map((p) => p.kind)).toEqual(['site']);
  });

  it('prints a hall turned 30° turned, its corners and entrance where the site puts them', () => {
    const doc = site();
    const pl = { x: 100, y: 0, rotation: 30 };
    doc.halls.b = { ...doc.halls.b!, placement: pl };
    const o = siteOverview(doc, 1);
    const corners: [number, number][] = [[0, 0], [30, 0], [30, 20], [0, 20]];
    o.halls[1]!.outline.forEach((p, i) => {
      const want = hallToSite(pl, corners[i]!);
      expect(p[0]).toBeCloseTo(want[0], 9);
      expect(p[1]).toBeCloseTo(want[1], 9);
    });
    const [dx, dy] = hallToSite(pl, [0.5, 10]);
    expect(o.doors[0]!.at[0]).toBeCloseTo(dx, 9);
    expect(o.doors[0]!.at[1]).toBeCloseTo(dy, 9);
    // On paper: B's corners keep their place relative to A's at the sheet's one scale.
    const r = layoutPrint(doc, { halls: ['b'], paper: 'A4', siteOverview: 1, language: 'en' });
    if (!r.ok) throw new Error(r.error.message);
    const svg = r.pages[0]!.svg;
    const k = Number(/data-mm-per-metre="([\d.]+)"/.exec(svg)![1]);
    const [ax, ay] = polygon(svg, 'data-hall', 'A')[0]!;
    polygon(svg, 'data-hall', 'B').forEach(([x, y], i) => {
      expect(x).toBeCloseTo(ax + o.halls[1]!.outline[i]![0] * k, 1);
      expect(y).toBeCloseTo(ay + o.halls[1]!.outline[i]![1] * k, 1);
    });
    // The hall's own plan page prints in the hall's frame, booths square to its walls.
    expect(r.pages.map((p) => p.kind)).toEqual(['site', 'plan']);
  });

  it('the published map opens on the site, halls placed and turned, each opening its hall', () => {
    const html = buildPublishedMap(site(), { language: 'en', scriptHash: () => "'sha256-x'" });
    expect(html).toContain('<svg id="site-0" class="hall site on"');
    expect(html).toContain('id="site-1"');
    const level1 = html.slice(html.indexOf('id="site-0"'), html.indexOf('id="site-1"'));
    const a = polygon(level1, 'data-hall-code', 'A');
    const b = polygon(level1, 'data-hall-code', 'B');
    // 10 units per metre; A's top-left is the origin of the level's extent.
    const [ox, oy] = a[0]!;
    expect(b.map(([x, y]) => [Math.round((x - ox) / 10), Math.round((y - oy) / 10)])).toEqual([[100, 0], [100, 30], [80, 30], [80, 0]]);
    expect(level1).toContain('data-open-hall="1"');
    expect(html).not.toContain('class="hall on"');
  });
});
