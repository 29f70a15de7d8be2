import { cameraStore, screenToWorld } from '../../camera';
import type { Scene } from '../scene';
import { toWorld } from '../hall-layout';

/** Test hooks converting between hall metres and page pixels with the current camera. */
export function planPointHooks(scene: () => Scene | null, el: HTMLElement) {
  return {
    worldToScreen(hallId: string, x: number, y: number): { x: number; y: number } | null {
      const pl = scene()?.layout.byId.get(hallId);
      if (!pl) return null;
      const cam = cameraStore.getState();
      const r = el.getBoundingClientRect();
      const [wx, wy] = toWorld(pl, x, y);
      return { x: r.left + wx * cam.scale + cam.x, y: r.top + wy * cam.scale + cam.y };
    },
    screenToPlan(x: number, y: number): { x: number; y: number } {
      const r = el.getBoundingClientRect();
      const [wx, wy] = screenToWorld(cameraStore.getState(), x - r.left, y - r.top);
      return { x: wx, y: wy };
    },
  };
}
