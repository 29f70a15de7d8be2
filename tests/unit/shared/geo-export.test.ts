import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '@placemarkio/check-geojson';
import Ajv2020 from 'ajv/dist/2020';
import { strFromU8, unzipSync } from 'fflate';
import { generateShow } from '../../../shared/sample/generate';
import { buildImdf, imdfArchive, IMDF_FILES, siteGeoJson, type ImdfFeature } from '../../../shared/geo';
import { isSimple } from '../../../shared/geometry/validity';
import type { Project } from '../../../shared/model/project';
import type { Point } from '../../../shared/model/primitives';

const SCHEMA = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'resources', 'schema', 'imdf-1.0.0.schema.json'), 'utf8')) as object;
const GEO = { anchor: [0, 0] as Point, lat: 22.81, lon: 108.39, bearing: 0, locality: '南宁 Nanning', country: 'CN' };

/** A generated show on two levels, one hall turned 30°, with a georeference. */
function show(georeferenced = true): Project {
  const p = generateShow({ halls: 4, booths: 200, exhibitors: 60, seed: 11 });
  const ids = Object.keys(p.halls);
  p.halls[ids[1]!] = { ...p.halls[ids[1]!]!, placement: { ...p.halls[ids[1]!]!.placement, rotation: 30 } };
  // Private data that must not leave: a contact, a note, a price, a hold note.
  const ex = Object.values(p.exhibitors)[0]!;
  p.exhibitors[ex.id] = { ...ex, contact: { person: 'Secret Person', email: 'secret@example.com', phone: '+86 771 0000000' }, notes: 'PRIVATE-NOTE' };
  const b = Object.values(p.booths)[0]!;
  p.booths[b.id] = { ...b, notes: 'PRIVATE-BOOTH-NOTE', priceOverride: 123456 };
  if (georeferenced) p.settings = { ...p.settings, site: { ...p.settings.site, georeference: GEO } };
  return p;
}

const rings = (g: { type: string; coordinates: unknown } | null): [number, number][][] => {
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates as [number, number][][];
  if (g.type === 'MultiPolygon') return (g.coordinates as [number, number][][][]).flat();
  return [];
};

/** Closed, at least 4 positions, not self-intersecting, exterior counter-clockwise. */
function expectValidRings(g: { type: string; coordinates: unknown } | null): void {
  for (const r of rings(g)) {
    expect(r.length).toBeGreaterThanOrEqual(4);
    expect(r[0]).toEqual(r[r.length - 1]);
    // Degrees to roughly metres around the first point, so the metre tolerances of isSimple fit.
    const [x0, y0] = r[0]!;
    const open = r.slice(0, -1).map(([x, y]) => [(x - x0) * 1e5, (y - y0) * 1e5] as Point);
    expect(isSimple(open)).toBe(true);
    let area = 0;
    for (let i = 0; i < open.length; i++) area += open[i]![0] * open[(i + 1) % open.length]![1] - open[(i + 1) % open.length]![0] * open[i]![1];
    expect(area).toBeGreaterThan(0);
  }
}

const centre = (r: [number, number][]): [number, number] => {
  const pts = r.slice(0, -1);
  return [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
};

describe('GeoJSON of the site', () => {
  it('passes check-geojson, has valid rings, and puts halls where they are on the site', () => {
    const p = show();
    const fc = siteGeoJson(p);
    const text = JSON.stringify(fc);
    expect(() => check(text)).not.toThrow();
    for (const f of fc.features) expectValidRings(f.geometry);
    expect(fc.pavilion.crs).toBe('EPSG:4326');
    const halls = fc.features.filter((f) => f.properties.featureType === 'hall');
    expect(halls).toHaveLength(4);
    // The generated site puts the first hall in the north row and the third across the
    // boulevard: with bearing 0 (site up = north) the third is south, i.e. lower latitude.
    const [h1, , h3] = Object.values(p.halls).sort((a, b) => a.order - b.order);
    const at = (id: string) => centre((halls.find((f) => f.id === id)!.geometry as { coordinates: [number, number][][] }).coordinates[0]!);
    expect(at(h3!.id)[1]).toBeLessThan(at(h1!.id)[1]);
    expect(Math.abs(at(h1!.id)[0] - GEO.lon)).toBeLessThan(0.05);
    const booth = fc.features.find((f) => f.properties.featureType === 'booth' && f.properties.status === 'occupied')!;
    expect(booth.properties).toMatchObject({ number: expect.any(String), kind: expect.any(String), type: expect.any(String), areaSqm: expect.any(Number) });
    expect(booth.properties.exhibitor).toMatchObject({ name: { zh: expect.any(String), en: expect.any(String) } });
  });

  it('keeps private fields out', () => {
    const text = JSON.stringify(siteGeoJson(show()));
    for (const secret of ['secret@example.com', 'Secret Person', 'PRIVATE-NOTE', 'PRIVATE-BOOTH-NOTE', '123456', 'hold', 'reserved', 'blocked']) expect(text).not.toContain(secret);
  });

  it('writes site metres (x east, y north) and says so when there is no georeference', () => {
    const p = show(false);
    const fc = siteGeoJson(p);
    expect(fc.pavilion.crs).toBe('local-metres');
    const hall = Object.values(p.halls).sort((a, b) => a.order - b.order)[0]!;
    const f = fc.features.find((x) => x.id === hall.id)!;
    const r = (f.geometry as { coordinates: [number, number][][] }).coordinates[0]!;
    // The hall's top-left corner (0, 0) in its frame lies at its placement, y negated.
    expect(r.some(([x, y]) => x === hall.placement.x && y === -hall.placement.y + 0)).toBe(true);
  });
});

describe('IMDF archive', () => {
  it('refuses without a georeference', () => {
    expect(buildImdf(show(false), '2027-01-01T00:00:00Z')).toEqual({ ok: false, reason: 'no-georeference' });
  });

  it('holds every file as valid GeoJSON whose features match the IMDF schema and whose references resolve', () => {
    const res = buildImdf(show(), '2027-01-01T00:00:00Z');
    if (!res.ok) throw new Error(res.reason);
    const files = unzipSync(imdfArchive(res));
    expect(Object.keys(files).sort()).toEqual(['manifest.json', ...IMDF_FILES.map((t) => `${t}.geojson`)].sort());
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addSchema(SCHEMA, 'imdf');
    // Compiled once per feature type.
    const validator = (name: string) => {
      const v = ajv.getSchema(`imdf#/$defs/${name}`);
      if (!v) throw new Error(`no schema for ${name}`);
      return v;
    };
    const manifest = validator('manifest');
    expect(manifest(JSON.parse(strFromU8(files['manifest.json']!)))).toBe(true);
    const all: ImdfFeature[] = [];
    for (const t of IMDF_FILES) {
      const text = strFromU8(files[`${t}.geojson`]!);
      const fc = JSON.parse(text) as { features: ImdfFeature[] };
      // Unlocated features (geometry null) are valid GeoJSON; check-geojson checks the rest.
      expect(() => check(text)).not.toThrow();
      const valid = validator(t);
      for (const f of fc.features) {
        const ok = valid(f);
        expect(valid.errors ?? null, `${t} ${f.id}`).toBeNull();
        expect(ok).toBe(true);
        expectValidRings(f.geometry);
        all.push(f);
      }
    }
    const ids = new Set(all.map((f) => f.id));
    expect(ids.size).toBe(all.length);
    const byType = (t: string) => all.filter((f) => f.feature_type === t);
    expect(byType('venue')).toHaveLength(1);
    expect(byType('venue')[0]!.properties.category).toBe('conventioncenter');
    expect(byType('level').map((f) => f.properties.ordinal).sort()).toEqual([1, 2]);
    expect(byType('unit')).toHaveLength(4);
    expect(byType('section').length).toBe(200);
    expect(byType('occupant').length).toBeGreaterThan(0);
    expect(byType('occupant').length).toBe(byType('anchor').length);
    expect(byType('amenity').some((f) => f.properties.category === 'restroom')).toBe(true);
    expect(byType('opening').length).toBeGreaterThan(0);
    // Every reference names a feature of the archive.
    const refs = all.flatMap((f) => {
      const p = f.properties;
      return [p.address_id, p.level_id, p.unit_id, p.anchor_id, ...((p.building_ids as string[] | null) ?? []), ...((p.unit_ids as string[] | undefined) ?? [])].filter((x): x is string => typeof x === 'string');
    });
    expect(refs.length).toBeGreaterThan(400);
    for (const r of refs) expect(ids.has(r), r).toBe(true);
    const occupant = byType('occupant')[0]!;
    expect(Object.keys(occupant.properties.name as object)).toEqual(expect.arrayContaining(['zh-Hans', 'en']));
    expect(new TextDecoder().decode(imdfArchive(res))).not.toContain('secret@example.com');
  });

  it('gives the same ids for the same show', () => {
    const a = buildImdf(show(), 'x');
    const b = buildImdf(show(), 'x');
    if (!a.ok || !b.ok) throw new Error('refused');
    expect(a.files.section.features.map((f) => f.id)).toEqual(b.files.section.features.map((f) => f.id));
  });
});
