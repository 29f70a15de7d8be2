import Konva from 'konva';
import type { Project } from '../../../shared/model/project';
import type { BBox } from '../../../shared/geometry/polygon';
import { cameraStore, fitCamera, type Camera } from '../camera';
import { editor } from '../instance';
import { clearSelection, select, sessionStore, setHovered, toggleSelected } from '../session-store';
import { onViewRequest, type ViewRequest } from '../view-requests';
import { zoomAt } from '../camera';
import { visibleBooths } from './culling';
import { drawBooths } from './draw/booths';
import { drawFacilities, type Translate } from './draw/facilities';
import { drawHalls } from './draw/halls';
import { drawOverlay } from './draw/overlay';
import { attachPointer } from './pointer-controller';
import { boothsBounds, buildScene, sceneInputsChanged, type Scene, type SceneBooth, type SceneInputs } from './scene';

type LayerName = 'background' | 'booths' | 'overlay';

/** A layer whose only child is one shape drawing everything with the native context. */
function customLayer(draw: (ctx: CanvasRenderingContext2D) => void): Konva.Layer {
  const layer = new Konva.Layer({ listening: false });
  layer.add(new Konva.Shape({ listening: false, perfectDrawEnabled: false, sceneFunc: (context) => draw(context._context) }));
  return layer;
}

/**
 * The floor plan, drawn imperatively: a Konva stage with three non-listening layers
 * (background: halls and facilities; booths; overlay: selection and hover), each a single
 * custom shape that draws in screen space. Only booths the R-tree finds in the viewport are
 * drawn, labels only where readable, and hit-testing goes through the same index, so the
 * cost follows what is on screen, not the size of the show. It reads the document, session
 * and camera stores and never renders React per booth.
 */
export class FloorView {
  private readonly stage: Konva.Stage;
  private readonly layers: Record<LayerName, Konva.Layer>;
  private readonly dirty = new Set<LayerName>();
  private readonly cleanups: (() => void)[] = [];
  private scene: Scene | null = null;
  private inputs: SceneInputs | null = null;
  private handle: string | null = null;
  /** A new document waits for a non-empty viewport before it is fitted and reported drawn. */
  private fitPending = false;
  private frame = 0;
  private translate: Translate = (key) => key;

  constructor(private readonly container: HTMLDivElement) {
    const { width, height } = container.getBoundingClientRect();
    this.stage = new Konva.Stage({ container, width: Math.max(1, width), height: Math.max(1, height), listening: false });
    this.layers = {
      background: customLayer((ctx) => this.drawBackground(ctx)),
      booths: customLayer((ctx) => this.drawBoothLayer(ctx)),
      overlay: customLayer((ctx) => this.drawOverlayLayer(ctx)),
    };
    this.stage.add(this.layers.background, this.layers.booths, this.layers.overlay);
    cameraStore.setState({ viewport: { width, height } });

    this.cleanups.push(
      editor.store.subscribe((s, prev) => {
        if (s.doc !== prev.doc || s.handle !== prev.handle) this.setDocument(s.doc, s.handle);
      }),
      sessionStore.subscribe((s, prev) => {
        if (s.language !== prev.language) this.invalidate('background', 'booths');
        if (s.selection !== prev.selection || s.hovered !== prev.hovered) this.invalidate('overlay');
      }),
      cameraStore.subscribe((s, prev) => {
        if (s.scale !== prev.scale || s.x !== prev.x || s.y !== prev.y) this.invalidate('background', 'booths', 'overlay');
      }),
      onViewRequest((req) => this.handleViewRequest(req)),
      attachPointer(container, {
        camera: () => cameraStore.getState(),
        setCamera: (cam) => this.setCamera(cam),
        hitTest: (sx, sy) => this.hitTest(sx, sy),
        click: (id, shift) => {
          if (!id) clearSelection();
          else if (shift) toggleSelected(id);
          else select([id]);
        },
        hover: (id) => setHovered(id),
      }),
    );
    const ro = new ResizeObserver(() => this.resize());
    ro.observe(container);
    this.cleanups.push(() => ro.disconnect());

    const s = editor.store.getState();
    this.setDocument(s.doc, s.handle);
  }

  setTranslator(t: Translate): void {
    this.translate = t;
    this.invalidate('background');
  }

  destroy(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    for (const c of this.cleanups) c();
    this.stage.destroy();
    if (sessionStore.getState().drawnHandle !== null) sessionStore.setState({ drawnHandle: null });
  }

  /** Centre of a booth in page (client) pixels, for tests that click booths. */
  boothScreenPoint(boothId: string): { x: number; y: number } | null {
    const b = this.scene?.boothsById.get(boothId);
    if (!b) return null;
    const cam = cameraStore.getState();
    const r = this.container.getBoundingClientRect();
    return { x: r.left + b.labelX * cam.scale + cam.x, y: r.top + b.labelY * cam.scale + cam.y };
  }

  private setDocument(doc: Project | null, handle: string | null): void {
    if (!doc || !handle) {
      this.scene = null;
      this.inputs = null;
      this.handle = null;
      this.fitPending = false;
      this.drawNow();
      return;
    }
    if (handle !== this.handle) {
      this.handle = handle;
      this.inputs = doc;
      this.scene = buildScene(doc);
      this.fitPending = true;
      this.tryFirstDraw();
      return;
    }
    if (sceneInputsChanged(this.inputs, doc)) {
      this.inputs = doc;
      this.scene = buildScene(doc);
      this.invalidate('background', 'booths', 'overlay');
    }
  }

  /** Fits and draws a newly opened document once the canvas has a size, then reports it drawn. */
  private tryFirstDraw(): void {
    const { viewport } = cameraStore.getState();
    if (!this.fitPending || viewport.width < 2 || viewport.height < 2) return;
    this.fitPending = false;
    const bounds = this.scene?.layout.bounds;
    if (bounds) this.fit(bounds, 40);
    this.drawNow();
    sessionStore.setState({ drawnHandle: this.handle });
  }

  private resize(): void {
    const { width, height } = this.container.getBoundingClientRect();
    const w = Math.max(1, Math.round(width));
    const h = Math.max(1, Math.round(height));
    if (w === this.stage.width() && h === this.stage.height() && !this.fitPending) return;
    this.stage.size({ width: w, height: h });
    cameraStore.setState({ viewport: { width: w, height: h } });
    if (this.fitPending) this.tryFirstDraw();
    else this.drawNow();
  }

  private setCamera(cam: Camera): void {
    cameraStore.setState({ scale: cam.scale, x: cam.x, y: cam.y });
  }

  private fit(bounds: BBox, padding = 32): void {
    this.setCamera(fitCamera(bounds, cameraStore.getState().viewport, padding));
  }

  private handleViewRequest(req: ViewRequest): void {
    const { viewport } = cameraStore.getState();
    switch (req.kind) {
      case 'zoom':
        this.setCamera(zoomAt(cameraStore.getState(), req.factor, viewport.width / 2, viewport.height / 2));
        return;
      case 'fit-all': {
        const b = this.scene?.layout.bounds;
        if (b) this.fit(b, 40);
        return;
      }
      case 'fit-hall': {
        const b = this.scene?.layout.byId.get(req.hallId)?.bounds;
        if (b) this.fit(b, 48);
        return;
      }
      case 'fit-booths': {
        if (!this.scene) return;
        const b = boothsBounds(this.scene, req.boothIds);
        // Some surroundings, so one booth is not blown up to fill the screen.
        const m = 12;
        if (b) this.fit({ minX: b.minX - m, minY: b.minY - m, maxX: b.maxX + m, maxY: b.maxY + m }, 48);
        return;
      }
    }
  }

  private hitTest(sx: number, sy: number): string | null {
    if (!this.scene) return null;
    const cam = cameraStore.getState();
    return this.scene.index.hitTest((sx - cam.x) / cam.scale, (sy - cam.y) / cam.scale)?.id ?? null;
  }

  private invalidate(...names: LayerName[]): void {
    for (const n of names) this.dirty.add(n);
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        const names = [...this.dirty];
        this.dirty.clear();
        for (const n of names) this.layers[n].draw();
      });
    }
  }

  private drawNow(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.dirty.clear();
    this.layers.background.draw();
    this.layers.booths.draw();
    this.layers.overlay.draw();
  }

  private drawBackground(ctx: CanvasRenderingContext2D): void {
    if (!this.scene) return;
    const cam = cameraStore.getState();
    const lang = sessionStore.getState().language;
    drawHalls(ctx, this.scene.halls, cam, lang);
    drawFacilities(ctx, this.scene.facilities, cam, lang, this.translate);
  }

  private drawBoothLayer(ctx: CanvasRenderingContext2D): void {
    if (!this.scene) return;
    const cam = cameraStore.getState();
    drawBooths(ctx, visibleBooths(this.scene, cam, cam.viewport), cam, sessionStore.getState().language);
  }

  private drawOverlayLayer(ctx: CanvasRenderingContext2D): void {
    if (!this.scene) return;
    const s = sessionStore.getState();
    const selected: SceneBooth[] = [];
    for (const id of s.selection) {
      const b = this.scene.boothsById.get(id);
      if (b) selected.push(b);
    }
    const hovered = s.hovered ? (this.scene.boothsById.get(s.hovered) ?? null) : null;
    drawOverlay(ctx, selected, hovered, cameraStore.getState());
  }
}
