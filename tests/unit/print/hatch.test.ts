import { describe, expect, it } from 'vitest';
import { hatchSvg } from '../../../shared/print/symbols';
import { generateShow } from '../../../shared/sample/generate';
import { layoutPrint, printDocumentHtml } from '../../../shared/print';

describe('hatching of blocked booths', () => {
  it('draws parallel diagonal lines pitch apart across the box, clipped to the outline', () => {
    const svg = hatchSvg('p-h0', [[0, 0], [10, 0], [10, 4], [0, 4]], 1, 0.1);
    expect(svg).toContain('<clipPath id="p-h0"><polygon points="0,0 10,0 10,4 0,4"/></clipPath>');
    expect(svg).toContain('clip-path="url(#p-h0)"');
    const segments = [...svg.matchAll(/M([\d.-]+) ([\d.-]+)L([\d.-]+) ([\d.-]+)/g)].map((m) => m.slice(1).map(Number));
    // x + y = k·√2 meets the box for k = 1…9 (k = 0 only touches the corner).
    expect(segments).toHaveLength(9);
    for (const [x0, y0, x1, y1] of segments as [number, number, number, number][]) {
      expect(x0 + y0).toBeCloseTo(x1 + y1, 2);
      for (const [x, y] of [[x0, y0], [x1, y1]] as const) {
        expect(x).toBeGreaterThanOrEqual(-0.001);
        expect(x).toBeLessThanOrEqual(10.001);
        expect(y).toBeGreaterThanOrEqual(-0.001);
        expect(y).toBeLessThanOrEqual(4.001);
      }
    }
    const cs = segments.map(([x, y]) => x! + y!).sort((a, b) => a - b);
    for (let i = 1; i < cs.length; i++) expect(cs[i]! - cs[i - 1]!).toBeCloseTo(Math.SQRT2, 2);
  });

  it('draws nothing for an empty outline or a zero pitch', () => {
    expect(hatchSvg('x', [], 1, 0.1)).toBe('');
    expect(hatchSvg('x', [[0, 0], [1, 0], [1, 1]], 0, 0.1)).toBe('');
  });

  it('prints blocked booths without SVG patterns (the PDF printer expands those into tiles)', () => {
    const doc = generateShow({ halls: 1, booths: 200, exhibitors: 90, seed: 3 });
    const blocked = Object.values(doc.booths).filter((b) => b.status === 'blocked');
    expect(blocked.length).toBeGreaterThan(0);
    const r = layoutPrint(doc, { halls: Object.keys(doc.halls), paper: 'A3', language: 'en' });
    if (!r.ok) throw new Error(r.error.code);
    const html = printDocumentHtml(r.pages, 'test');
    expect(html).not.toContain('<pattern');
    expect(html).not.toContain('url(#pv0-hatch)');
    expect((html.match(/<clipPath id="pv0-h\d+">/g) ?? []).length).toBe(blocked.length);
  });
});
