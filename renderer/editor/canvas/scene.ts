import type { Project } from '../../../shared/model/project';
import type { Assignment, Booth, BoothStatus, Exhibitor, FacilityKind, Zone } from '../../../shared/model/entities';
import type { Bilingual, Point } from '../../../shared/model/primitives';
import { centroid, bboxOf, rectCorners, shapePolygon, unionBBox, type BBox } from '../../../shared/geometry/polygon';
import { pointInPolygon } from '../../../shared/geometry/polygon';
import { layoutHalls, toWorld, worldBox, type HallLayout, type HallPlacement } from './hall-layout';
import { SpatialIndex } from './spatial-index';
import { compareCodeUnits, compareNumeric } from '../../../shared/text/collate';

export interface SceneBooth {
  id: string;
  hallId: string;
  order: number;
  /** World outline, flat [x0, y0, x1, y1, …]. */
  pts: number[];
  bbox: BBox;
  /** Where the label goes (inside the booth). */
  labelX: number;
  labelY: number;
  /** Shorter side of the bounding box, metres: decides whether a label is readable. */
  minSide: number;
  number: string;
  status: BoothStatus;
  zoneColor: string | null;
  /** Short name of the assigned exhibitor (both languages), or null. */
  exhibitor: Bilingual | null;
}

export interface SceneHall {
  id: string;
  name: Bilingual;
  code: string;
  pts: number[];
  bounds: BBox;
  /** The outline's top-left corner (hall frame) on the plan: the title bar sits above it. */
  anchorX: number;
  anchorY: number;
  /** The outline's width along the hall's own x axis, metres, and the hall's rotation. */
  width: number;
  rotation: number;
}

export interface SceneFacility {
  id: string;
  kind: FacilityKind;
  label: Bilingual;
  /** Outline for rectangles, path for polylines; world coordinates, flat. */
  pts: number[];
  closed: boolean;
  /** Polyline thickness in metres (walls). */
  thickness: number;
  rotation: number;
  centerX: number;
  centerY: number;
  /** Width and height of a rectangle before rotation, metres (0 for polylines). */
  w: number;
  h: number;
  /** Unit vector from the nearest hall wall into the hall: where an entrance arrow points. */
  inwardX: number;
  inwardY: number;
}

export interface Scene {
  /** The level shown (only its halls are in the scene), or undefined for all halls. */
  level: number | undefined;
  layout: HallLayout;
  halls: SceneHall[];
  booths: SceneBooth[];
  boothsById: Map<string, SceneBooth>;
  facilities: SceneFacility[];
  index: SpatialIndex<SceneBooth>;
  /** The entities each scene booth was made from: identity tells what an edit touched. */
  sources: Map<string, BoothSources>;
}

/** Document entities one scene booth depends on. */
export interface BoothSources {
  booth: Booth;
  assignment: Assignment | undefined;
  exhibitor: Exhibitor | undefined;
  zone: Zone | undefined;
}

function sourcesOf(p: SceneInputs, b: Booth): BoothSources {
  const assignment = p.assignments[b.id];
  return {
    booth: b,
    assignment,
    exhibitor: assignment ? p.exhibitors[assignment.exhibitorId] : undefined,
    zone: b.zoneId ? p.zones[b.zoneId] : undefined,
  };
}

/** A booth's outline in its hall's coordinates, with its box (computed once per build). */
interface LocalShape {
  poly: Point[];
  box: BBox;
  /** Rectangles (rotated or not) are convex: their label goes at the centre. */
  rect: boolean;
}

function localShape(b: Booth): LocalShape {
  const poly = shapePolygon(b.shape);
  return { poly, box: bboxOf(poly), rect: b.shape.type === 'rect' };
}

/** Outline, box and label anchor of a booth placed in its hall. */
function placeBooth(sb: SceneBooth, local: LocalShape, pl: HallPlacement): void {
  sb.pts = flatten(local.poly, pl);
  const bbox = pl.rotation === 0 ? worldBox(pl, local.box) : flatBox(sb.pts);
  sb.bbox = bbox;
  if (local.rect) {
    const p = local.poly;
    [sb.labelX, sb.labelY] = toWorld(pl, (p[0]![0] + p[2]![0]) / 2, (p[0]![1] + p[2]![1]) / 2);
  } else {
    const world: Point[] = local.poly.map(([x, y]) => toWorld(pl, x, y));
    [sb.labelX, sb.labelY] = labelAnchor(world, bbox);
  }
  sb.minSide = Math.min(bbox.maxX - bbox.minX, bbox.maxY - bbox.minY);
}

/** A scene booth with every field in place (one object shape for all), filled by `placeBooth` and `describeBooth`. */
function newSceneBooth(b: Booth, order: number): SceneBooth {
  return { id: b.id, hallId: b.hallId, order, pts: [], bbox: { minX: 0, minY: 0, maxX: 0, maxY: 0 }, labelX: 0, labelY: 0, minSide: 0, number: '', status: b.status, zoneColor: null, exhibitor: null };
}

/** What the booth shows: number, status, zone colour and exhibitor name. */
function describeBooth(sb: SceneBooth, src: BoothSources): void {
  const ex = src.exhibitor;
  sb.number = src.booth.number;
  sb.status = src.booth.status;
  sb.zoneColor = src.zone?.color ?? null;
  sb.exhibitor = ex ? { zh: ex.shortName.zh || ex.name.zh, en: ex.shortName.en || ex.name.en } : null;
}

/** A hall's extent (outline and content) in its own coordinates. */
const slotOf = (pl: HallPlacement): BBox => pl.local;

const within = (inner: BBox, outer: BBox): boolean =>
  inner.minX >= outer.minX && inner.minY >= outer.minY && inner.maxX <= outer.maxX && inner.maxY <= outer.maxY;

/**
 * What an edit changed on the plan: world boxes to redraw (old and new places of the booths
 * touched), or null when the whole plan must be redrawn.
 */
export interface SceneUpdate {
  scene: Scene;
  dirty: BBox[] | null;
}

/**
 * Brings a scene up to date with a new document without rebuilding it when it can: the
 * operations keep the identity of every entity they do not touch, so comparing identities
 * finds the few booths an assignment, a status change or a move affected. Those are patched
 * in place (and re-filed in the R-tree when their outline moved); anything that changes the
 * hall layout or the draw order (halls, booths added or removed, renumbering, a booth leaving
 * its hall's laid-out extent) rebuilds the scene.
 */
export function updateScene(scene: Scene, prev: SceneInputs, next: SceneInputs): SceneUpdate {
  if (prev.halls !== next.halls) return { scene: buildScene(next, scene.level), dirty: null };
  let facilitiesChanged = false;
  if (prev.facilities !== next.facilities) {
    scene.facilities = buildFacilities(next, scene.layout);
    facilitiesChanged = true;
  }
  const boothsTouched = prev.booths !== next.booths || prev.assignments !== next.assignments || prev.exhibitors !== next.exhibitors || prev.zones !== next.zones;
  if (!boothsTouched) return { scene, dirty: facilitiesChanged ? null : [] };

  const dirty: BBox[] = [];
  const moved: SceneBooth[] = [];
  const patches: (() => void)[] = [];
  // A scene of one level holds the booths of that level's halls only: the others are passed
  // over (counting every booth of the show against the scene's made each edit of a show on
  // several levels rebuild the scene, ~200 ms at 75,000 booths).
  let held = 0;
  for (const id in next.booths) {
    const b = next.booths[id]!;
    const old = scene.sources.get(id);
    if (!scene.layout.byId.has(b.hallId)) {
      // Moved to a hall the scene does not show: it leaves the scene.
      if (old) return { scene: buildScene(next, scene.level), dirty: null };
      continue;
    }
    held++;
    if (!old) return { scene: buildScene(next, scene.level), dirty: null };
    const a = next.assignments[id];
    const ex = a ? next.exhibitors[a.exhibitorId] : undefined;
    const zone = b.zoneId ? next.zones[b.zoneId] : undefined;
    if (old.booth === b && old.assignment === a && old.exhibitor === ex && old.zone === zone) continue;
    const sb = scene.boothsById.get(id);
    if (!sb) return { scene: buildScene(next, scene.level), dirty: null };
    // Hall and number decide the draw order and the hall's slot: a change there rebuilds.
    if (b.hallId !== old.booth.hallId || b.number !== old.booth.number) return { scene: buildScene(next, scene.level), dirty: null };
    const src: BoothSources = { booth: b, assignment: a, exhibitor: ex, zone };
    if (b.shape !== old.booth.shape) {
      const local = localShape(b);
      const pl = scene.layout.byId.get(b.hallId);
      // Past the extent the hall was laid out with, its bounds (zoom to fit, hit-testing) change.
      if (!pl || !within(local.box, slotOf(pl))) return { scene: buildScene(next, scene.level), dirty: null };
      patches.push(() => {
        dirty.push(sb.bbox);
        placeBooth(sb, local, pl);
        moved.push(sb);
      });
    }
    patches.push(() => {
      describeBooth(sb, src);
      scene.sources.set(id, src);
      dirty.push(sb.bbox);
    });
  }
  // A booth of the scene's halls removed.
  if (held !== scene.sources.size) return { scene: buildScene(next, scene.level), dirty: null };
  // Only now, when no rebuild is needed, is the scene changed.
  for (const patch of patches) patch();
  for (const sb of moved) scene.index.update(sb);
  return { scene, dirty: facilitiesChanged ? null : dirty };
}

/** The collections a scene is built from; another identity in any of them means a rebuild. */
export type SceneInputs = Pick<Project, 'halls' | 'booths' | 'facilities' | 'zones' | 'assignments' | 'exhibitors'>;

export function sceneInputsChanged(a: SceneInputs | null, b: SceneInputs | null): boolean {
  if (!a || !b) return a !== b;
  return (
    a.halls !== b.halls ||
    a.booths !== b.booths ||
    a.facilities !== b.facilities ||
    a.zones !== b.zones ||
    a.assignments !== b.assignments ||
    a.exhibitors !== b.exhibitors
  );
}

/** Hall-frame points placed on the plan, flat [x0, y0, x1, y1, …]. */
const flatten = (points: readonly Point[], pl: HallPlacement): number[] => {
  const out = new Array<number>(points.length * 2);
  if (pl.rotation === 0) {
    for (let i = 0; i < points.length; i++) {
      out[2 * i] = points[i]![0] + pl.dx;
      out[2 * i + 1] = points[i]![1] + pl.dy;
    }
    return out;
  }
  for (let i = 0; i < points.length; i++) {
    const [x, y] = toWorld(pl, points[i]![0], points[i]![1]);
    out[2 * i] = x;
    out[2 * i + 1] = y;
  }
  return out;
};

function flatBox(pts: readonly number[]): BBox {
  const b = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (let i = 0; i + 1 < pts.length; i += 2) {
    b.minX = Math.min(b.minX, pts[i]!);
    b.maxX = Math.max(b.maxX, pts[i]!);
    b.minY = Math.min(b.minY, pts[i + 1]!);
    b.maxY = Math.max(b.maxY, pts[i + 1]!);
  }
  return b;
}

/** A label anchor inside the polygon: its centroid, or the bbox centre's row midpoint for odd shapes. */
function labelAnchor(poly: Point[], bbox: BBox): Point {
  const c = centroid(poly);
  if (pointInPolygon(c, poly)) return c;
  // L- and U-shaped booths: walk the horizontal line through the middle and take the middle
  // of the widest inside stretch.
  const y = (bbox.minY + bbox.maxY) / 2;
  const xs: number[] = [];
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
  xs.sort((a, b) => a - b);
  let best: Point = c;
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = xs[i + 1]! - xs[i]!;
    if (w > widest) {
      widest = w;
      best = [(xs[i]! + xs[i + 1]!) / 2, y];
    }
  }
  return best;
}

/**
 * Everything the canvas draws, in plan (world) coordinates: halls where they are on the site
 * (only those of `level`, when given), booths and facilities placed with their hall, and an
 * R-tree of booth boxes.
 */
export function buildScene(p: SceneInputs, level?: number): Scene {
  // A scene of one level holds only the booths of that level's halls: the others' shapes are
  // not worked out (a third of a 75,000-booth show on three levels).
  const shown = level === undefined ? null : new Set(Object.values(p.halls).filter((h) => h.level === level).map((h) => h.id));
  // Content outside a hall's outline widens its slot (see layoutHalls).
  const content = new Map<string, BBox>();
  const held: { b: Booth; local: LocalShape }[] = [];
  for (const b of Object.values(p.booths)) {
    if (shown && !shown.has(b.hallId)) continue;
    const local = localShape(b);
    held.push({ b, local });
    const cur = content.get(b.hallId);
    if (!cur) content.set(b.hallId, { ...local.box });
    else {
      // Widened in place: a fresh box per booth is most of the cost on 20,000 booths.
      cur.minX = Math.min(cur.minX, local.box.minX);
      cur.minY = Math.min(cur.minY, local.box.minY);
      cur.maxX = Math.max(cur.maxX, local.box.maxX);
      cur.maxY = Math.max(cur.maxY, local.box.maxY);
    }
  }
  const layout = layoutHalls(Object.values(p.halls), content, level);

  const halls: SceneHall[] = layout.halls.map((pl) => {
    const h = p.halls[pl.hallId]!;
    const own = bboxOf(h.outline);
    const [anchorX, anchorY] = toWorld(pl, own.minX, own.minY);
    return { id: h.id, name: h.name, code: h.code, pts: flatten(h.outline, pl), bounds: pl.bounds, anchorX, anchorY, width: own.maxX - own.minX, rotation: pl.rotation };
  });

  const booths: SceneBooth[] = [];
  // Stable draw order: by hall then booth number, so overlaps resolve the same way every time.
  held.sort(({ b: a }, { b }) => compareCodeUnits(a.hallId, b.hallId) || compareNumeric(a.number, b.number) || compareCodeUnits(a.id, b.id));
  const sources = new Map<string, BoothSources>();
  for (const { b, local } of held) {
    const pl = layout.byId.get(b.hallId);
    if (!pl) continue;
    const src = sourcesOf(p, b);
    const sb = newSceneBooth(b, booths.length);
    placeBooth(sb, local, pl);
    describeBooth(sb, src);
    booths.push(sb);
    sources.set(b.id, src);
  }

  return {
    level,
    layout,
    halls,
    booths,
    boothsById: new Map(booths.map((b) => [b.id, b])),
    facilities: buildFacilities(p, layout),
    index: new SpatialIndex(booths),
    sources,
  };
}

/** Facilities placed with their halls. */
function buildFacilities(p: SceneInputs, layout: HallLayout): SceneFacility[] {
  const facilities: SceneFacility[] = [];
  // Doors sit on a wall; the nearest side of the hall (in its own frame) tells which way is in.
  const inward = (pl: HallPlacement, x: number, y: number): { inwardX: number; inwardY: number } => {
    const b = pl.local;
    const sides: [number, number, number][] = [
      [y - b.minY, 0, 1],
      [b.maxY - y, 0, -1],
      [x - b.minX, 1, 0],
      [b.maxX - x, -1, 0],
    ];
    sides.sort((p, q) => p[0] - q[0]);
    const [, ux, uy] = sides[0]!;
    return { inwardX: ux * pl.cos - uy * pl.sin, inwardY: ux * pl.sin + uy * pl.cos };
  };
  for (const f of Object.values(p.facilities)) {
    const pl = layout.byId.get(f.hallId);
    if (!pl) continue;
    if (f.shape.type === 'rect') {
      const corners = rectCorners(f.shape);
      const c = centroid(corners);
      const [cx, cy] = toWorld(pl, c[0], c[1]);
      facilities.push({
        id: f.id,
        kind: f.kind,
        label: f.label,
        pts: flatten(corners, pl),
        closed: true,
        thickness: 0,
        rotation: f.shape.rotation + pl.rotation,
        centerX: cx,
        centerY: cy,
        w: f.shape.w,
        h: f.shape.h,
        ...inward(pl, c[0], c[1]),
      });
    } else {
      const pts = f.shape.points;
      const mid = pts[Math.floor((pts.length - 1) / 2)]!;
      const next = pts[Math.min(Math.floor((pts.length - 1) / 2) + 1, pts.length - 1)]!;
      const mx = (mid[0] + next[0]) / 2;
      const my = (mid[1] + next[1]) / 2;
      const [cx, cy] = toWorld(pl, mx, my);
      facilities.push({
        id: f.id,
        kind: f.kind,
        label: f.label,
        pts: flatten(pts, pl),
        closed: false,
        thickness: f.shape.thickness,
        rotation: pl.rotation,
        centerX: cx,
        centerY: cy,
        w: 0,
        h: 0,
        ...inward(pl, mx, my),
      });
    }
  }

  return facilities;
}

/** World bounds of some booths (for "zoom to selection"), or null when none exist. */
export function boothsBounds(scene: Scene, ids: readonly string[]): BBox | null {
  let out: BBox | null = null;
  for (const id of ids) {
    const b = scene.boothsById.get(id);
    if (b) out = out ? unionBBox(out, b.bbox) : b.bbox;
  }
  return out;
}
