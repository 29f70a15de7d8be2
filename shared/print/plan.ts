import type { FacilityKind } from '../model/entities';
import type { AreaShape, Point, PolylineShape, RectShape } from '../model/primitives';
import { pointInPolygon, rectCorners, shapePolygon } from '../geometry/polygon';
import { attrs, escapeXml, num } from './escape';
import { fitLabel, type FittedLabel } from './label-fit';
import { labelBoxes, type LabelBox } from './label-box';
import { hatchSvg, isSymbolKind, SYMBOL_COLOR, symbolDefs, symbolId, type SymbolKind } from './symbols';
import { venueDrawingSvg, type PlanVenueDrawing } from './venue-drawing';

/** One label to fit in a booth; several sets are drawn in separate groups (e.g. per language). */
export interface PlanLabelSet {
  /** CSS class on the set's group (publish toggles languages with it). */
  cls?: string;
  /** Name layouts to try, best first (see `fitLabel`). Empty: number only. */
  alternatives: string[][];
}

/** A booth ready to draw: geometry in metres, paint and label texts already chosen. */
export interface PlanBooth {
  /** Key written as the booth group's `data-booth` and its labels' `data-label-for`. */
  id: string;
  shape: AreaShape;
  number: string;
  /** The number without the hall prefix, used where the full number does not fit. */
  shortNumber?: string;
  fill: string;
  hatch: boolean;
  zoneColor: string | null;
  labels: PlanLabelSet[];
  /** Extra attributes on the booth's group. */
  attrs?: Record<string, string>;
}

export interface PlanFacility {
  id: string;
  kind: FacilityKind;
  shape: RectShape | PolylineShape;
  /** Caption per label set (same order and classes as booth label sets). */
  captions: { cls?: string; text: string }[];
}

export interface PlanHall {
  outline: Point[];
  booths: PlanBooth[];
  facilities: PlanFacility[];
  /** The hall's DXF venue drawing, printed as faint lines under the booths (a print option). */
  drawing?: PlanVenueDrawing | null;
}

/** How metres map to the output unit (mm on paper, user units on screen) and the sizes used. */
export interface PlanView {
  /** Output units per metre. */
  k: number;
  /** Output position of the metre origin. */
  ox: number;
  oy: number;
  minFont: number;
  maxFont: number;
  /** Thin line width (booth outlines). */
  line: number;
  /** Largest facility pictogram. */
  iconMax: number;
  /** Space kept between a label and its booth's edge. */
  labelPad: number;
}

export interface PlacedLabel {
  cls?: string;
  box: LabelBox;
  fitted: FittedLabel;
}

export interface PlanLayout {
  hall: PlanHall;
  view: PlanView;
  /** Per booth id, one entry per label set (null where nothing fits). */
  labels: Map<string, (PlacedLabel | null)[]>;
  /** Booths with an exhibitor that carry nothing at all: not even a number fits. */
  unlabelled: string[];
  /** Booths with an exhibitor whose name did not fit in the first label set but whose number is on the plan. */
  unnamed: string[];
  /** Facility kinds drawn with a pictogram (for defs and the legend). */
  symbolKinds: Set<SymbolKind>;
}

const X = (v: PlanView, x: number) => v.ox + x * v.k;
const Y = (v: PlanView, y: number) => v.oy + y * v.k;

function pointsAttr(v: PlanView, pts: readonly Point[]): string {
  return pts.map(([x, y]) => `${num(X(v, x))},${num(Y(v, y))}`).join(' ');
}

/** Width of a booth's zone border in output units: visible but never more than a sliver of the booth. */
function zoneBorderWidth(v: PlanView, shape: AreaShape): number {
  const minSide = shape.type === 'rect' ? Math.min(shape.w, shape.h) * v.k : Infinity;
  return Math.min(v.line * 3, minSide * 0.08);
}

function score(f: FittedLabel | null): number {
  if (!f) return 1e9;
  return f.alternative < 0 ? 1e6 : f.alternative;
}

/** Fits one label set in the best of the booth's candidate boxes. */
function placeLabel(v: PlanView, b: PlanBooth, set: PlanLabelSet, inset: number): PlacedLabel | null {
  let best: PlacedLabel | null = null;
  for (const box of labelBoxes(b.shape)) {
    const w = box.w * v.k - 2 * inset;
    const h = box.h * v.k - 2 * inset;
    const fitted = fitLabel(w, h, { number: b.number, shortNumber: b.shortNumber, alternatives: set.alternatives }, { minFont: v.minFont, maxFont: v.maxFont });
    if (!fitted) continue;
    const size = fitted.lines[fitted.lines.length - 1]!.size;
    if (
      !best ||
      score(fitted) < score(best.fitted) ||
      (score(fitted) === score(best.fitted) && size > 1.2 * best.fitted.lines[best.fitted.lines.length - 1]!.size)
    ) {
      best = { cls: set.cls, box: { ...box, w: w / v.k, h: h / v.k }, fitted };
    }
  }
  return best;
}

/** Space kept around a booth number shown alone, output units (mm on paper). */
const NUMBER_INSET = 0.15;

/** Fits every label of a hall (the costly part, done once however many pages show it). */
export function layoutPlan(hall: PlanHall, view: PlanView): PlanLayout {
  const labels = new Map<string, (PlacedLabel | null)[]>();
  const unlabelled: string[] = [];
  const unnamed: string[] = [];
  for (const b of hall.booths) {
    const inset = view.labelPad + (b.zoneColor ? zoneBorderWidth(view, b.shape) : 0);
    const placed = b.labels.map((set) => {
      const p = placeLabel(view, b, set, inset);
      if (p && p.fitted.alternative >= 0 && p.fitted.lines[0]?.text === b.number) return p;
      // No name fits, or it fits only beside the short number: a number alone may use the
      // booth's whole width (over the inner zone border), so small booths still show one.
      const alone = placeLabel(view, b, { cls: set.cls, alternatives: [] }, Math.min(inset, NUMBER_INSET));
      if (!p) return alone;
      if (alone && p.fitted.alternative < 0 && alone.fitted.lines[0]?.text === b.number && p.fitted.lines[0]?.text !== b.number) return alone;
      return p;
    });
    labels.set(b.id, placed);
    const first = placed[0];
    const hasName = (b.labels[0]?.alternatives.length ?? 0) > 0;
    if (hasName && !first) unlabelled.push(b.id);
    else if (hasName && first!.fitted.alternative < 0) unnamed.push(b.id);
  }
  const symbolKinds = new Set<SymbolKind>();
  for (const f of hall.facilities) if (isSymbolKind(f.kind)) symbolKinds.add(f.kind);
  return { hall, view, labels, unlabelled, unnamed, symbolKinds };
}

function labelSvg(v: PlanView, p: PlacedLabel, boothId?: string): string {
  const cx = X(v, p.box.cx);
  const cy = Y(v, p.box.cy);
  const top = -p.fitted.height / 2;
  let out = `<g${attrs({ class: p.cls, 'data-label-for': boothId })} transform="translate(${num(cx, 3)} ${num(cy, 3)})${p.box.angle ? ` rotate(${num(p.box.angle, 3)})` : ''}">`;
  for (const l of p.fitted.lines) {
    out += `<text x="0" y="${num(top + l.baseline, 3)}" font-size="${num(l.size, 3)}"${l.bold ? ' font-weight="bold"' : ''} text-anchor="middle">${escapeXml(l.text)}</text>`;
  }
  return out + '</g>';
}

function facilitySvg(v: PlanView, f: PlanFacility, prefix: string, outline: readonly Point[]): string {
  const line = v.line;
  if (f.kind === 'wall' || f.kind === 'column') {
    const fill = f.kind === 'wall' ? '#444' : '#555';
    if (f.shape.type === 'rect') return `<polygon class="f-${f.kind}" points="${pointsAttr(v, rectCorners(f.shape))}" fill="${fill}"/>`;
    const w = Math.max(f.shape.thickness * v.k, line * 2);
    return `<polyline class="f-${f.kind}" points="${pointsAttr(v, f.shape.points)}" fill="none" stroke="${fill}" stroke-width="${num(w, 3)}" stroke-linecap="square" stroke-linejoin="miter"/>`;
  }
  if (f.kind === 'label') {
    let out = '';
    for (const c of f.captions) {
      if (!c.text.trim()) continue;
      if (f.shape.type === 'rect') {
        const box = labelBoxes(f.shape)[0]!;
        const fitted = fitLabel(box.w * v.k - 2 * v.labelPad, box.h * v.k - 2 * v.labelPad, { number: '', alternatives: [[c.text]] }, { minFont: v.minFont, maxFont: v.maxFont * 1.5 });
        if (fitted) out += labelSvg(v, { cls: c.cls, box, fitted });
      } else {
        const [x, y] = midpoint(f.shape.points);
        out += `<text${attrs({ class: c.cls })} x="${num(X(v, x), 3)}" y="${num(Y(v, y), 3)}" font-size="${num(v.maxFont, 3)}" text-anchor="middle" fill="#333">${escapeXml(c.text)}</text>`;
      }
    }
    return out;
  }
  if (!isSymbolKind(f.kind)) return '';
  const colour = symbolColourTint(f.kind);
  let out = '';
  let centre: Point;
  let room: number;
  let box: LabelBox | null = null;
  if (f.shape.type === 'rect') {
    out += `<polygon class="f-${f.kind}" points="${pointsAttr(v, rectCorners(f.shape))}" fill="${colour.fill}" stroke="${colour.stroke}" stroke-width="${num(line * 1.5, 3)}"/>`;
    box = labelBoxes(f.shape)[0]!;
    centre = [box.cx, box.cy];
    room = Math.min(box.w, box.h) * v.k;
    const long = Math.max(box.w, box.h) * v.k;
    if (long > 3 * room) {
      // A doorway drawn as a thin strip on the wall: its pictogram goes just inside the hall.
      const icon = Math.min(v.iconMax, long * 0.6);
      const a = (box.angle * Math.PI) / 180;
      // Unit normal across the strip (the short side), in metres.
      const [nx, ny] = box.w >= box.h ? [-Math.sin(a), Math.cos(a)] : [Math.cos(a), Math.sin(a)];
      const off = (room / 2 + icon / 2 + line) / v.k;
      const inward = [1, -1].map((sgn) => [box!.cx + sgn * nx * off, box!.cy + sgn * ny * off] as Point).find((p) => pointInPolygon(p, outline));
      const c = inward ?? centre;
      return out + `<use xlink:href="#${symbolId(prefix, f.kind)}" x="${num(X(v, c[0]) - icon / 2, 3)}" y="${num(Y(v, c[1]) - icon / 2, 3)}" width="${num(icon, 3)}" height="${num(icon, 3)}"/>`;
    }
  } else {
    out += `<polyline class="f-${f.kind}" points="${pointsAttr(v, f.shape.points)}" fill="none" stroke="${colour.stroke}" stroke-width="${num(Math.max(f.shape.thickness * v.k, line * 3), 3)}" stroke-linecap="butt"/>`;
    centre = midpoint(f.shape.points);
    room = v.iconMax;
  }
  const icon = Math.min(v.iconMax, room * 0.8);
  // A caption goes under the pictogram when the area has room for both.
  let caption = '';
  let iconY = Y(v, centre[1]) - icon / 2;
  // Captions only on upright areas: a turned caption under an upright pictogram reads badly.
  if (box && box.angle === 0) {
    const first = f.captions.find((c) => c.text.trim());
    const capH = box.h * v.k - icon - 3 * v.labelPad;
    const capW = box.w * v.k - 2 * v.labelPad;
    const fits = first ? fitLabel(capW, capH, { number: '', alternatives: [[first.text]] }, { minFont: v.minFont, maxFont: v.maxFont }) : null;
    if (fits) {
      const total = icon + v.labelPad + fits.height;
      iconY = Y(v, centre[1]) - total / 2;
      // Each label set's caption goes at the same spot; CSS shows one at a time where there are several.
      for (const c of f.captions) {
        const fitted = c.text.trim() ? fitLabel(capW, capH, { number: '', alternatives: [[c.text]] }, { minFont: v.minFont, maxFont: v.maxFont }) : null;
        if (!fitted) continue;
        const capCy = centre[1] + (-total / 2 + icon + v.labelPad + fitted.height / 2) / v.k;
        caption += labelSvg(v, { cls: c.cls, box: { ...box, cy: capCy, angle: 0 }, fitted });
      }
    }
  }
  if (icon > 0) {
    out += `<use xlink:href="#${symbolId(prefix, f.kind)}" x="${num(X(v, centre[0]) - icon / 2, 3)}" y="${num(iconY, 3)}" width="${num(icon, 3)}" height="${num(icon, 3)}"/>`;
  }
  return out + caption;
}

/** Symbol strokes use the sign colours of `SYMBOL_COLOR`; fills are their pale tints. */
const SYMBOL_TINT: Record<SymbolKind, string> = {
  entrance: '#e8f5e9',
  exit: '#e8f5e9',
  restroom: '#e3f2fd',
  stage: '#f3e5f5',
  'meeting-room': '#e0f2f1',
  'service-desk': '#fff3e0',
  cafe: '#efebe9',
  'first-aid': '#e8f5e9',
};

function symbolColourTint(kind: SymbolKind): { fill: string; stroke: string } {
  return { fill: SYMBOL_TINT[kind], stroke: SYMBOL_COLOR[kind] };
}

function midpoint(points: readonly Point[]): Point {
  let total = 0;
  for (let i = 1; i < points.length; i++) total += Math.hypot(points[i]![0] - points[i - 1]![0], points[i]![1] - points[i - 1]![1]);
  let walked = 0;
  for (let i = 1; i < points.length; i++) {
    const [x1, y1] = points[i - 1]!;
    const [x2, y2] = points[i]!;
    const seg = Math.hypot(x2 - x1, y2 - y1);
    if (walked + seg >= total / 2 && seg > 0) {
      const t = (total / 2 - walked) / seg;
      return [x1 + (x2 - x1) * t, y1 + (y2 - y1) * t];
    }
    walked += seg;
  }
  return points[0]!;
}

/** Fragments to put in a page: `defs` inside its `<defs>`, `body` where the map goes. */
export interface PlanSvg {
  defs: string;
  body: string;
}

/**
 * Serialises a laid-out hall. `prefix` makes the page's ids unique when several pages share
 * one HTML document.
 */
export function planSvg(layout: PlanLayout, prefix: string): PlanSvg {
  const { hall, view: v } = layout;
  const defs = symbolDefs(prefix, layout.symbolKinds);
  let body = `<polygon class="hall-outline" points="${pointsAttr(v, hall.outline)}" fill="#fbfbfa" stroke="#222" stroke-width="${num(v.line * 4, 3)}" stroke-linejoin="round"/>`;
  if (hall.drawing) body += venueDrawingSvg(v, hall.drawing, `${prefix}-vd`);
  body += '<g class="booths">';
  let clip = 0;
  for (const b of hall.booths) {
    const poly = shapePolygon(b.shape);
    const pts = pointsAttr(v, poly);
    body += `<g${attrs({ class: 'b', 'data-booth': b.id, ...b.attrs })}><polygon points="${pts}" fill="${b.fill}" stroke="#555" stroke-width="${num(v.line, 3)}"/>`;
    if (b.hatch) body += hatchSvg(`${prefix}-h${clip++}`, poly.map(([x, y]): Point => [X(v, x), Y(v, y)]), Math.max(v.line * 6, 0.6), v.line * 0.8);
    if (b.zoneColor) {
      const zw = zoneBorderWidth(v, b.shape);
      if (b.shape.type === 'rect') {
        // The border is drawn inside the booth: the rectangle inset by half its width.
        const d = zw / 2 / v.k;
        const r = b.shape;
        const a = ((r.rotation ?? 0) * Math.PI) / 180;
        const shifted = rectCorners({
          x: r.x + d * Math.cos(a) - d * Math.sin(a),
          y: r.y + d * Math.sin(a) + d * Math.cos(a),
          w: Math.max(r.w - 2 * d, 0),
          h: Math.max(r.h - 2 * d, 0),
          rotation: r.rotation,
        });
        body += `<polygon points="${pointsAttr(v, shifted)}" fill="none" stroke="${b.zoneColor}" stroke-width="${num(zw, 3)}"/>`;
      } else {
        const id = `${prefix}-zc${clip++}`;
        body += `<clipPath id="${id}"><polygon points="${pts}"/></clipPath><polygon points="${pts}" fill="none" stroke="${b.zoneColor}" stroke-width="${num(zw * 2, 3)}" clip-path="url(#${id})"/>`;
      }
    }
    body += '</g>';
  }
  body += '</g><g class="facilities">';
  // Areas first, then walls and columns on top of them.
  const order = (f: PlanFacility) => (f.kind === 'wall' || f.kind === 'column' ? 1 : f.kind === 'label' ? 2 : 0);
  for (const f of [...hall.facilities].sort((a, b) => order(a) - order(b))) body += facilitySvg(v, f, prefix, hall.outline);
  body += '</g><g class="labels" fill="#111">';
  for (const b of hall.booths) {
    for (const p of layout.labels.get(b.id) ?? []) if (p) body += labelSvg(v, p, b.id);
  }
  body += '</g>';
  return { defs, body };
}
