import { FloorView } from '../../renderer/editor/canvas/floor-view';
import { editor } from '../../renderer/editor/instance';
import { cameraStore } from '../../renderer/editor/camera';
import { select, sessionStore } from '../../renderer/editor/session-store';
import { toolStore } from '../../renderer/editor/tools/tool-store';
import type { BBox } from '../../shared/geometry/polygon';
import type { Operation } from '../../shared/ops/operation';
import { painted, type Variant } from './variant';

/**
 * Pavilion's own canvas: the real FloorView and editor stores. Commits go to a host that
 * confirms at once (writing to disk is measured in Node, against the real service).
 */
export function oursVariant(container: HTMLDivElement): Variant {
  let view: FloorView | null = null;
  let revision = 0;
  editor.setHost({ commitOperations: () => Promise.resolve({ ok: true, value: { revision: ++revision, savedAt: new Date().toISOString() } }) });
  return {
    async show(doc, cam) {
      view = new FloorView(container);
      revision = doc.revision;
      editor.load({ handle: 'bench', path: '/bench/show.pavilion.json', project: doc, readOnly: false, migratedFrom: null });
      // Opening fits the plan and draws at once; the bench's camera is that same fit.
      const now = cameraStore.getState();
      if (now.scale !== cam.scale || now.x !== cam.x || now.y !== cam.y) cameraStore.setState({ scale: cam.scale, x: cam.x, y: cam.y });
      await painted();
    },
    gesture(cam) {
      view!.gestureCamera(cam);
    },
    async jump(cam) {
      cameraStore.setState({ scale: cam.scale, x: cam.x, y: cam.y });
      await painted();
    },
    crisp() {
      return view!.whenCrisp();
    },
    click(sx, sy) {
      const r = container.getBoundingClientRect();
      const id = view!.boothAtClient(r.left + sx, r.top + sy);
      select(id ? [id] : []);
      return id;
    },
    band(rect: BBox) {
      const ids = view!.currentScene()!.index.search(rect).map((b) => b.id);
      select(ids);
      return ids.length;
    },
    dragStart(ids) {
      select(ids);
      toolStore.setState({ gesture: { kind: 'move', start: [0, 0], dx: 0, dy: 0 } });
    },
    dragStep(dx, dy) {
      const g = toolStore.getState().gesture;
      if (g.kind === 'move') toolStore.setState({ gesture: { ...g, dx: g.dx + dx, dy: g.dy + dy } });
    },
    dragEnd() {
      toolStore.setState({ gesture: { kind: 'idle' } });
      sessionStore.setState({ selection: [] });
    },
    assign(op: Operation) {
      const error = editor.apply(op);
      if (error) throw new Error(`assignment refused: ${error.code}`);
    },
    destroy() {
      view?.destroy();
      editor.unload();
    },
  };
}
