import type { FacilityKind, ZONE_KINDS } from '../model/entities';
import type { AreaShape, Bilingual, Point, PolylineShape, RectShape } from '../model/primitives';
import type { Project } from '../model/project';
import { entryOf } from '../model/project';
import { sectorLabel } from '../exhibitors/sectors';
import { siteLevels } from '../model/levels';

/**
 * What a visitor may see of a show. The published map is generated from this projection only,
 * and every field is copied by name, so contacts, notes, prices, holds, claims, history and
 * booth statuses (other than "occupied") cannot reach a published file, even when the project
 * model grows new private fields.
 */
export interface PublicView {
  show: { name: Bilingual; venue: Bilingual; start: string | null; end: string | null };
  halls: PublicHall[];
  /** The levels the published halls stand on, lowest first, by their names (a default where unnamed). */
  levels: PublicLevel[];
  zones: PublicZone[];
  booths: PublicBooth[];
  exhibitors: PublicExhibitor[];
  facilities: PublicFacility[];
}

export interface PublicHall {
  id: string;
  name: Bilingual;
  code: string;
  level: number;
  order: number;
  outline: Point[];
  /** Where the hall lies on the site (metres, degrees clockwise), for the site overview. */
  placement: { x: number; y: number; rotation: number };
}

export interface PublicLevel {
  ordinal: number;
  name: Bilingual;
}

export interface PublicZone {
  id: string;
  kind: (typeof ZONE_KINDS)[number];
  name: Bilingual;
  color: string;
}

export interface PublicBooth {
  id: string;
  hallId: string;
  number: string;
  shape: AreaShape;
  zoneId: string | null;
  /** The exhibitor occupying the booth; null for any booth not assigned (free, held, reserved or blocked alike). */
  exhibitorId: string | null;
}

export interface PublicExhibitor {
  id: string;
  name: Bilingual;
  shortName: Bilingual;
  country: string;
  /** Sector names in both languages (the show's vocabulary; ids stay in the project). */
  sectors: Bilingual[];
  /** An http(s) address, or empty. */
  website: string;
  boothIds: string[];
}

export interface PublicFacility {
  id: string;
  hallId: string;
  kind: FacilityKind;
  shape: RectShape | PolylineShape;
  label: Bilingual;
}

const bi = (b: Bilingual): Bilingual => ({ zh: b.zh, en: b.en });
const pts = (p: readonly Point[]): Point[] => p.map(([x, y]) => [x, y] as Point);

function areaShape(s: AreaShape): AreaShape {
  return s.type === 'rect' ? { type: 'rect', x: s.x, y: s.y, w: s.w, h: s.h, rotation: s.rotation } : { type: 'polygon', points: pts(s.points) };
}

function facilityShape(s: RectShape | PolylineShape): RectShape | PolylineShape {
  return s.type === 'rect' ? { type: 'rect', x: s.x, y: s.y, w: s.w, h: s.h, rotation: s.rotation } : { type: 'polyline', points: pts(s.points), thickness: s.thickness };
}

/**
 * A website as a link target: http(s) only (no javascript:, data: or file: links), a bare
 * domain gets https://, anything unparsable is dropped.
 */
export function publicWebsite(raw: string): string {
  const t = raw.trim();
  if (!t || /\s/.test(t)) return '';
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(t) ? t : `https://${t}`;
  if (!/^https?:\/\//i.test(withScheme)) return '';
  try {
    const u = new URL(withScheme);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname.includes('.')) return '';
    // Credentials in a link are never public.
    if (u.username || u.password) return '';
    return u.href;
  } catch {
    return '';
  }
}

/**
 * The public projection of a project, optionally limited to some halls. Exhibitors appear
 * only when they occupy a booth in a published hall (prospects and exhibitors with only holds
 * stay private).
 */
export function publicView(project: Project, hallIds?: readonly string[]): PublicView {
  const chosen = hallIds ? new Set(hallIds) : null;
  const halls = Object.values(project.halls)
    .filter((h) => !chosen || chosen.has(h.id))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((h) => ({ id: h.id, name: bi(h.name), code: h.code, level: h.level, order: h.order, outline: pts(h.outline), placement: { x: h.placement.x, y: h.placement.y, rotation: h.placement.rotation } }));
  const hallSet = new Set(halls.map((h) => h.id));
  const booths: PublicBooth[] = [];
  const boothsOf = new Map<string, string[]>();
  for (const b of Object.values(project.booths)) {
    if (!hallSet.has(b.hallId)) continue;
    const a = entryOf(project.assignments, b.id);
    // Occupied means assigned, and only that: the booth's status and claim are never read.
    const exhibitorId = a && entryOf(project.exhibitors, a.exhibitorId) ? a.exhibitorId : null;
    booths.push({ id: b.id, hallId: b.hallId, number: b.number, shape: areaShape(b.shape), zoneId: b.zoneId, exhibitorId });
    if (exhibitorId) {
      const list = boothsOf.get(exhibitorId) ?? [];
      list.push(b.id);
      boothsOf.set(exhibitorId, list);
    }
  }
  const exhibitors: PublicExhibitor[] = [];
  for (const [id, boothIds] of boothsOf) {
    const e = entryOf(project.exhibitors, id)!;
    exhibitors.push({ id: e.id, name: bi(e.name), shortName: bi(e.shortName), country: e.country, sectors: e.sectors.map((id) => ({ zh: sectorLabel(project.settings, id, 'zh'), en: sectorLabel(project.settings, id, 'en') })), website: publicWebsite(e.website), boothIds });
  }
  const usedZones = new Set(booths.map((b) => b.zoneId).filter((z): z is string => !!z));
  const zones: PublicZone[] = Object.values(project.zones)
    .filter((z) => usedZones.has(z.id))
    .map((z) => ({ id: z.id, kind: z.kind, name: bi(z.name), color: z.color }));
  const facilities: PublicFacility[] = Object.values(project.facilities)
    .filter((f) => hallSet.has(f.hallId))
    .map((f) => ({ id: f.id, hallId: f.hallId, kind: f.kind, shape: facilityShape(f.shape), label: bi(f.label) }));
  const s = project.settings;
  const levels = siteLevels(s.site, halls.map((h) => h.level))
    .filter((l) => halls.some((h) => h.level === l.ordinal))
    .map((l) => ({ ordinal: l.ordinal, name: bi(l.name) }));
  return {
    show: { name: bi(s.name), venue: bi(s.venue), start: s.event.start, end: s.event.end },
    halls,
    levels,
    zones,
    booths,
    exhibitors,
    facilities,
  };
}
