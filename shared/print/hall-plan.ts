import type { Booth, Facility, Hall } from '../model/entities';
import type { Bilingual } from '../model/primitives';
import type { Project } from '../model/project';
import { bboxOf, shapeBBox, unionBBox, type BBox } from '../geometry/polygon';
import { boothExhibitor, type Painter } from './colouring';
import { chromeStrings, type ChromeLanguage } from './i18n';
import type { PlanFacility, PlanHall } from './plan';
import { isSymbolKind } from './symbols';
import { compareCodeUnits, compareNumeric } from '../text/collate';
import { entryOf } from '../model/project';

export type LabelMode = 'number' | 'name-zh' | 'name-en' | 'both';
export const LABEL_MODES: readonly LabelMode[] = ['number', 'name-zh', 'name-en', 'both'];

function dedupe(alts: string[][]): string[][] {
  const seen = new Set<string>();
  const out: string[][] = [];
  for (const a of alts) {
    const blocks = a.map((s) => s.trim()).filter(Boolean);
    // Two blocks saying the same thing (zh and en identical) print once.
    const unique = blocks.filter((b, i) => blocks.indexOf(b) === i);
    if (unique.length === 0) continue;
    const key = unique.join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(unique);
  }
  return out;
}

/**
 * Name layouts to try on a booth, best first: full names, then the short names kept for the
 * map, then (for `both`) the reader's language alone. Number-only is the fitter's last resort.
 */
export function nameAlternatives(name: Bilingual, short: Bilingual, mode: LabelMode, lang: ChromeLanguage): string[][] {
  if (mode === 'number') return [];
  const zh = name.zh.trim() || name.en.trim();
  const en = name.en.trim() || name.zh.trim();
  const szh = short.zh.trim() || short.en.trim();
  const sen = short.en.trim() || short.zh.trim();
  if (mode === 'name-zh') return dedupe([[zh], [szh]]);
  if (mode === 'name-en') return dedupe([[en], [sen]]);
  const [p, ps] = lang === 'en' ? [en, sen] : [zh, szh];
  return dedupe([[zh, en], [szh || zh, sen || en], [szh, sen], [p], [ps]]);
}

/** The area a hall's drawing covers: outline, booths and facilities. */
export function hallExtent(project: Project, hall: Hall): BBox {
  let box = bboxOf(hall.outline);
  for (const b of hallBooths(project, hall.id)) box = unionBBox(box, shapeBBox(b.shape));
  for (const f of hallFacilities(project, hall.id)) {
    const fb = f.shape.type === 'rect' ? shapeBBox(f.shape) : bboxOf(f.shape.points);
    const pad = f.shape.type === 'polyline' ? f.shape.thickness / 2 : 0;
    box = unionBBox(box, { minX: fb.minX - pad, minY: fb.minY - pad, maxX: fb.maxX + pad, maxY: fb.maxY + pad });
  }
  return box;
}

/**
 * Booths and facilities per hall, sorted, computed once per collection object: projects are
 * immutable (every change makes new collections), so the collection is a safe cache key.
 */
const boothIndex = new WeakMap<object, Map<string, Booth[]>>();
const facilityIndex = new WeakMap<object, Map<string, Facility[]>>();

function group<T extends { hallId: string }>(items: Iterable<T>, sort: (a: T, b: T) => number): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    let list = out.get(it.hallId);
    if (!list) out.set(it.hallId, (list = []));
    list.push(it);
  }
  for (const list of out.values()) list.sort(sort);
  return out;
}

/** A hall's booths in booth-number order. */
export function hallBooths(project: Project, hallId: string): Booth[] {
  let index = boothIndex.get(project.booths);
  if (!index) {
    index = group(Object.values(project.booths), (a, b) => compareNumeric(a.number, b.number) || compareCodeUnits(a.id, b.id));
    boothIndex.set(project.booths, index);
  }
  return index.get(hallId) ?? [];
}

export function hallFacilities(project: Project, hallId: string): Facility[] {
  let index = facilityIndex.get(project.facilities);
  if (!index) {
    index = group(Object.values(project.facilities), (a, b) => compareCodeUnits(a.id, b.id));
    facilityIndex.set(project.facilities, index);
  }
  return index.get(hallId) ?? [];
}

/** Caption of a facility in one language: its own label, else the kind's name for pictogram kinds. */
export function facilityCaption(f: Facility, lang: ChromeLanguage): string {
  const own = lang === 'en' ? f.label.en || f.label.zh : f.label.zh || f.label.en;
  if (own.trim()) return own.trim();
  return isSymbolKind(f.kind) ? chromeStrings(lang).facility[f.kind] : '';
}

/**
 * A booth number without its hall's prefix ("101" for "A1-101" in hall A1), or '' when the
 * number does not start with the hall code and a separator (then nothing shorter is safe).
 */
export function shortBoothNumber(number: string, hallCode: string): string {
  const code = hallCode.trim();
  if (!code || !number.startsWith(code)) return '';
  const rest = number.slice(code.length);
  const m = /^[-_.·\s]+(.+)$/.exec(rest);
  return m ? m[1]!.trim() : '';
}

/** A hall of the project as the print engine draws it. */
export function printPlanHall(project: Project, hall: Hall, painter: Painter, mode: LabelMode, lang: ChromeLanguage): PlanHall {
  const booths = hallBooths(project, hall.id).map((b) => {
    const ex = boothExhibitor(project, b);
    const paint = painter.paint(b);
    const zone = b.zoneId ? entryOf(project.zones, b.zoneId) : undefined;
    return {
      id: b.id,
      shape: b.shape,
      number: b.number,
      shortNumber: shortBoothNumber(b.number, hall.code),
      fill: paint.fill,
      hatch: paint.hatch,
      zoneColor: zone?.color ?? null,
      labels: [{ alternatives: ex ? nameAlternatives(ex.name, ex.shortName, mode, lang) : [] }],
    };
  });
  const facilities: PlanFacility[] = hallFacilities(project, hall.id).map((f) => ({
    id: f.id,
    kind: f.kind,
    shape: f.shape,
    captions: [{ text: facilityCaption(f, lang) }],
  }));
  return { outline: hall.outline, booths, facilities };
}
