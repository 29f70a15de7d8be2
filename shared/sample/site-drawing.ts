import type { Asset, Hall, HallBackground } from '../model/entities';
import type { Point } from '../model/primitives';
import { bboxOf, type BBox } from '../geometry/polygon';
import { hallSiteOutline } from '../editing/site';
import { Raster, type Rgb } from './raster';

/** The sample's master plan, stored beside the show as `<show>.assets/a_siteplan.png`. */
export const SITE_PLAN_ASSET_ID = 'a_siteplan';

/** Colours of a printed master plan: lawn, paving, roads, buildings. */
export const SITE_PLAN_COLOURS = {
  lawn: [214, 230, 200],
  grounds: [238, 235, 226],
  road: [186, 188, 192],
  roadLine: [250, 250, 250],
  plaza: [226, 220, 206],
  footprint: [170, 182, 198],
  footprintEdge: [84, 98, 118],
  central: [205, 186, 160],
  centralEdge: [120, 96, 70],
  tree: [124, 170, 110],
} as const satisfies Record<string, Rgb>;

/** Around the halls: paved grounds, then a ring road, then lawn to the drawing's edge (metres). */
const GROUNDS_M = 35;
const ROAD_M = 14;
const MARGIN_M = 25;
/** Finest scale; large sites get coarser so the long side stays about this many pixels. */
const MIN_MPP = 0.25;
const MAX_SIDE_PX = 2400;

interface MasterPlan {
  pose: { x: number; y: number; metresPerPixel: number };
  widthPx: number;
  heightPx: number;
  halls: Point[][];
  grounds: BBox;
  boulevard: BBox;
  /** Every band between rows of halls that is street-wide: a bigger centre has several. */
  streets: BBox[];
  central: BBox;
}

type SiteHall = Pick<Hall, 'outline' | 'placement' | 'level'>;

/** The bands across the ground-floor halls that none of them covers, at least `min` metres wide, top to bottom. */
function streetsOf(ground: BBox[], all: BBox, min: number): BBox[] {
  const spans = ground.map((b) => [b.minY, b.maxY] as const).sort((a, b) => a[0] - b[0]);
  const out: BBox[] = [];
  let reach = spans[0]?.[1] ?? all.minY;
  for (const [from, to] of spans) {
    if (from - reach >= min && from > reach) out.push({ minX: all.minX, maxX: all.maxX, minY: reach, maxY: from });
    reach = Math.max(reach, to);
  }
  return out;
}

/**
 * The widest band across the ground-floor halls that none of them covers (the boulevard between
 * two rows of halls; the first of equally wide ones); a band in front of them when they stand in one row.
 */
function boulevardOf(streets: BBox[], all: BBox): BBox {
  let best: BBox | null = null;
  for (const s of streets) if (s.maxY - s.minY > (best ? best.maxY - best.minY : 0)) best = s;
  return best ?? { minX: all.minX, maxX: all.maxX, minY: all.maxY + 10, maxY: all.maxY + 70 };
}

function planOf(halls: readonly SiteHall[]): MasterPlan {
  const lowest = Math.min(...halls.map((h) => h.level));
  const outlines = halls.map((h) => hallSiteOutline(h));
  const ground = outlines.filter((_, i) => halls[i]!.level === lowest);
  const all = bboxOf(outlines.flat());
  const gaps = streetsOf(ground.map((o) => bboxOf(o)), all, 0);
  const boulevard = boulevardOf(gaps, all);
  const streets = gaps.filter((g) => g.maxY - g.minY >= 40);
  const inner: BBox = { minX: Math.min(all.minX, boulevard.minX), minY: Math.min(all.minY, boulevard.minY), maxX: Math.max(all.maxX, boulevard.maxX), maxY: Math.max(all.maxY, boulevard.maxY) };
  const grounds: BBox = { minX: inner.minX - GROUNDS_M, minY: inner.minY - GROUNDS_M, maxX: inner.maxX + GROUNDS_M, maxY: inner.maxY + GROUNDS_M };
  const edge = ROAD_M + MARGIN_M;
  const x = grounds.minX - edge;
  const y = grounds.minY - edge;
  const w = grounds.maxX - grounds.minX + 2 * edge;
  const h = grounds.maxY - grounds.minY + 2 * edge;
  const metresPerPixel = Math.max(MIN_MPP, Math.ceil((Math.max(w, h) / MAX_SIDE_PX) * 100) / 100);
  const cx = (boulevard.minX + boulevard.maxX) / 2;
  const cy = (boulevard.minY + boulevard.maxY) / 2;
  const cw = Math.min(160, (boulevard.maxX - boulevard.minX) * 0.35) / 2;
  const ch = ((boulevard.maxY - boulevard.minY) * 0.5) / 2;
  return {
    pose: { x, y, metresPerPixel },
    widthPx: Math.ceil(w / metresPerPixel),
    heightPx: Math.ceil(h / metresPerPixel),
    halls: ground,
    grounds,
    boulevard,
    streets: streets.length > 0 ? streets : [boulevard],
    central: { minX: cx - cw, maxX: cx + cw, minY: cy - ch, maxY: cy + ch },
  };
}

const corners = (b: BBox): Point[] => [
  [b.minX, b.minY],
  [b.maxX, b.minY],
  [b.maxX, b.maxY],
  [b.minX, b.maxY],
];

/**
 * A plausible master plan of the site the halls stand on, drawn from their geometry: lawn, the
 * paved grounds inside a ring road, the boulevard between the rows of halls with trees along it
 * and the central building in its middle, and each ground-floor hall's footprint where the hall
 * is — so, placed with `pose`, the halls sit on their footprints.
 */
export function renderSitePlan(halls: readonly SiteHall[]): { raster: Raster; pose: MasterPlan['pose'] } {
  const plan = planOf(halls);
  const { x, y, metresPerPixel: mpp } = plan.pose;
  const px = ([sx, sy]: Point): Point => [(sx - x) / mpp, (sy - y) / mpp];
  const C = SITE_PLAN_COLOURS;
  const r = new Raster(plan.widthPx, plan.heightPx, C.lawn);
  const g = plan.grounds;
  const road: BBox = { minX: g.minX - ROAD_M, minY: g.minY - ROAD_M, maxX: g.maxX + ROAD_M, maxY: g.maxY + ROAD_M };
  r.fillPolygon(corners(road).map(px), C.road);
  // The ring road's centre line, dashed every 6 m.
  const mid: BBox = { minX: g.minX - ROAD_M / 2, minY: g.minY - ROAD_M / 2, maxX: g.maxX + ROAD_M / 2, maxY: g.maxY + ROAD_M / 2 };
  const ring = corners(mid);
  for (let i = 0; i < 4; i++) {
    const [a, b] = [ring[i]!, ring[(i + 1) % 4]!];
    const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
    for (let t = 0; t + 3 < len; t += 6) {
      const p = (s: number): Point => [a[0] + ((b[0] - a[0]) * s) / len, a[1] + ((b[1] - a[1]) * s) / len];
      r.line(px(p(t)), px(p(t + 3)), Math.max(1, 0.4 / mpp), C.roadLine);
    }
  }
  // Access roads from the edge of the drawing to the ring road, in line with the boulevard.
  const by = (plan.boulevard.minY + plan.boulevard.maxY) / 2;
  r.fillPolygon(corners({ minX: x, maxX: x + plan.widthPx * mpp, minY: by - ROAD_M / 2, maxY: by + ROAD_M / 2 }).map(px), C.road);
  r.fillPolygon(corners(g).map(px), C.grounds);
  // The boulevard (and the streets between further rows) run out to the ring road at both ends.
  for (const b of plan.streets) {
    r.fillPolygon(corners({ ...b, minX: g.minX, maxX: g.maxX }).map(px), C.plaza);
    for (let tx = g.minX + 8; tx < g.maxX - 4; tx += 16) {
      for (const ty of [b.minY + 5, b.maxY - 5]) {
        if (b === plan.boulevard && tx > plan.central.minX - 8 && tx < plan.central.maxX + 8) continue;
        r.circle(px([tx, ty]), 2.5 / mpp, C.tree);
      }
    }
  }
  r.fillPolygon(corners(plan.central).map(px), C.central);
  r.outline(corners(plan.central).map(px), Math.max(1, 1 / mpp), C.centralEdge);
  for (const o of plan.halls) {
    r.fillPolygon(o.map(px), C.footprint);
    r.outline(o.map(px), Math.max(1, 1.2 / mpp), C.footprintEdge);
  }
  // North arrow in the top-right corner of the lawn.
  const n: Point = [road.maxX + MARGIN_M / 2, road.minY];
  r.fillPolygon([n, [n[0] + 5, n[1] + 14], [n[0], n[1] + 10], [n[0] - 5, n[1] + 14]].map((p) => px(p as Point)), C.footprintEdge);
  return { raster: r, pose: plan.pose };
}

/** The asset record and the site drawing (locked, lined up) of a show's generated master plan. */
export function sitePlanDrawing(halls: readonly SiteHall[]): { asset: Asset; drawing: HallBackground } {
  const plan = planOf(halls);
  return {
    asset: { id: SITE_PLAN_ASSET_ID, fileName: `${SITE_PLAN_ASSET_ID}.png`, mime: 'image/png', widthPx: plan.widthPx, heightPx: plan.heightPx },
    drawing: { assetId: SITE_PLAN_ASSET_ID, ...plan.pose, rotation: 0, calibration: null, opacity: 0.8, locked: true, hiddenLayers: [] },
  };
}

/**
 * The files a generated show names beside it (`<show>.assets/`): its master plan, drawn again
 * from the halls it stands for. Empty for a show without one.
 */
export function sampleAssetFiles(project: { halls: Record<string, SiteHall>; assets: Record<string, Asset> }): { fileName: string; bytes: Uint8Array }[] {
  const asset = project.assets[SITE_PLAN_ASSET_ID];
  if (!asset) return [];
  return [{ fileName: asset.fileName, bytes: renderSitePlan(Object.values(project.halls)).raster.png() }];
}
