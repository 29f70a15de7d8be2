import Konva from 'konva';
import type { Project } from '../../../shared/model/project';
import type { BBox } from '../../../shared/geometry/polygon';
import { cameraStore, checkPanelRoom, fitCamera, sameCamera, type Camera, type CameraState } from '../camera';
import { editor } from '../instance';
import { sessionStore } from '../session-store';
import { onViewRequest, type ViewRequest } from '../view-requests';
import { openingLevel, setLevel, siteStore } from '../site-store';
import { zoomAt } from '../camera';
import { visibleBooths } from './culling';
import { drawBooths } from './draw/booths';
import { drawFacilities, type Translate } from './draw/facilities';
import { drawHalls } from './draw/halls';
import { drawOverlay } from './draw/overlay';
import { drawPeers, type PeerOutline } from './draw/peers';
import { colourStore } from '../assignment/colour-mode';
import { attachPlanInput } from '../tools/input-router';
import { toolStore } from '../tools/tool-store';
import { ToolLayers } from './tools/tool-layers';
import { onShowAhead } from '../../app/api/show-ahead';
import { prepareSceneAhead, takeSceneAhead } from './scene-ahead';
import { boothsBounds, buildScene, sceneInputsChanged, updateScene, type Scene, type SceneBooth, type SceneInputs } from './scene';
import { clearSnapshot, showSnapshot, snapshotDrift, snapshotTooFar } from './draw/snapshot';
import { customLayer } from './draw/layer-canvas';
import { repaintRects, screenRects, worldOf } from './draw/dirty-region';
import { hallCodes, hallInView, planTargetAt } from './plan-target';
import type { LabelOptions } from './draw/booth-labels';
import type { PlanTarget } from '../commands/registry';

/** Quiet time after the last gesture step before the plan is redrawn crisply (ms). */
export const SETTLE_MS = 120;
/** Room the tool palette (left) and the tool options bar (top) take over the plan (px). */
const OVERLAY_INSET = { left: 48, top: 80 };
/** Room taken by the colour legend (bottom) over the plan; the check results' room is `checkPanelRoom`. */
const LEGEND_PX = 130;
/** A static redraw slower than this makes gestures stretch the bitmap further first (ms). */
const FRAME_BUDGET_MS = 12;
/** More changed booths than this in one frame redraw the whole booth layer instead. */
const MAX_DIRTY_BOXES = 300;

/** What can be redrawn: 'background' and 'booths' are both the plan's one static layer. */
type LayerName = 'background' | 'booths' | 'peers' | 'overlay';
type KonvaLayerName = 'plan' | 'peers' | 'overlay';

/**
 * The floor plan, drawn imperatively: a Konva stage with non-listening layers (hall floors;
 * facilities, above the hall drawings the tool layers put on the floors; booths; overlay:
 * selection and hover), each a single
 * custom shape that draws in screen space. Only booths the R-tree finds in the viewport are
 * drawn, labels only where readable, and hit-testing goes through the same index, so the
 * cost follows what is on screen, not the size of the show. It reads the document, session
 * and camera stores and never renders React per booth.
 */
export class FloorView {
  private readonly stage: Konva.Stage;
  private readonly layers: Record<KonvaLayerName, Konva.Layer>;
  private readonly dirty = new Set<LayerName>();
  private readonly cleanups: (() => void)[] = [];
  private scene: Scene | null = null;
  private inputs: SceneInputs | null = null;
  private handle: string | null = null;
  /** A new document waits for a non-empty viewport before it is fitted and reported drawn. */
  private fitPending = false;
  private frame = 0;
  private translate: Translate = (key) => key;
  /** A pan or zoom gesture is under way: static layers show a moved bitmap, not a redraw. */
  private gesturing = false;
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  /** Camera the static layers (background, booths) were last drawn with. */
  private drawnCam: Camera | null = null;
  /** World boxes of booths changed since the last frame, repainted alone. */
  private regions: BBox[] = [];
  private crispWaiters: (() => void)[] = [];
  /** The camera the opening fit chose; while the view is still there, a resize fits again. */
  private openingFit: Camera | null = null;
  /** How long the last redraw of the static layers took (ms). */
  private lastStaticMs = 0;
  /** Editor tools' own layers (drawings, grid, previews, rulers). */
  private readonly tools: ToolLayers;
  /** Other people's outlines as last drawn (see `peerOutlines`). */
  private peersDrawn: PeerOutline[] = [];

  constructor(
    private readonly container: HTMLDivElement,
    opts: { keysBlocked?: () => boolean } = {},
  ) {
    const { width, height } = container.getBoundingClientRect();
    this.stage = new Konva.Stage({ container, width: Math.max(1, width), height: Math.max(1, height), listening: false });
    this.layers = {
      plan: customLayer((ctx) => this.drawPlanLayer(ctx), { moves: true }),
      peers: customLayer((ctx) => this.drawPeerLayer(ctx)),
      overlay: customLayer((ctx) => this.drawOverlayLayer(ctx)),
    };
    this.stage.add(this.layers.plan, this.layers.peers, this.layers.overlay);
    this.tools = new ToolLayers(this.stage, { scene: () => this.scene, gesturing: () => this.gesturing, underlayChanged: () => this.invalidate('background') });
    cameraStore.setState({ viewport: { width, height } });

    this.cleanups.push(
      editor.store.subscribe((s, prev) => {
        if (s.doc !== prev.doc || s.handle !== prev.handle) this.setDocument(s.doc, s.handle);
      }),
      sessionStore.subscribe((s, prev) => {
        if (s.language !== prev.language) this.invalidate('background', 'booths');
        if (s.boothLabels !== prev.boothLabels) this.invalidate('booths');
        if (s.selection !== prev.selection || s.hovered !== prev.hovered || s.proposed !== prev.proposed) this.invalidate('overlay');
        // Someone else's selection redraws their outlines only, never this user's overlay.
        if (s.peers !== prev.peers) this.invalidate('peers');
      }),
      cameraStore.subscribe((s, prev) => {
        if (s.scale !== prev.scale || s.x !== prev.x || s.y !== prev.y) this.cameraMoved(s);
      }),
      onViewRequest((req) => this.handleViewRequest(req)),
      // A show arriving ahead of the host's verdict: its scene is built while the host checks it.
      onShowAhead(prepareSceneAhead),
      siteStore.subscribe((s, prev) => {
        if (s.level !== prev.level) this.showLevel();
      }),
      colourStore.subscribe((s, prev) => {
        // A refresh in status mode recounts the legend only; fills are what the plan shows.
        if (s.mode !== prev.mode || s.colouring.fills !== prev.colouring.fills) this.invalidate('booths');
      }),
      // The one input router: pointer, wheel and plan keys go to the active tool.
      attachPlanInput(container, { scene: () => this.scene, gestureCamera: (cam) => this.gestureCamera(cam), keysBlocked: () => opts.keysBlocked?.() ?? false }),
      () => this.tools.destroy(),
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
    if (this.settleTimer) clearTimeout(this.settleTimer);
    for (const c of this.cleanups) c();
    this.stage.destroy();
    if (sessionStore.getState().drawnHandle !== null) sessionStore.setState({ drawnHandle: null });
  }

  /** The scene being drawn (tools and test hooks read it; never mutate). */
  currentScene(): Scene | null {
    return this.scene;
  }

  /** The booth under page (client) pixels, for drops on the plan. */
  boothAtClient(clientX: number, clientY: number): string | null {
    const r = this.container.getBoundingClientRect();
    return this.hitTest(clientX - r.left, clientY - r.top);
  }

  /** What a right-click at page pixels is about (the context menu's subject). */
  targetAtClient(clientX: number, clientY: number): PlanTarget | null {
    if (!this.scene) return null;
    const r = this.container.getBoundingClientRect();
    const s = sessionStore.getState();
    return planTargetAt(this.scene, clientX - r.left, clientY - r.top, s.selection, s.facilities);
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
      // A show opens on its lowest level with halls (set quietly: this build already shows it).
      siteStore.setState({ level: openingLevel(doc) });
      const level = siteStore.getState().level;
      const t0 = performance.now();
      this.scene = takeSceneAhead(doc, level) ?? buildScene(doc, level);
      performance.measure('pavilion:scene-build', { start: t0 });
      this.fitPending = true;
      this.tryFirstDraw();
      return;
    }
    if (sceneInputsChanged(this.inputs, doc)) {
      const prev = this.inputs;
      this.inputs = doc;
      const update = this.scene && prev ? updateScene(this.scene, prev, doc) : { scene: buildScene(doc, siteStore.getState().level), dirty: null };
      this.scene = update.scene;
      if (update.dirty === null) this.invalidate('background', 'booths', 'peers', 'overlay');
      else if (update.dirty.length > 0) this.invalidateRegions(update.dirty);
    }
  }

  /** Another level was chosen: its halls replace the others, fitted to the screen. */
  private showLevel(): void {
    if (!this.inputs) return;
    this.scene = buildScene(this.inputs, siteStore.getState().level);
    const bounds = this.scene.layout.bounds;
    if (bounds) this.fit(bounds, 40);
    this.invalidate('background', 'booths', 'peers', 'overlay');
  }

  /** Fits and draws a newly opened document once the canvas has a size, then reports it drawn. */
  private tryFirstDraw(): void {
    const { viewport } = cameraStore.getState();
    if (!this.fitPending || viewport.width < 2 || viewport.height < 2) return;
    this.fitPending = false;
    this.fitOpening();
    const t0 = performance.now();
    this.drawNow();
    performance.measure('pavilion:draw', { start: t0 });
    performance.mark('pavilion:first-draw');
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
    else {
      // The workspace may settle its layout after the first drawing (panels mounting): a
      // plan nobody has moved yet is fitted to the space it ended up with.
      if (sameCamera(this.openingFit, cameraStore.getState())) this.fitOpening();
      else this.openingFit = null;
      this.drawNow();
    }
  }

  /** Fits the whole plan and remembers that camera (see `openingFit`). */
  private fitOpening(): void {
    const bounds = this.scene?.layout.bounds;
    if (bounds) this.fit(bounds, 40);
    const { scale, x, y } = cameraStore.getState();
    this.openingFit = bounds ? { scale, x, y } : null;
  }

  private setCamera(cam: Camera): void {
    cameraStore.setState({ scale: cam.scale, x: cam.x, y: cam.y });
  }

  /**
   * One step of a pan or zoom gesture (pointer drag, wheel): the static layers follow as a
   * transformed bitmap and are redrawn crisply once the gesture has been quiet `SETTLE_MS`.
   */
  gestureCamera(cam: Camera): void {
    this.gesturing = true;
    if (this.settleTimer) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => this.settle(), SETTLE_MS);
    this.setCamera(cam);
  }

  /** Resolves once the plan shows a full-quality draw at the current camera (no gesture under way). */
  whenCrisp(): Promise<void> {
    const cam = cameraStore.getState();
    const current = sameCamera(this.drawnCam, cam);
    if (!this.gesturing && current && !this.dirty.has('booths') && !this.dirty.has('background')) return Promise.resolve();
    return new Promise((resolve) => this.crispWaiters.push(resolve));
  }

  private settle(): void {
    this.settleTimer = null;
    this.gesturing = false;
    this.invalidate('background', 'booths', 'peers', 'overlay');
    this.tools.settled();
  }

  private cameraMoved(cam: CameraState): void {
    const from = this.drawnCam;
    if (!this.gesturing || !from || this.dirty.has('booths')) {
      this.invalidate('background', 'booths', 'peers', 'overlay');
      return;
    }
    // Far from what was drawn (empty edges, a blurred or tiny bitmap): redraw now, once.
    if (snapshotTooFar(snapshotDrift(from, cam, cam.viewport), this.lastStaticMs > FRAME_BUDGET_MS)) {
      this.invalidate('background', 'booths', 'peers', 'overlay');
      return;
    }
    showSnapshot(this.staticCanvases(), from, cam);
    this.invalidate('peers', 'overlay');
  }

  private staticCanvases(): HTMLCanvasElement[] {
    return [this.layers.plan.getCanvas()._canvas];
  }

  private fit(bounds: BBox, padding = 32): void {
    // Keep what is fitted clear of the colour legend (bottom left) and, while open, the check results (right).
    const checkOpen = toolStore.getState().problems !== null;
    const { viewport } = cameraStore.getState();
    this.setCamera(fitCamera(bounds, viewport, padding, { ...OVERLAY_INSET, right: checkOpen ? checkPanelRoom(viewport.width) : 0, bottom: LEGEND_PX }));
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
        // A hall on another level: show that level first.
        const hall = this.inputs?.halls[req.hallId];
        if (hall && this.scene?.level !== undefined && hall.level !== this.scene.level) setLevel(hall.level);
        const b = this.scene?.layout.byId.get(req.hallId)?.bounds;
        if (b) this.fit(b, 48);
        return;
      }
      case 'fit-booths': {
        if (!this.scene) return;
        // Booths on another level (a search, a warning, the history): show that level first.
        const first = req.boothIds.map((id) => this.inputs?.booths[id]).find((b) => b !== undefined);
        const level = first ? this.inputs?.halls[first.hallId]?.level : undefined;
        if (level !== undefined && level !== this.scene.level) setLevel(level);
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
    if (!this.frame) this.frame = requestAnimationFrame(() => this.drawFrame());
  }

  /**
   * Booths whose look changed (an assignment, a status): only their rectangles are repainted,
   * so one click costs the same at 1,000 booths as at 20,000. During a gesture the redraw
   * after it covers them.
   */
  private invalidateRegions(boxes: readonly BBox[]): void {
    if (this.gesturing) return;
    if (this.regions.length + boxes.length > MAX_DIRTY_BOXES) {
      this.regions = [];
      this.invalidate('booths', 'peers', 'overlay');
      return;
    }
    this.regions.push(...boxes);
    this.invalidate('peers', 'overlay');
  }

  private drawFrame(): void {
    this.frame = 0;
    const dirty = new Set(this.dirty);
    this.dirty.clear();
    if (dirty.has('background') || dirty.has('booths')) this.drawStatic();
    else if (this.regions.length > 0) this.drawRegions();
    if (dirty.has('peers')) this.layers.peers.draw();
    if (dirty.has('overlay')) this.layers.overlay.draw();
  }

  /** Background and booths, crisp at the current camera: the bitmap gestures move. */
  private labelOptions(): LabelOptions {
    const s = sessionStore.getState();
    return { lang: s.language, mode: s.boothLabels, hallCodes: hallCodes(this.scene) };
  }

  /** Tells the session which hall is on screen (cheap: a box test per hall). */
  private noteViewHall(): void {
    const h = this.scene ? hallInView(this.scene) : null;
    if (sessionStore.getState().viewHall !== h) sessionStore.setState({ viewHall: h });
  }

  private drawStatic(): void {
    this.noteViewHall();
    const t0 = performance.now();
    this.regions = [];
    clearSnapshot(this.staticCanvases());
    this.layers.plan.draw();
    this.lastStaticMs = performance.now() - t0;
    const { scale, x, y } = cameraStore.getState();
    this.drawnCam = { scale, x, y };
    if (!this.gesturing && this.crispWaiters.length > 0) {
      const waiters = this.crispWaiters;
      this.crispWaiters = [];
      for (const w of waiters) w();
    }
  }

  private drawRegions(): void {
    const scene = this.scene;
    const boxes = this.regions;
    this.regions = [];
    if (!scene) return;
    const cam = cameraStore.getState();
    const rects = screenRects(boxes, cam, cam.viewport);
    const found = new Set<SceneBooth>();
    for (const r of rects) for (const b of scene.index.search(worldOf(r, cam))) found.add(b);
    const list = [...found].sort((a, b) => a.order - b.order);
    const canvas = this.layers.plan.getCanvas();
    const ctx = canvas.getContext()._context;
    // The plan is one layer: what lies under the booths in these rectangles is drawn again too.
    repaintRects(ctx, canvas.getPixelRatio(), rects, () => {
      this.drawGround(ctx, scene, cam);
      drawBooths(ctx, list, cam, this.labelOptions());
    });
  }

  private drawNow(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.dirty.clear();
    this.drawStatic();
    this.layers.peers.draw();
    this.layers.overlay.draw();
    this.tools.drawNow();
  }

  /**
   * The plan's static layer, in one canvas: hall floors, the hall drawings and grid (the tool
   * layers' underlay), facilities, booths. One canvas is what a gesture moves and what the
   * compositor blends each frame.
   */
  private drawPlanLayer(ctx: CanvasRenderingContext2D): boolean {
    if (!this.scene) return false;
    const cam = cameraStore.getState();
    this.drawGround(ctx, this.scene, cam);
    drawBooths(ctx, visibleBooths(this.scene, cam, cam.viewport), cam, this.labelOptions());
    return true;
  }

  /** Everything under the booths; entrances, exits, restrooms… over the hall drawings, never hidden by them. */
  private drawGround(ctx: CanvasRenderingContext2D, scene: Scene, cam: CameraState): void {
    const lang = sessionStore.getState().language;
    drawHalls(ctx, scene.halls, cam, lang);
    this.tools.drawUnderlay(ctx, cam);
    drawFacilities(ctx, scene.facilities, cam, lang, this.translate);
  }

  /** Other people's selections, only the booths of the level on screen that are in view. */
  private drawPeerLayer(ctx: CanvasRenderingContext2D): boolean {
    const drawn: PeerOutline[] = [];
    const peers = sessionStore.getState().peers;
    if (this.scene && peers.length > 0) {
      const cam = cameraStore.getState();
      const view = { minX: -cam.x / cam.scale, minY: -cam.y / cam.scale, maxX: (cam.viewport.width - cam.x) / cam.scale, maxY: (cam.viewport.height - cam.y) / cam.scale };
      for (const p of peers) {
        const booths: SceneBooth[] = [];
        for (const id of p.boothIds) {
          const b = this.scene.boothsById.get(id);
          if (b && b.bbox.maxX >= view.minX && b.bbox.minX <= view.maxX && b.bbox.maxY >= view.minY && b.bbox.minY <= view.maxY) booths.push(b);
        }
        if (booths.length > 0) drawn.push({ name: p.name, color: p.color, booths });
      }
      drawPeers(ctx, drawn, cam);
    }
    this.peersDrawn = drawn;
    return drawn.length > 0;
  }

  /** What the peers layer last drew (names, colours, booth ids), for tests. */
  peerOutlines(): { name: string; color: string; boothIds: string[] }[] {
    return this.peersDrawn.map((p) => ({ name: p.name, color: p.color, boothIds: p.booths.map((b) => b.id) }));
  }

  private drawOverlayLayer(ctx: CanvasRenderingContext2D): boolean {
    if (!this.scene) return false;
    const s = sessionStore.getState();
    const selected: SceneBooth[] = [];
    for (const id of s.selection) {
      const b = this.scene.boothsById.get(id);
      if (b) selected.push(b);
    }
    const hovered = s.hovered ? (this.scene.boothsById.get(s.hovered) ?? null) : null;
    const proposed: SceneBooth[] = [];
    for (const id of s.proposed) {
      const b = this.scene.boothsById.get(id);
      if (b) proposed.push(b);
    }
    drawOverlay(ctx, selected, hovered, cameraStore.getState(), proposed);
    return selected.length > 0 || hovered !== null || proposed.length > 0;
  }
}
