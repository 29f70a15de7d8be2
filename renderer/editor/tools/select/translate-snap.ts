import type { Project } from '../../../../shared/model/project';
import type { SpatialIndex } from '../../../../shared/geometry/spatial';
import type { SnapGuide } from '../../../../shared/geometry/snapping';
import { snapSelectionMove } from '../../../../shared/editing/snap';
import { hallBoothIndex } from '../../../../shared/editing/scene';
import { isRefusal } from '../../../../shared/editing/result';
import { cameraStore } from '../../camera';
import { selectionNow, sessionStore } from '../../session-store';
import type { Scene } from '../../canvas/scene';
import { deltaToHall, deltaToWorld } from '../../canvas/hall-layout';
import { toolStore } from '../tool-store';

/**
 * Snapping of a translated selection onto the grid and its neighbours' edges, in the hall of
 * the first selected item. The hall's booth index is built once per drag (`start`), not per
 * pointer move.
 */
export class TranslateSnap {
  hallId: string | null = null;
  private index: SpatialIndex | null = null;

  start(doc: Project | null): void {
    const { selection, facilities } = sessionStore.getState();
    const first = selection[0] ? doc?.booths[selection[0]] : facilities[0] ? doc?.facilities[facilities[0]] : undefined;
    this.hallId = first?.hallId ?? null;
    this.index = doc && this.hallId ? hallBoothIndex(doc, this.hallId) : null;
  }

  stop(): void {
    this.index = null;
  }

  /** The world delta the selection moves by for a pointer delta, and the guides to draw. */
  snap(doc: Project | null, scene: Scene | null, dx: number, dy: number): { dx: number; dy: number; guides: SnapGuide[] } {
    const s = toolStore.getState();
    const pl = this.hallId ? scene?.layout.byId.get(this.hallId) : undefined;
    if (!doc || !pl || !this.index) return { dx, dy, guides: s.guides };
    // Snapping works in the hall's own frame (a turned hall's grid turns with it).
    const [lx, ly] = deltaToHall(pl, dx, dy);
    const r = snapSelectionMove(doc, selectionNow(), lx, ly, { grid: s.grid, tolerancePx: 6, pixelsPerMetre: cameraStore.getState().scale, edges: s.snapEdges }, this.index);
    if (isRefusal(r)) return { dx, dy, guides: s.guides };
    const [wx, wy] = deltaToWorld(pl, r.moveX, r.moveY);
    // Guides are drawn axis-aligned on the plan: only for halls that are not turned.
    const guides = pl.rotation === 0 ? r.guides.map((g) => (g.axis === 'x' ? { ...g, at: g.at + pl.dx, from: g.from + pl.dy, to: g.to + pl.dy } : { ...g, at: g.at + pl.dy, from: g.from + pl.dx, to: g.to + pl.dx })) : [];
    return { dx: wx, dy: wy, guides };
  }
}
