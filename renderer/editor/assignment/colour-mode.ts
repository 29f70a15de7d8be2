import { createStore } from 'zustand/vanilla';
import type { Project } from '../../../shared/model/project';
import { STATUS_FILL } from '../status-colors';

export const COLOUR_MODES = ['status', 'zone', 'sector', 'country'] as const;
export type ColourMode = (typeof COLOUR_MODES)[number];

/** Fill of a booth with nothing to colour it by in the chosen mode (no zone, unassigned…). */
export const NEUTRAL_FILL = '#eef0f2';

/**
 * Light, distinct fills for categories (sectors, countries); text stays readable on all of
 * them. Categories beyond the palette reuse colours, so the legend names each one.
 */
export const CATEGORY_PALETTE = [
  '#9ecae1', '#fdae6b', '#a1d99b', '#fcbba1', '#bcbddc', '#fdd0a2', '#c7e9c0', '#d9d9f3',
  '#f6e8a6', '#b3e2cd', '#f4cae4', '#cbd5e8', '#e6f5c9', '#fff2ae', '#f1e2cc', '#c6dbef',
] as const;

export interface LegendEntry {
  /** Status, zone id, sector id or country code; '' for "none". */
  key: string;
  color: string;
  booths: number;
}

export interface Colouring {
  mode: ColourMode;
  /** Fill by booth id; booths missing here take their status colour. Null in status mode. */
  fills: Map<string, string> | null;
  legend: LegendEntry[];
}

interface ColourState {
  mode: ColourMode;
  colouring: Colouring;
}

const STATUS_ONLY: Colouring = { mode: 'status', fills: null, legend: [] };

/** How the plan colours booths: shared by the "Colour by" control, the legend and the canvas. */
export const colourStore = createStore<ColourState>(() => ({ mode: 'status', colouring: STATUS_ONLY }));

/** The exhibitor a booth is assigned to, or held/reserved for. */
function occupantOf(doc: Project, boothId: string): string | null {
  const a = doc.assignments[boothId];
  if (a) return a.exhibitorId;
  const b = doc.booths[boothId];
  return b && (b.status === 'hold' || b.status === 'reserved') ? (b.claim?.exhibitorId ?? null) : null;
}

/**
 * Fills and legend for a mode: zones take their own colour; sectors (an exhibitor's first)
 * and countries take palette colours by frequency, the most common first.
 */
export function computeColouring(doc: Project, mode: ColourMode): Colouring {
  if (mode === 'status') {
    const counts = new Map<string, number>();
    for (const b of Object.values(doc.booths)) counts.set(b.status, (counts.get(b.status) ?? 0) + 1);
    const legend = Object.entries(STATUS_FILL).map(([key, color]) => ({ key, color, booths: counts.get(key) ?? 0 }));
    return { mode, fills: null, legend };
  }
  const keyOf = new Map<string, string>();
  for (const b of Object.values(doc.booths)) {
    let key = '';
    if (mode === 'zone') key = b.zoneId && doc.zones[b.zoneId] ? b.zoneId : '';
    else {
      const exId = occupantOf(doc, b.id);
      const ex = exId ? doc.exhibitors[exId] : undefined;
      if (ex) key = mode === 'country' ? ex.country : (ex.sectors[0] ?? '');
    }
    keyOf.set(b.id, key);
  }
  const counts = new Map<string, number>();
  for (const k of keyOf.values()) counts.set(k, (counts.get(k) ?? 0) + 1);
  const ordered = [...counts.entries()].filter(([k]) => k !== '').sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const colourOf = new Map<string, string>();
  ordered.forEach(([k], i) => colourOf.set(k, mode === 'zone' ? doc.zones[k]!.color : CATEGORY_PALETTE[i % CATEGORY_PALETTE.length]!));
  const fills = new Map<string, string>();
  for (const [id, k] of keyOf) fills.set(id, k ? colourOf.get(k)! : NEUTRAL_FILL);
  const legend: LegendEntry[] = ordered.map(([key, booths]) => ({ key, color: colourOf.get(key)!, booths }));
  const none = counts.get('') ?? 0;
  if (none) legend.push({ key: '', color: NEUTRAL_FILL, booths: none });
  return { mode, fills, legend };
}

export function setColourMode(mode: ColourMode, doc: Project | null): void {
  colourStore.setState({ mode, colouring: doc ? computeColouring(doc, mode) : { ...STATUS_ONLY, mode } });
}

/** Recomputes the fills after the document changed (the canvas redraws on the store change). */
export function refreshColouring(doc: Project | null): void {
  const { mode } = colourStore.getState();
  colourStore.setState({ colouring: doc ? computeColouring(doc, mode) : { ...STATUS_ONLY, mode } });
}

/** The fill the canvas uses for a booth. */
export function boothFill(boothId: string, status: keyof typeof STATUS_FILL): string {
  return colourStore.getState().colouring.fills?.get(boothId) ?? STATUS_FILL[status];
}
