import type { Georeference, HallPlacement, Level } from '../model/entities';
import type { Point } from '../model/primitives';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { bboxOf } from '../geometry/polygon';
import { refuse, type EditResult } from './result';

/** How far from the site origin a hall may be placed, metres (a venue is a few km across). */
export const SITE_EXTENT_M = 100_000;
/** Space left between a new hall and its neighbour when nobody said where it goes, metres. */
export const NEW_HALL_GAP_M = 20;

const round6 = (v: number) => Math.round(v * 1e6) / 1e6 + 0; // + 0 turns -0 into 0

/** An angle in degrees brought into (−180, 180], rounded to a millionth of a degree. */
export function normalizeAngle(deg: number): number {
  let a = deg % 360;
  if (a <= -180) a += 360;
  if (a > 180) a -= 360;
  return round6(a) || 0;
}

/** Site coordinates of a point in a hall's frame. */
export function hallToSite(pl: HallPlacement, [u, v]: Point): Point {
  if (pl.rotation === 0) return [u + pl.x, v + pl.y];
  const a = (pl.rotation * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return [pl.x + u * cos - v * sin, pl.y + u * sin + v * cos];
}

/** A hall-frame point from site coordinates (the inverse of `hallToSite`). */
export function siteToHall(pl: HallPlacement, [x, y]: Point): Point {
  const dx = x - pl.x;
  const dy = y - pl.y;
  if (pl.rotation === 0) return [dx, dy];
  const a = (pl.rotation * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return [dx * cos + dy * sin, -dx * sin + dy * cos];
}

/** A hall's outline on the site. */
export function hallSiteOutline(hall: { outline: readonly Point[]; placement: HallPlacement }): Point[] {
  return hall.outline.map((p) => hallToSite(hall.placement, p));
}

function placementProblem(pl: HallPlacement) {
  if (![pl.x, pl.y, pl.rotation].every(Number.isFinite)) return refuse('not-finite');
  if (Math.abs(pl.x) > SITE_EXTENT_M || Math.abs(pl.y) > SITE_EXTENT_M) return refuse('off-site', { detail: { max: SITE_EXTENT_M } });
  return null;
}

const clean = (pl: HallPlacement): HallPlacement => ({ x: round6(pl.x), y: round6(pl.y), rotation: normalizeAngle(pl.rotation) });

/**
 * A free place for a hall nobody placed: right of the halls already on its level, tops
 * aligned with the highest of them (the origin on an empty level).
 */
export function freePlacement(doc: Project, level: number, outline: readonly Point[]): HallPlacement {
  const own = bboxOf(outline);
  let right = -Infinity;
  let top = Infinity;
  for (const h of Object.values(doc.halls)) {
    if (h.level !== level) continue;
    const b = bboxOf(hallSiteOutline(h));
    right = Math.max(right, b.maxX);
    top = Math.min(top, b.minY);
  }
  if (right === -Infinity) return clean({ x: -own.minX, y: -own.minY, rotation: 0 });
  return clean({ x: right + NEW_HALL_GAP_M - own.minX, y: top - own.minY, rotation: 0 });
}

/**
 * Moves and/or turns a hall on the site. Its booths, facilities and drawing live in its own
 * frame, so they go along; one change, one undo.
 */
export function placeHall(doc: Project, hallId: string, patch: Partial<HallPlacement>): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  const next = { ...hall.placement, ...patch };
  const bad = placementProblem(next);
  if (bad) return bad;
  const label = patch.rotation !== undefined && patch.rotation !== hall.placement.rotation && patch.x === undefined && patch.y === undefined ? 'ops.rotateHall' : 'ops.moveHall';
  return operation(doc, label, { code: hall.code }).update('halls', hallId, { placement: clean(next) }).build();
}

/** Turns a hall by `degrees` about a site point (its centre when none is given). */
export function rotateHallBy(doc: Project, hallId: string, degrees: number, about?: Point): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  if (!Number.isFinite(degrees)) return refuse('not-finite');
  const box = bboxOf(hallSiteOutline(hall));
  const [cx, cy] = about ?? [(box.minX + box.maxX) / 2, (box.minY + box.maxY) / 2];
  const a = (degrees * Math.PI) / 180;
  const ox = hall.placement.x - cx;
  const oy = hall.placement.y - cy;
  const x = cx + ox * Math.cos(a) - oy * Math.sin(a);
  const y = cy + ox * Math.sin(a) + oy * Math.cos(a);
  const bad = placementProblem({ x, y, rotation: 0 });
  if (bad) return bad;
  return operation(doc, 'ops.rotateHall', { code: hall.code })
    .update('halls', hallId, { placement: clean({ x, y, rotation: hall.placement.rotation + degrees }) })
    .build();
}

/**
 * Deletes a hall with everything in it: booths (and their assignment records), facilities.
 * History entries stay (they are a record of what happened); the hall's drawing asset stays
 * so undo brings the drawing back.
 */
export function deleteHall(doc: Project, hallId: string): EditResult {
  const hall = doc.halls[hallId];
  if (!hall) return refuse('hall-not-found');
  const builder = operation(doc, 'ops.deleteHall', { code: hall.code });
  for (const b of Object.values(doc.booths)) {
    if (b.hallId !== hallId) continue;
    builder.remove('booths', b.id);
    if (doc.assignments[b.id]) builder.remove('assignments', b.id);
  }
  for (const f of Object.values(doc.facilities)) if (f.hallId === hallId) builder.remove('facilities', f.id);
  builder.remove('halls', hallId);
  return builder.build();
}

/** Replaces the named levels (any order given; stored lowest first). Ordinals must be unique. */
export function setSiteLevels(doc: Project, levels: readonly Level[]): EditResult {
  const seen = new Set<number>();
  for (const l of levels) {
    if (!Number.isInteger(l.ordinal) || l.ordinal < -10 || l.ordinal > 100 || seen.has(l.ordinal)) return refuse('bad-level');
    if (l.name.zh.trim() === '' && l.name.en.trim() === '') return refuse('name-empty');
    if (l.name.zh.length > 500 || l.name.en.length > 500) return refuse('text-too-long', { detail: { field: 'name', max: 500 } });
    seen.add(l.ordinal);
  }
  const sorted = [...levels].sort((a, b) => a.ordinal - b.ordinal).map((l) => ({ ordinal: l.ordinal, name: { zh: l.name.zh.trim(), en: l.name.en.trim() } }));
  return operation(doc, 'ops.setLevels').settings({ site: { ...doc.settings.site, levels: sorted } }).build();
}

/** Why a georeference cannot be right, or null. */
export function georeferenceProblem(g: Georeference) {
  if (![g.lat, g.lon, g.bearing, g.anchor[0], g.anchor[1]].every(Number.isFinite)) return refuse('not-finite');
  if (Math.abs(g.lat) > 85) return refuse('bad-latitude', { detail: { max: 85 } });
  if (Math.abs(g.lon) > 180) return refuse('bad-longitude', { detail: { max: 180 } });
  if (g.country !== null && !/^[A-Z]{2}$/.test(g.country)) return refuse('bad-country');
  if (g.locality.length > 200) return refuse('text-too-long', { detail: { field: 'locality', max: 200 } });
  if (Math.abs(g.anchor[0]) > SITE_EXTENT_M || Math.abs(g.anchor[1]) > SITE_EXTENT_M) return refuse('off-site', { detail: { max: SITE_EXTENT_M } });
  return null;
}

/** Sets (or with null, removes) where the site lies on Earth. */
export function setGeoreference(doc: Project, g: Georeference | null): EditResult {
  if (g) {
    const bad = georeferenceProblem(g);
    if (bad) return bad;
  }
  const georeference = g && { anchor: [round6(g.anchor[0]), round6(g.anchor[1])] as Point, lat: g.lat, lon: g.lon, bearing: ((g.bearing % 360) + 360) % 360, locality: g.locality.trim(), country: g.country };
  return operation(doc, 'ops.setGeoreference').settings({ site: { ...doc.settings.site, georeference } }).build();
}
