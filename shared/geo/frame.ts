import type { Georeference, Hall } from '../model/entities';
import type { Point } from '../model/primitives';
import { hallToSite } from '../editing/site';

/** WGS 84 equatorial radius, metres: a local tangent plane is exact enough over a venue. */
const EARTH_RADIUS_M = 6_378_137;
const DEG = Math.PI / 180;

/** Rounded to 7 decimals (about a centimetre), as RFC 7946 recommends not to overstate precision. */
const r7 = (v: number) => Math.round(v * 1e7) / 1e7;
/** Centimetres for local metres. */
const r2 = (v: number) => Math.round(v * 100) / 100;

/**
 * How site metres become output coordinates: with a georeference, WGS 84 [longitude,
 * latitude]; without, local metres [x, −y] (east and north, so the map is not mirrored).
 */
export interface OutputFrame {
  georeferenced: boolean;
  fromSite(p: Point): [number, number];
}

export function outputFrame(geo: Georeference | null): OutputFrame {
  if (!geo) return { georeferenced: false, fromSite: ([x, y]) => [r2(x) + 0, r2(-y) + 0] };
  const b = geo.bearing * DEG;
  const cosLat = Math.cos(geo.lat * DEG);
  return {
    georeferenced: true,
    fromSite: ([x, y]) => {
      const dx = x - geo.anchor[0];
      const up = -(y - geo.anchor[1]);
      // The site's up (−y) points `bearing` clockwise from north; its x axis 90° further.
      const east = dx * Math.cos(b) + up * Math.sin(b);
      const north = -dx * Math.sin(b) + up * Math.cos(b);
      return [r7(geo.lon + east / (EARTH_RADIUS_M * cosLat) / DEG), r7(geo.lat + north / EARTH_RADIUS_M / DEG)];
    },
  };
}

/** A closed GeoJSON ring (first point repeated), counter-clockwise as RFC 7946 asks for exteriors. */
export function ring(points: readonly Point[], frame: OutputFrame): [number, number][] {
  const out = points.map((p) => frame.fromSite(p));
  // Shoelace in output coordinates (x east, y north): positive is counter-clockwise.
  let area = 0;
  for (let i = 0; i < out.length; i++) {
    const [x1, y1] = out[i]!;
    const [x2, y2] = out[(i + 1) % out.length]!;
    area += x1 * y2 - x2 * y1;
  }
  if (area < 0) out.reverse();
  out.push([out[0]![0], out[0]![1]]);
  return out;
}

/** Points of a hall-frame shape on the site. */
export function onSite(hall: Pick<Hall, 'placement'>, points: readonly Point[]): Point[] {
  return points.map((p) => hallToSite(hall.placement, p));
}
