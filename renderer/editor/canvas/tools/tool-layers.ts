import type Konva from 'konva';
import type { Point } from '../../../../shared/model/primitives';
import { bboxOf, type BBox } from '../../../../shared/geometry/polygon';
import { blockConflicts, planBoothBlock } from '../../../../shared/editing/block';
import { isRefusal } from '../../../../shared/editing/result';
import { snapPointToGrid } from '../../../../shared/geometry/snapping';
import { cameraStore, visibleWorld, type Camera } from '../../camera';
import { editor } from '../../instance';
import { sessionStore } from '../../session-store';
import { drawingImage, onDrawingLoaded } from '../../tools/drawing-images';
import { hallAt, toHall } from '../../tools/placement';
import { toolStore } from '../../tools/tool-store';
import { FONT_STACK } from '../../fonts';
import type { Scene } from '../scene';
import { toWorld } from '../hall-layout';
import { tracePath } from '../draw/trace';
import { drawingToPlan } from '../../../../shared/editing/background';
import { drawTransform } from './transform-handles';
import { transformStore } from '../../tools/transform-gesture';
import { drawHallGesture, hallDragStore } from './hall-gesture';
import { label, metres, niceStep } from './screen-label';
import { VectorUnderlay } from '../../../cad/draw-vector';
import { isVectorAsset, siteVectorPlacement, vectorPlacements } from '../../../cad/plan-underlay';
import { onVectorDrawingLoaded } from '../../../cad/vector-drawings';
import { convertStore } from '../../../cad/convert-store';
import { drawPickedPaths } from './picked-paths';
import { drawAlignPoints, drawSnapMark } from './pick-marks';
import { clearSnapshot, showSnapshot, snapshotDrift, snapshotTooFar } from '../draw/snapshot';
import { customLayer } from '../draw/layer-canvas';
import { trackPainting } from '../draw/draw-tracker';
import { Rulers } from './rulers';

export interface ToolLayerHost {
  scene(): Scene | null;
  /** A pan or zoom gesture is under way (venue drawings then move their cached bitmap). */
  gesturing?(): boolean;
  /** Hall drawings or the grid changed: the plan's own layer, which draws them (`drawUnderlay`), is drawn again. */
  underlayChanged(): void;
}

const ACCENT = '#1f5fff';

const sx = (cam: Camera, x: number) => x * cam.scale + cam.x;
const sy = (cam: Camera, y: number) => y * cam.scale + cam.y;



/**
 * The editor's own drawing, kept apart from the show's layers: the site drawing beneath
 * everything, an underlay (hall drawings and the grid, on the hall floors and under the
 * facilities and booths: drawn by the plan into its own layer, see `drawUnderlay`) and an
 * overlay on top (whatever a tool is drawing, the moving selection during a drag, snap
 * guides, rulers and scale bar).
 * A drag redraws only the overlay; the booths underneath stay untouched until the one
 * operation lands on drop.
 */
export class ToolLayers {
  /** The venue's master plan: under the hall floors, so a floor hides what its hall covers. */
  private readonly site: Konva.Layer;
  private readonly over: Konva.Layer;
  private readonly rulers: Rulers;
  private frame = 0;
  private readonly dirty = new Set<'site' | 'over'>();
  private readonly cleanups: (() => void)[] = [];
  /** Venue drawings imported from DXF, kept as a bitmap while the view only pans. */
  readonly vector = new VectorUnderlay();
  /** The site's own CAD master plan, on the site layer beneath the hall floors. */
  readonly siteVector = new VectorUnderlay();
  /** Camera the site drawing was last drawn with, and how long that took (ms). */
  private siteCam: Camera | null = null;
  private siteMs = 0;

  constructor(stage: Konva.Stage, private readonly host: ToolLayerHost) {
    this.site = customLayer((ctx) => this.drawSite(ctx), { moves: true });
    this.over = customLayer((ctx) => {
      const tracked = trackPainting(ctx);
      this.drawOver(tracked.ctx);
      return tracked.painted();
    });
    stage.add(this.site, this.over);
    // site drawing < the plan (hall floors < hall drawings and grid < facilities, booths) < selection < tools < rulers.
    this.site.zIndex(0);
    this.rulers = new Rulers(stage.content);
    const underlay = () => {
      this.invalidate('site');
      this.host.underlayChanged();
    };
    this.cleanups.push(
      toolStore.subscribe((s, p) => {
        // The underlay reads the grid, not the tool: a tool switch redraws only the overlay.
        if (s.grid !== p.grid) underlay();
        this.invalidate('over');
      }),
      cameraStore.subscribe((cam) => this.cameraMoved(cam)),
      editor.store.subscribe((s, p) => {
        if (s.doc?.halls !== p.doc?.halls || s.doc?.assets !== p.doc?.assets || s.doc?.settings.site.drawing !== p.doc?.settings.site.drawing) underlay();
        this.invalidate('over');
      }),
      sessionStore.subscribe((s, p) => {
        if (s.selection !== p.selection || s.facilities !== p.facilities) this.invalidate('over');
      }),
      onDrawingLoaded(underlay),
      onVectorDrawingLoaded(underlay),
      transformStore.subscribe(() => this.invalidate('over')),
      hallDragStore.subscribe(() => this.invalidate('over')),
      convertStore.subscribe(() => this.invalidate('over')),
    );
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    for (const c of this.cleanups) c();
    this.rulers.destroy();
  }

  /**
   * During a pan or zoom gesture the site drawing moves as a bitmap with a CSS transform, like
   * the plan's own layer, until it has drifted too far; otherwise, and once the gesture
   * settles, it is drawn again.
   */
  private cameraMoved(cam: Camera & { viewport: { width: number; height: number } }): void {
    this.invalidate('over');
    const from = this.siteCam;
    if (this.host.gesturing?.() && from && !this.dirty.has('site') && !snapshotTooFar(snapshotDrift(from, cam, cam.viewport), this.siteMs > 12)) {
      showSnapshot([this.site.getCanvas()._canvas], from, cam);
      return;
    }
    this.invalidate('site');
  }

  /** A gesture settled: venue drawings crisp again, the hall handles back. */
  settled(): void {
    this.invalidate('site', 'over');
  }

  /** Redraws both layers now (after the view's own full redraw). */
  drawNow(): void {
    this.site.draw();
    this.drawOverAndRulers();
  }

  private drawOverAndRulers(): void {
    this.over.draw();
    const cam = cameraStore.getState();
    this.rulers.draw(cam, cam.viewport);
  }

  private invalidate(...names: ('site' | 'over')[]): void {
    for (const n of names) this.dirty.add(n);
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      if (this.dirty.has('site')) this.site.draw();
      if (this.dirty.has('over')) this.drawOverAndRulers();
      this.dirty.clear();
    });
  }

  private drawSite(ctx: CanvasRenderingContext2D): boolean {
    const t0 = performance.now();
    const cam = cameraStore.getState();
    clearSnapshot([this.site.getCanvas()._canvas]);
    this.siteCam = { scale: cam.scale, x: cam.x, y: cam.y };
    const drew = this.drawSiteContent(ctx, cam);
    this.siteMs = performance.now() - t0;
    return drew;
  }

  /** The site drawing (the venue's master plan) in site metres, drawn before the hall floors. */
  private drawSiteContent(ctx: CanvasRenderingContext2D, cam: ReturnType<typeof cameraStore.getState>): boolean {
    const { doc, handle } = editor.store.getState();
    if (!this.host.scene() || !doc || !handle) return false;
    const view = visibleWorld(cam, cam.viewport);
    const meets = (b: BBox) => b.maxX >= view.minX && b.minX <= view.maxX && b.maxY >= view.minY && b.minY <= view.maxY;
    const site = doc.settings.site.drawing;
    const siteAsset = site ? doc.assets[site.assetId] : undefined;
    const cad = siteVectorPlacement(doc, handle);
    if (cad) this.siteVector.draw(ctx, [cad], cam, cam.viewport, this.host.gesturing?.() ?? false);
    if (site && siteAsset && !isVectorAsset(siteAsset.mime)) {
      const corners = ([[0, 0], [siteAsset.widthPx, 0], [siteAsset.widthPx, siteAsset.heightPx], [0, siteAsset.heightPx]] as Point[]).map((p) => drawingToPlan(site, p));
      const img = meets(bboxOf(corners)) ? drawingImage(handle, siteAsset) : null;
      if (img) {
        ctx.save();
        ctx.globalAlpha = site.opacity;
        ctx.translate(sx(cam, corners[0]![0]), sy(cam, corners[0]![1]));
        ctx.rotate((site.rotation * Math.PI) / 180);
        ctx.drawImage(img, 0, 0, siteAsset.widthPx * site.metresPerPixel * cam.scale, siteAsset.heightPx * site.metresPerPixel * cam.scale);
        ctx.restore();
        return true;
      }
    }
    return cad !== null;
  }

  /**
   * Hall drawings and the grid, on the hall floors and under facilities and booths. The plan
   * draws them into its own layer between the floors and the facilities: one canvas to move
   * during gestures instead of three (without a GPU each is blended in software every frame).
   */
  drawUnderlay(ctx: CanvasRenderingContext2D, cam: ReturnType<typeof cameraStore.getState>): void {
    const scene = this.host.scene();
    const { doc, handle } = editor.store.getState();
    if (!scene || !doc || !handle) return;
    // Only what is on screen: at 400 % a 0.5 m grid over every hall of a large show is tens of
    // thousands of lines per frame, nearly all of them off screen.
    const view = visibleWorld(cam, cam.viewport);
    const meets = (b: BBox) => b.maxX >= view.minX && b.minX <= view.maxX && b.maxY >= view.minY && b.minY <= view.maxY;
    this.vector.draw(ctx, vectorPlacements(doc, handle, scene.halls.map((h) => h.id), (id) => scene.layout.byId.get(id)), cam, cam.viewport, this.host.gesturing?.() ?? false);
    for (const h of scene.halls) {
      const bg = doc.halls[h.id]?.background;
      const asset = bg ? doc.assets[bg.assetId] : undefined;
      const pl = scene.layout.byId.get(h.id);
      if (!bg || !asset || !pl || isVectorAsset(asset.mime)) continue;
      // A venue drawing may reach beyond its hall: test its own extent.
      const dw = asset.widthPx * bg.metresPerPixel;
      const dh = asset.heightPx * bg.metresPerPixel;
      const rot = (bg.rotation * Math.PI) / 180;
      const corners = ([[0, 0], [dw, 0], [dw, dh], [0, dh]] as Point[]).map(([u, v]) => toWorld(pl, bg.x + u * Math.cos(rot) - v * Math.sin(rot), bg.y + u * Math.sin(rot) + v * Math.cos(rot)));
      if (!meets(bboxOf(corners))) continue;
      const img = drawingImage(handle, asset);
      if (!img) continue;
      ctx.save();
      ctx.globalAlpha = bg.opacity;
      ctx.translate(sx(cam, corners[0]![0]), sy(cam, corners[0]![1]));
      ctx.rotate(((pl.rotation + bg.rotation) * Math.PI) / 180);
      ctx.drawImage(img, 0, 0, dw * cam.scale, dh * cam.scale);
      ctx.restore();
    }
    const grid = toolStore.getState().grid;
    if (grid > 0) {
      const step = Math.max(grid, niceStep(cam.scale, 10));
      ctx.beginPath();
      for (const h of scene.halls) {
        if (!meets(h.bounds)) continue;
        const b = { minX: Math.max(h.bounds.minX, view.minX), minY: Math.max(h.bounds.minY, view.minY), maxX: Math.min(h.bounds.maxX, view.maxX), maxY: Math.min(h.bounds.maxY, view.maxY) };
        for (let x = Math.ceil(b.minX / step) * step; x <= b.maxX; x += step) {
          ctx.moveTo(sx(cam, x), sy(cam, b.minY));
          ctx.lineTo(sx(cam, x), sy(cam, b.maxY));
        }
        for (let y = Math.ceil(b.minY / step) * step; y <= b.maxY; y += step) {
          ctx.moveTo(sx(cam, b.minX), sy(cam, y));
          ctx.lineTo(sx(cam, b.maxX), sy(cam, y));
        }
      }
      ctx.lineWidth = 1;
      ctx.strokeStyle = 'rgba(43, 52, 64, 0.08)';
      ctx.stroke();
    }
  }

  private drawOver(ctx: CanvasRenderingContext2D): void {
    const scene = this.host.scene();
    const cam = cameraStore.getState();
    const s = toolStore.getState();
    ctx.font = `12px ${FONT_STACK}`;
    if (scene) {
      const g = s.gesture;
      if (g.kind === 'move') this.drawMoving(ctx, scene, cam, g.dx, g.dy);
      if (g.kind === 'band') {
        const [x0, y0, x1, y1] = [sx(cam, g.start[0]), sy(cam, g.start[1]), sx(cam, g.current[0]), sy(cam, g.current[1])];
        ctx.fillStyle = 'rgba(31, 95, 255, 0.08)';
        ctx.fillRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
        ctx.strokeStyle = ACCENT;
        ctx.lineWidth = 1;
        ctx.setLineDash([4, 3]);
        ctx.strokeRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
        ctx.setLineDash([]);
      }
      if (g.kind === 'rect') {
        const [x0, y0, x1, y1] = [sx(cam, g.start[0]), sy(cam, g.start[1]), sx(cam, g.current[0]), sy(cam, g.current[1])];
        ctx.fillStyle = 'rgba(31, 95, 255, 0.12)';
        ctx.fillRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
        ctx.strokeStyle = ACCENT;
        ctx.lineWidth = 1.5;
        ctx.strokeRect(Math.min(x0, x1), Math.min(y0, y1), Math.abs(x1 - x0), Math.abs(y1 - y0));
        label(ctx, `${metres(Math.abs(g.current[0] - g.start[0]))} × ${metres(Math.abs(g.current[1] - g.start[1]))} m`, Math.max(x0, x1) + 8, Math.max(y0, y1) + 8);
      }
      if (g.kind === 'poly') {
        const pts = [...g.points, ...(g.current ? [g.current] : [])];
        ctx.beginPath();
        tracePath(ctx, pts.flat(), cam, false);
        ctx.strokeStyle = ACCENT;
        ctx.lineWidth = 1.5;
        ctx.stroke();
        ctx.fillStyle = ACCENT;
        for (const p of g.points) ctx.fillRect(sx(cam, p[0]) - 3, sy(cam, p[1]) - 3, 6, 6);
        const last = g.points[g.points.length - 1];
        if (last && g.current) label(ctx, `${metres(Math.hypot(g.current[0] - last[0], g.current[1] - last[1]))} m`, sx(cam, g.current[0]) + 10, sy(cam, g.current[1]) + 10);
      }
      if (s.tool === 'block' && s.pointer && g.kind === 'idle') this.drawBlockPreview(ctx, scene, cam, s.pointer);
      if (s.snapMark && s.tool !== 'select' && s.tool !== 'pan') drawSnapMark(ctx, cam, s.snapMark);
      if (convertStore.getState().picking) drawPickedPaths(ctx, scene, cam);
      for (const id of sessionStore.getState().facilities) {
        const f = scene.facilities.find((x) => x.id === id);
        if (!f) continue;
        ctx.beginPath();
        tracePath(ctx, f.pts, cam, f.closed);
        ctx.strokeStyle = ACCENT;
        ctx.lineWidth = f.closed ? 2.5 : Math.max(3, f.thickness * cam.scale + 3);
        ctx.globalAlpha = f.closed ? 1 : 0.5;
        ctx.stroke();
        ctx.globalAlpha = 1;
      }
      if (s.tool === 'align') drawAlignPoints(ctx, cam, s.align.points, s.pointer);
      drawTransform(ctx, scene, cam);
      // The rotate handles wait while the view pans or zooms: without them the layer is empty
      // and out of the page, so a gesture frame moves one canvas (the plan) and three strips.
      drawHallGesture(ctx, scene, cam, !(this.host.gesturing?.() ?? false));
      const pr = s.focusedProblem;
      if (pr) {
        const pl = scene.layout.byId.get(pr.hallId);
        if (pl) {
          ctx.strokeStyle = '#d4380d';
          ctx.lineWidth = 2;
          ctx.setLineDash([6, 4]);
          const m = 0.5;
          ctx.save();
          ctx.translate(sx(cam, pl.dx), sy(cam, pl.dy));
          ctx.rotate((pl.rotation * Math.PI) / 180);
          ctx.strokeRect((pr.bbox.minX - m) * cam.scale, (pr.bbox.minY - m) * cam.scale, (pr.bbox.maxX - pr.bbox.minX + 2 * m) * cam.scale, (pr.bbox.maxY - pr.bbox.minY + 2 * m) * cam.scale);
          ctx.restore();
          ctx.setLineDash([]);
        }
      }
    }
  }

  private drawMoving(ctx: CanvasRenderingContext2D, scene: Scene, cam: Camera, dx: number, dy: number): void {
    const moved = { ...cam, x: cam.x + dx * cam.scale, y: cam.y + dy * cam.scale };
    ctx.beginPath();
    for (const id of sessionStore.getState().selection) {
      const b = scene.boothsById.get(id);
      if (b) tracePath(ctx, b.pts, moved, true);
    }
    for (const id of sessionStore.getState().facilities) {
      const f = scene.facilities.find((x) => x.id === id);
      if (f) tracePath(ctx, f.pts, moved, f.closed);
    }
    ctx.fillStyle = 'rgba(31, 95, 255, 0.25)';
    ctx.fill();
    ctx.strokeStyle = ACCENT;
    ctx.lineWidth = 1.5;
    ctx.stroke();
    ctx.strokeStyle = '#eb2f96';
    ctx.lineWidth = 1;
    ctx.beginPath();
    for (const gd of toolStore.getState().guides) {
      if (gd.axis === 'x') {
        ctx.moveTo(sx(cam, gd.at), sy(cam, gd.from));
        ctx.lineTo(sx(cam, gd.at), sy(cam, gd.to));
      } else {
        ctx.moveTo(sx(cam, gd.from), sy(cam, gd.at));
        ctx.lineTo(sx(cam, gd.to), sy(cam, gd.at));
      }
    }
    ctx.stroke();
    const p = toolStore.getState().pointer;
    if (p) label(ctx, `Δ ${metres(dx)}, ${metres(dy)} m`, sx(cam, p[0]) + 12, sy(cam, p[1]) + 12);
  }

  private drawBlockPreview(ctx: CanvasRenderingContext2D, scene: Scene, cam: Camera, pointer: Point): void {
    const doc = editor.store.getState().doc;
    const s = toolStore.getState();
    const at = snapPointToGrid(pointer, s.grid);
    const hallId = hallAt(scene, at);
    const local = hallId ? toHall(scene, hallId, at) : null;
    if (!doc || !hallId || !local) return;
    const plan = planBoothBlock({ ...s.block, hallId, origin: local, rotation: 0, kind: 'standard' });
    if (isRefusal(plan)) return;
    const conflicts = blockConflicts(doc, plan);
    const bad = new Set(conflicts.outside);
    const taken = new Set(conflicts.takenNumbers);
    const pl = scene.layout.byId.get(hallId)!;
    // Drawn in the hall's frame: the block turns with a turned hall.
    ctx.save();
    ctx.translate(sx(cam, pl.dx), sy(cam, pl.dy));
    ctx.rotate((pl.rotation * Math.PI) / 180);
    const shifted = { ...cam, x: 0, y: 0 };
    for (const wrong of [false, true]) {
      ctx.beginPath();
      plan.booths.forEach((b, i) => {
        if ((bad.has(i) || taken.has(b.number)) !== wrong) return;
        const r = b.shape;
        ctx.rect(sx(shifted, r.x), sy(shifted, r.y), r.w * cam.scale, r.h * cam.scale);
      });
      ctx.fillStyle = wrong ? 'rgba(212, 56, 13, 0.3)' : 'rgba(31, 95, 255, 0.15)';
      ctx.fill();
      ctx.strokeStyle = wrong ? '#d4380d' : ACCENT;
      ctx.lineWidth = 1;
      ctx.stroke();
    }
    if (plan.booths[0]!.shape.w * cam.scale > 24) {
      ctx.fillStyle = '#1d2329';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      for (const b of plan.booths) ctx.fillText(b.number, sx(shifted, b.shape.x + b.shape.w / 2), sy(shifted, b.shape.y + b.shape.h / 2));
    }
    const w = plan.bbox.maxX - plan.bbox.minX;
    const h = plan.bbox.maxY - plan.bbox.minY;
    ctx.textAlign = 'left';
    ctx.textBaseline = 'alphabetic';
    label(ctx, `${plan.booths.length} · ${metres(w)} × ${metres(h)} m`, sx(shifted, plan.bbox.maxX) + 8, sy(shifted, plan.bbox.maxY) + 8);
    ctx.restore();
  }
}
