import type { Facility, Hall } from '../model/entities';
import type { Point } from '../model/primitives';
import type { Project } from '../model/project';
import { siteLevels } from '../model/levels';
import { bboxOf, type BBox } from '../geometry/polygon';
import { hallSiteOutline, hallToSite } from '../editing/site';
import { escapeXml, num } from './escape';
import { FONT_STACK } from './scripts';
import type { ChromeLanguage } from './i18n';

/** One hall as the site overview shows it: its outline where it is on the site, turned. */
export interface SiteHall {
  id: string;
  code: string;
  name: { zh: string; en: string };
  /** Site metres. */
  outline: Point[];
  centre: Point;
}

export interface SiteDoor {
  kind: 'entrance' | 'exit';
  /** Site metres. */
  at: Point;
}

export interface SiteOverview {
  level: number;
  levelName: { zh: string; en: string };
  halls: SiteHall[];
  doors: SiteDoor[];
  /** Everything on the level, site metres; null without halls. */
  bounds: BBox | null;
}

function facilityCentre(f: Facility): Point {
  const s = f.shape;
  if (s.type === 'rect') return [s.x + s.w / 2, s.y + s.h / 2];
  const b = bboxOf(s.points);
  return [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
}

/** The halls of one level where they are on the site (turned as placed), with their entrances and exits. */
export function siteOverview(project: Project, level: number): SiteOverview {
  const halls = (Object.values(project.halls) as Hall[]).filter((h) => h.level === level).sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  const levelName = siteLevels(project.settings.site, [level]).find((l) => l.ordinal === level)!.name;
  const byId = new Map(halls.map((h) => [h.id, h]));
  const out: SiteHall[] = halls.map((h) => {
    const outline = hallSiteOutline(h);
    const b = bboxOf(h.outline);
    return { id: h.id, code: h.code, name: { zh: h.name.zh, en: h.name.en }, outline, centre: hallToSite(h.placement, [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2]) };
  });
  const doors: SiteDoor[] = [];
  for (const f of Object.values(project.facilities) as Facility[]) {
    const h = byId.get(f.hallId);
    if (!h || (f.kind !== 'entrance' && f.kind !== 'exit')) continue;
    doors.push({ kind: f.kind, at: hallToSite(h.placement, facilityCentre(f)) });
  }
  const bounds = out.length ? bboxOf(out.flatMap((h) => h.outline)) : null;
  return { level, levelName, halls: out, doors, bounds };
}

export interface SiteSheetOptions {
  widthMm: number;
  heightMm: number;
  margin: number;
  language: ChromeLanguage;
  /** Line under the title, e.g. the show's name. */
  title: string;
}

/**
 * A sheet (SVG sized in mm) with the site overview of one level: each hall's outline where it
 * lies on the site and as turned, its code and name, entrances (▲ green) and exits (▲ red), a
 * title and a scale bar. Each hall is a `<polygon data-hall="CODE">` in sheet millimetres.
 */
export function siteOverviewSvg(o: SiteOverview, opts: SiteSheetOptions): { svg: string; mmPerMetre: number } {
  const { widthMm: W, heightMm: H, margin: m } = opts;
  const en = opts.language === 'en';
  const pick = (b: { zh: string; en: string }) => (en ? b.en || b.zh : b.zh || b.en);
  const titleH = 14;
  const map = { x: m, y: m + titleH, w: W - 2 * m, h: H - 2 * m - titleH - 12 };
  const b = o.bounds ?? { minX: 0, minY: 0, maxX: 1, maxY: 1 };
  const bw = Math.max(b.maxX - b.minX, 1);
  const bh = Math.max(b.maxY - b.minY, 1);
  const k = Math.min(map.w / bw, map.h / bh);
  const ox = map.x + (map.w - bw * k) / 2 - b.minX * k;
  const oy = map.y + (map.h - bh * k) / 2 - b.minY * k;
  const P = ([x, y]: Point) => `${num(ox + x * k)},${num(oy + y * k)}`;
  const parts: string[] = [];
  const heading = `${en ? 'Site overview' : '场地总览'} · ${pick(o.levelName)}`;
  parts.push(`<text x="${num(m)}" y="${num(m + 6)}" font-size="6" font-weight="700" fill="#1d2329">${escapeXml(heading)}</text>`);
  parts.push(`<text x="${num(m)}" y="${num(m + 11.5)}" font-size="3.6" fill="#4a5563">${escapeXml(opts.title)}</text>`);
  for (const h of o.halls) {
    parts.push(`<polygon data-hall="${escapeXml(h.code)}" points="${h.outline.map(P).join(' ')}" fill="#f3f6fa" stroke="#1d2329" stroke-width="0.4"/>`);
  }
  for (const h of o.halls) {
    const [cx, cy] = [ox + h.centre[0] * k, oy + h.centre[1] * k];
    // Type sized to the hall as drawn: a fifth of its shorter side, between 2.5 and 12 mm.
    const hb = bboxOf(h.outline);
    const font = Math.max(2.5, Math.min(12, (Math.min(hb.maxX - hb.minX, hb.maxY - hb.minY) * k) / 5));
    parts.push(`<text x="${num(cx)}" y="${num(cy - font * 0.1)}" font-size="${num(font)}" font-weight="700" text-anchor="middle" fill="#1d2329">${escapeXml(h.code)}</text>`);
    const name = pick(h.name);
    if (name && name !== h.code) parts.push(`<text x="${num(cx)}" y="${num(cy + font * 0.9)}" font-size="${num(font * 0.6)}" text-anchor="middle" fill="#4a5563">${escapeXml(name)}</text>`);
  }
  for (const d of o.doors) {
    const [x, y] = [ox + d.at[0] * k, oy + d.at[1] * k];
    const r = 1.6;
    parts.push(`<path data-door="${d.kind}" d="M${num(x)},${num(y - r)}L${num(x + r)},${num(y + r)}L${num(x - r)},${num(y + r)}Z" fill="${d.kind === 'entrance' ? '#2f9e44' : '#d4380d'}"/>`);
  }
  // Scale bar: a round number of metres about a fifth of the map wide.
  const target = map.w / 5 / k;
  const step = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].find((s) => s >= target) ?? 10000;
  const barY = H - m - 3;
  parts.push(`<path d="M${num(m)},${num(barY - 1.5)}V${num(barY)}H${num(m + step * k)}V${num(barY - 1.5)}" fill="none" stroke="#1d2329" stroke-width="0.4"/>`);
  parts.push(`<text x="${num(m + step * k + 2)}" y="${num(barY)}" font-size="3" fill="#1d2329">${step} m</text>`);
  const [entrance, exit] = en ? ['entrance', 'exit'] : ['入口', '出口'];
  parts.push(
    `<text x="${num(W - m)}" y="${num(barY)}" font-size="3" text-anchor="end" fill="#4a5563"><tspan fill="#2f9e44">▲</tspan> ${entrance}  <tspan fill="#d4380d">▲</tspan> ${exit}</text>`,
  );
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(W)}mm" height="${num(H)}mm" viewBox="0 0 ${num(W)} ${num(H)}" font-family="${escapeXml(FONT_STACK)}" data-page="site ${o.level}" data-mm-per-metre="${num(k, 6)}">` +
    `<rect width="${num(W)}" height="${num(H)}" fill="#fff"/>${parts.join('')}</svg>`;
  return { svg, mmPerMetre: k };
}
