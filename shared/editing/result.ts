import type { Operation } from '../ops/operation';

/**
 * Why an edit was refused. Codes, not sentences: the renderer says them in the user's
 * language (locale key `edit.refused.<code>`).
 */
export const REFUSAL_CODES = [
  'nothing-selected',
  'hall-not-found',
  'booth-not-found',
  'facility-not-found',
  'zone-not-found',
  'asset-not-found',
  'not-finite',
  'too-few-points',
  'zero-size',
  'self-intersecting',
  'outside-hall',
  'number-empty',
  'number-too-long',
  'number-taken',
  'bad-numbering',
  'numbering-exhausted',
  'bad-count',
  'too-many',
  'bad-aisle',
  'too-few-items',
  'different-halls',
  'not-touching',
  'not-rectilinear',
  'merge-has-hole',
  'merge-claimed',
  'booth-claimed',
  'not-rect',
  'bad-price',
  'bad-kind',
  'text-too-long',
  'name-empty',
  'code-empty',
  'code-too-long',
  'code-taken',
  'bad-order',
  'bad-level',
  'no-background',
  'layer-unchanged',
  'bad-scale',
  'bad-opacity',
  'calibration-points-too-close',
  'calibration-distance',
  'drawing-locked',
  'alignment-points-too-close',
  'off-site',
  'bad-latitude',
  'bad-longitude',
  'bad-country',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

/** A command that could not be carried out; the document is untouched. */
export interface Refusal {
  ok: false;
  reason: RefusalCode;
  /** Booths concerned (the ones that would leave the hall, clash, etc.). */
  boothIds?: string[];
  facilityIds?: string[];
  /** Booth numbers concerned, e.g. those already taken. */
  numbers?: string[];
  /** Values for the message's placeholders, e.g. `{ min: 0.1 }`. */
  detail?: Record<string, string | number>;
}

/** What every editing command returns: the change to apply, or why there is none. */
export type EditResult = Operation | Refusal;

export function refuse(reason: RefusalCode, extra: Omit<Refusal, 'ok' | 'reason'> = {}): Refusal {
  return { ok: false, reason, ...extra };
}

export function isRefusal(r: unknown): r is Refusal {
  return typeof r === 'object' && r !== null && (r as { ok?: unknown }).ok === false && typeof (r as { reason?: unknown }).reason === 'string';
}
