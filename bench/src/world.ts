import type { Project } from '../../shared/model/project';
import type { BBox } from '../../shared/geometry/polygon';
import { shapeBBox } from '../../shared/geometry/polygon';
import { layoutHalls } from '../../renderer/editor/canvas/hall-layout';
import { fitCamera, type Camera, type Viewport } from '../../renderer/editor/camera';

/** A booth as the baselines see it: its box on the plan, nothing precomputed beyond that. */
export interface FlatBooth {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  number: string;
  status: string;
  name: string;
}

export const VIEWPORT: Viewport = { width: 1280, height: 800 };

/**
 * Booth boxes placed with their halls the way the editor lays halls out, on the level the
 * plan opens on (the lowest): halls upstairs sit over ground-floor halls on the site, so
 * drawing every level at once would stack booths on booths, and the editor shows one level.
 */
export function flatBooths(doc: Project): { booths: FlatBooth[]; bounds: BBox } {
  const content = new Map<string, BBox>();
  for (const b of Object.values(doc.booths)) {
    const bb = shapeBBox(b.shape);
    const cur = content.get(b.hallId);
    content.set(b.hallId, cur ? { minX: Math.min(cur.minX, bb.minX), minY: Math.min(cur.minY, bb.minY), maxX: Math.max(cur.maxX, bb.maxX), maxY: Math.max(cur.maxY, bb.maxY) } : bb);
  }
  const halls = Object.values(doc.halls);
  const level = Math.min(...halls.map((h) => h.level));
  const layout = layoutHalls(halls, content, Number.isFinite(level) ? level : undefined);
  const booths: FlatBooth[] = [];
  for (const b of Object.values(doc.booths)) {
    const pl = layout.byId.get(b.hallId);
    if (!pl) continue;
    const bb = shapeBBox(b.shape);
    booths.push({ id: b.id, x: bb.minX + pl.dx, y: bb.minY + pl.dy, w: bb.maxX - bb.minX, h: bb.maxY - bb.minY, number: b.number, status: b.status, name: exhibitorName(doc, b.id) });
  }
  return { booths, bounds: layout.bounds ?? { minX: 0, minY: 0, maxX: 1, maxY: 1 } };
}

export function exhibitorName(doc: Project, boothId: string): string {
  const a = doc.assignments[boothId];
  const ex = a ? doc.exhibitors[a.exhibitorId] : undefined;
  return ex ? ex.shortName.en || ex.name.en : '';
}

/** The cameras every variant is driven through, from the same plan bounds. */
export interface CameraPlan {
  fit: Camera;
  /** 100 % zoom centred on the first hall. */
  closeUp: Camera;
}

export function cameraPlan(bounds: BBox, firstHall: BBox): CameraPlan {
  const fit = fitCamera(bounds, VIEWPORT, 40);
  const scale = 5;
  const cx = (firstHall.minX + firstHall.maxX) / 2;
  const cy = (firstHall.minY + firstHall.maxY) / 2;
  return { fit, closeUp: { scale, x: VIEWPORT.width / 2 - cx * scale, y: VIEWPORT.height / 2 - cy * scale } };
}

/** Booth boxes meeting the viewport at a camera. */
export function onScreen(booths: readonly FlatBooth[], cam: Camera): FlatBooth[] {
  const x0 = -cam.x / cam.scale;
  const y0 = -cam.y / cam.scale;
  const x1 = (VIEWPORT.width - cam.x) / cam.scale;
  const y1 = (VIEWPORT.height - cam.y) / cam.scale;
  return booths.filter((b) => b.x + b.w >= x0 && b.x <= x1 && b.y + b.h >= y0 && b.y <= y1);
}
