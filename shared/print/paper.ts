/** Named paper sizes, portrait, in millimetres. */
export const PAPER_SIZES = {
  A0: { w: 841, h: 1189 },
  A1: { w: 594, h: 841 },
  A2: { w: 420, h: 594 },
  A3: { w: 297, h: 420 },
  A4: { w: 210, h: 297 },
  Letter: { w: 215.9, h: 279.4 },
  Tabloid: { w: 279.4, h: 431.8 },
} as const;

export type PaperName = keyof typeof PAPER_SIZES;
export const PAPER_NAMES = Object.keys(PAPER_SIZES) as PaperName[];

/** A named size or a custom sheet (roll plotters print up to a few metres). */
export type Paper = PaperName | { w: number; h: number };
export type Orientation = 'portrait' | 'landscape' | 'auto';

/** Blank paper kept on each side, mm. */
export interface Margins {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export interface Size {
  w: number;
  h: number;
}

/** Largest custom sheet accepted, mm: a 5 m plotter roll. */
export const MAX_CUSTOM_MM = 5000;
/** Smallest custom sheet accepted, mm: anything smaller cannot hold a margin and a map. */
export const MIN_CUSTOM_MM = 50;

/** The sheet's portrait size, or null when a custom size is out of range. */
export function paperPortrait(paper: Paper): Size | null {
  if (typeof paper === 'string') {
    const s = PAPER_SIZES[paper] as Size | undefined;
    return s ? { w: s.w, h: s.h } : null;
  }
  const { w, h } = paper;
  if (!Number.isFinite(w) || !Number.isFinite(h)) return null;
  if (Math.min(w, h) < MIN_CUSTOM_MM || Math.max(w, h) > MAX_CUSTOM_MM) return null;
  return { w: Math.min(w, h), h: Math.max(w, h) };
}

/**
 * The sheet as it will be printed. `auto` follows the content's aspect ratio so a wide hall
 * lands on a landscape sheet.
 */
export function orientPaper(portrait: Size, orientation: Orientation, contentAspect = 1): Size {
  const landscape = orientation === 'landscape' || (orientation === 'auto' && contentAspect > 1);
  return landscape ? { w: portrait.h, h: portrait.w } : { w: portrait.w, h: portrait.h };
}

/** Human name of a sheet for page labels and file names, e.g. "A3" or "600×900 mm". */
export function paperLabel(paper: Paper): string {
  return typeof paper === 'string' ? paper : `${fmt(paper.w)}×${fmt(paper.h)} mm`;
}

function fmt(n: number): string {
  return String(Math.round(n * 10) / 10);
}
