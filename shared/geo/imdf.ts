import { strToU8, zipSync } from 'fflate';
import type { FacilityKind, Hall } from '../model/entities';
import type { Bilingual, Point } from '../model/primitives';
import type { Project } from '../model/project';
import { siteLevels } from '../model/levels';
import { centroid, rectCorners, shapePolygon } from '../geometry/polygon';
import { hex, sha256 } from '../publish/sha256';
import { publicView } from '../publish/public-view';
import { onSite, outputFrame, ring, type OutputFrame } from './frame';
import { convexHull } from './hull';

export type ImdfFeatureType = 'address' | 'venue' | 'building' | 'footprint' | 'level' | 'unit' | 'section' | 'occupant' | 'anchor' | 'amenity' | 'opening';
export const IMDF_FILES: readonly ImdfFeatureType[] = ['address', 'venue', 'building', 'footprint', 'level', 'unit', 'section', 'occupant', 'anchor', 'amenity', 'opening'];

export interface ImdfFeature {
  id: string;
  type: 'Feature';
  feature_type: ImdfFeatureType;
  geometry: { type: string; coordinates: unknown } | null;
  properties: Record<string, unknown>;
}

export interface ImdfCollection {
  type: 'FeatureCollection';
  name: ImdfFeatureType;
  features: ImdfFeature[];
}

export interface ImdfManifest {
  version: '1.0.0';
  created: string;
  generated_by: string;
  language: string;
  extensions: null;
}

export type ImdfResult = { ok: true; manifest: ImdfManifest; files: Record<ImdfFeatureType, ImdfCollection> } | { ok: false; reason: 'no-georeference' | 'no-halls' };

/** Facility kinds that are amenities, with their IMDF AMENITY-CATEGORY. */
const AMENITY: Partial<Record<FacilityKind, string>> = {
  restroom: 'restroom',
  'first-aid': 'firstaid',
  cafe: 'foodservice',
  'service-desk': 'information',
};
/** Facility kinds that are doors: IMDF openings. */
const OPENINGS: readonly FacilityKind[] = ['entrance', 'exit'];

/**
 * IMDF LABELS: language-tagged names, only the languages that have text (at least one).
 * Chinese is tagged zh-Hans (simplified), English en.
 */
export function labels(b: Bilingual, fallback: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (b.zh.trim()) out['zh-Hans'] = b.zh.trim();
  if (b.en.trim()) out.en = b.en.trim();
  if (Object.keys(out).length === 0) out.en = fallback;
  return out;
}

/** A stable UUID (version 4 layout) for an entity: the same show exports the same ids. */
export function featureId(projectId: string, kind: string, id: string): string {
  const h = hex(sha256(strToU8(`pavilion:${projectId}:${kind}:${id}`))).slice(0, 32).split('');
  h[12] = '4';
  h[16] = '89ab'[parseInt(h[16]!, 16) & 3]!;
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20, 32)}`;
}

const point = (frame: OutputFrame, p: Point) => ({ type: 'Point', coordinates: frame.fromSite(p) });
const polygon = (frame: OutputFrame, pts: readonly Point[]) => ({ type: 'Polygon', coordinates: [ring(pts, frame)] });

/** The line a door rectangle stands for: along its long side, through its middle. */
function doorLine(hall: Hall, shape: Project['facilities'][string]['shape']): Point[] {
  if (shape.type === 'polyline') return onSite(hall, shape.points);
  const c = rectCorners(shape);
  const [a, b, , d] = c as [Point, Point, Point, Point];
  const mid = (p: Point, q: Point): Point => [(p[0] + q[0]) / 2, (p[1] + q[1]) / 2];
  // Long side along w: the line joins the middles of the short sides.
  const line: Point[] = shape.w >= shape.h ? [mid(a, d), mid(b, c[2]!)] : [mid(a, b), mid(d, c[2]!)];
  return onSite(hall, line);
}

/**
 * The show as an IMDF 1.0.0 dataset (OGC 20-094): one venue (a convention centre) with its
 * address, one building and footprint, a level per floor, a unit per hall, a section per
 * booth (category exhibit), an occupant and anchor per occupied booth (the exhibitor's
 * names), amenities (restrooms, first aid, cafés, service desks) and openings (entrances and
 * exits). Public fields only, as in the published map. IMDF is WGS 84 only, so the show needs
 * a georeference.
 */
export function buildImdf(project: Project, created: string): ImdfResult {
  const geo = project.settings.site.georeference;
  if (!geo) return { ok: false, reason: 'no-georeference' };
  const view = publicView(project);
  if (view.halls.length === 0) return { ok: false, reason: 'no-halls' };
  const frame = outputFrame(geo);
  const pid = project.settings.id;
  const id = (kind: string, key: string) => featureId(pid, kind, key);
  const files = Object.fromEntries(IMDF_FILES.map((t) => [t, { type: 'FeatureCollection', name: t, features: [] as ImdfFeature[] }])) as Record<ImdfFeatureType, ImdfCollection>;
  const add = (feature_type: ImdfFeatureType, fid: string, geometry: ImdfFeature['geometry'], properties: Record<string, unknown>) =>
    files[feature_type].features.push({ id: fid, type: 'Feature', feature_type, geometry, properties });

  const venueName = project.settings.venue.zh || project.settings.venue.en ? project.settings.venue : project.settings.name;
  const hallOutlines = new Map(view.halls.map((h) => [h.id, onSite(project.halls[h.id]!, h.outline)]));
  const everything = convexHull([...hallOutlines.values()].flat());
  const centre = centroid(everything);
  const addressId = id('address', 'venue');
  const venueId = id('venue', 'venue');
  const buildingId = id('building', 'main');
  add('address', addressId, null, {
    address: (venueName.zh || venueName.en).trim(),
    unit: null,
    locality: geo.locality || (venueName.en || venueName.zh).trim(),
    province: null,
    country: geo.country ?? 'CN',
    postal_code: null,
    postal_code_ext: null,
    postal_code_vanity: null,
  });
  add('venue', venueId, polygon(frame, everything), {
    category: 'conventioncenter',
    restriction: null,
    name: labels(venueName, 'Venue'),
    alt_name: null,
    hours: null,
    phone: null,
    website: null,
    display_point: point(frame, centre),
    address_id: addressId,
  });
  add('building', buildingId, null, { name: labels(venueName, 'Venue'), alt_name: null, category: 'unspecified', restriction: null, display_point: point(frame, centre), address_id: addressId });
  add('footprint', id('footprint', 'ground'), polygon(frame, everything), { category: 'ground', name: null, building_ids: [buildingId] });

  const levelIds = new Map<number, string>();
  for (const l of siteLevels(project.settings.site, view.halls.map((h) => h.level))) {
    const outlines = view.halls.filter((h) => h.level === l.ordinal).map((h) => hallOutlines.get(h.id)!);
    if (outlines.length === 0) continue;
    const hull = convexHull(outlines.flat());
    const lid = id('level', String(l.ordinal));
    levelIds.set(l.ordinal, lid);
    add('level', lid, polygon(frame, hull), {
      category: 'unspecified',
      restriction: null,
      outdoor: false,
      ordinal: l.ordinal,
      name: labels(l.name, String(l.ordinal)),
      short_name: labels(l.name, String(l.ordinal)),
      display_point: point(frame, centroid(hull)),
      address_id: null,
      building_ids: [buildingId],
    });
  }

  for (const h of view.halls) {
    const outline = hallOutlines.get(h.id)!;
    add('unit', id('unit', h.id), polygon(frame, outline), {
      category: 'room',
      restriction: null,
      accessibility: null,
      name: labels({ zh: [h.code, h.name.zh].filter(Boolean).join(' '), en: [h.code, h.name.en].filter(Boolean).join(' ') }, h.code),
      alt_name: null,
      level_id: levelIds.get(h.level)!,
      display_point: point(frame, centroid(outline)),
    });
  }

  const exhibitors = new Map(view.exhibitors.map((e) => [e.id, e]));
  for (const b of view.booths) {
    const hall = project.halls[b.hallId]!;
    const pts = onSite(hall, shapePolygon(b.shape));
    const at = centroid(pts);
    const levelId = levelIds.get(hall.level)!;
    add('section', id('section', b.id), polygon(frame, pts), {
      category: 'exhibit',
      restriction: null,
      accessibility: null,
      name: { en: b.number },
      alt_name: null,
      display_point: point(frame, at),
      level_id: levelId,
      address_id: null,
      correlation_id: null,
      parents: null,
    });
    const ex = b.exhibitorId ? exhibitors.get(b.exhibitorId) : undefined;
    if (!ex) continue;
    const anchorId = id('anchor', b.id);
    add('anchor', anchorId, point(frame, at), { address_id: null, unit_id: id('unit', b.hallId) });
    add('occupant', id('occupant', b.id), null, {
      name: labels(ex.name, b.number),
      category: 'unspecified',
      anchor_id: anchorId,
      hours: null,
      phone: null,
      website: ex.website || null,
      validity: null,
      // The same exhibitor in several booths: one correlation id.
      correlation_id: ex.boothIds.length > 1 ? id('exhibitor', ex.id) : null,
    });
  }

  for (const f of view.facilities) {
    const hall = project.halls[f.hallId]!;
    const levelId = levelIds.get(hall.level)!;
    const name = f.label.zh.trim() || f.label.en.trim() ? labels(f.label, f.kind) : null;
    if (OPENINGS.includes(f.kind)) {
      add('opening', id('opening', f.id), { type: 'LineString', coordinates: doorLine(hall, f.shape).map((p) => frame.fromSite(p)) }, {
        category: 'pedestrian',
        accessibility: null,
        access_control: null,
        door: null,
        name,
        alt_name: null,
        display_point: null,
        level_id: levelId,
      });
      continue;
    }
    const category = AMENITY[f.kind];
    if (!category) continue;
    const pts = f.shape.type === 'rect' ? rectCorners(f.shape) : f.shape.points;
    add('amenity', id('amenity', f.id), point(frame, onSite(hall, [centroid(pts)])[0]!), {
      category,
      accessibility: null,
      name,
      alt_name: null,
      hours: null,
      phone: null,
      website: null,
      unit_ids: [id('unit', f.hallId)],
      address_id: null,
      correlation_id: null,
    });
  }

  return { ok: true, manifest: { version: '1.0.0', created, generated_by: 'Pavilion', language: 'zh-Hans', extensions: null }, files };
}

/** The IMDF archive: `manifest.json` and one `<feature type>.geojson` per type, zipped. */
export function imdfArchive(result: Extract<ImdfResult, { ok: true }>): Uint8Array {
  const entries: Record<string, Uint8Array> = { 'manifest.json': strToU8(JSON.stringify(result.manifest, null, 2)) };
  for (const t of IMDF_FILES) entries[`${t}.geojson`] = strToU8(JSON.stringify(result.files[t]));
  return zipSync(entries, { level: 6 });
}
