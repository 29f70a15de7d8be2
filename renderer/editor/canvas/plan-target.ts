import type { Point } from '../../../shared/model/primitives';
import type { PlanTarget } from '../commands/registry';
import { cameraStore, screenToWorld, visibleWorld } from '../camera';
import { facilityAt, hallAt, toHall } from '../tools/placement';
import { handleAt } from '../tools/transform-gesture';
import type { SelectTarget } from '../tools/select/states';
import type { PlanHit } from '../tools/machine';
import { hallHandleAt, hallHandlesOffered } from './tools/hall-gesture';
import type { Scene } from './scene';

/** Facility hits forgive this many screen pixels (thin walls, short labels, doors). */
const FACILITY_SLACK_PX = 4;

/** The booth under a world point, else the facility: one order for clicks, drags and right-clicks. */
function itemAt(scene: Scene, world: Point, scale: number): PlanHit | null {
  const booth = scene.index.hitTest(world[0], world[1])?.id;
  if (booth) return { kind: 'booth', id: booth };
  const fac = facilityAt(scene, world, FACILITY_SLACK_PX / scale);
  return fac ? { kind: 'facility', id: fac } : null;
}

/**
 * What a select-tool press at plan pixels (x, y) lands on, in the order the user sees it: a
 * hall's title bar or rotate handle, a handle of the selection's frame (neither with Shift,
 * which always selects), a booth, a facility, else nothing (empty floor).
 */
export function selectTargetAt(scene: Scene, x: number, y: number, shift: boolean, selection: readonly string[], facilities: readonly string[]): SelectTarget | null {
  const cam = cameraStore.getState();
  if (!shift) {
    const hall = hallHandlesOffered() ? hallHandleAt(scene, cam, x, y) : null;
    if (hall) return { kind: hall.part === 'title' ? 'hall-title' : 'hall-rotate', hallId: hall.hall.id };
    const h = handleAt(scene, x, y);
    if (h) return h.spot.handle === 'rotate' ? { kind: 'rotate-handle' } : { kind: 'resize-handle', handle: h.spot.handle };
  }
  const item = itemAt(scene, screenToWorld(cam, x, y), cam.scale);
  return item ? { ...item, selected: (item.kind === 'booth' ? selection : facilities).includes(item.id) } : null;
}

/**
 * What lies under a point of the plan (container pixels), in the order the user sees it:
 * a booth (the selection when it is part of it), a facility, a hall's floor, else the empty floor.
 */
export function planTargetAt(scene: Scene, sx: number, sy: number, selection: readonly string[], facilities: readonly string[]): PlanTarget {
  const cam = cameraStore.getState();
  const world = screenToWorld(cam, sx, sy) as Point;
  const hallId = hallAt(scene, world);
  const at = hallId ? (toHall(scene, hallId, world) ?? undefined) : undefined;
  const item = itemAt(scene, world, cam.scale);
  if (item) {
    const multi = selection.length + facilities.length > 1 && (item.kind === 'booth' ? selection : facilities).includes(item.id);
    return { kind: multi ? 'selection' : item.kind, id: item.id, hallId, at };
  }
  return hallId ? { kind: 'hall', hallId, at } : { kind: 'floor', hallId: null };
}

/** The hall covering most of the screen (what "this hall" means for Ctrl+A), or null. */
export function hallInView(scene: Scene): string | null {
  const cam = cameraStore.getState();
  const v = visibleWorld(cam, cam.viewport);
  let best: string | null = null;
  let bestArea = 0;
  for (const pl of scene.layout.halls) {
    const b = pl.bounds;
    const w = Math.min(b.maxX, v.maxX) - Math.max(b.minX, v.minX);
    const h = Math.min(b.maxY, v.maxY) - Math.max(b.minY, v.minY);
    const area = w > 0 && h > 0 ? w * h : 0;
    if (area > bestArea) {
      bestArea = area;
      best = pl.hallId;
    }
  }
  return best;
}

const codes = new WeakMap<Scene, Map<string, string>>();
/** Hall codes by hall id for a scene (built once per scene). */
export function hallCodes(scene: Scene | null): ReadonlyMap<string, string> {
  if (!scene) return new Map();
  let m = codes.get(scene);
  if (!m) codes.set(scene, (m = new Map(scene.halls.map((h) => [h.id, h.code]))));
  return m;
}
