import { sectorLabel } from '../exhibitors/sectors';
import type { Booth, BoothStatus } from '../model/entities';
import type { Project } from '../model/project';
import { chromeStrings, countryName, type ChromeLanguage } from './i18n';
import { compareText } from '../text/collate';
import { entryOf } from '../model/project';

export type Colouring = 'status' | 'zone' | 'sector' | 'country';
export const COLOURINGS: readonly Colouring[] = ['status', 'zone', 'sector', 'country'];

export interface BoothPaint {
  fill: string;
  /** Diagonal hatching over the fill (blocked booths). */
  hatch: boolean;
}

export interface LegendSwatch {
  label: string;
  fill: string;
  hatch: boolean;
  /** Drawn as an outline only (e.g. zone border), not a fill. */
  border?: string;
}

/** Light fills that keep black labels readable and stay distinct in greyscale print. */
export const STATUS_FILL: Record<BoothStatus, string> = {
  available: '#ffffff',
  hold: '#ffe599',
  reserved: '#a4c2f4',
  assigned: '#b6d7a8',
  blocked: '#d9d9d9',
};

/** ColorBrewer Set3 and Pastel1: light categorical fills, black text readable on all. */
export const CATEGORY_FILLS = [
  '#8dd3c7', '#ffffb3', '#bebada', '#fb8072', '#80b1d3', '#fdb462', '#b3de69', '#fccde5', '#ccebc5', '#ffed6f',
  '#bc80bd', '#d9d9d9', '#fbb4ae', '#b3cde3', '#decbe4', '#fed9a6', '#e5d8bd', '#f2f2f2', '#c7e9c0', '#fdd0a2',
];

const UNASSIGNED_FILL = '#ffffff';

/** `color` mixed with white; `amount` 0 keeps the colour, 1 gives white. */
export function tint(color: string, amount: number): string {
  const m = /^#([0-9a-f]{6})$/i.exec(color);
  if (!m) return '#ffffff';
  const v = parseInt(m[1]!, 16);
  const ch = (shift: number) => {
    const c = (v >> shift) & 255;
    return Math.round(c + (255 - c) * amount)
      .toString(16)
      .padStart(2, '0');
  };
  return `#${ch(16)}${ch(8)}${ch(0)}`;
}

/** The exhibitor a booth is assigned to, if any. */
export function boothExhibitor(project: Project, booth: Booth) {
  const a = entryOf(project.assignments, booth.id);
  return a ? (entryOf(project.exhibitors, a.exhibitorId) ?? null) : null;
}

export interface Painter {
  paint(booth: Booth): BoothPaint;
  /** Entries for the categories actually present among the painted booths, in display order. */
  legend: LegendSwatch[];
}

/**
 * Fills booths by the chosen property. Category colours are given in sorted order of the
 * categories present in the printed booths, so the same print options give the same colours.
 */
export function makePainter(project: Project, booths: readonly Booth[], mode: Colouring, lang: ChromeLanguage): Painter {
  const t = chromeStrings(lang);
  const zh = lang === 'zh-CN';
  if (mode === 'status') {
    const present = new Set(booths.map((b) => b.status));
    const order: BoothStatus[] = ['available', 'hold', 'reserved', 'assigned', 'blocked'];
    return {
      paint: (b) => ({ fill: STATUS_FILL[b.status], hatch: b.status === 'blocked' }),
      legend: order.filter((s) => present.has(s)).map((s) => ({ label: t.status[s], fill: STATUS_FILL[s], hatch: s === 'blocked' })),
    };
  }
  if (mode === 'zone') {
    const used = new Set(booths.map((b) => b.zoneId ?? ''));
    const zones = Object.values(project.zones)
      .filter((z) => used.has(z.id))
      .sort((a, b) => compareText(zh ? a.name.zh || a.name.en : a.name.en || a.name.zh, zh ? b.name.zh || b.name.en : b.name.en || b.name.zh, lang));
    const legend: LegendSwatch[] = zones.map((z) => ({ label: (zh ? z.name.zh || z.name.en : z.name.en || z.name.zh) || z.id, fill: tint(z.color, 0.55), hatch: false, border: z.color }));
    if (used.has('')) legend.push({ label: t.noZone, fill: UNASSIGNED_FILL, hatch: false });
    return {
      paint: (b) => {
        const z = b.zoneId ? entryOf(project.zones, b.zoneId) : undefined;
        return { fill: z ? tint(z.color, 0.55) : UNASSIGNED_FILL, hatch: false };
      },
      legend,
    };
  }
  const keyOf = (b: Booth): string | null => {
    const ex = boothExhibitor(project, b);
    if (!ex) return null;
    return mode === 'country' ? ex.country : (ex.sectors[0] ?? '');
  };
  const labelOf = (k: string) => (mode === 'country' ? countryName(k, lang) : k ? sectorLabel(project.settings, k, lang === 'en' ? 'en' : 'zh') : t.noSector);
  const keys = [...new Set(booths.map(keyOf).filter((k): k is string => k !== null))].sort((a, b) =>
    compareText(labelOf(a), labelOf(b), lang),
  );
  const colour = new Map(keys.map((k, i) => [k, CATEGORY_FILLS[i % CATEGORY_FILLS.length]!]));
  const legend: LegendSwatch[] = keys.map((k) => ({ label: labelOf(k), fill: colour.get(k)!, hatch: false }));
  if (booths.some((b) => keyOf(b) === null)) legend.push({ label: t.unassigned, fill: UNASSIGNED_FILL, hatch: false });
  return {
    paint: (b) => {
      const k = keyOf(b);
      return { fill: k === null ? UNASSIGNED_FILL : (colour.get(k) ?? UNASSIGNED_FILL), hatch: false };
    },
    legend,
  };
}
