import type { FacilityKind } from '../model/entities';
import type { Bilingual } from '../model/primitives';
import type { HallLayout, Rect } from './layout';

export interface FacilitySlot {
  kind: FacilityKind;
  rect: Rect;
  label: Bilingual;
}

const DOOR = 0.5;
const COLUMN = 0.8;
/** Structural columns stand every few band aisles, giving bays of roughly 18–30 m. */
const COLUMN_BAY = 2;

interface StripItem {
  kind: FacilityKind;
  w: number;
  h: number;
  label: Bilingual;
  /** Higher is placed first when the back wall is too short for everything. */
  keep: number;
}

/**
 * Facilities for one hall: doors on the outline (entrances on the front wall, emergency exits on
 * the side walls opposite band aisles, an exit at the back), a service desk in the foyer, the
 * service strip along the back wall, and columns on a structural grid at aisle crossings so none
 * stands under a booth.
 */
export function hallFacilities(layout: HallLayout, withStage: boolean): FacilitySlot[] {
  const { width: W, depth: D, mainAisleX: mx } = layout;
  const out: FacilitySlot[] = [];

  out.push({ kind: 'entrance', rect: { x: mx - 4, y: 0, w: 8, h: DOOR }, label: { zh: '主入口', en: 'Main Entrance' } });
  if (W >= 100) {
    for (const x of [Math.round(W * 0.18), Math.round(W * 0.82)]) {
      out.push({ kind: 'entrance', rect: { x: x - 2.5, y: 0, w: 5, h: DOOR }, label: { zh: '入口', en: 'Entrance' } });
    }
  }
  out.push({ kind: 'service-desk', rect: { x: Math.min(W - 8, mx + 7), y: 4, w: 6, h: 2.5 }, label: { zh: '服务台', en: 'Service Desk' } });

  // Side-wall exits face band aisles so the way out is never through a booth.
  const exitYs = layout.bandAisles.filter((_, i) => i % 3 === 1);
  if (exitYs.length === 0) exitYs.push(layout.serviceY - 2.5);
  for (const y of exitYs) {
    out.push({ kind: 'exit', rect: { x: 0, y: y - 2, w: DOOR, h: 4 }, label: { zh: '安全出口', en: 'Emergency Exit' } });
    out.push({ kind: 'exit', rect: { x: W - DOOR, y: y - 2, w: DOOR, h: 4 }, label: { zh: '安全出口', en: 'Emergency Exit' } });
  }
  out.push({ kind: 'exit', rect: { x: mx - 3, y: D - DOOR, w: 6, h: DOOR }, label: { zh: '出口', en: 'Exit' } });

  const restroom = (): StripItem => ({ kind: 'restroom', w: 7, h: 5, label: { zh: '卫生间', en: 'Restrooms' }, keep: 9 });
  const left: StripItem[] = [
    restroom(),
    { kind: 'first-aid', w: 5, h: 4, label: { zh: '医疗点', en: 'First Aid' }, keep: 8 },
    { kind: 'cafe', w: 10, h: 6, label: { zh: '咖啡厅', en: 'Café' }, keep: 7 },
  ];
  const right: StripItem[] = [restroom(), { kind: 'meeting-room', w: 8, h: 5, label: { zh: '洽谈室', en: 'Meeting Room' }, keep: 5 }];
  if (withStage) right.push({ kind: 'stage', w: 14, h: 6, label: { zh: '活动舞台', en: 'Event Stage' }, keep: 6 });

  // The middle of the back wall stays clear for the exit; each half takes the most needed items
  // that fit, in their listed order from the corner inwards.
  const gap = 2;
  const fit = (items: StripItem[], room: number) => {
    const chosen = new Set<StripItem>();
    let used = 0;
    for (const it of [...items].sort((a, b) => b.keep - a.keep)) {
      if (used + it.w + gap <= room) {
        chosen.add(it);
        used += it.w + gap;
      }
    }
    return items.filter((it) => chosen.has(it));
  };
  let x = 2;
  for (const it of fit(left, mx - 5 - 2)) {
    out.push({ kind: it.kind, rect: { x, y: D - it.h, w: it.w, h: it.h }, label: it.label });
    x += it.w + gap;
  }
  x = W - 2;
  for (const it of fit(right, W - 2 - (mx + 5))) {
    x -= it.w;
    out.push({ kind: it.kind, rect: { x, y: D - it.h, w: it.w, h: it.h }, label: it.label });
    x -= gap;
  }

  layout.bandAisles.forEach((y, i) => {
    if (i % COLUMN_BAY !== COLUMN_BAY - 1) return;
    for (const cx of layout.crossAisles) {
      out.push({ kind: 'column', rect: { x: cx - COLUMN / 2, y: y - COLUMN / 2, w: COLUMN, h: COLUMN }, label: { zh: '', en: '' } });
    }
  });
  return out;
}
