import { bboxOf, shapeBBox, unionBBox } from '../geometry/polygon';
import { chromeStrings } from '../print/i18n';
import { escapeXml, num } from '../print/escape';
import { isSymbolKind } from '../print/symbols';
import { layoutPlan, planSvg, type PlanFacility } from '../print/plan';
import { pushBoothGeometry } from './hall-geometry';
import type { PublicBooth, PublicFacility, PublicHall, PublicView } from './public-view';

/** Units of the published SVG per metre: 10, so 0.1 m is one unit (and booth geometry is integers). */
export const UNITS = 10;

/** One hall's view: the markup that does not depend on booths, and its booths as compact data. */
export interface HallView {
  /** `<svg>` with the outline, facilities and two empty groups (`.booths`, `.labels`) the script fills. */
  svg: string;
  /** Index of the hall's first booth in the data island (a hall's booths are contiguous). */
  first: number;
  /** The booths' outlines, see `hall-geometry.ts`. */
  g: number[];
}

function hallExtent(hall: PublicHall, booths: readonly PublicBooth[], facilities: readonly PublicFacility[]) {
  let box = bboxOf(hall.outline);
  for (const b of booths) box = unionBBox(box, shapeBBox(b.shape));
  for (const f of facilities) box = unionBBox(box, f.shape.type === 'rect' ? shapeBBox(f.shape) : bboxOf(f.shape.points));
  return box;
}

function caption(f: PublicFacility, lang: 'zh-CN' | 'en'): string {
  const own = lang === 'en' ? f.label.en || f.label.zh : f.label.zh || f.label.en;
  if (own.trim()) return own.trim();
  return isSymbolKind(f.kind) ? chromeStrings(lang).facility[f.kind] : '';
}

/**
 * The view of one hall. `booths` are the hall's booths in data-island order starting at
 * `first`. Facilities stay markup (a hall has few, and their pictograms come from the print
 * code); booths are only numbers, drawn by the page's script.
 */
export function hallView(view: PublicView, hall: PublicHall, hi: number, booths: readonly PublicBooth[], first: number, lang: 'zh' | 'en'): HallView {
  const facilities = view.facilities.filter((f) => f.hallId === hall.id);
  const e = hallExtent(hall, booths, facilities);
  const pad = 2 * UNITS;
  // Whole units at the origin, so booths on a 0.1 m grid are exact integers.
  const ox = Math.round(pad - e.minX * UNITS);
  const oy = Math.round(pad - e.minY * UNITS);
  const w = Math.ceil((e.maxX - e.minX) * UNITS + 2 * pad);
  const h = Math.ceil((e.maxY - e.minY) * UNITS + 2 * pad);
  const g: number[] = [];
  for (const b of booths) pushBoothGeometry(g, b.shape, { scale: UNITS, ox, oy });
  const planFacilities: PlanFacility[] = facilities.map((f) => ({
    id: f.id,
    kind: f.kind,
    shape: f.shape,
    captions: [
      { cls: 'lz', text: caption(f, 'zh-CN') },
      { cls: 'le', text: caption(f, 'en') },
    ],
  }));
  const layout = layoutPlan({ outline: hall.outline, booths: [], facilities: planFacilities }, { k: UNITS, ox, oy, minFont: 2.2, maxFont: 9, line: 0.6, iconMax: 30, labelPad: 1.2 });
  const svg = planSvg(layout, `h${hi}`);
  const name = (lang === 'en' ? hall.name.en || hall.name.zh : hall.name.zh || hall.name.en) || hall.code;
  return {
    svg:
      `<svg id="hall-${hi}" class="hall" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 ${num(w)} ${num(h)}" preserveAspectRatio="xMidYMid meet" role="img" aria-label="${escapeXml(name)}">` +
      `<defs>${svg.defs}</defs>${svg.body}</svg>`,
    first,
    g,
  };
}
