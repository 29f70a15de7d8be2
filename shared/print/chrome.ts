import { escapeXml, num } from './escape';
import type { LegendSwatch } from './colouring';
import type { ChromeStrings } from './i18n';
import { textWidth } from './measure';
import { formatMetres, scaleBar } from './scale';
import { hatchSvg, symbolId, type SymbolKind } from './symbols';
import { fitBlock, textEl, truncate } from './text-block';

/** Everything below is in millimetres on the sheet; `s` scales type and marks with the sheet size. */

export interface TitleBlockData {
  showName: { zh: string; en: string };
  hallName: { zh: string; en: string };
  venue: string;
  dates: string;
  /** "1:500 · A3", already localised. */
  scaleLine: string;
  /** A data: URL (png, jpeg, svg) or null. */
  logo: string | null;
  primaryZh: boolean;
}

/** Data URLs of raster or SVG images only: anything else is not embedded. */
export function isSafeImageDataUrl(url: string): boolean {
  return /^data:image\/(png|jpeg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/]+=*$/.test(url) && url.length <= 2_000_000;
}

/** Title block, top-aligned at `y`; returns its height. */
export function titleBlock(x: number, y: number, w: number, s: number, d: TitleBlockData): { svg: string; height: number } {
  const pad = 2.5 * s;
  const inner = w - 2 * pad;
  let cy = y + pad;
  let out = '';
  if (d.logo && isSafeImageDataUrl(d.logo)) {
    const lh = 12 * s;
    out += `<image x="${num(x + pad)}" y="${num(cy)}" width="${num(inner)}" height="${num(lh)}" preserveAspectRatio="xMinYMid meet" xlink:href="${escapeXml(d.logo)}"/>`;
    cy += lh + 2 * s;
  }
  const [first, second] = d.primaryZh ? [d.showName.zh, d.showName.en] : [d.showName.en, d.showName.zh];
  const block = (text: string, size: number, bold: boolean, fill = '#111', lines = 2) => {
    const f = fitBlock(text, inner, size, Math.min(size, 2.2 * s), lines, bold);
    for (const line of f.lines) {
      cy += f.size * 1.05;
      out += textEl(x + pad, cy, line, { size: f.size, bold, fill });
      cy += f.size * 0.25;
    }
  };
  block(first || second, 5 * s, true);
  if (first && second && second !== first) block(second, 3.4 * s, false, '#333');
  cy += 1.2 * s;
  out += `<line x1="${num(x + pad)}" y1="${num(cy)}" x2="${num(x + w - pad)}" y2="${num(cy)}" stroke="#999" stroke-width="${num(0.2 * s)}"/>`;
  cy += 1.2 * s;
  const [h1, h2] = d.primaryZh ? [d.hallName.zh, d.hallName.en] : [d.hallName.en, d.hallName.zh];
  block(h1 || h2, 4.2 * s, true);
  if (h1 && h2 && h2 !== h1) block(h2, 3 * s, false, '#333');
  if (d.venue) block(d.venue, 2.8 * s, false, '#333', 2);
  if (d.dates) block(d.dates, 2.8 * s, false, '#333', 1);
  block(d.scaleLine, 2.6 * s, false, '#555', 1);
  cy += pad;
  const frame = `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(cy - y)}" fill="#fff" stroke="#222" stroke-width="${num(0.35 * s)}"/>`;
  return { svg: `<g class="title-block">${frame}${out}</g>`, height: cy - y };
}

export interface LegendItem {
  swatch?: LegendSwatch;
  symbol?: SymbolKind;
  /** A plain shape: 'column' (filled square) or 'wall' (thick line). */
  shape?: 'column' | 'wall';
  label: string;
}

/** Height a legend of `count` entries needs in `cols` columns. */
export function legendHeight(count: number, cols: number, s: number): number {
  return 5.5 * s + Math.ceil(count / cols) * 4.6 * s + 5 * s;
}

/**
 * Legend in a box of `w` × at most `maxH`, in up to three columns; entries that do not fit are
 * summarised as "N more". Returns its height (0 when nothing to show).
 */
export function legend(x: number, y: number, w: number, maxH: number, s: number, items: LegendItem[], t: ChromeStrings, prefix: string): { svg: string; height: number } {
  if (items.length === 0 || maxH < 12 * s) return { svg: '', height: 0 };
  const pad = 2.5 * s;
  const row = 4.6 * s;
  const size = 2.6 * s;
  const sw = 5 * s;
  const head = 5.5 * s;
  const cols = Math.max(1, Math.min(3, Math.floor((w - 2 * pad) / (36 * s)), Math.ceil(items.length / 6)));
  const colW = (w - 2 * pad) / cols;
  const rowsFit = Math.max(1, Math.floor((maxH - head - 2 * pad) / row));
  const capacity = rowsFit * cols;
  const shown = items.length > capacity ? items.slice(0, capacity - 1) : items;
  const more = items.length - shown.length;
  const rows = Math.ceil((shown.length + (more ? 1 : 0)) / cols);
  const height = head + rows * row + 2 * pad;
  let out = `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(height)}" fill="#fff" stroke="#222" stroke-width="${num(0.35 * s)}"/>`;
  out += textEl(x + pad, y + pad + 3.2 * s, t.legend, { size: 3.4 * s, bold: true });
  const top = y + pad + head;
  shown.forEach((it, i) => {
    const c = Math.floor(i / rows);
    const r = i % rows;
    const ix = x + pad + c * colW;
    const iy = top + r * row;
    const mid = iy + row / 2;
    if (it.swatch) {
      const sx = ix;
      const sy = mid - 1.6 * s;
      out += `<rect x="${num(sx)}" y="${num(sy)}" width="${num(sw)}" height="${num(3.2 * s)}" fill="${it.swatch.fill}" stroke="${it.swatch.border ?? '#555'}" stroke-width="${num((it.swatch.border ? 0.6 : 0.2) * s)}"/>`;
      if (it.swatch.hatch) {
        const h = 3.2 * s;
        out += hatchSvg(`${prefix}-lh${i}`, [[sx, sy], [sx + sw, sy], [sx + sw, sy + h], [sx, sy + h]], 1.2 * s, 0.15 * s);
      }
    } else if (it.symbol) {
      out += `<use xlink:href="#${symbolId(prefix, it.symbol)}" x="${num(ix + sw / 2 - 1.9 * s)}" y="${num(mid - 1.9 * s)}" width="${num(3.8 * s)}" height="${num(3.8 * s)}"/>`;
    } else if (it.shape === 'column') {
      out += `<rect x="${num(ix + sw / 2 - 1.4 * s)}" y="${num(mid - 1.4 * s)}" width="${num(2.8 * s)}" height="${num(2.8 * s)}" fill="#555"/>`;
    } else if (it.shape === 'wall') {
      out += `<line x1="${num(ix)}" y1="${num(mid)}" x2="${num(ix + sw)}" y2="${num(mid)}" stroke="#444" stroke-width="${num(1.2 * s)}"/>`;
    }
    out += textEl(ix + sw + 2 * s, mid + size * 0.36, truncate(it.label, colW - sw - 3 * s, size), { size });
  });
  if (more) {
    const i = shown.length;
    const c = Math.floor(i / rows);
    const r = i % rows;
    out += textEl(x + pad + c * colW + sw + 2 * s, top + r * row + row / 2 + size * 0.36, t.moreEntries(more), { size, fill: '#555' });
  }
  return { svg: `<g class="legend">${out}</g>`, height };
}

/** North arrow centred at (cx, cy), `size` tall, pointing `angle` degrees clockwise from up. */
export function northArrow(cx: number, cy: number, size: number, angle: number, label: string): string {
  const r = size / 2;
  const head = `M0 ${num(-r * 0.78)} L${num(r * 0.32)} ${num(r * 0.42)} L0 ${num(r * 0.2)} Z`;
  const tail = `M0 ${num(-r * 0.78)} L${num(-r * 0.32)} ${num(r * 0.42)} L0 ${num(r * 0.2)} Z`;
  return (
    `<g class="north-arrow" transform="translate(${num(cx)} ${num(cy)})">` +
    `<circle r="${num(r)}" fill="#fff" stroke="#222" stroke-width="${num(size * 0.02)}"/>` +
    `<g transform="rotate(${num(angle)})"><path d="${head}" fill="#222"/><path d="${tail}" fill="#fff" stroke="#222" stroke-width="${num(size * 0.02)}"/>` +
    `<text x="0" y="${num(-r * 0.82)}" font-size="${num(size * 0.2)}" font-weight="bold" text-anchor="middle" fill="#222" transform="rotate(${num(-angle)} 0 ${num(-r * 0.9)})" dy="${num(-size * 0.04)}">${escapeXml(label)}</text></g></g>`
  );
}

/** Scale bar at (x, y) no longer than `maxW`, for `k` mm per metre; returns its height. */
export function scaleBarSvg(x: number, y: number, maxW: number, k: number, s: number, t: ChromeStrings): { svg: string; height: number; metres: number } {
  const size = 2.4 * s;
  const unitW = textWidth(` ${t.metres}`, size);
  const bar = scaleBar(k, Math.max(maxW - unitW - size, 1));
  const h = 1.8 * s;
  const top = y + size * 1.3;
  let out = '';
  const seg = bar.lengthMm / bar.segments;
  for (let i = 0; i < bar.segments; i++) {
    out += `<rect x="${num(x + i * seg, 3)}" y="${num(top)}" width="${num(seg, 3)}" height="${num(h)}" fill="${i % 2 ? '#fff' : '#222'}" stroke="#222" stroke-width="${num(0.15 * s)}"/>`;
  }
  // Tick labels where they do not collide: always the ends, inner ticks when there is room.
  const tickLabel = (i: number) => formatMetres((bar.metres / bar.segments) * i);
  const every = textWidth(tickLabel(bar.segments), size) + 1.5 * s < seg ? 1 : bar.segments;
  for (let i = 0; i <= bar.segments; i += every) {
    const label = i === bar.segments ? `${tickLabel(i)} ${t.metres}` : tickLabel(i);
    const anchor = i === 0 ? 'start' : 'middle';
    const tx = i === bar.segments ? x + i * seg - textWidth(tickLabel(i), size) / 2 : x + i * seg;
    out += textEl(tx, y + size, label, { size, anchor: i === bar.segments ? 'start' : anchor, fill: '#222' });
  }
  return { svg: `<g class="scale-bar">${out}</g>`, height: top - y + h, metres: bar.metres };
}
