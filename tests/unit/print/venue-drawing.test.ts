import { describe, expect, it } from 'vitest';
import { layoutPrint, type PrintOptions } from '../../../shared/print/layout';
import { VENUE_DRAWING_STROKE } from '../../../shared/print/venue-drawing';
import type { Project } from '../../../shared/model/project';
import { buildPrintFixture } from '../../print/fixture';
import { venueDrawing, withVenueDrawing } from './venue-drawing-fixture';

const drawing = venueDrawing();
const project = withVenueDrawing(buildPrintFixture(), drawing);
const base: PrintOptions = { halls: ['h_1'], paper: 'A3', orientation: 'landscape', language: 'en' };

function page(p: Project, options: PrintOptions) {
  const r = layoutPrint(p, options);
  if (!r.ok) throw new Error(r.error.message);
  return { svg: r.pages[0]!.svg, r };
}

const group = (svg: string) => /<g class="venue-drawing"([^>]*)>(.*?)<\/g>/.exec(svg);
/** Subpaths drawn: one M per path. */
const subpaths = (svg: string) => (group(svg)?.[2]?.match(/M/g) ?? []).length;

describe('printing the venue drawing', () => {
  it('is off by default: no drawing lines', () => {
    const { svg, r } = page(project, { ...base, drawings: { a_venue: drawing } });
    expect(group(svg)).toBeNull();
    expect(svg).not.toContain('venue-drawing');
    expect(r.warnings.map((w) => w.code)).not.toContain('venue-drawing-unavailable');
  });

  it('when on, draws every visible path as faint vector lines under the booths', () => {
    const { svg, r } = page(project, { ...base, include: { venueDrawing: true }, drawings: { a_venue: drawing } });
    const g = group(svg);
    expect(g).not.toBeNull();
    // Walls, two diagonals, 20 tiles: 23 paths, each a vector path (no image).
    expect(subpaths(svg)).toBe(23);
    expect(g![2]).toMatch(/^<path d="M[\d. ]+L/);
    expect(svg).not.toMatch(/<image/);
    // The drawing's texts are not printed.
    expect(svg).not.toContain('VENUE-NOTE-XYZ');
    // Faint: grey, see-through, thinner than a booth outline.
    const attr = (name: string) => new RegExp(`${name}="([^"]+)"`).exec(g![1]!)?.[1];
    expect(attr('stroke')).toBe(VENUE_DRAWING_STROKE.color);
    expect(Number(attr('stroke-opacity'))).toBeLessThanOrEqual(0.5);
    expect(attr('fill')).toBe('none');
    const boothStroke = Number(/<g class="booths"><g[^>]*><polygon [^>]*stroke-width="([\d.]+)"/.exec(svg)![1]);
    expect(Number(attr('stroke-width'))).toBeLessThan(boothStroke);
    // Under the booths, over the hall floor; clipped to the map area.
    expect(svg.indexOf('class="venue-drawing"')).toBeGreaterThan(svg.indexOf('class="hall-outline"'));
    expect(svg.indexOf('class="venue-drawing"')).toBeLessThan(svg.indexOf('class="booths"'));
    expect(g![1]).toMatch(/clip-path="url\(#[\w-]+-vd\)"/);
    expect(r.warnings.map((w) => w.code)).not.toContain('venue-drawing-unavailable');
  });

  it('puts the walls on the hall outline (same scale and origin)', () => {
    const { svg } = page(project, { ...base, include: { venueDrawing: true }, drawings: { a_venue: drawing } });
    const outline = /class="hall-outline" points="([^"]+)"/.exec(svg)![1]!.split(' ').map((p) => p.split(',').map(Number));
    const walls = /M([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)L([\d.]+) ([\d.]+)Z/.exec(group(svg)![2]!)!.slice(1).map(Number);
    // The walls are the outline's bounding box (72 × 46 m): each corner on one of its corners.
    const xs = outline.map((p) => p[0]!);
    const ys = outline.map((p) => p[1]!);
    const corners = [Math.min(...xs), Math.max(...xs)].flatMap((x) => [Math.min(...ys), Math.max(...ys)].map((y) => [x, y]));
    for (let i = 0; i < 8; i += 2) {
      const d = Math.min(...corners.map(([x, y]) => Math.hypot(walls[i]! - x!, walls[i + 1]! - y!)));
      expect(d).toBeLessThan(0.02);
    }
  });

  it('leaves out the layers hidden on the plan', () => {
    const hidden = withVenueDrawing(buildPrintFixture(), drawing, ['TILES']);
    const { svg } = page(hidden, { ...base, include: { venueDrawing: true }, drawings: { a_venue: drawing } });
    expect(subpaths(svg)).toBe(3);
  });

  it('says so when the drawing was asked for but not supplied, and prints without it', () => {
    const { svg, r } = page(project, { ...base, include: { venueDrawing: true } });
    expect(group(svg)).toBeNull();
    expect(r.warnings).toContainEqual({ code: 'venue-drawing-unavailable', halls: ['h_1'] });
  });

  it('a hall without a vector drawing prints as before, option on or off', () => {
    const plain = buildPrintFixture();
    const off = page(plain, base).svg;
    const on = page(plain, { ...base, include: { venueDrawing: true }, drawings: { a_venue: drawing } });
    expect(on.svg).toBe(off);
    expect(on.r.warnings.map((w) => w.code)).not.toContain('venue-drawing-unavailable');
  });
});
