import type { BoothStatus } from '../model/entities';
import type { Bilingual } from '../model/primitives';
import type { Operation } from '../ops/operation';

/** Who makes a change and when; written into assignment records and the history. */
export interface ActionContext {
  /** The user's name from the app settings (may be empty). */
  by: string;
  /** ISO date-time, e.g. `new Date().toISOString()`. */
  at: string;
}

/** The exhibitor a booth is assigned, held or reserved for; `exhibitorId` null = held by the organizer. */
export interface Holder {
  exhibitorId: string | null;
  name: Bilingual;
}

/**
 * Why a command was refused. The renderer translates `errors.assignment.<code>` with `args`
 * (booth number, holder names); `message` is an English sentence for logs and tests.
 */
export type RefusalCode =
  | 'no-booths'
  | 'unknown-booth'
  | 'unknown-exhibitor'
  | 'unknown-zone'
  | 'booth-assigned'
  | 'booth-held'
  | 'booth-reserved'
  | 'booth-blocked'
  | 'booth-not-assigned'
  | 'booth-not-claimed'
  | 'booth-not-blocked'
  | 'booth-not-held'
  | 'booth-not-occupied-by-exhibitor'
  | 'same-booth'
  | 'nothing-to-swap'
  | 'invalid-date'
  | 'date-in-past'
  | 'booths-to-release'
  | 'invalid';

export interface Refusal {
  code: RefusalCode;
  boothId?: string;
  boothNumber?: string;
  /** The booth's status when refused. */
  status?: BoothStatus;
  /** Who holds the booth, for booth-assigned / booth-held / booth-reserved. */
  holder?: Holder;
  /** Placeholders for the translated message: booth, holderZh, holderEn, holderId, … */
  args: Record<string, string>;
  message: string;
  /** Schema problems, for `invalid`. */
  problems?: string[];
}

/**
 * A command either yields one operation (one undo step) or is refused as a whole, listing every
 * booth that stood in the way, so nothing is half-done.
 */
export type CommandResult = { ok: true; op: Operation } | { ok: false; refusals: Refusal[] };
