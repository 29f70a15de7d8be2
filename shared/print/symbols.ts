import type { FacilityKind } from '../model/entities';
import { num } from './escape';
import { bboxOf } from '../geometry/polygon';
import type { Point } from '../model/primitives';

/** Facility kinds drawn as an area with a pictogram (walls, columns and labels are drawn plainly). */
export type SymbolKind = Exclude<FacilityKind, 'wall' | 'column' | 'label'>;
export const SYMBOL_KINDS: readonly SymbolKind[] = ['entrance', 'exit', 'restroom', 'stage', 'meeting-room', 'service-desk', 'cafe', 'first-aid'];

/** Badge colours follow sign conventions: green for ways in/out and first aid (ISO 7010), blue for toilets. */
export const SYMBOL_COLOR: Record<SymbolKind, string> = {
  entrance: '#2e7d32',
  exit: '#1b5e20',
  restroom: '#1565c0',
  stage: '#6a1b9a',
  'meeting-room': '#00695c',
  'service-desk': '#ef6c00',
  cafe: '#6d4c41',
  'first-aid': '#2e7d32',
};

/** White pictograms on a 24 × 24 grid, drawn over the badge. */
const GLYPH: Record<SymbolKind, string> = {
  // A door with an arrow going in.
  entrance:
    '<path d="M13 4h7v16h-7" fill="none" stroke="#fff" stroke-width="2"/><path d="M3 12h10M9.5 8l4 4-4 4" fill="none" stroke="#fff" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>',
  // A running figure leaving through a door (after ISO 7010 E001).
  exit:
    '<path d="M3 4h6v16H3" fill="none" stroke="#fff" stroke-width="1.8"/><circle cx="15.5" cy="5" r="1.9" fill="#fff"/><path d="M11.5 11l3-2.5 3 1.5 2 3M14.5 8.5l-1.5 6 3 2.5 1 4M13 14.5l-2.5 4" fill="none" stroke="#fff" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>',
  // Man and woman, divided.
  restroom:
    '<circle cx="7" cy="4.5" r="2" fill="#fff"/><path d="M5 8h4v6.5H8v6H6v-6H5z" fill="#fff"/><circle cx="17" cy="4.5" r="2" fill="#fff"/><path d="M17 8l-3.6 8H16v4.5h2V16h2.6z" fill="#fff"/><path d="M12 3v18" stroke="#fff" stroke-width="1"/>',
  // A microphone on a stand.
  stage:
    '<rect x="9.5" y="3" width="5" height="10" rx="2.5" fill="#fff"/><path d="M7 10.5a5 5 0 0 0 10 0M12 15.5v4.5M8.5 20.5h7" fill="none" stroke="#fff" stroke-width="1.8" stroke-linecap="round"/>',
  // A table with chairs round it.
  'meeting-room':
    '<rect x="6.5" y="8.5" width="11" height="7" rx="1" fill="#fff"/><circle cx="9" cy="5.5" r="1.6" fill="#fff"/><circle cx="15" cy="5.5" r="1.6" fill="#fff"/><circle cx="9" cy="18.5" r="1.6" fill="#fff"/><circle cx="15" cy="18.5" r="1.6" fill="#fff"/><circle cx="3.5" cy="12" r="1.6" fill="#fff"/><circle cx="20.5" cy="12" r="1.6" fill="#fff"/>',
  // The information "i".
  'service-desk':
    '<circle cx="12" cy="12" r="8.5" fill="none" stroke="#fff" stroke-width="1.6"/><circle cx="12" cy="7.6" r="1.5" fill="#fff"/><rect x="10.7" y="10.2" width="2.6" height="7.3" rx="0.6" fill="#fff"/>',
  // A steaming cup.
  cafe:
    '<path d="M4.5 10h11v4a5 5 0 0 1-5 5h-1a5 5 0 0 1-5-5z" fill="#fff"/><path d="M15.5 11h1.5a2.2 2.2 0 0 1 0 4.4h-1.8" fill="none" stroke="#fff" stroke-width="1.6"/><path d="M8 3.5c-1 1.2 1 2 0 3.5M11.5 3.5c-1 1.2 1 2 0 3.5" fill="none" stroke="#fff" stroke-width="1.3" stroke-linecap="round"/><path d="M4 20.5h13" stroke="#fff" stroke-width="1.4" stroke-linecap="round"/>',
  // White cross on green (ISO 7010 E003).
  'first-aid': '<path d="M9.5 4h5v5.5H20v5h-5.5V20h-5v-5.5H4v-5h5.5z" fill="#fff"/>',
};

/** Id of a kind's `<symbol>` within a page whose ids start with `prefix`. */
export function symbolId(prefix: string, kind: SymbolKind): string {
  return `${prefix}-sym-${kind}`;
}

/** `<symbol>` definitions for the kinds used on a page. */
export function symbolDefs(prefix: string, kinds: Iterable<SymbolKind>): string {
  let out = '';
  for (const k of new Set(kinds)) {
    out += `<symbol id="${symbolId(prefix, k)}" viewBox="0 0 24 24"><rect width="24" height="24" rx="4" fill="${SYMBOL_COLOR[k]}"/>${GLYPH[k]}</symbol>`;
  }
  return out;
}

export function isSymbolKind(kind: FacilityKind): kind is SymbolKind {
  return (SYMBOL_KINDS as readonly string[]).includes(kind);
}

/**
 * Diagonal hatching (blocked booths) over a polygon given in output units: parallel lines
 * `pitch` apart, clipped to the polygon. Drawn as one path rather than an SVG pattern: the
 * browser's PDF printer expands pattern fills into megabytes of tiles, which made a
 * 7,500-booth show take seconds longer to print than everything else together.
 */
export function hatchSvg(clipId: string, pts: readonly Point[], pitch: number, stroke: number): string {
  const { minX, minY, maxX, maxY } = bboxOf(pts);
  if (!(pitch > 0) || !Number.isFinite(minX)) return '';
  // Lines x + y = c, `pitch` apart measured across them (c steps by pitch·√2), over the box.
  const step = pitch * Math.SQRT2;
  let d = '';
  for (let c = Math.ceil((minX + minY) / step) * step; c <= maxX + maxY; c += step) {
    const x0 = Math.max(minX, c - maxY);
    const x1 = Math.min(maxX, c - minY);
    if (x1 <= x0) continue;
    d += `M${num(x0, 3)} ${num(c - x0, 3)}L${num(x1, 3)} ${num(c - x1, 3)}`;
  }
  if (!d) return '';
  const poly = pts.map(([x, y]) => `${num(x, 3)},${num(y, 3)}`).join(' ');
  return `<clipPath id="${clipId}"><polygon points="${poly}"/></clipPath><path d="${d}" fill="none" stroke="#777" stroke-width="${num(stroke, 3)}" clip-path="url(#${clipId})"/>`;
}
