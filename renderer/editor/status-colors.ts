import type { BoothStatus } from '../../shared/model/entities';

/**
 * Booth fill by sales status: light enough to read a label on, distinct from each other in
 * print and for the common colour-vision deficiencies (hue and lightness both differ).
 */
export const STATUS_FILL: Record<BoothStatus, string> = {
  available: '#d9f7be',
  hold: '#fff1a8',
  reserved: '#ffc89a',
  assigned: '#a8d4ff',
  blocked: '#cfcfcf',
};

/** Outline of a booth without a zone. */
export const BOOTH_STROKE = '#5c6670';
export const SELECTION_COLOR = '#1f5fff';
export const HOVER_COLOR = '#0b1f44';
/**
 * Outline of booths an allocation proposal would assign: magenta, a hue no status fill and
 * neither selection nor hover uses (a green outline vanished on the green of free booths).
 */
export const PROPOSED_COLOR = '#c0187c';
