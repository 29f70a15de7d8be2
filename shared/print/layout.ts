import type { Hall } from '../model/entities';
import type { Project } from '../model/project';
import type { LegendItem, TitleBlockData } from './chrome';
import { isSafeImageDataUrl, legendHeight } from './chrome';
import { COLOURINGS, makePainter, tint, type Colouring } from './colouring';
import { buildDirectory, type DirectoryPage } from './directory';
import { DIRECTORY_SORTS, strokeSortSupported, type DirectorySort } from './directory-sort';
import { hallBooths, hallExtent, hallFacilities, LABEL_MODES, printPlanHall, type LabelMode } from './hall-plan';
import { chromeStrings, type ChromeLanguage } from './i18n';
import { orientPaper, paperLabel, paperPortrait, type Margins, type Orientation, type Paper } from './paper';
import { layoutPlan, type PlanView } from './plan';
import { mmPerMetre, niceScaleDenominator } from './scale';
import { scriptsNeeded, type ScriptName } from './scripts';
import {
  hasChrome,
  orientationHeight,
  pageSvg,
  renderSheet,
  rightPanelWidth,
  titleBlockHeight,
  type ChromeInclude,
  type Rect,
  type SheetSpec,
} from './sheet';
import { isSymbolKind, SYMBOL_KINDS } from './symbols';
import { TILE_MIN_MARGIN, tilePageSvg } from './tile-page';
import { computeTiles } from './tiling';
import { entryOf } from '../model/project';
import type { VectorDrawing } from '../drawing/compact';
import { hasVenueDrawing, planVenueDrawing } from './venue-drawing';
import { siteOverview, siteOverviewSvg } from './site-overview';

export interface PrintInclude {
  titleBlock?: boolean;
  legend?: boolean;
  northArrow?: boolean;
  scaleBar?: boolean;
  /** Exhibitor directory pages after the plans. */
  directory?: boolean;
  /**
   * A hall's DXF venue drawing as faint vector lines under the booths (its visible layers).
   * Off by default: a printed plan goes to exhibitors and visitors, and a venue's CAD drawing
   * carries its own clutter (tiles, ducts, dimensions, the architect's texts); organisers turn
   * it on for build-up and venue sheets. Needs the drawing in `PrintOptions.drawings`.
   */
  venueDrawing?: boolean;
}

export interface PrintOptions {
  /** Hall ids, printed in this order. */
  halls: readonly string[];
  paper: Paper;
  /** `auto` (default) follows each hall's proportions. */
  orientation?: Orientation;
  /** mm; one number for all four sides. Default 10. */
  margins?: number | Partial<Margins>;
  /** `fit` (default) fills the sheet at the largest round scale; a number N prints at 1:N, tiling if needed. */
  scale?: 'fit' | number;
  colouring?: Colouring;
  /** What booths show besides their number. Default `both`. */
  labels?: LabelMode;
  /** Default: title block, legend, north arrow and scale bar on; directory off. */
  include?: PrintInclude;
  /** Logo for the title block as a data: URL (png, jpeg, gif, webp, svg). */
  logo?: string | null;
  /** Language of the sheet's own words (legend, notes). Default zh-CN. */
  language?: ChromeLanguage;
  /** Overlap between tiles of a poster, mm. Default 10. */
  overlapMm?: number;
  /** Smallest type on booths, mm (1.5 mm ≈ 4.3 pt). */
  minFontMm?: number;
  /** Where north points, degrees clockwise from the top of the plan. Default 0. */
  northDeg?: number;
  directorySort?: DirectorySort;
  /** Prefix of element ids, for documents combining several print results. */
  idPrefix?: string;
  /**
   * Stored vector drawings (`<id>.drawing.json`) by asset id, read by the caller: the engine
   * does no I/O. Used when `include.venueDrawing` is on.
   */
  drawings?: Readonly<Record<string, VectorDrawing>>;
  /** A site overview page of this level first (its halls where they are, turned, with entrances). */
  siteOverview?: number | null;
}

export type PrintPageKind = 'site' | 'plan' | 'tile' | 'directory' | 'unlabelled';

export interface PrintPage {
  kind: PrintPageKind;
  /** A complete `<svg>` sized in mm. */
  svg: string;
  widthMm: number;
  heightMm: number;
  hallId: string | null;
  /** Short description for a page list, e.g. "Hall 1 · B2". */
  title: string;
}

export interface UnlabelledBooth {
  hallId: string;
  boothId: string;
  number: string;
  exhibitorId: string;
}

export interface HallPrintInfo {
  hallId: string;
  /** N of the printed 1:N scale. */
  scale: number;
  tiles: { cols: number; rows: number } | null;
  booths: number;
}

export type PrintWarning =
  | { code: 'logo-ignored' }
  | { code: 'stroke-sort-unsupported' }
  | { code: 'names-moved-to-directory'; count: number }
  | { code: 'names-by-number-only'; count: number }
  /** The venue drawing was asked for, but these halls' drawings were not supplied (not yet read, or unreadable). */
  | { code: 'venue-drawing-unavailable'; halls: string[] };

export type PrintErrorCode = 'no-halls-selected' | 'unknown-halls' | 'invalid-paper' | 'invalid-scale' | 'invalid-margins' | 'invalid-options';

export type PrintResult =
  | {
      ok: true;
      pages: PrintPage[];
      halls: HallPrintInfo[];
      /** Booths of an exhibitor with nothing on the plan, not even the number (listed after the plans). */
      unlabelled: UnlabelledBooth[];
      /** Booths of an exhibitor shown by number only: the name did not fit (the directory names them). */
      unnamed: UnlabelledBooth[];
      /** Scripts in the printed names: the fonts the printing machine needs. */
      scripts: ScriptName[];
      warnings: PrintWarning[];
    }
  | { ok: false; error: { code: PrintErrorCode; message: string; halls?: string[] } };

const DEFAULT_INCLUDE: Required<PrintInclude> = { titleBlock: true, legend: true, northArrow: true, scaleBar: true, directory: false, venueDrawing: false };

function resolveMargins(m: PrintOptions['margins']): Margins | null {
  const base = { top: 10, right: 10, bottom: 10, left: 10 };
  const r = typeof m === 'number' ? { top: m, right: m, bottom: m, left: m } : { ...base, ...(m ?? {}) };
  for (const v of Object.values(r)) if (!Number.isFinite(v) || v < 0) return null;
  return r;
}

function errorMessage(code: PrintErrorCode, lang: ChromeLanguage, extra = ''): string {
  const zh: Record<PrintErrorCode, string> = {
    'no-halls-selected': '没有选择展馆：请至少选择一个要打印的展馆。',
    'unknown-halls': `找不到这些展馆：${extra}`,
    'invalid-paper': '纸张尺寸无效：自定义尺寸须在 50–5000 毫米之间。',
    'invalid-scale': '比例无效：请输入 1:N 中的正数 N。',
    'invalid-margins': '页边距无效，或页边距过大，纸上没有留下绘图空间。',
    'invalid-options': `打印选项无效：${extra}`,
  };
  const en: Record<PrintErrorCode, string> = {
    'no-halls-selected': 'No hall selected: choose at least one hall to print.',
    'unknown-halls': `These halls do not exist: ${extra}`,
    'invalid-paper': 'Invalid paper size: custom sizes must be 50–5000 mm.',
    'invalid-scale': 'Invalid scale: give a positive N for 1:N.',
    'invalid-margins': 'Invalid margins, or margins so wide no room is left to draw.',
    'invalid-options': `Invalid print option: ${extra}`,
  };
  return (lang === 'en' ? en : zh)[code];
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** Chrome scale for a sheet: 1 on A3, larger type on larger sheets. */
function chromeScale(w: number, h: number): number {
  return clamp(Math.min(w, h) / 297, 0.7, 3);
}

interface HallContext {
  hall: Hall;
  extent: { minX: number; minY: number; w: number; h: number };
  title: TitleBlockData;
  legendItems: LegendItem[];
  empty: boolean;
}

/**
 * Lays out print pages for the chosen halls: each hall on one sheet (fitted, or at 1:N when it
 * fits), or as a poster at 1:N tiled across sheets with overlap, crop marks and a sheet index;
 * then the exhibitor directory (or, without it, a list of the exhibitors whose names did not
 * fit on their booths). Pages are SVG strings sized in mm. Never throws for bad options: the
 * result says what is wrong.
 */
export function layoutPrint(project: Project, options: PrintOptions): PrintResult {
  const lang: ChromeLanguage = options.language === 'en' ? 'en' : 'zh-CN';
  const fail = (code: PrintErrorCode, extra = '', halls?: string[]): PrintResult => ({ ok: false, error: { code, message: errorMessage(code, lang, extra), halls } });
  const siteLevel = options.siteOverview ?? null;
  if (siteLevel !== null && !Number.isInteger(siteLevel)) return fail('invalid-options', `siteOverview=${String(siteLevel)}`);
  if (!options.halls || (options.halls.length === 0 && siteLevel === null)) return fail('no-halls-selected');
  const missing = options.halls.filter((id) => !entryOf(project.halls, id));
  if (missing.length) return fail('unknown-halls', missing.join(', '), missing);
  const portrait = paperPortrait(options.paper);
  if (!portrait) return fail('invalid-paper');
  const scale = options.scale ?? 'fit';
  if (scale !== 'fit' && !(typeof scale === 'number' && Number.isFinite(scale) && scale > 0 && scale <= 1e6)) return fail('invalid-scale');
  const margins = resolveMargins(options.margins);
  if (!margins) return fail('invalid-margins');
  const colouring = options.colouring ?? 'status';
  if (!COLOURINGS.includes(colouring)) return fail('invalid-options', `colouring=${String(colouring)}`);
  const labels = options.labels ?? 'both';
  if (!LABEL_MODES.includes(labels)) return fail('invalid-options', `labels=${String(labels)}`);
  const sort = options.directorySort ?? (lang === 'en' ? 'name-en' : 'pinyin');
  if (!DIRECTORY_SORTS.includes(sort)) return fail('invalid-options', `directorySort=${String(sort)}`);
  const overlap = options.overlapMm ?? 10;
  if (!(overlap >= 0 && overlap <= 50)) return fail('invalid-options', `overlapMm=${String(overlap)}`);
  const minFont = options.minFontMm ?? 1.5;
  if (!(minFont >= 0.8 && minFont <= 20)) return fail('invalid-options', `minFontMm=${String(minFont)}`);
  const inc = { ...DEFAULT_INCLUDE, ...(options.include ?? {}) };
  const include: ChromeInclude = { titleBlock: inc.titleBlock, legend: inc.legend, northArrow: inc.northArrow, scaleBar: inc.scaleBar };
  const warnings: PrintWarning[] = [];
  let logo: string | null = null;
  if (options.logo) {
    if (isSafeImageDataUrl(options.logo)) logo = options.logo;
    else warnings.push({ code: 'logo-ignored' });
  }
  const t = chromeStrings(lang);
  const prefixBase = (options.idPrefix ?? 'pv').replace(/[^A-Za-z0-9_-]/g, '') || 'pv';
  let pageNo = 0;
  const nextPrefix = () => `${prefixBase}${pageNo++}`;

  const pages: PrintPage[] = [];
  const hallInfo: HallPrintInfo[] = [];
  const unlabelled: UnlabelledBooth[] = [];
  const unnamed: UnlabelledBooth[] = [];
  const texts: string[] = [];
  const missingDrawings: string[] = [];

  if (siteLevel !== null) {
    const overview = siteOverview(project, siteLevel);
    const b = overview.bounds;
    const paper = orientPaper(portrait, options.orientation ?? 'auto', b ? (b.maxX - b.minX) / Math.max(b.maxY - b.minY, 1) : 1.4);
    const m = Math.min(margins.top, margins.right, margins.bottom, margins.left);
    const showName = lang === 'en' ? project.settings.name.en || project.settings.name.zh : project.settings.name.zh || project.settings.name.en;
    const { svg } = siteOverviewSvg(overview, { widthMm: paper.w, heightMm: paper.h, margin: m, language: lang, title: showName });
    const levelName = lang === 'en' ? overview.levelName.en || overview.levelName.zh : overview.levelName.zh || overview.levelName.en;
    pages.push({ kind: 'site', svg, widthMm: paper.w, heightMm: paper.h, hallId: null, title: `${lang === 'en' ? 'Site overview' : '场地总览'} · ${levelName}` });
    for (const h of overview.halls) texts.push(h.name.zh, h.name.en);
  }

  for (const hallId of options.halls) {
    const hall = entryOf(project.halls, hallId)!;
    const booths = hallBooths(project, hallId);
    const painter = makePainter(project, booths, colouring, lang);
    const planHall = printPlanHall(project, hall, painter, labels, lang);
    const drawing = inc.venueDrawing ? planVenueDrawing(project, hall, options.drawings) : null;
    if (inc.venueDrawing && !drawing && hasVenueDrawing(project, hall)) missingDrawings.push(hallId);
    // The drawing is clipped to the map area of the sheet it is on.
    const withDrawing = (map: Rect) => (drawing ? { ...planHall, drawing: { ...drawing, clip: map } } : planHall);
    for (const b of planHall.booths) for (const alt of b.labels[0]?.alternatives ?? []) texts.push(...alt);
    const ctx = hallContext(project, hall, painter.legend, booths, colouring, lang, logo, t);
    const ext = ctx.extent;
    const paper = orientPaper(portrait, options.orientation ?? 'auto', ext.w / ext.h);
    const W = paper.w;
    const H = paper.h;
    const content: Rect = { x: margins.left, y: margins.top, w: W - margins.left - margins.right, h: H - margins.top - margins.bottom };
    if (content.w < 40 || content.h < 40) return fail('invalid-margins');
    const s = chromeScale(W, H);
    const pageSide: 'right' | 'bottom' = content.w >= content.h ? 'right' : 'bottom';
    const fitted = arrange(content, s, pageSide, include, ctx);
    const mapFits = (k: number) => ext.w * k <= fitted.map.w + 1e-6 && ext.h * k <= fitted.map.h + 1e-6;
    const note = ctx.empty ? t.emptyHall : null;
    const view = (k: number, map: Rect, sheetS: number): PlanView => ({
      k,
      ox: map.x + (map.w - ext.w * k) / 2 - ext.minX * k,
      oy: map.y + (map.h - ext.h * k) / 2 - ext.minY * k,
      minFont,
      maxFont: Math.max(minFont, 6.5 * sheetS),
      line: 0.18 * Math.max(1, sheetS * 0.8),
      iconMax: 9 * sheetS,
      labelPad: 0.5,
    });
    const hallTitle = (lang === 'en' ? hall.name.en || hall.name.zh : hall.name.zh || hall.name.en) || hall.code;

    let denominator: number;
    if (scale === 'fit') {
      const kFit = Math.min(fitted.map.w / ext.w, fitted.map.h / ext.h);
      denominator = niceScaleDenominator(1000 / kFit);
    } else denominator = scale;
    const k = mmPerMetre(denominator);

    if (scale === 'fit' || mapFits(k)) {
      const title = { ...ctx.title, scaleLine: `${t.scale} 1:${fmtScale(denominator)} · ${paperLabel(options.paper)}` };
      const plan = layoutPlan(withDrawing(fitted.map), view(k, fitted.map, s));
      collectUnlabelled(plan.unlabelled, hall.id, project, unlabelled);
      collectUnlabelled(plan.unnamed, hall.id, project, unnamed);
      const spec: SheetSpec = { w: W, h: H, s, side: pageSide, map: fitted.map, panel: fitted.panel, k, plan, include, title, legendItems: ctx.legendItems, northDeg: options.northDeg ?? 0, strings: t, note };
      const prefix = nextPrefix();
      const sheet = renderSheet(spec, prefix);
      pages.push({ kind: 'plan', svg: pageSvg(W, H, sheet.defs, sheet.body, `plan ${hall.code}`), widthMm: W, heightMm: H, hallId, title: hallTitle });
      hallInfo.push({ hallId, scale: denominator, tiles: null, booths: booths.length });
      continue;
    }

    // A poster at 1:N, larger than the sheet: lay it out whole, then cut it into tiles.
    const mapW = ext.w * k;
    const mapH = ext.h * k;
    const ps = clamp(Math.min(mapW, mapH) / 297, 0.8, 3);
    const pad = 8 * ps;
    const side: 'right' | 'bottom' = mapW >= mapH ? 'right' : 'bottom';
    const tileMargin = Math.max(TILE_MIN_MARGIN, Math.min(margins.top, margins.right, margins.bottom, margins.left));
    const printW = W - 2 * tileMargin;
    const printH = H - 2 * tileMargin;
    const posterTitle = { ...ctx.title, scaleLine: '' };
    let poster: { w: number; h: number; map: Rect; panel: Rect | null };
    if (!hasChrome(include)) {
      poster = { w: mapW + 2 * pad, h: mapH + 2 * pad, map: { x: pad, y: pad, w: mapW, h: mapH }, panel: null };
    } else if (side === 'right') {
      const pw = rightPanelWidth(mapW, ps);
      const need = panelNeed(pw, ps, include, ctx, posterTitle);
      const h = Math.max(mapH, need);
      poster = { w: 2 * pad + mapW + 4 * ps + pw, h: h + 2 * pad, map: { x: pad, y: pad + (h - mapH) / 2, w: mapW, h: mapH }, panel: { x: pad + mapW + 4 * ps, y: pad, w: pw, h } };
    } else {
      const w = Math.max(mapW, 220 * ps);
      const ph = Math.max(titleBlockHeight(w * 0.42, ps, posterTitle), orientationHeight(ps, include), 40 * ps);
      poster = { w: w + 2 * pad, h: 2 * pad + mapH + 4 * ps + ph, map: { x: pad + (w - mapW) / 2, y: pad, w: mapW, h: mapH }, panel: { x: pad, y: pad + mapH + 4 * ps, w, h: ph } };
    }
    const grid = computeTiles(poster.w, poster.h, printW, printH, overlap);
    const title = { ...ctx.title, scaleLine: `${t.scale} 1:${fmtScale(denominator)} · ${grid.cols}×${grid.rows} × ${paperLabel(options.paper)}` };
    const plan = layoutPlan(withDrawing(poster.map), view(k, poster.map, ps));
    collectUnlabelled(plan.unlabelled, hall.id, project, unlabelled);
    collectUnlabelled(plan.unnamed, hall.id, project, unnamed);
    const spec: SheetSpec = { w: poster.w, h: poster.h, s: ps, side, map: poster.map, panel: poster.panel, k, plan, include, title, legendItems: ctx.legendItems, northDeg: options.northDeg ?? 0, strings: t, note };
    const showName = lang === 'en' ? project.settings.name.en || project.settings.name.zh : project.settings.name.zh || project.settings.name.en;
    for (const tile of grid.tiles) {
      const prefix = nextPrefix();
      const sheet = renderSheet(spec, prefix);
      const svg = tilePageSvg(W, H, tileMargin, tile, grid, sheet, { caption: `${hallTitle} · ${showName}`, strings: t }, prefix);
      pages.push({ kind: 'tile', svg, widthMm: W, heightMm: H, hallId, title: `${hallTitle} · ${tile.name}` });
    }
    hallInfo.push({ hallId, scale: denominator, tiles: { cols: grid.cols, rows: grid.rows }, booths: booths.length });
  }

  // A booth showing its number can be found from the directory; only booths with nothing on
  // them need the list after the plans.
  if (missingDrawings.length) warnings.push({ code: 'venue-drawing-unavailable', halls: missingDrawings });
  if (unlabelled.length) warnings.push({ code: 'names-moved-to-directory', count: new Set(unlabelled.map((u) => u.exhibitorId)).size });
  if (unnamed.length) warnings.push({ code: 'names-by-number-only', count: new Set(unnamed.map((u) => u.exhibitorId)).size });
  if (inc.directory || unlabelled.length) {
    let dirSort = sort;
    if (dirSort === 'stroke' && !strokeSortSupported()) {
      warnings.push({ code: 'stroke-sort-unsupported' });
      dirSort = lang === 'en' ? 'name-en' : 'pinyin';
    }
    const dir: DirectoryPage[] = buildDirectory(project, {
      halls: options.halls,
      paper: options.paper,
      orientation: options.orientation === 'landscape' ? 'landscape' : 'portrait',
      margins,
      sort: dirSort,
      language: lang,
      maps: inc.directory,
      only: inc.directory ? undefined : new Set(unlabelled.map((u) => u.exhibitorId)),
      // In the full directory, mark whose names are missing on the plan; the short list is all of them.
      highlight: inc.directory ? new Set([...unlabelled, ...unnamed].map((u) => u.exhibitorId)) : undefined,
      idPrefix: `${prefixBase}d`,
    });
    for (const p of dir) pages.push({ kind: inc.directory ? 'directory' : 'unlabelled', svg: p.svg, widthMm: p.widthMm, heightMm: p.heightMm, hallId: null, title: p.title });
  }
  texts.push(project.settings.name.zh, project.settings.name.en);
  for (const id of options.halls) texts.push(entryOf(project.halls, id)!.name.zh, entryOf(project.halls, id)!.name.en);
  return { ok: true, pages, halls: hallInfo, unlabelled, unnamed, scripts: scriptsNeeded(texts), warnings };
}

function fmtScale(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function collectUnlabelled(ids: string[], hallId: string, project: Project, out: UnlabelledBooth[]) {
  for (const id of ids) {
    const b = entryOf(project.booths, id);
    const a = entryOf(project.assignments, id);
    if (b && a) out.push({ hallId, boothId: id, number: b.number, exhibitorId: a.exhibitorId });
  }
}

/** Panel height the right-hand panel needs: orientation row, a few legend rows, the title block. */
function panelNeed(pw: number, s: number, include: ChromeInclude, ctx: HallContext, title: TitleBlockData): number {
  let h = orientationHeight(s, include);
  if (include.titleBlock) h += titleBlockHeight(pw, s, title) + 4 * s;
  if (include.legend) h += Math.min(ctx.legendItems.length, 14) * 4.6 * s + 16 * s;
  return h;
}

/** Splits a sheet's content area into map and chrome panel. */
function arrange(content: Rect, s: number, side: 'right' | 'bottom', include: ChromeInclude, ctx: HallContext): { map: Rect; panel: Rect | null } {
  if (!hasChrome(include)) return { map: content, panel: null };
  const gap = 4 * s;
  if (side === 'right') {
    const pw = Math.min(rightPanelWidth(content.w, s), content.w * 0.4);
    return { map: { x: content.x, y: content.y, w: content.w - pw - gap, h: content.h }, panel: { x: content.x + content.w - pw, y: content.y, w: pw, h: content.h } };
  }
  const th = include.titleBlock ? titleBlockHeight(content.w * 0.42, s, { ...ctx.title, scaleLine: '1:1000' }) : 0;
  // The legend gets what the title block leaves of the width; it may make the band taller, up to a point.
  const legendW = content.w * (include.titleBlock ? 0.58 : 1) - Math.min(content.w * 0.24, 70 * s);
  const legendCols = Math.max(1, Math.min(3, Math.floor((legendW - 5 * s) / (36 * s))));
  const lh = include.legend ? Math.min(legendHeight(ctx.legendItems.length, legendCols, s), content.h * 0.3) : 0;
  const ph = Math.min(Math.max(th, orientationHeight(s, include), lh), content.h * 0.45);
  return { map: { x: content.x, y: content.y, w: content.w, h: content.h - ph - gap }, panel: { x: content.x, y: content.y + content.h - ph, w: content.w, h: ph } };
}

function hallContext(
  project: Project,
  hall: Hall,
  swatches: ReturnType<typeof makePainter>['legend'],
  booths: ReturnType<typeof hallBooths>,
  colouring: Colouring,
  lang: ChromeLanguage,
  logo: string | null,
  t: ReturnType<typeof chromeStrings>,
): HallContext {
  const e = hallExtent(project, hall);
  const extent = { minX: e.minX, minY: e.minY, w: Math.max(e.maxX - e.minX, 1), h: Math.max(e.maxY - e.minY, 1) };
  const items: LegendItem[] = swatches.map((sw) => ({ swatch: sw, label: sw.label }));
  if (colouring !== 'zone') {
    const zoneIds = [...new Set(booths.map((b) => b.zoneId).filter((z): z is string => !!z))];
    for (const z of zoneIds.map((id) => entryOf(project.zones, id)).filter((z) => !!z)) {
      const name = (lang === 'en' ? z.name.en || z.name.zh : z.name.zh || z.name.en) || z.id;
      items.push({ swatch: { label: name, fill: tint(z.color, 0.92), hatch: false, border: z.color }, label: name });
    }
  }
  const kinds = new Set(hallFacilities(project, hall.id).map((f) => f.kind));
  for (const k of SYMBOL_KINDS) if (kinds.has(k) && isSymbolKind(k)) items.push({ symbol: k, label: t.facility[k] });
  if (kinds.has('column')) items.push({ shape: 'column', label: t.facility.column });
  if (kinds.has('wall')) items.push({ shape: 'wall', label: t.facility.wall });
  const st = project.settings;
  const title: TitleBlockData = {
    showName: st.name,
    hallName: hall.name,
    venue: lang === 'en' ? st.venue.en || st.venue.zh : st.venue.zh || st.venue.en,
    dates: t.dates(st.event.start, st.event.end),
    scaleLine: '',
    logo,
    primaryZh: lang !== 'en',
  };
  return { hall, extent, title, legendItems: items, empty: booths.length === 0 };
}
