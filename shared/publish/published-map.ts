import { pinyin } from 'pinyin-pro';
import type { Project } from '../model/project';
import type { Bilingual } from '../model/primitives';
import { bboxOf } from '../geometry/polygon';
import { tint } from '../print/colouring';
import { escapeXml, num } from '../print/escape';
import { chromeStrings, countryName } from '../print/i18n';
import { CLIENT_SCRIPT } from './client-script';
import { CLIENT_STYLE } from './client-style';
import { hallView, UNITS } from './hall-views';
import { publicView, type PublicView } from './public-view';
import { STRINGS } from './strings';
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

/** Distinct bilingual texts in first-seen order, each referred to by its index. */
function bilingualTable() {
  const list: Bilingual[] = [];
  const seen = new Map<string, number>();
  const index = (b: Bilingual) => {
    const key = `${b.zh}\u0000${b.en}`;
    let i = seen.get(key);
    if (i === undefined) {
      i = list.push({ zh: b.zh, en: b.en }) - 1;
      seen.set(key, i);
    }
    return i;
  };
  return { list, index };
}

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
  const exIndex = new Map(view.exhibitors.map((e, i) => [e.id, i]));
  const zoneIndex = new Map(view.zones.map((z, i) => [z.id, i]));
  const hallIndex = new Map(view.halls.map((h, i) => [h.id, i]));

  // A hall's booths are contiguous in the data island, so its view only needs where they start.
  const booths = [...view.booths].sort((a, b) => hallIndex.get(a.hallId)! - hallIndex.get(b.hallId)!);
  const boothIndex = new Map(booths.map((b, i) => [b.id, i]));
  let first = 0;
  const hallViews = view.halls.map((hall, hi) => {
    let end = first;
    while (end < booths.length && booths[end]!.hallId === hall.id) end++;
    const hv = hallView(view, hall, hi, booths.slice(first, end), first, lang);
    first = end;
    return hv;
  });
  const hallSvgs = hallViews.map((hv) => hv.svg);

  // Site overviews, one per level, after the hall views (so a booth's hall index stays its view index).
  const levelNums = [...new Set(view.halls.map((h) => h.level))].sort((a, b) => a - b);
  const sites = view.halls.length > 0 ? levelNums.map((level) => siteOverviewMap(view, level, hallIndex)) : [];
  const siteSvgs = sites.map((site, si) => site.svg.replace('<svg ', `<svg id="site-${si}" `).replace('class="hall site"', si === 0 ? 'class="hall site on"' : 'class="hall site"'));

  const dates = { zh: chromeStrings('zh-CN').dates(view.show.start, view.show.end), en: chromeStrings('en').dates(view.show.start, view.show.end) };
  const sectors = bilingualTable();
  const data = {
    lang,
    kiosk: options.kiosk === true,
    show: { name: view.show.name, venue: view.show.venue, dates },
    halls: view.halls.map((h, i) => ({ name: h.name, code: h.code, first: hallViews[i]!.first, g: hallViews[i]!.g })),
    sites: sites.map((x) => ({ name: x.name })),
    zones: view.zones.map((z) => ({ name: z.name, color: z.color, fill: tint(z.color, 0.6) })),
    // Booths as columns, countries and sectors once each: a phase has tens of thousands of
    // booths and exhibitors, and every byte here is parsed before the page is ready.
    booths: {
      n: booths.map((b) => b.number),
      e: booths.map((b) => (b.exhibitorId ? (exIndex.get(b.exhibitorId) ?? -1) : -1)),
      z: booths.map((b) => (b.zoneId ? (zoneIndex.get(b.zoneId) ?? -1) : -1)),
    },
    countries: Object.fromEntries([...new Set(view.exhibitors.map((x) => x.country))].map((c) => [c, { zh: countryName(c, 'zh-CN'), en: countryName(c, 'en') } satisfies Bilingual])),
    sectors: sectors.list,
    // Exhibitors as columns too: a record's keys repeated 11,000 times were a sixth of the
    // file, and the phone parses every byte before the map is ready.
    exhibitors: {
      nz: view.exhibitors.map((x) => x.name.zh),
      ne: view.exhibitors.map((x) => x.name.en),
      sz: view.exhibitors.map((x) => x.shortName.zh),
      se: view.exhibitors.map((x) => x.shortName.en),
      c: view.exhibitors.map((x) => x.country),
      sec: view.exhibitors.map((x) => x.sectors.map((s) => sectors.index(s))),
      web: view.exhibitors.map((x) => x.website),
      b: view.exhibitors.map((x) => x.boothIds.map((id) => boothIndex.get(id)!)),
      py: view.exhibitors.map((x) => searchPinyin(x.name.zh)),
    },
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

/** A text's width in ems, roughly: CJK a full em, anything else about 0.6. */
function textEms(text: string): number {
  let w = 0;
  for (const ch of text) w += ch.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return w;
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
    // Each hall's code and name as large as the hall holds (a site of 15 halls in a row has a
    // small height: sized by the whole site they were unreadable), never below the site's size.
    const hw = (lb.maxX - lb.minX) * UNITS;
    const hh = (lb.maxY - lb.minY) * UNITS;
    const f = Math.max(font, Math.min(hh / 4, (hw * 0.85) / Math.max(textEms(hall.code), 0.6 * textEms(nameZh), 0.6 * textEms(nameEn), 1)));
    return (
      `<g class="site-hall" data-open-hall="${hallIndex.get(hall.id)}" data-hall-code="${escapeXml(hall.code)}" role="button" tabindex="0">` +
      `<polygon points="${o.map(([x, y]) => `${X(x)},${Y(y)}`).join(' ')}" fill="#f3f6fa" stroke="#1d2329" stroke-width="${num(font / 8)}"/>` +
      `<text x="${X(cx)}" y="${Y(cy)}" font-size="${num(f)}" font-weight="700" text-anchor="middle">${escapeXml(hall.code)}</text>` +
      `<text class="lz" x="${X(cx)}" y="${num(Number(Y(cy)) + f)}" font-size="${num(f * 0.6)}" text-anchor="middle">${escapeXml(nameZh)}</text>` +
      `<text class="le" x="${X(cx)}" y="${num(Number(Y(cy)) + f)}" font-size="${num(f * 0.6)}" text-anchor="middle">${escapeXml(nameEn)}</text>` +
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
