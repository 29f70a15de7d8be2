import type { Migration } from './migrations';
import { defaultLevelName } from './levels';

/** Space between neighbouring halls in the version 1 row layout, metres. */
const ROW_GAP_M = 20;

type Json = Record<string, unknown>;
interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const num = (v: unknown, fallback: number): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);

function pointsOf(v: unknown): [number, number][] {
  if (!Array.isArray(v)) return [];
  return v.filter((p): p is [number, number] => Array.isArray(p) && p.length === 2 && p.every((c) => typeof c === 'number' && Number.isFinite(c)));
}

function widen(box: Box | null, points: readonly [number, number][]): Box | null {
  for (const [x, y] of points) {
    if (!box) box = { minX: x, minY: y, maxX: x, maxY: y };
    else {
      box.minX = Math.min(box.minX, x);
      box.minY = Math.min(box.minY, y);
      box.maxX = Math.max(box.maxX, x);
      box.maxY = Math.max(box.maxY, y);
    }
  }
  return box;
}

/** Corners of a booth shape as version 1 drew them (a rect turns about its top-left corner). */
function shapeCorners(shape: unknown): [number, number][] {
  if (!isObject(shape)) return [];
  if (shape.type === 'polygon') return pointsOf(shape.points);
  if (shape.type !== 'rect') return [];
  const x = num(shape.x, NaN);
  const y = num(shape.y, NaN);
  const w = num(shape.w, NaN);
  const h = num(shape.h, NaN);
  if (![x, y, w, h].every(Number.isFinite)) return [];
  const rotation = num(shape.rotation, 0);
  if (rotation === 0) return [[x, y], [x + w, y], [x + w, y + h], [x, y + h]];
  const a = (rotation * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  return [[x, y], [x + w * cos, y + w * sin], [x + w * cos - h * sin, y + w * sin + h * cos], [x - h * sin, y + h * cos]];
}

/**
 * Version 1 had no site: the plan showed halls side by side by `order`, tops aligned, 20 m
 * apart, each slot widened by booths reaching past the hall's outline. This step writes that
 * very arrangement into each hall's `placement`, so nothing moves on screen, names the levels
 * the halls use, and gives drawings their rotation. Works on plain JSON: anything malformed is
 * left for validation to report.
 */
export const v1to2: Migration = {
  from: 1,
  describe: 'halls get their place on the site (the former row layout); named levels; drawing rotation',
  up(doc) {
    const halls = isObject(doc.halls) ? doc.halls : {};
    const booths = isObject(doc.booths) ? doc.booths : {};
    const content = new Map<string, Box | null>();
    for (const b of Object.values(booths)) {
      if (!isObject(b) || typeof b.hallId !== 'string') continue;
      content.set(b.hallId, widen(content.get(b.hallId) ?? null, shapeCorners(b.shape)));
    }
    const entries = Object.entries(halls).filter((e): e is [string, Json] => isObject(e[1]));
    const order = (h: Json) => num(h.order, 0);
    const id = (key: string, h: Json) => (typeof h.id === 'string' ? h.id : key);
    entries.sort(([ka, a], [kb, b]) => order(a) - order(b) || id(ka, a).localeCompare(id(kb, b)));

    const nextHalls: Json = { ...halls };
    const levels = new Set<number>();
    let cursor = 0;
    for (const [key, hall] of entries) {
      const level = hall.level === undefined ? 1 : hall.level;
      if (typeof level === 'number' && Number.isInteger(level)) levels.add(level);
      const next: Json = { ...hall };
      if (isObject(hall.background)) next.background = { rotation: 0, ...hall.background };
      let box = widen(null, pointsOf(hall.outline));
      box = widen(box, content.get(id(key, hall)) ? boxCorners(content.get(id(key, hall))!) : []);
      if (box) {
        const x = cursor - box.minX;
        const y = 0 - box.minY; // not -0
        next.placement = { x, y, rotation: 0 };
        cursor = box.maxX + x + ROW_GAP_M;
      }
      nextHalls[key] = next;
    }
    const settings = isObject(doc.settings) ? doc.settings : {};
    const site = {
      levels: [...levels].sort((a, b) => a - b).map((ordinal) => ({ ordinal, name: defaultLevelName(ordinal) })),
      drawing: null,
      georeference: null,
    };
    return { ...doc, schemaVersion: 2, settings: { ...settings, site }, halls: nextHalls };
  },
};

const boxCorners = (b: Box): [number, number][] => [
  [b.minX, b.minY],
  [b.maxX, b.maxY],
];
