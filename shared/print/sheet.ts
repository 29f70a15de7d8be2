import { legend, northArrow, scaleBarSvg, titleBlock, type LegendItem, type TitleBlockData } from './chrome';
import { escapeXml, num } from './escape';
import type { ChromeStrings } from './i18n';
import { planSvg, type PlanLayout } from './plan';
import { FONT_STACK } from './scripts';
import { symbolDefs, type SymbolKind } from './symbols';
import { textEl } from './text-block';

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ChromeInclude {
  titleBlock: boolean;
  legend: boolean;
  northArrow: boolean;
  scaleBar: boolean;
}

/** Everything drawn on one sheet (a page, or a poster later cut into tiles), in mm. */
export interface SheetSpec {
  w: number;
  h: number;
  /** Chrome scale: 1 on A3, larger on bigger sheets. */
  s: number;
  side: 'right' | 'bottom';
  map: Rect;
  panel: Rect | null;
  /** mm per metre. */
  k: number;
  plan: PlanLayout;
  include: ChromeInclude;
  title: TitleBlockData;
  legendItems: LegendItem[];
  northDeg: number;
  strings: ChromeStrings;
  /** Shown in the middle of the map (empty hall). */
  note: string | null;
}

/** Width of the right-hand panel for a map area of `mapW`. */
export function rightPanelWidth(mapW: number, s: number): number {
  return Math.min(Math.max(mapW * 0.2, 58 * s), 95 * s);
}

/** Room the orientation row (north arrow beside the scale bar) takes. */
export function orientationHeight(s: number, include: ChromeInclude): number {
  return include.northArrow || include.scaleBar ? 20 * s : 0;
}

export function hasChrome(include: ChromeInclude): boolean {
  return include.titleBlock || include.legend || include.northArrow || include.scaleBar;
}

/** Title block height at a given width (it sizes the panel). */
export function titleBlockHeight(w: number, s: number, d: TitleBlockData): number {
  return titleBlock(0, 0, w, s, d).height;
}

const GAP = 4;

function orientation(r: Rect, spec: SheetSpec): string {
  const { s, include } = spec;
  let out = '';
  const arrow = include.northArrow ? 15 * s : 0;
  if (include.northArrow) out += northArrow(r.x + arrow / 2, r.y + r.h / 2, arrow, spec.northDeg, spec.strings.north);
  if (include.scaleBar) {
    const sx = r.x + arrow + (arrow ? 4 * s : 0);
    const bar = scaleBarSvg(sx, r.y + r.h / 2 - 4 * s, r.x + r.w - sx, spec.k, s, spec.strings);
    out += bar.svg;
  }
  return out;
}

/** Renders the sheet; `prefix` keeps element ids unique among pages of one document. */
export function renderSheet(spec: SheetSpec, prefix: string): { defs: string; body: string } {
  const plan = planSvg(spec.plan, prefix);
  let defs = plan.defs;
  // The legend may show pictograms the map itself does not define.
  const legendSymbols = spec.legendItems.flatMap((i) => (i.symbol && !spec.plan.symbolKinds.has(i.symbol) ? [i.symbol] : [])) as SymbolKind[];
  defs += symbolDefs(prefix, legendSymbols);
  let body = `<g class="map">${plan.body}</g>`;
  if (spec.note) {
    const m = spec.map;
    body += textEl(m.x + m.w / 2, m.y + m.h / 2, spec.note, { size: 6 * spec.s, fill: '#777', anchor: 'middle', cls: 'note' });
  }
  const p = spec.panel;
  if (p) {
    const { s, include } = spec;
    if (spec.side === 'right') {
      const oh = orientationHeight(s, include);
      if (oh) body += orientation({ x: p.x, y: p.y, w: p.w, h: oh }, spec);
      let bottom = p.y + p.h;
      if (include.titleBlock) {
        const th = titleBlockHeight(p.w, s, spec.title);
        body += titleBlock(p.x, bottom - th, p.w, s, spec.title).svg;
        bottom -= th + GAP * s;
      }
      if (include.legend) {
        const top = p.y + oh + (oh ? GAP * s : 0);
        body += legend(p.x, top, p.w, bottom - top, s, spec.legendItems, spec.strings, prefix).svg;
      }
    } else {
      const tw = include.titleBlock ? p.w * 0.42 : 0;
      const ow = include.northArrow || include.scaleBar ? Math.min(p.w * 0.24, 70 * s) : 0;
      if (include.titleBlock) body += titleBlock(p.x, p.y, tw, s, spec.title).svg;
      if (ow) body += orientation({ x: p.x + p.w - ow, y: p.y, w: ow, h: orientationHeight(s, include) }, spec);
      if (include.legend) {
        const lx = p.x + tw + (tw ? GAP * s : 0);
        const lw = p.x + p.w - ow - (ow ? GAP * s : 0) - lx;
        if (lw > 30 * s) body += legend(lx, p.y, lw, p.h, s, spec.legendItems, spec.strings, prefix).svg;
      }
    }
  }
  return { defs, body };
}

/** The outer `<svg>` of a page `w` × `h` mm. */
export function pageSvg(w: number, h: number, defs: string, body: string, dataPage: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${num(w)}mm" height="${num(h)}mm" viewBox="0 0 ${num(w)} ${num(h)}" font-family="${FONT_STACK}" data-page="${escapeXml(dataPage)}">` +
    `<defs>${defs}</defs><rect width="${num(w)}" height="${num(h)}" fill="#fff"/>${body}</svg>`
  );
}
