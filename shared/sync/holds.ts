import type { Booth } from '../model/entities';
import type { Project } from '../model/project';
import { keyOf, type KeyChange } from './doc-keys';
import { claimant } from './claim-groups';

/** Today as the server reckons hold expiry (UTC calendar date, like `IsoDate`). */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);

/** A hold still in force: for an exhibitor, with no expiry or an expiry not yet passed. */
export function liveHold(b: Booth | undefined, today: string): b is Booth & { claim: { exhibitorId: string } } {
  if (!b || b.status !== 'hold' || !b.claim?.exhibitorId) return false;
  return b.claim.until === null || b.claim.until >= today;
}

/**
 * Keys of one update that give a booth held for one exhibitor to another while the hold
 * lasts: an assignment to someone else, or a hold or reservation for someone else. Releasing
 * the hold, or turning it into the holder's own assignment, is allowed; a hold whose expiry
 * has passed is free (the show releases it when opened; the server does not wait for that).
 * `mirror` is the show before the update. Returns refused keys with words for the sender.
 */
export function heldRefusals(mirror: Project, changes: readonly KeyChange[], today: string): Map<string, string> {
  const byBooth = new Map<string, { booth?: KeyChange; assignment?: KeyChange }>();
  for (const ch of changes) {
    if (ch.root !== 'booths' && ch.root !== 'assignments') continue;
    const e = byBooth.get(ch.key) ?? {};
    if (ch.root === 'booths') e.booth = ch;
    else e.assignment = ch;
    byBooth.set(ch.key, e);
  }
  const out = new Map<string, string>();
  for (const [id, e] of byBooth) {
    const before = mirror.booths[id];
    if (!liveHold(before, today)) continue;
    const holder = before.claim.exhibitorId;
    const givenTo = claimant('assignments', e.assignment?.after) ?? claimant('booths', e.booth?.after);
    if (givenTo === null || givenTo === holder) continue;
    const detail = `${before.number} is held for ${holder}${before.claim.until ? ` until ${before.claim.until}` : ''}`;
    if (e.booth) out.set(keyOf('booths', id), detail);
    if (e.assignment) out.set(keyOf('assignments', id), detail);
  }
  return out;
}
