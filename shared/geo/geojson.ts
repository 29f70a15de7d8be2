import type { Project } from '../model/project';
import type { Bilingual } from '../model/primitives';
import { siteLevels } from '../model/levels';
import { rectCorners, shapeArea, shapePolygon } from '../geometry/polygon';
import { publicView } from '../publish/public-view';
import { onSite, outputFrame, ring, type OutputFrame } from './frame';

export interface GeoFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Polygon'; coordinates: [number, number][][] } | { type: 'LineString'; coordinates: [number, number][] } | { type: 'Point'; coordinates: [number, number] } | null;
  properties: Record<string, unknown>;
}

export interface SiteGeoJson {
  type: 'FeatureCollection';
  /** A foreign member (RFC 7946 § 6.1) saying which coordinates these are. */
  pavilion: { crs: 'EPSG:4326' | 'local-metres'; note: string; show: Bilingual; levels: { ordinal: number; name: Bilingual }[] };
  features: GeoFeature[];
}

const bi = (b: Bilingual): Bilingual => ({ zh: b.zh, en: b.en });
const round2 = (v: number) => Math.round(v * 100) / 100;

/** A facility's outline on the site: rectangles as polygons, walls as lines. */
export function facilityGeometry(frame: OutputFrame, hall: Project['halls'][string], shape: Project['facilities'][string]['shape']): GeoFeature['geometry'] {
  if (shape.type === 'rect') return { type: 'Polygon', coordinates: [ring(onSite(hall, rectCorners(shape)), frame)] };
  return { type: 'LineString', coordinates: onSite(hall, shape.points).map((p) => frame.fromSite(p)) };
}

/**
 * The site as GeoJSON (RFC 7946): one feature per level (no geometry), hall, booth and
 * facility. Only what the published map shows: booth numbers, kind, type, area, zone and —
 * for an occupied booth — the exhibitor's public names; free, held, reserved and blocked
 * booths all read "free". Coordinates are WGS 84 longitude/latitude when the show has a
 * georeference, else site metres (x east, y north) as the `pavilion.crs` member says.
 */
export function siteGeoJson(project: Project): SiteGeoJson {
  const geo = project.settings.site.georeference;
  const frame = outputFrame(geo);
  const view = publicView(project);
  const features: GeoFeature[] = [];
  const levels = siteLevels(project.settings.site, view.halls.map((h) => h.level));
  for (const l of levels) {
    features.push({ type: 'Feature', id: `level-${l.ordinal}`, geometry: null, properties: { featureType: 'level', ordinal: l.ordinal, name: bi(l.name) } });
  }
  const zones = new Map(view.zones.map((z) => [z.id, z]));
  const exhibitors = new Map(view.exhibitors.map((e) => [e.id, e]));
  for (const h of view.halls) {
    const hall = project.halls[h.id]!;
    features.push({
      type: 'Feature',
      id: h.id,
      geometry: { type: 'Polygon', coordinates: [ring(onSite(hall, h.outline), frame)] },
      properties: { featureType: 'hall', code: h.code, name: bi(h.name), level: h.level, order: h.order, rotation: hall.placement.rotation },
    });
  }
  for (const b of view.booths) {
    const booth = project.booths[b.id]!;
    const hall = project.halls[b.hallId]!;
    const zone = b.zoneId ? zones.get(b.zoneId) : undefined;
    const ex = b.exhibitorId ? exhibitors.get(b.exhibitorId) : undefined;
    features.push({
      type: 'Feature',
      id: b.id,
      geometry: { type: 'Polygon', coordinates: [ring(onSite(hall, shapePolygon(b.shape)), frame)] },
      properties: {
        featureType: 'booth',
        hallId: b.hallId,
        level: hall.level,
        number: b.number,
        kind: booth.kind,
        type: booth.type,
        status: ex ? 'occupied' : 'free',
        areaSqm: round2(shapeArea(b.shape)),
        zone: zone ? { id: zone.id, kind: zone.kind, name: bi(zone.name) } : null,
        exhibitor: ex ? { id: ex.id, name: bi(ex.name), shortName: bi(ex.shortName), country: ex.country, website: ex.website } : null,
      },
    });
  }
  for (const f of view.facilities) {
    const hall = project.halls[f.hallId]!;
    features.push({ type: 'Feature', id: f.id, geometry: facilityGeometry(frame, hall, f.shape), properties: { featureType: 'facility', hallId: f.hallId, level: hall.level, kind: f.kind, label: bi(f.label) } });
  }
  return {
    type: 'FeatureCollection',
    pavilion: {
      crs: geo ? 'EPSG:4326' : 'local-metres',
      note: geo
        ? `WGS 84 longitude/latitude; site point (${geo.anchor[0]}, ${geo.anchor[1]}) m is at ${geo.lat}, ${geo.lon}, the site's up direction bearing ${geo.bearing}°.`
        : 'Local site coordinates in metres, x east and y north (the plan’s y axis negated); no georeference is set for this show.',
      show: bi(project.settings.name),
      levels: levels.map((l) => ({ ordinal: l.ordinal, name: bi(l.name) })),
    },
    features,
  };
}
