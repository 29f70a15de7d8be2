import { pinyin } from 'pinyin-pro';
import type { Project } from '../model/project';
import type { Bilingual } from '../model/primitives';
import { bboxOf, shapeBBox, unionBBox } from '../geometry/polygon';
import { tint } from '../print/colouring';
import { escapeXml, num } from '../print/escape';
import { nameAlternatives } from '../print/hall-plan';
import { chromeStrings, countryName } from '../print/i18n';
import { isSymbolKind } from '../print/symbols';
import { layoutPlan, planSvg, type PlanBooth, type PlanFacility, type PlanHall } from '../print/plan';
import { CLIENT_SCRIPT } from './client-script';
import { CLIENT_STYLE } from './client-style';
import { publicView, type PublicFacility, type PublicHall, type PublicView } from './public-view';
import { cspHash } from './sha256';
import { hallToSite } from '../editing/site';
import { defaultLevelName } from '../model/levels';

export interface PublishOptions {
  /** Language the map opens in (visitors can switch). Default zh-CN. */
  language?: 'zh-CN' | 'en';
  /** Halls to publish, default all. */
  halls?: readonly string[];
  /** Return to the start view after two idle minutes (also enabled by opening the file with #kiosk). */
  kiosk?: boolean;
  /**
   * Computes the CSP source for the inline script (`'sha256-…'`). Defaults to the built-in pure
   * SHA-256; a caller may pass its platform's hashing instead.
   */
  scriptHash?: (script: string) => string;
}

/** Units of the published SVG per metre: 10, so 0.1 m is one unit. */
const UNITS = 10;
const OCCUPIED_FILL = '#dce8f5';

const STRINGS = {
  zh: {
    search: '搜索展商、展位号、国家或行业',
    lang: 'EN',
    found: '找到 {n} 项',
    none: '没有找到匹配的展商或展位',
    more: '另有 {n} 项未列出，请缩小搜索范围',
    booth: '展位',
    booths: '展位',
    country: '国家/地区',
    sectors: '行业',
    website: '网站',
    free: '暂无展商',
    close: '关闭',
    zoomIn: '放大',
    zoomOut: '缩小',
    fit: '显示全馆',
    halls: '展馆',
    site: '场地',
    noHalls: '没有可显示的展馆。',
  },
  en: {
    search: 'Search exhibitors, booth numbers, countries or sectors',
    lang: '中文',
    found: '{n} found',
    none: 'No exhibitor or booth matches',
    more: '{n} more not listed: narrow the search',
    booth: 'Booth',
    booths: 'Booths',
    country: 'Country',
    sectors: 'Sectors',
    website: 'Website',
    free: 'No exhibitor listed',
    close: 'Close',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fit: 'Whole hall',
    halls: 'Halls',
    site: 'Site',
    noHalls: 'No halls to show.',
  },
};

/** JSON safe inside a `<script>` element: no `<`, `>` or `&` can end it or start markup. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Full pinyin and initials of a Chinese name, so "huawei" or "hw" finds 华为. */
function searchPinyin(zh: string): string {
  if (!/\p{Script=Han}/u.test(zh)) return '';
  const syllables = pinyin(zh, { toneType: 'none', nonZh: 'removed', type: 'array', v: true }).filter(Boolean);
  return `${syllables.join('')} ${syllables.map((s) => s.charAt(0)).join('')}`;
}

function hallExtent(view: PublicView, hall: PublicHall) {
  let box = bboxOf(hall.outline);
  for (const b of view.booths) if (b.hallId === hall.id) box = unionBBox(box, shapeBBox(b.shape));
  for (const f of view.facilities) {
    if (f.hallId !== hall.id) continue;
    box = unionBBox(box, f.shape.type === 'rect' ? shapeBBox(f.shape) : bboxOf(f.shape.points));
  }
  return box;
}

function caption(f: PublicFacility, lang: 'zh-CN' | 'en'): string {
  const own = lang === 'en' ? f.label.en || f.label.zh : f.label.zh || f.label.en;
  if (own.trim()) return own.trim();
  return isSymbolKind(f.kind) ? chromeStrings(lang).facility[f.kind] : '';
}

/**
 * The published interactive map as one self-contained HTML file, from the project's public
 * projection only (see `publicView`).
 */
export function buildPublishedMap(project: Project, options: PublishOptions = {}): string {
  return renderPublishedMap(publicView(project, options.halls), options);
}

/**
 * Renders a public view as the published map: hall tabs, an SVG per hall with booths, labels in
 * both languages and facilities, search, details and a language switch. Inline CSS, inline
 * script allowed by its hash, data in a JSON island; nothing is fetched, so it works from
 * file://, on a phone and on a kiosk.
 */
export function renderPublishedMap(view: PublicView, options: PublishOptions = {}): string {
  const lang = options.language === 'en' ? 'en' : 'zh';
  const boothIndex = new Map(view.booths.map((b, i) => [b.id, i]));
  const exIndex = new Map(view.exhibitors.map((e, i) => [e.id, i]));
  const zoneIndex = new Map(view.zones.map((z, i) => [z.id, i]));
  const hallIndex = new Map(view.halls.map((h, i) => [h.id, i]));
  const exById = new Map(view.exhibitors.map((e) => [e.id, e]));
  const zoneById = new Map(view.zones.map((z) => [z.id, z]));

  const hallSvgs = view.halls.map((hall, hi) => {
    const e = hallExtent(view, hall);
    const pad = 2 * UNITS;
    const w = (e.maxX - e.minX) * UNITS + 2 * pad;
    const h = (e.maxY - e.minY) * UNITS + 2 * pad;
    const booths: PlanBooth[] = view.booths
      .filter((b) => b.hallId === hall.id)
      .map((b) => {
        const ex = b.exhibitorId ? exById.get(b.exhibitorId) : undefined;
        const zone = b.zoneId ? zoneById.get(b.zoneId) : undefined;
        const labels = ex
          ? [
              { cls: 'lz', alternatives: nameAlternatives(ex.name, ex.shortName, 'name-zh', 'zh-CN') },
              { cls: 'le', alternatives: nameAlternatives(ex.name, ex.shortName, 'name-en', 'en') },
            ]
          : [{ alternatives: [] }];
        return {
          // The booth's index in the data island, not its project id.
          id: String(boothIndex.get(b.id)),
          shape: b.shape,
          number: b.number,
          fill: ex ? (zone ? tint(zone.color, 0.6) : OCCUPIED_FILL) : '#ffffff',
          hatch: false,
          zoneColor: zone?.color ?? null,
          labels,
        };
      });
    const facilities: PlanFacility[] = view.facilities
      .filter((f) => f.hallId === hall.id)
      .map((f) => ({
        id: f.id,
        kind: f.kind,
        shape: f.shape,
        captions: [
          { cls: 'lz', text: caption(f, 'zh-CN') },
          { cls: 'le', text: caption(f, 'en') },
        ],
      }));
    const plan: PlanHall = { outline: hall.outline, booths, facilities };
    const layout = layoutPlan(plan, {
      k: UNITS,
      ox: pad - e.minX * UNITS,
      oy: pad - e.minY * UNITS,
      minFont: 2.2,
      maxFont: 9,
      line: 0.6,
      iconMax: 30,
      labelPad: 1.2,
    });
    const svg = planSvg(layout, `h${hi}`);
    const name = (lang === 'en' ? hall.name.en || hall.name.zh : hall.name.zh || hall.name.en) || hall.code;
    return (
      `<svg id="hall-${hi}" class="hall" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 ${num(w)} ${num(h)}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeXml(name)}">` +
      `<defs>${svg.defs}</defs>${svg.body}</svg>`
    );
  });

  // Site overviews, one per level, after the hall views (so a booth's hall index stays its view index).
  const levelNums = [...new Set(view.halls.map((h) => h.level))].sort((a, b) => a - b);
  const sites = view.halls.length > 0 ? levelNums.map((level) => siteOverviewMap(view, level, hallIndex)) : [];
  const siteSvgs = sites.map((site, si) => site.svg.replace('<svg ', `<svg id="site-${si}" `).replace('class="hall site"', si === 0 ? 'class="hall site on"' : 'class="hall site"'));

  const dates = { zh: chromeStrings('zh-CN').dates(view.show.start, view.show.end), en: chromeStrings('en').dates(view.show.start, view.show.end) };
  const data = {
    lang,
    kiosk: options.kiosk === true,
    show: { name: view.show.name, venue: view.show.venue, dates },
    halls: view.halls.map((h) => ({ name: h.name, code: h.code })),
    sites: sites.map((x) => ({ name: x.name })),
    zones: view.zones.map((z) => ({ name: z.name, color: z.color, fill: tint(z.color, 0.6) })),
    booths: view.booths.map((b) => ({
      n: b.number,
      h: hallIndex.get(b.hallId)!,
      e: b.exhibitorId ? (exIndex.get(b.exhibitorId) ?? -1) : -1,
      z: b.zoneId ? (zoneIndex.get(b.zoneId) ?? -1) : -1,
    })),
    exhibitors: view.exhibitors.map((x) => ({
      name: x.name,
      short: x.shortName,
      c: x.country,
      cn: { zh: countryName(x.country, 'zh-CN'), en: countryName(x.country, 'en') } satisfies Bilingual,
      sec: x.sectors,
      web: x.website,
      b: x.boothIds.map((id) => boothIndex.get(id)!),
      py: searchPinyin(x.name.zh),
    })),
    i18n: STRINGS,
  };

  const t = STRINGS[lang];
  const pick = (b: Bilingual) => (lang === 'en' ? b.en || b.zh : b.zh || b.en);
  const script = CLIENT_SCRIPT;
  if (/<\/script/i.test(script)) throw new Error('client script must not contain a closing script tag');
  const hash = (options.scriptHash ?? cspHash)(script);
  const csp = `default-src 'none'; script-src ${hash}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
  const sub = [pick(view.show.venue), dates[lang]].filter(Boolean).join(' · ');
  const mapInner = hallSvgs.length ? hallSvgs.join('') + siteSvgs.join('') : `<p class="empty-note" data-t="noHalls">${escapeXml(t.noHalls)}</p>`;
  return (
    '<!DOCTYPE html>\n' +
    `<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width,initial-scale=1,viewport-fit=cover">' +
    `<meta http-equiv="Content-Security-Policy" content="${escapeXml(csp)}">` +
    '<meta name="referrer" content="no-referrer">' +
    `<title>${escapeXml(pick(view.show.name))}</title><style>${CLIENT_STYLE}</style></head>` +
    `<body class="lang-${lang}">` +
    `<header class="top"><div class="titles"><h1 id="title">${escapeXml(pick(view.show.name))}</h1><p id="sub">${escapeXml(sub)}</p></div>` +
    `<div class="tools"><input id="q" type="search" autocomplete="off" spellcheck="false" placeholder="${escapeXml(t.search)}" aria-label="${escapeXml(t.search)}">` +
    `<button id="lang" type="button" data-t="lang">${escapeXml(t.lang)}</button></div></header>` +
    `<nav id="tabs" role="tablist" aria-label="${escapeXml(t.halls)}"></nav><div id="legend"></div>` +
    `<main><div id="map">${mapInner}<div class="zoom"><button id="zin" type="button" data-ta="zoomIn" aria-label="${escapeXml(t.zoomIn)}">+</button>` +
    `<button id="zout" type="button" data-ta="zoomOut" aria-label="${escapeXml(t.zoomOut)}">−</button><button id="zfit" type="button" data-ta="fit" aria-label="${escapeXml(t.fit)}">⤢</button></div></div>` +
    '<aside id="panel"><div id="results" hidden></div><div id="details" hidden></div></aside></main>' +
    `<script type="application/json" id="pv-data">${jsonForScript(data)}</script>` +
    `<script>${script}</script></body></html>`
  );
}

/**
 * The halls of one level where they are on the site, turned as placed: each hall a polygon in
 * site units (metres × UNITS) with its code and name, tapped to open the hall's own view.
 */
function siteOverviewMap(view: PublicView, level: number, hallIndex: Map<string, number>): { svg: string; name: Bilingual } {
  const halls = view.halls.filter((h) => h.level === level);
  const outlines = halls.map((h) => h.outline.map((p) => hallToSite(h.placement, p)));
  const b = bboxOf(outlines.flat());
  const pad = 6 * UNITS;
  const w = (b.maxX - b.minX) * UNITS + 2 * pad;
  const h = (b.maxY - b.minY) * UNITS + 2 * pad;
  const X = (x: number) => num((x - b.minX) * UNITS + pad);
  const Y = (y: number) => num((y - b.minY) * UNITS + pad);
  const font = Math.max(12, Math.min(w, h) / 25);
  const parts = halls.map((hall, i) => {
    const o = outlines[i]!;
    const lb = bboxOf(hall.outline);
    const [cx, cy] = hallToSite(hall.placement, [(lb.minX + lb.maxX) / 2, (lb.minY + lb.maxY) / 2]);
    const nameZh = hall.name.zh || hall.name.en;
    const nameEn = hall.name.en || hall.name.zh;
    return (
      `<g class="site-hall" data-open-hall="${hallIndex.get(hall.id)}" data-hall-code="${escapeXml(hall.code)}" role="button" tabindex="0">` +
      `<polygon points="${o.map(([x, y]) => `${X(x)},${Y(y)}`).join(' ')}" fill="#f3f6fa" stroke="#1d2329" stroke-width="${num(font / 8)}"/>` +
      `<text x="${X(cx)}" y="${Y(cy)}" font-size="${num(font)}" font-weight="700" text-anchor="middle">${escapeXml(hall.code)}</text>` +
      `<text class="lz" x="${X(cx)}" y="${num(Number(Y(cy)) + font)}" font-size="${num(font * 0.6)}" text-anchor="middle">${escapeXml(nameZh)}</text>` +
      `<text class="le" x="${X(cx)}" y="${num(Number(Y(cy)) + font)}" font-size="${num(font * 0.6)}" text-anchor="middle">${escapeXml(nameEn)}</text>` +
      '</g>'
    );
  });
  const levelName = view.levels.find((l) => l.ordinal === level)?.name ?? defaultLevelName(level);
  const name: Bilingual = { zh: `${STRINGS.zh.site} · ${levelName.zh}`, en: `${STRINGS.en.site} · ${levelName.en}` };
  const svg =
    `<svg class="hall site" data-level="${level}" data-units-per-metre="${UNITS}" data-origin="${num(b.minX)},${num(b.minY)}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${num(w)} ${num(h)}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeXml(name.en)}">` +
    parts.join('') +
    '</svg>';
  return { svg, name };
}
