import type { Project } from '../model/project';
import { makePainter } from './colouring';
import { countryName, chromeStrings, type ChromeLanguage, type ChromeStrings } from './i18n';
import { directoryEntries, entrySectorName, sortDirectory, type DirectoryEntry, type DirectorySort } from './directory-sort';
import { escapeXml, num } from './escape';
import { hallBooths, hallExtent, printPlanHall } from './hall-plan';
import { orientPaper, paperPortrait, type Margins, type Paper } from './paper';
import { layoutPlan, planSvg } from './plan';
import { pageSvg } from './sheet';
import { fitBlock, textEl, truncate } from './text-block';
import { joinWrapped } from './wrap';
import { entryOf } from '../model/project';

export interface DirectoryOptions {
  halls: readonly string[];
  paper: Paper;
  orientation?: 'portrait' | 'landscape';
  /** mm; default 12 on every side. */
  margins?: number | Margins;
  sort: DirectorySort;
  language: ChromeLanguage;
  /** A small key map per hall before the list. */
  maps?: boolean;
  /** List only these exhibitors (the "not named on the plan" pages). */
  only?: ReadonlySet<string>;
  /** Exhibitors marked as not named on the plan. */
  highlight?: ReadonlySet<string>;
  idPrefix?: string;
}

export interface DirectoryPage {
  svg: string;
  widthMm: number;
  heightMm: number;
  title: string;
}

/** A piece of the flowing list: its height at the column width and how to draw it there. */
interface Block {
  kind: 'note' | 'map' | 'heading' | 'entry';
  height: number;
  heading?: string;
  draw(x: number, y: number, prefix: string): { defs: string; body: string };
}

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);

/** Booth numbers, hall by hall; a number that does not already start with its hall code gets it. */
export function boothItems(e: DirectoryEntry): string[] {
  return e.booths.map((b) => (!b.hallCode || b.number.startsWith(b.hallCode) ? b.number : `${b.hallCode} ${b.number}`));
}

/** Booth numbers as one line of text, e.g. "A1-101, A1-102, B2-7". */
export function boothText(e: DirectoryEntry): string {
  return boothItems(e).join(', ');
}

/**
 * The exhibitor directory as pages: a bilingual two-column list with each exhibitor's hall and
 * booth numbers, ordered and headed by `sort`, optionally preceded by a small key map per
 * hall; every page numbered. Throws RangeError for an unusable paper or margins (the print
 * layout validates these before calling).
 */
export function buildDirectory(project: Project, options: DirectoryOptions): DirectoryPage[] {
  const lang = options.language;
  const t = chromeStrings(lang);
  const portrait = paperPortrait(options.paper);
  if (!portrait) throw new RangeError('invalid paper');
  const paper = orientPaper(portrait, options.orientation ?? 'portrait');
  const W = paper.w;
  const H = paper.h;
  const m: Margins = typeof options.margins === 'number' ? { top: options.margins, right: options.margins, bottom: options.margins, left: options.margins } : (options.margins ?? { top: 12, right: 12, bottom: 12, left: 12 });
  const sd = clamp(Math.min(W, H) / 210, 1, 2.2);
  const headH = 13 * sd;
  const footH = 7 * sd;
  const bodyX = m.left;
  const bodyY = m.top + headH;
  const bodyW = W - m.left - m.right;
  const bodyH = H - m.top - m.bottom - headH - footH;
  if (bodyW < 60 || bodyH < 40) throw new RangeError('margins leave no room for the directory');
  const cols = bodyW >= 120 ? 2 : 1;
  const gutter = 7 * sd;
  const colW = (bodyW - gutter * (cols - 1)) / cols;

  const entries = directoryEntries(project, options.halls, options.only);
  const groups = sortDirectory(entries, options.sort, lang);
  const highlight = options.highlight ?? new Set<string>();
  const blocks: Block[] = [];

  if (options.only) blocks.push(noteBlock(t.directoryUnlabelledNote, colW, sd));
  else if (highlight.size) blocks.push(noteBlock(lang === 'en' ? '▸ marks exhibitors whose names did not fit on the plan.' : '▸ 标记的展商名称在平面图上放不下。', colW, sd));
  // Key maps only for halls with booths: an empty hall has nothing to look up.
  if (options.maps) for (const id of options.halls) if (hallBooths(project, id).length) blocks.push(mapBlock(project, id, colW, bodyH, sd, lang));
  if (entries.length === 0) blocks.push(noteBlock(t.noExhibitors, colW, sd));
  for (const g of groups) {
    if (g.heading !== null) blocks.push(headingBlock(g.heading, colW, sd));
    for (const e of g.entries) blocks.push(entryBlock(e, colW, sd, lang, highlight.has(e.exhibitorId)));
  }

  // Flow blocks into columns and pages; a heading never ends a column, and a group carried
  // over to a new column gets its heading again, marked "continued".
  type Placed = { block: Block; x: number; y: number };
  const pages: Placed[][] = [[]];
  let col = 0;
  let y = 0;
  let currentHeading: string | null = null;
  const newColumn = () => {
    col++;
    y = 0;
    if (col >= cols) {
      col = 0;
      pages.push([]);
    }
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.kind === 'heading') currentHeading = b.heading ?? null;
    const next = blocks[i + 1];
    const need = b.kind === 'heading' && next ? b.height + Math.min(next.height, bodyH - b.height) : Math.min(b.height, bodyH);
    if (y > 0 && y + need > bodyH) {
      newColumn();
      if (b.kind === 'entry' && currentHeading !== null) {
        const cont = headingBlock(currentHeading + t.continued, colW, sd);
        pages[pages.length - 1]!.push({ block: cont, x: bodyX + col * (colW + gutter), y: bodyY + y });
        y += cont.height;
      }
    }
    pages[pages.length - 1]!.push({ block: b, x: bodyX + col * (colW + gutter), y: bodyY + y });
    y += b.height;
  }

  const showName = lang === 'en' ? project.settings.name.en || project.settings.name.zh : project.settings.name.zh || project.settings.name.en;
  const title = options.only ? t.directoryUnlabelled : t.directory;
  const prefixBase = options.idPrefix ?? 'dir';
  return pages.map((placed, pi) => {
    const prefix = `${prefixBase}${pi}`;
    let defs = '';
    let body = '';
    // Header: show and list title on the left, sort order on the right, a rule below.
    const hs = 4.2 * sd;
    body += textEl(m.left, m.top + hs, truncate(title, bodyW * 0.6, hs, true), { size: hs, bold: true });
    body += textEl(m.left, m.top + hs + 4.2 * sd, truncate(showName, bodyW * 0.6, 2.8 * sd), { size: 2.8 * sd, fill: '#444' });
    body += textEl(W - m.right, m.top + hs, truncate(t.sortBy[options.sort], bodyW * 0.38, 2.6 * sd), { size: 2.6 * sd, fill: '#444', anchor: 'end' });
    body += `<line x1="${num(m.left)}" y1="${num(m.top + headH - 3 * sd)}" x2="${num(W - m.right)}" y2="${num(m.top + headH - 3 * sd)}" stroke="#222" stroke-width="${num(0.3 * sd)}"/>`;
    if (cols === 2) {
      const gx = bodyX + colW + gutter / 2;
      body += `<line x1="${num(gx)}" y1="${num(bodyY)}" x2="${num(gx)}" y2="${num(bodyY + bodyH)}" stroke="#ccc" stroke-width="${num(0.2 * sd)}"/>`;
    }
    for (const p of placed) {
      const d = p.block.draw(p.x, p.y, prefix);
      defs += d.defs;
      body += d.body;
    }
    body += textEl(W / 2, H - m.bottom - 1.5 * sd, t.page(pi + 1, pages.length), { size: 2.5 * sd, fill: '#444', anchor: 'middle', cls: 'page-number' });
    return { svg: pageSvg(W, H, defs, body, `directory ${pi + 1}`), widthMm: W, heightMm: H, title: `${title} ${pi + 1}/${pages.length}` };
  });
}

function noteBlock(text: string, colW: number, sd: number): Block {
  const size = 2.6 * sd;
  const f = fitBlock(text, colW, size, size, 6);
  return {
    kind: 'note',
    height: f.lines.length * size * 1.3 + 3 * sd,
    draw: (x, y) => ({ defs: '', body: f.lines.map((l, i) => textEl(x, y + size * (1 + 1.3 * i), l, { size, fill: '#333' })).join('') }),
  };
}

function headingBlock(text: string, colW: number, sd: number): Block {
  const size = 3.6 * sd;
  const label = truncate(text, colW, size, true);
  return {
    kind: 'heading',
    heading: text,
    height: size * 1.9,
    draw: (x, y) => ({
      defs: '',
      body:
        textEl(x, y + size * 1.25, label, { size, bold: true, fill: '#1a3d6d' }) +
        `<line x1="${num(x)}" y1="${num(y + size * 1.6)}" x2="${num(x + colW)}" y2="${num(y + size * 1.6)}" stroke="#1a3d6d" stroke-width="${num(0.25 * sd)}"/>`,
    }),
  };
}

function entryBlock(e: DirectoryEntry, colW: number, sd: number, lang: ChromeLanguage, marked: boolean): Block {
  const ns = 2.9 * sd;
  const ss = 2.5 * sd;
  const is = 2.1 * sd;
  const bw = Math.min(colW * 0.34, 32 * sd);
  const mark = marked ? 2.2 * sd : 0;
  const nameW = colW - bw - 2 * sd - mark;
  const [p, o] = lang === 'en' ? [e.name.en || e.name.zh, e.name.zh] : [e.name.zh || e.name.en, e.name.en];
  const primary = fitBlock(p, nameW, ns, ns, 3, true);
  const other = o && o !== p ? fitBlock(o, nameW, ss, ss, 2) : { lines: [], size: ss };
  const info = truncate([countryName(e.country, lang), ...e.sectors.slice(0, 2).map((_, i) => entrySectorName(e, i, lang))].join(' · '), nameW, is);
  const bs = ns * 0.92;
  const wrapped = joinWrapped(boothItems(e), ', ', bw, bs, true);
  let boothLines = wrapped.map((l) => truncate(l.text, bw, bs, true));
  if (wrapped.length > 8) {
    // A pavilion with dozens of booths: the first lines, then how many more.
    const rest = wrapped.slice(7).reduce((n, l) => n + l.items, 0);
    boothLines = [...boothLines.slice(0, 7), `+${rest}`];
  }
  const leftH = primary.lines.length * ns * 1.22 + other.lines.length * ss * 1.22 + is * 1.3;
  const rightH = boothLines.length * bs * 1.25;
  const height = Math.max(leftH, rightH) + 1.8 * sd;
  return {
    kind: 'entry',
    height,
    draw: (x, y) => {
      let body = '';
      let cy = y;
      if (marked) {
        const my = y + ns * 0.6;
        body += `<path d="M${num(x)} ${num(my - 0.9 * sd)} L${num(x + 1.5 * sd)} ${num(my)} L${num(x)} ${num(my + 0.9 * sd)} Z" fill="#c0392b"/>`;
      }
      for (const l of primary.lines) {
        cy += ns * 1.22;
        body += textEl(x + mark, cy - ns * 0.22, l, { size: ns, bold: true });
      }
      for (const l of other.lines) {
        cy += ss * 1.22;
        body += textEl(x + mark, cy - ss * 0.22, l, { size: ss, fill: '#333' });
      }
      cy += is * 1.3;
      body += textEl(x + mark, cy - is * 0.3, info, { size: is, fill: '#666' });
      boothLines.forEach((l, i) => {
        body += textEl(x + colW, y + ns + bs * 1.25 * i, l, { size: bs, bold: true, anchor: 'end', fill: '#1a3d6d' });
      });
      return { defs: '', body: `<g class="entry" data-exhibitor="${escapeXml(e.exhibitorId)}">${body}</g>` };
    },
  };
}

/** A small map of a hall with booth numbers where they fit, as a key to the list. */
function mapBlock(project: Project, hallId: string, colW: number, bodyH: number, sd: number, lang: ChromeLanguage): Block {
  const hall = entryOf(project.halls, hallId)!;
  const t: ChromeStrings = chromeStrings(lang);
  const caption = (lang === 'en' ? hall.name.en || hall.name.zh : hall.name.zh || hall.name.en) || hall.code;
  const cs = 3.2 * sd;
  const e = hallExtent(project, hall);
  const ew = Math.max(e.maxX - e.minX, 1);
  const eh = Math.max(e.maxY - e.minY, 1);
  const maxH = bodyH * 0.42;
  const k = Math.min(colW / ew, maxH / eh);
  const mapH = eh * k;
  const booths = hallBooths(project, hallId);
  const painter = makePainter(project, booths, 'zone', lang);
  const planHall = printPlanHall(project, hall, painter, 'number', lang);
  const height = cs * 1.6 + mapH + 5 * sd;
  return {
    kind: 'map',
    height,
    draw: (x, y, prefix) => {
      const view = { k, ox: x + (colW - ew * k) / 2 - e.minX * k, oy: y + cs * 1.6 - e.minY * k, minFont: 1, maxFont: 2.2 * sd, line: 0.12, iconMax: 4 * sd, labelPad: 0.25 };
      const svg = planSvg(layoutPlan(planHall, view), `${prefix}-m${hallId.replace(/[^A-Za-z0-9_-]/g, '')}`);
      const head = textEl(x, y + cs, truncate(`${t.hallMaps} · ${caption}`, colW, cs, true), { size: cs, bold: true });
      return { defs: svg.defs, body: `<g class="hall-map">${head}${svg.body}</g>` };
    },
  };
}
