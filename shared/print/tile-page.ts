import { num } from './escape';
import type { ChromeStrings } from './i18n';
import { pageSvg } from './sheet';
import { textEl, truncate } from './text-block';
import type { Tile, TileGrid } from './tiling';

/** Margin every tiled sheet keeps for crop marks and its index, mm. */
export const TILE_MIN_MARGIN = 9;

export interface TileInfo {
  caption: string;
  strings: ChromeStrings;
}

function line(x1: number, y1: number, x2: number, y2: number, stroke: string, width: number, dash?: string): string {
  return `<line x1="${num(x1)}" y1="${num(y1)}" x2="${num(x2)}" y2="${num(y2)}" stroke="${stroke}" stroke-width="${num(width, 3)}"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`;
}

/** Crop marks outside the corners of the printable area (x, y, w, h), in the margin `m`. */
export function cropMarks(x: number, y: number, w: number, h: number, m: number): string {
  const gap = 1;
  const len = Math.max(Math.min(5, m - gap - 1), 1);
  let out = '';
  for (const [cx, dx] of [
    [x, -1],
    [x + w, 1],
  ] as const) {
    for (const [cy, dy] of [
      [y, -1],
      [y + h, 1],
    ] as const) {
      out += line(cx + dx * gap, cy, cx + dx * (gap + len), cy, '#000', 0.2);
      out += line(cx, cy + dy * gap, cx, cy + dy * (gap + len), '#000', 0.2);
    }
  }
  return `<g class="crop-marks">${out}</g>`;
}

/**
 * One sheet of a tiled poster: the poster clipped to this tile's printable area, crop marks,
 * ticks where the neighbouring sheets' overlap begins, the sheet's index ("B2 of 3×4") and a
 * small locator grid with this sheet filled in.
 */
export function tilePageSvg(paperW: number, paperH: number, margin: number, tile: Tile, grid: TileGrid, sheet: { defs: string; body: string }, info: TileInfo, prefix: string): string {
  const m = margin;
  const clipId = `${prefix}-tile`;
  let body = `<g clip-path="url(#${clipId})"><g transform="translate(${num(m - tile.x, 3)} ${num(m - tile.y, 3)})">${sheet.body}</g></g>`;
  body += cropMarks(m, m, tile.w, tile.h, m);
  const o = grid.overlap;
  const tick = (x1: number, y1: number, x2: number, y2: number) => line(x1, y1, x2, y2, '#888', 0.2, '0.8 0.6');
  const hasLeft = tile.col > 0;
  const hasRight = tile.col < grid.cols - 1;
  const hasTop = tile.row > 0;
  const hasBottom = tile.row < grid.rows - 1;
  const len = Math.min(4, m - 2);
  for (const [present, x] of [
    [hasLeft, m + o],
    [hasRight, m + tile.w - o],
  ] as const) {
    if (present && o > 0) body += tick(x, m - 1 - len, x, m - 1) + tick(x, m + tile.h + 1, x, m + tile.h + 1 + len);
  }
  for (const [present, y] of [
    [hasTop, m + o],
    [hasBottom, m + tile.h - o],
  ] as const) {
    if (present && o > 0) body += tick(m - 1 - len, y, m - 1, y) + tick(m + tile.w + 1, y, m + tile.w + 1 + len, y);
  }
  const size = Math.min(2.8, m * 0.32);
  const baseline = paperH - m / 2 + size * 0.35;
  const index = info.strings.tileIndex(tile.name, grid.cols, grid.rows);
  const left = `${index} · ${info.caption}`;
  const room = tile.w - 8;
  body += textEl(m, baseline, truncate(left, room * 0.6, size, true), { size, bold: true, fill: '#000', cls: 'tile-index' });
  if (o > 0) body += textEl(m + tile.w, baseline, truncate(info.strings.overlap(o), room * 0.38, size * 0.8), { size: size * 0.8, fill: '#555', anchor: 'end' });
  // Locator: the grid of sheets with this one filled.
  const cell = Math.min(2.4, (m - 3) / grid.rows, 40 / grid.cols);
  const gx = m + tile.w - grid.cols * cell;
  const gy = (m - grid.rows * cell) / 2;
  let loc = '';
  for (let r = 0; r < grid.rows; r++) {
    for (let c = 0; c < grid.cols; c++) {
      const here = r === tile.row && c === tile.col;
      loc += `<rect x="${num(gx + c * cell, 3)}" y="${num(gy + r * cell, 3)}" width="${num(cell, 3)}" height="${num(cell, 3)}" fill="${here ? '#222' : '#fff'}" stroke="#666" stroke-width="0.12"/>`;
    }
  }
  body += `<g class="tile-locator">${loc}</g>`;
  body += textEl(gx - 1.5, gy + Math.min(grid.rows * cell, size) * 0.85, tile.name, { size: Math.min(size, grid.rows * cell + 0.5), bold: true, anchor: 'end' });
  const defs = `${sheet.defs}<clipPath id="${clipId}"><rect x="${num(m)}" y="${num(m)}" width="${num(tile.w)}" height="${num(tile.h)}"/></clipPath>`;
  return pageSvg(paperW, paperH, defs, body, `tile ${tile.name}`);
}
