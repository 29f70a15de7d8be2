import { loadProjectText } from '../../shared/model/load';
import type { Project } from '../../shared/model/project';
import { applyOperation } from '../../shared/ops/operation';
import { assignBooths } from '../../shared/assignment/commands';
import { zoomAt, type Camera } from '../../renderer/editor/camera';
import { editor } from '../../renderer/editor/instance';
import type { BBox } from '../../shared/geometry/polygon';
import { cameraPlan, flatBooths, onScreen, VIEWPORT, type FlatBooth, type CameraPlan } from './world';
import { painted, type Variant } from './variant';
import { oursVariant } from './ours';
import { rawCanvasVariant } from './raw-canvas';
import { naiveReactKonvaVariant } from './naive-react-konva';
import { withHallDrawing, type DrawingKind, type HallDrawingSpec } from './drawing';

export type VariantName = 'ours' | 'naive-react-konva' | 'raw-canvas';

export interface ScenarioOptions {
  /** Frames per gesture. */
  frames: number;
  /** Repetitions of one-shot actions (click, band, assignment). */
  actions: number;
  /** A scenario stops early after this long, once it has at least two samples (ms). */
  budgetMs: number;
}

export interface ScenarioResult {
  samples: Record<string, number[]>;
  notes: Record<string, string | number>;
}

interface Loaded {
  name: VariantName;
  variant: Variant;
  doc: Project;
  flat: FlatBooth[];
  plan: CameraPlan;
}

let loaded: Loaded | null = null;

function makeVariant(name: VariantName, container: HTMLDivElement): Variant {
  if (name === 'ours') return oursVariant(container);
  if (name === 'raw-canvas') return rawCanvasVariant(container);
  return naiveReactKonvaVariant(container);
}

/**
 * Fetches a show file, loads it as the app does (parse, migrate, validate) and draws it at fit.
 * Phases are kept in `openPhases` (ms since the start) so the table can say where the time went.
 */
async function open(name: VariantName, url: string, drawing?: { kind: DrawingKind; spec: HallDrawingSpec }): Promise<number> {
  const container = document.getElementById('stage') as HTMLDivElement;
  const t0 = performance.now();
  const text = await (await fetch(url)).text();
  const tFetched = performance.now();
  const result = loadProjectText(text);
  if (!result.ok) throw new Error(`cannot load ${url}: ${result.error.code}`);
  // A venue drawing under the first hall (drawing rows of the bench): loaded and primed in the
  // drawing caches before the plan opens, so every frame measured shows it.
  const doc = drawing ? await withHallDrawing(result.project, drawing.kind, drawing.spec) : result.project;
  const tLoaded = performance.now();
  const { booths, bounds } = flatBooths(doc);
  const plan = cameraPlan(bounds, booths.length ? firstHallBounds(booths) : bounds);
  const tPlanned = performance.now();
  const variant = makeVariant(name, container);
  await variant.show(doc, plan.fit);
  const tShown = performance.now();
  // The bench's own camera plan is not part of opening a show in any variant.
  const ms = tShown - t0 - (tPlanned - tLoaded);
  openPhases = { fetch: tFetched - t0, load: tLoaded - tFetched, draw: tShown - tPlanned };
  loaded = { name, variant, doc, flat: booths, plan };
  return ms;
}

let openPhases: Record<string, number> = {};

/** Box of the first hall: halls are laid out left to right with gaps, so it is the leftmost run of booths. */
function firstHallBounds(booths: readonly FlatBooth[]): BBox {
  const byX = [...booths].sort((a, b) => a.x - b.x);
  const gapM = 20;
  let end = byX[0]!.x + byX[0]!.w;
  let n = 0;
  for (const b of byX) {
    if (b.x > end + gapM) break;
    end = Math.max(end, b.x + b.w);
    n++;
  }
  return boxOf(byX.slice(0, n));
}

function boxOf(list: readonly FlatBooth[]): BBox {
  const out: BBox = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const b of list) {
    out.minX = Math.min(out.minX, b.x);
    out.minY = Math.min(out.minY, b.y);
    out.maxX = Math.max(out.maxX, b.x + b.w);
    out.maxY = Math.max(out.maxY, b.y + b.h);
  }
  return out;
}

/** Frame intervals (rAF to rAF) while `step(i)` is called once per frame. */
function frames(n: number, budgetMs: number, step: (i: number) => void): Promise<number[]> {
  return new Promise((resolve) => {
    const out: number[] = [];
    let last = -1;
    let i = 0;
    const start = performance.now();
    const tick = () => {
      const now = performance.now();
      if (last >= 0) out.push(now - last);
      last = now;
      if (i >= n || (now - start > budgetMs && out.length >= 2)) {
        resolve(out);
        return;
      }
      step(i++);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

async function timed(n: number, budgetMs: number, action: (i: number) => Promise<boolean>): Promise<number[]> {
  const out: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    if (performance.now() - start > budgetMs && out.length >= 2) break;
    const t0 = performance.now();
    const counted = await action(i);
    if (counted) out.push(performance.now() - t0);
  }
  return out;
}

const centre = (b: FlatBooth, cam: Camera): [number, number] => [(b.x + b.w / 2) * cam.scale + cam.x, (b.y + b.h / 2) * cam.scale + cam.y];

async function scenarios(o: ScenarioOptions): Promise<ScenarioResult> {
  if (!loaded) throw new Error('open a show first');
  const { variant, plan, flat, name } = loaded;
  const samples: Record<string, number[]> = {};
  const notes: Record<string, string | number> = {};

  // Panning at 100 %, then how long until the plan is crisp again.
  await variant.jump(plan.closeUp);
  await variant.crisp();
  const c = plan.closeUp;
  samples['pan-100'] = await frames(o.frames, o.budgetMs, (i) => variant.gesture({ ...c, x: c.x - 8 * (i + 1) }));
  let t0 = performance.now();
  await variant.crisp();
  await painted();
  if (name === 'ours') samples['crisp-after-gesture'] = [performance.now() - t0];

  // Zooming from fit to 400 % at the centre of the screen.
  await variant.jump(plan.fit);
  await variant.crisp();
  const target = 20;
  const factor = Math.pow(target / plan.fit.scale, 1 / o.frames);
  let cam = plan.fit;
  const scales: number[] = [];
  samples['zoom-fit-400'] = await frames(o.frames, o.budgetMs, () => {
    cam = zoomAt(cam, factor, VIEWPORT.width / 2, VIEWPORT.height / 2);
    scales.push(cam.scale);
    variant.gesture(cam);
  });
  // The targets differ zoomed in (100 % and closer) and far out: the same frames, split by the
  // zoom each frame showed (interval k ends the frame that drew step k's camera).
  const zoomFrames = samples['zoom-fit-400'];
  samples['zoom-frames-100-400'] = zoomFrames.filter((_, k) => (scales[k] ?? 0) >= plan.closeUp.scale);
  samples['zoom-frames-below-100'] = zoomFrames.filter((_, k) => (scales[k] ?? 0) < plan.closeUp.scale);
  t0 = performance.now();
  await variant.crisp();
  await painted();
  if (name === 'ours') samples['crisp-after-gesture']!.push(performance.now() - t0);

  // Panning with the whole show in view.
  await variant.jump(plan.fit);
  await variant.crisp();
  const f = plan.fit;
  samples['pan-fit'] = await frames(o.frames, o.budgetMs, (i) => variant.gesture({ ...f, x: f.x + 4 * (i + 1) }));
  await variant.crisp();

  // Click to selection highlight, on booths in view at 100 %.
  await variant.jump(plan.closeUp);
  await variant.crisp();
  const visible = onScreen(flat, plan.closeUp).filter((b) => {
    const [x, y] = centre(b, plan.closeUp);
    return x > 0 && y > 0 && x < VIEWPORT.width && y < VIEWPORT.height;
  });
  samples['click-select'] = await timed(o.actions, o.budgetMs, async (i) => {
    const b = visible[(i * 7) % visible.length];
    if (!b) return false;
    const [x, y] = centre(b, plan.closeUp);
    const hit = variant.click(x, y);
    await painted();
    if (hit !== b.id) throw new Error(`${name}: click at ${x},${y} found ${hit}, expected ${b.id}`);
    return true;
  });

  // Rubber band over about 500 booths at fit.
  await variant.jump(plan.fit);
  await variant.crisp();
  const byX = [...flat].sort((a, b) => a.x - b.x || a.y - b.y).slice(0, 500);
  const box = boxOf(byX);
  const rect = { minX: box.minX + 0.01, minY: box.minY + 0.01, maxX: box.maxX - 0.01, maxY: box.maxY - 0.01 };
  samples['band-500'] = await timed(o.actions, o.budgetMs, async () => {
    const n = variant.band(rect);
    await painted();
    notes['band-500 booths'] = n;
    return true;
  });
  variant.band({ minX: -1e9, minY: -1e9, maxX: -1e9 + 1, maxY: -1e9 + 1 });

  // Dragging 50 selected booths at 100 %, 500 at fit.
  for (const [count, at] of [
    [50, plan.closeUp],
    [500, plan.fit],
  ] as const) {
    await variant.jump(at);
    await variant.crisp();
    const ids = (count === 50 ? visible : byX).slice(0, count).map((b) => b.id);
    notes[`drag-${count} booths`] = ids.length;
    variant.dragStart(ids);
    await painted();
    samples[`drag-${count}`] = await frames(o.frames, o.budgetMs, () => variant.dragStep(0.25, 0.1));
    variant.dragEnd();
    await painted();
  }

  // Assigning an exhibitor to a booth in view: click to redraw.
  await variant.jump(plan.closeUp);
  await variant.crisp();
  let doc = loaded.doc;
  const available = visible.filter((b) => doc.booths[b.id]?.status === 'available');
  const exhibitors = Object.keys(doc.exhibitors);
  const ctx = { by: 'bench', at: new Date().toISOString() };
  samples['assign-redraw'] = await timed(o.actions, o.budgetMs, async (i) => {
    const b = available[i];
    const exhibitorId = exhibitors[i % Math.max(1, exhibitors.length)];
    if (!b || !exhibitorId) return false;
    const r = assignBooths(doc, { exhibitorId, boothIds: [b.id] }, ctx);
    if (!r.ok) return false;
    if (name === 'ours') {
      variant.assign(r.op, doc);
      doc = editor.store.getState().doc!;
    } else {
      doc = applyOperation(doc, r.op);
      variant.assign(r.op, doc);
    }
    await painted();
    return true;
  });
  notes['available booths in view'] = available.length;
  return { samples, notes };
}

/**
 * Pan and zoom only, for the venue-drawing rows (the same show without a drawing, with a
 * vector drawing and with a raster one): pans at 100 % as in `scenarios`, a long pan at 100 %
 * (1,440 px, past the margin of the vector layer's cached bitmap), pans at fit, fit → 400 %.
 */
async function panScenarios(o: ScenarioOptions): Promise<ScenarioResult> {
  if (!loaded) throw new Error('open a show first');
  const { variant, plan } = loaded;
  const samples: Record<string, number[]> = {};
  const c = plan.closeUp;
  await variant.jump(c);
  await variant.crisp();
  samples['pan-100'] = await frames(o.frames, o.budgetMs, (i) => variant.gesture({ ...c, x: c.x - 8 * (i + 1) }));
  await variant.crisp();
  await variant.jump(c);
  await variant.crisp();
  samples['pan-100-long'] = await frames(o.frames, o.budgetMs, (i) => variant.gesture({ ...c, x: c.x - 24 * (i + 1), y: c.y - 6 * (i + 1) }));
  await variant.crisp();
  const f = plan.fit;
  await variant.jump(f);
  await variant.crisp();
  samples['pan-fit'] = await frames(o.frames, o.budgetMs, (i) => variant.gesture({ ...f, x: f.x + 4 * (i + 1) }));
  await variant.crisp();
  await variant.jump(f);
  await variant.crisp();
  const factor = Math.pow(20 / f.scale, 1 / o.frames);
  let cam = f;
  samples['zoom-fit-400'] = await frames(o.frames, o.budgetMs, () => {
    cam = zoomAt(cam, factor, VIEWPORT.width / 2, VIEWPORT.height / 2);
    variant.gesture(cam);
  });
  await variant.crisp();
  return { samples, notes: {} };
}

declare global {
  interface Window {
    __bench: { open: typeof open; phases: () => Record<string, number>; scenarios: typeof scenarios; panScenarios: typeof panScenarios; ready: true };
  }
}

window.__bench = { open, phases: () => openPhases, scenarios, panScenarios, ready: true };
