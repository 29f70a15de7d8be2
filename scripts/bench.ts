/**
 * `npm run bench [-- --sizes 1000,7500,20000] [--quick] [--reps N] [--json FILE]`
 *
 * Measures Pavilion's plan and files on generated shows: the canvas in headless Chromium
 * (Pavilion's FloorView against two baselines, `naive-react-konva` and `raw-canvas`, run
 * interleaved A B C A B C with a fresh page each) and the project service in Node. Prints a
 * table; `--json FILE` writes one object per measurement. Then allocation on the 7,500-booth,
 * 3,500-exhibitor show with assignments cleared (`--no-allocate` skips it). The real app: the
 * built renderer (`npm run build` first) opening each show, printed against its targets;
 * `--app-only` measures only that. At 7,500 booths (else the first size) also pan and zoom over
 * a generated whole-hall venue drawing of 100,000 segments (`--drawing-segments N`,
 * `--no-drawing`; `--drawing-only` measures just that): no drawing, the vector drawing and the
 * same drawing as a PNG. At every size the published map of one phase (the first 15 halls)
 * opened as on a phone, at 4× CPU throttling (`--no-publish` skips it, `--publish-only` measures
 * just that). The Exhibitors view of the real app at every size: a search typed and cleared →
 * rows shown, and its scrolling frames, then the same in the side panel's exhibitor table beside
 * the plan (`--no-table` skips both, `--table-only` measures just those,
 * at 75,000 booths unless `--sizes` says otherwise; `--table-profile FILE` writes a CPU profile
 * of the searches at the last size). See docs/performance.md.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { serializeProject } from '../electron/services/project-format';
import { generateShow } from '../shared/sample/generate';
import type { Project } from '../shared/model/project';
import { layoutPrint, printDocumentHtml } from '../shared/print';
import { measureFiles } from '../bench/node/files';
import { measureAppOpen } from '../bench/node/app-open';
import { measureExhibitorsTable } from '../bench/node/exhibitors-table';
import { targetLines } from '../bench/node/targets';
import { measureAllocation } from '../bench/node/allocation';
import { measurePublishedMap } from '../bench/node/published-map';
import { median, quantile, round, rows, table, type Measurement } from '../bench/node/stats';
import { measureSync } from '../bench/node/sync';
import { hallDrawing } from '../bench/node/hall-drawing';
import type { DrawingKind, HallDrawingSpec } from '../bench/src/drawing';

const VARIANTS = ['ours', 'naive-react-konva', 'raw-canvas'] as const;
type VariantName = (typeof VARIANTS)[number];
const BASELINES = VARIANTS.filter((v) => v !== 'ours');
const ROOT = resolve(import.meta.dirname, '..');
const DIST = join(ROOT, 'bench', 'dist');
const BROWSER_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** Frame times not snapped to the display's rate (canvas scenarios). */
const CHROMIUM_FLAGS = [...BROWSER_FLAGS, '--disable-frame-rate-limit', '--disable-gpu-vsync', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'];
/**
 * The real app is opened in a browser paced like a user's: with an unlimited frame rate, the
 * spinner shown while a show opens is redrawn thousands of times a second, and on two cores
 * that alone made the open 2–4× slower (see docs/performance.md).
 */
const APP_FLAGS = BROWSER_FLAGS;

interface Options {
  sizes: number[];
  quick: boolean;
  reps: number;
  json: string | null;
  /** The bench page's canvas variants and the file figures (off with --app-only, --publish-only). */
  canvas: boolean;
  pdf: boolean;
  /** The published map of one phase (first 15 halls): size, build, ready unthrottled and at 4× CPU throttling. */
  publish: boolean;
  /** Also open each show in the real app (browser host + built renderer). */
  app: boolean;
  /** Also measure live sharing (servers, Redis, simulated people). */
  sync: boolean;
  allocate: boolean;
  /** Only open each show in the real app (no canvas page, files, PDF, sharing or allocation). */
  appOnly: boolean;
  /** Segments of the venue drawing the pan rows are measured over (0: no drawing rows). */
  drawingSegments: number;
  /** Only the venue-drawing rows (`--drawing-only`). */
  drawingOnly: boolean;
  /** The real app's Exhibitors view: search and scroll (off with --no-table; alone with --table-only). */
  table: boolean;
  /** Where to write a CPU profile of the table's searches (`--table-profile FILE`). */
  tableProfile: string | null;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: { sizes: { type: 'string' }, quick: { type: 'boolean' }, reps: { type: 'string' }, json: { type: 'string' }, 'no-pdf': { type: 'boolean' }, 'no-publish': { type: 'boolean' }, 'no-app': { type: 'boolean' }, 'no-sync': { type: 'boolean' }, 'no-allocate': { type: 'boolean' }, 'app-only': { type: 'boolean' }, 'drawing-segments': { type: 'string' }, 'no-drawing': { type: 'boolean' }, 'drawing-only': { type: 'boolean' }, 'publish-only': { type: 'boolean' }, 'no-table': { type: 'boolean' }, 'table-only': { type: 'boolean' }, 'table-profile': { type: 'string' } },
  });
  const quick = values.quick ?? false;
  const tableOnly = values['table-only'] ?? false;
  if (tableOnly && (values['app-only'] || values['drawing-only'] || values['publish-only'] || values['no-table'])) throw new Error('--table-only excludes --app-only, --drawing-only, --publish-only and --no-table');
  const sizes = (values.sizes ?? (tableOnly ? '75000' : quick ? '300' : '1000,7500,20000')).split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 10 || n > 100_000)) throw new Error(`--sizes: whole numbers from 10 to 100000, got ${values.sizes}`);
  const reps = values.reps ? Number(values.reps) : quick ? 1 : 2;
  if (!Number.isInteger(reps) || reps < 1) throw new Error(`--reps must be a whole number ≥ 1`);
  const appOnly = values['app-only'] ?? false;
  if (appOnly && values['no-app']) throw new Error('--app-only and --no-app exclude each other');
  const drawingOnly = values['drawing-only'] ?? false;
  const publishOnly = values['publish-only'] ?? false;
  if (publishOnly && (appOnly || drawingOnly || values['no-publish'])) throw new Error('--publish-only excludes --app-only, --drawing-only and --no-publish');
  const drawingSegments = values['no-drawing'] || appOnly || publishOnly || tableOnly ? 0 : Number(values['drawing-segments'] ?? 100_000);
  if (!Number.isInteger(drawingSegments) || drawingSegments < 0 || drawingSegments > 1_000_000) throw new Error(`--drawing-segments: a whole number up to 1000000`);
  const others = !appOnly && !publishOnly && !tableOnly;
  const o: Options = {
    sizes,
    quick,
    reps,
    json: values.json ?? null,
    canvas: others,
    pdf: others && !values['no-pdf'],
    publish: !appOnly && !drawingOnly && !tableOnly && !values['no-publish'],
    app: !publishOnly && !tableOnly && !values['no-app'],
    appOnly,
    sync: others && !drawingOnly && !values['no-sync'],
    allocate: others && !drawingOnly && !values['no-allocate'],
    drawingSegments,
    drawingOnly,
    table: tableOnly || (!publishOnly && !drawingOnly && !values['no-app'] && !values['no-table']),
    tableProfile: values['table-profile'] ?? null,
  };
  if (o.drawingOnly && o.drawingSegments === 0) throw new Error('--drawing-only with --no-drawing measures nothing');
  return o;
}

/**
 * A show like the target expo: 15 halls (fewer for small sizes), ~0.47 exhibitors per booth;
 * from 50,000 booths a Canton Fair: 45 halls on three levels (`npm run sample -- --booths 75000
 * --halls 45 --exhibitors 35000`).
 */
function show(booths: number): Project {
  const halls = booths >= 50_000 ? 45 : Math.max(1, Math.min(15, Math.round(booths / 100)));
  // The Canton Fair's 35,000 exhibitors at 75,000 booths, as `npm run sample` and the walk make it.
  const exhibitors = booths >= 50_000 ? Math.round((booths * 35_000) / 75_000) : Math.max(1, Math.round(booths * 0.47));
  return generateShow({ halls, booths, exhibitors, seed: 1 });
}

const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/** Serves the bench page and the show files on 127.0.0.1. */
function serve(shows: Map<string, string>): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const showFile = shows.get(path);
    const file = showFile ?? join(DIST, normalize(path === '/' ? '/index.html' : path));
    if (!file.startsWith(DIST) && !showFile) return void res.writeHead(403).end();
    if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => {
    const addr = server.address();
    done({ server, url: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
  }));
}

interface PageRun {
  open: number;
  heapMb: number;
  samples: Record<string, number[]>;
  notes: Record<string, string | number>;
}

/** One fresh page, one variant: open the show, read the heap, run the scenarios. */
/** A page that hangs fails the run instead of stalling it. */
function limit<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const t = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer after ${ms} ms`)), ms)));
  return Promise.race([p, t]).finally(() => clearTimeout(timer));
}

async function runPage(browser: Browser, url: string, showPath: string, variant: VariantName, o: Options): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`${url}/index.html`);
    await page.waitForFunction(() => window.__bench?.ready === true);
    const open = await limit(page.evaluate(([v, s]) => window.__bench.open(v as VariantName, s), [variant, showPath] as const), 180_000, `${variant} open`);
    const phases = await page.evaluate(() => window.__bench.phases());
    process.stderr.write(`  open ${Math.round(open)} ms: ${Object.entries(phases).map(([k, ms]) => `${k} ${Math.round(ms)} ms`).join(', ')}\n`);
    await cdp.send('HeapProfiler.collectGarbage');
    const metrics = (await cdp.send('Performance.getMetrics')).metrics;
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
    const scenario = o.quick ? { frames: 12, actions: 3, budgetMs: 3000 } : { frames: 60, actions: 10, budgetMs: 6000 };
    const { samples, notes } = await limit(page.evaluate((s) => window.__bench.scenarios(s), scenario), 600_000, `${variant} scenarios`);
    return { open, heapMb: heap / 1024 / 1024, samples, notes };
  } finally {
    await context.close();
  }
}

const DRAWING_KINDS: readonly DrawingKind[] = ['none', 'vector', 'raster'];

/** One fresh page of `ours` with the show, a venue drawing of `kind` under the first hall, and the pan/zoom gestures. */
async function runDrawingPage(browser: Browser, url: string, showPath: string, kind: DrawingKind, spec: HallDrawingSpec, o: Options): Promise<Record<string, number[]>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(`${url}/index.html`);
    await page.waitForFunction(() => window.__bench?.ready === true);
    await limit(page.evaluate(([s, k, d]) => window.__bench.open('ours', s, { kind: k as DrawingKind, spec: d }), [showPath, kind, spec] as const), 180_000, `drawing ${kind} open`);
    const scenario = o.quick ? { frames: 12, actions: 3, budgetMs: 3000 } : { frames: 60, actions: 10, budgetMs: 6000 };
    return (await limit(page.evaluate((s) => window.__bench.panScenarios(s), scenario), 300_000, `drawing ${kind} scenarios`)).samples;
  } finally {
    await context.close();
  }
}

/**
 * Pan and zoom over the show with a generated whole-hall venue drawing of `segments` segments
 * under its first hall: no drawing, the vector drawing, the same drawing as a PNG, interleaved.
 * Rows `drawing-vector-*` (ratio against no drawing and the raster) and `drawing-raster-*`.
 */
async function measureDrawing(browser: Browser, url: string, showPath: string, doc: Project, booths: number, work: string, shows: Map<string, string>, o: Options, log: (m: string) => void): Promise<Measurement[]> {
  const t0 = performance.now();
  const hd = hallDrawing(doc, o.drawingSegments);
  const file = join(work, `drawing-${booths}.drawing.json`);
  writeFileSync(file, hd.text);
  shows.set(`/shows/${booths}.drawing.json`, file);
  log(`  venue drawing: ${hd.widthM} × ${hd.heightM} m, ${hd.segments} segments, ${hd.drawing.paths.count.length} paths, ${hd.drawing.texts.length} texts (DXF ${(hd.dxfBytes / 1e6).toFixed(1)} MB → stored ${(hd.text.length / 1e6).toFixed(1)} MB) in ${Math.round(performance.now() - t0)} ms`);
  const spec: HallDrawingSpec = { url: `/shows/${booths}.drawing.json`, hallId: hd.hallId, x: hd.x, y: hd.y };
  const runs: Record<DrawingKind, Record<string, number[]>[]> = { none: [], vector: [], raster: [] };
  for (let rep = 0; rep < o.reps; rep++) {
    for (const k of DRAWING_KINDS) {
      log(`${booths} booths: drawing ${k} (round ${rep + 1}/${o.reps})`);
      runs[k].push(await runDrawingPage(browser, url, showPath, k, spec, o));
    }
  }
  const all = (k: DrawingKind, key: string) => runs[k].flatMap((r) => r[key] ?? []);
  const out: Measurement[] = [];
  const verdicts: string[] = [`venue drawing (${hd.segments} segments) under hall 1: frame p95, target vector ≤ ${DRAWING_TARGET}× no drawing`];
  for (const key of ['pan-100', 'pan-100-long', 'pan-fit', 'zoom-fit-400']) {
    out.push(...rows(`drawing-none-${key}`, booths, all('none', key), {}));
    out.push(...rows(`drawing-vector-${key}`, booths, all('vector', key), { 'no-drawing': all('none', key), 'raster-drawing': all('raster', key) }));
    out.push(...rows(`drawing-raster-${key}`, booths, all('raster', key), { 'no-drawing': all('none', key) }));
    const [none, vector, raster] = DRAWING_KINDS.map((k) => quantile(all(k, key), 0.95));
    const ratio = vector! / none!;
    verdicts.push(`  ${key.padEnd(13)} none ${round(none!, 1)} ms · vector ${round(vector!, 1)} ms (${round(ratio)}× none, ${round(vector! / raster!)}× raster) · raster ${round(raster!, 1)} ms (${round(raster! / none!)}× none) → ${ratio <= DRAWING_TARGET ? 'met' : 'NOT met'}`);
  }
  log(verdicts.join('\n'));
  return out;
}

/** Target of the drawing rows: the vector drawing's frame p95 at most this many times the same gesture's without a drawing. */
const DRAWING_TARGET = 1.5;

async function pdfSeconds(browser: Browser, doc: Project): Promise<number> {
  const halls = Object.values(doc.halls).sort((a, b) => a.order - b.order).map((h) => h.id);
  const t0 = performance.now();
  const r = layoutPrint(doc, { halls, paper: 'A1', language: 'en' });
  if (!r.ok) throw new Error(`print layout: ${r.error.code}`);
  const html = printDocumentHtml(r.pages, 'bench');
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
  return performance.now() - t0;
}

/** One line per real-app figure that has a target: median, target, met or not. */

async function main(): Promise<void> {
  const o = options(process.argv.slice(2));
  const work = mkdtempSync(join(tmpdir(), 'pavilion-bench-'));
  const log = (m: string) => process.stderr.write(`${m}\n`);
  let server: Server | null = null;
  let browser: Browser | null = null;
  let appBrowser: Browser | null = null;
  try {
    if (o.canvas) {
      log('building bench page…');
      await build({ configFile: join(ROOT, 'bench', 'vite.config.ts'), logLevel: 'warn' });
    }
    const docs = new Map<number, Project>();
    const shows = new Map<string, string>();
    for (const n of o.sizes) {
      const doc = show(n);
      docs.set(n, doc);
      const file = join(work, `show-${n}.pavilion.json`);
      writeFileSync(file, serializeProject(doc));
      shows.set(`/shows/${n}.pavilion.json`, file);
    }
    const served = await serve(shows);
    server = served.server;
    browser = await chromium.launch({ executablePath: process.env.PAVILION_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
    const out: Measurement[] = [];

    for (const n of o.sizes) {
      // The venue-drawing rows at one size: the reference 7,500-booth show when measured, else the first size.
      if (o.drawingSegments > 0 && n === (o.sizes.includes(7500) ? 7500 : o.sizes[0])) {
        log(`${n} booths: venue drawing`);
        out.push(...(await measureDrawing(browser, served.url, `/shows/${n}.pavilion.json`, docs.get(n)!, n, work, shows, o, log)));
      }
      if (o.drawingOnly) {
        log(table(out.filter((m) => m.booths === n)));
        continue;
      }
      const runs: Record<VariantName, PageRun[]> = { ours: [], 'naive-react-konva': [], 'raw-canvas': [] };
      for (let rep = 0; rep < (o.canvas ? o.reps : 0); rep++) {
        for (const v of VARIANTS) {
          log(`${n} booths: ${v} (round ${rep + 1}/${o.reps})`);
          runs[v].push(await runPage(browser, served.url, `/shows/${n}.pavilion.json`, v, o));
        }
      }
      const all = (v: VariantName, key: string) => runs[v].flatMap((r) => r.samples[key] ?? []);
      if (o.canvas) {
        const base = (key: string) => Object.fromEntries(BASELINES.map((b) => [b, all(b, key)]));
        out.push(...rows('open-to-first-render', n, runs.ours.map((r) => r.open), Object.fromEntries(BASELINES.map((b) => [b, runs[b].map((r) => r.open)]))));
        for (const key of ['pan-100', 'zoom-fit-400', 'zoom-frames-100-400', 'zoom-frames-below-100', 'pan-fit', 'click-select', 'band-500', 'drag-50', 'drag-500', 'assign-redraw']) {
          // A split of frames can be empty (a gesture that never reached 100 %): no row then.
          if (all('ours', key).length > 0) out.push(...rows(key, n, all('ours', key), base(key)));
        }
        out.push(...rows('crisp-after-gesture', n, all('ours', 'crisp-after-gesture'), {}));
        out.push(...rows('heap-after-open', n, runs.ours.map((r) => r.heapMb), Object.fromEntries(BASELINES.map((b) => [b, runs[b].map((r) => r.heapMb)])), 'MB'));
        for (const [k, v] of Object.entries(runs.ours[0]?.notes ?? {})) log(`  note (${n}): ${k} = ${v}`);

        log(`${n} booths: files`);
        const files = await measureFiles(docs.get(n)!, o.quick ? 3 : 8);
        out.push(...rows('file-open', n, files.open, {}));
        out.push(...rows('assign-on-disk', n, files.assignOnDisk, {}));
        out.push(...rows('save-event-loop-block', n, files.loopBlock, {}));
        out.push(...rows('save-event-loop-delay-max', n, [files.loopDelayMax], {}));
        out.push(...rows('sync-stringify-block', n, files.syncStringify, {}));
        out.push(...rows('save-to-disk', n, files.save, {}));
        out.push(...rows('save-serialize', n, files.saveSerialize, {}));
        out.push(...rows('save-to-disk-loop-block', n, files.saveLoopBlock, {}));
      }
      if (o.app) {
        log(`${n} booths: opening in the app`);
        appBrowser ??= await chromium.launch({ executablePath: process.env.PAVILION_CHROMIUM ?? '/usr/bin/chromium', args: APP_FLAGS });
        const app = await measureAppOpen(appBrowser, ROOT, shows.get(`/shows/${n}.pavilion.json`)!, o.quick ? 1 : 3);
        out.push(...rows('app-open-to-first-draw', n, app.openToFirstDraw, {}));
        out.push(...rows('app-open-to-ready', n, app.openToReady, {}));
        out.push(...rows('app-reopen-to-first-draw', n, app.againToFirstDraw, {}));
        out.push(...rows('app-reopen-to-ready', n, app.againToReady, {}));
        out.push(...rows('app-start-to-first-draw', n, app.startToFirstDraw, {}));
        out.push(...rows('app-heap-after-open', n, app.heapMb, {}, 'MB'));
        const phase = (k: string) => Math.round(median(app.phases.map((p) => p[k] ?? NaN)));
        log(`  the real app at ${n} booths, median of ${app.phases.length}:\n${Object.keys(app.phases[0] ?? {}).map((k) => `    ${k.padEnd(40)} ${phase(k)} ms`).join('\n')}`);
      }
      if (o.table) {
        log(`${n} booths: the Exhibitors view in the app`);
        appBrowser ??= await chromium.launch({ executablePath: process.env.PAVILION_CHROMIUM ?? '/usr/bin/chromium', args: APP_FLAGS });
        const profile = o.tableProfile && n === o.sizes[o.sizes.length - 1] ? resolve(o.tableProfile) : null;
        const t = await measureExhibitorsTable(appBrowser, ROOT, shows.get(`/shows/${n}.pavilion.json`)!, o.quick ? 1 : o.reps + 1, profile);
        out.push(...rows('table-filter', n, t.filter, {}));
        out.push(...rows('table-filter-clear', n, t.clear, {}));
        out.push(...rows('table-scroll-frames', n, t.scrollFrames, {}));
        log(`  rows found: ${Object.entries(t.found).map(([q, k]) => `"${q}" ${k}`).join(', ')}${profile ? `; CPU profile of the searches: ${profile}` : ''}`);
        // The side panel's table beside the plan, where staff drag exhibitors onto booths: the same search, a narrower table.
        log(`${n} booths: the side panel's exhibitor table in the app`);
        const p = await measureExhibitorsTable(appBrowser, ROOT, shows.get(`/shows/${n}.pavilion.json`)!, o.quick ? 1 : o.reps + 1, null, 'panel');
        out.push(...rows('panel-filter', n, p.filter, {}));
        out.push(...rows('panel-filter-clear', n, p.clear, {}));
        out.push(...rows('panel-scroll-frames', n, p.scrollFrames, {}));
      }
      if (o.pdf) {
        log(`${n} booths: PDF of all halls`);
        out.push(...rows('pdf-all-halls', n, [await pdfSeconds(browser, docs.get(n)!)], {}));
      }
      if (o.publish) {
        log(`${n} booths: published map of one phase`);
        // Paced like a phone's browser, as the real app is: an unlimited frame rate takes the CPU the page needs.
        appBrowser ??= await chromium.launch({ executablePath: process.env.PAVILION_CHROMIUM ?? '/usr/bin/chromium', args: APP_FLAGS });
        out.push(...(await measurePublishedMap(appBrowser, docs.get(n)!, n, o.quick ? 1 : 3, log)));
      }
      log(table(out.filter((m) => m.booths === n)));
    }
    if (o.sync) out.push(...(await measureSync(o.quick, log)));
    if (o.allocate) {
      // The issue's reference show at full size; --quick uses the first bench size instead.
      const booths = o.quick ? o.sizes[0]! : 7500;
      log(`allocation: ${booths} booths, assignments cleared`);
      const doc = o.quick ? docs.get(booths)! : generateShow({ halls: 15, booths: 7500, exhibitors: 3500, seed: 1 });
      const alloc = await measureAllocation(doc, booths);
      out.push(...alloc);
      log(table(alloc));
    }
    console.log(table(out));
    const targets = targetLines(out);
    if (targets.length > 0) console.log(`\nAgainst the targets:\n${targets.join('\n')}`);
    if (o.json) writeFileSync(o.json, `${JSON.stringify(out, null, 2)}\n`);
  } finally {
    await browser?.close();
    await appBrowser?.close();
    server?.close();
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exit(1);
});
