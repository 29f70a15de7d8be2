import type { Booth } from '../model/entities';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import type { Operation } from '../ops/operation';
import { exhibitorArgs, exhibitorRefusal, resolveBooths } from './commands';
import { OP_LABELS } from './labels';
import { boothList, boothRefusal, contextRefusal, holderRefusal, isCalendarDate, isFree, noteRefusal, occupancyOf, plainRefusal, setOccupancy } from './occupancy';
import type { ActionContext, CommandResult, Refusal } from './types';
import { compareNumeric } from '../text/collate';

export interface HoldRequest {
  /** Who the booths are held for; null holds them for the organizer (e.g. a delegation to come). */
  exhibitorId: string | null;
  boothIds: readonly string[];
  /** Last day of the hold (YYYY-MM-DD); the hold expires the day after. Null = no expiry. */
  until: string | null;
  note?: string;
}

function checkUntil(until: string | null, ctx: ActionContext | null): Refusal | null {
  if (until === null) return null;
  if (!isCalendarDate(until)) return plainRefusal('invalid-date', `"${until}" is not a date (YYYY-MM-DD)`, { date: until });
  if (ctx && until < ctx.at.slice(0, 10)) return plainRefusal('date-in-past', `${until} is in the past`, { date: until });
  return null;
}

/**
 * Holds booths for an exhibitor until a date (first step of available → hold → reserved →
 * assigned). An available booth or the same exhibitor's hold (to change the date or note) is
 * accepted; a booth assigned, held or reserved for anyone (including further along for this
 * exhibitor) or blocked is refused.
 */
export function holdBooths(doc: Project, req: HoldRequest, ctx: ActionContext): CommandResult {
  const { booths, refusals } = resolveBooths(doc, req.boothIds);
  if (req.exhibitorId !== null) {
    const r = exhibitorRefusal(doc, req.exhibitorId);
    if (r) refusals.push(r);
  }
  for (const r of [contextRefusal(ctx), checkUntil(req.until, ctx), noteRefusal(req.note)]) if (r) refusals.push(r);
  const b = operation(doc, OP_LABELS.hold, { count: booths.length, booths: boothList(booths), until: req.until ?? '', ...exhibitorArgs(doc, req.exhibitorId) });
  for (const booth of booths) {
    const o = occupancyOf(b, booth);
    if (isFree(o, ctx) || (o.kind === 'hold' && o.claim.exhibitorId === req.exhibitorId)) continue;
    refusals.push(holderRefusal(doc, booth, o));
  }
  if (refusals.length) return { ok: false, refusals };
  for (const booth of booths) {
    const prev = booth.status === 'hold' ? booth.claim : null;
    const claim = { exhibitorId: req.exhibitorId, until: req.until, note: req.note ?? prev?.note ?? '' };
    setOccupancy(b, booth.id, { kind: 'hold', claim }, ctx);
  }
  return { ok: true, op: b.build() };
}

export interface ReserveRequest {
  exhibitorId: string;
  boothIds: readonly string[];
  note?: string;
  /** Optional deadline for the contract; reservations do not expire on their own. */
  until?: string | null;
}

/**
 * Reserves booths for an exhibitor (contract under way). Accepts available booths and this
 * exhibitor's own holds or reservations; refuses anyone else's claim, assignments and blocks.
 */
export function reserveBooths(doc: Project, req: ReserveRequest, ctx: ActionContext): CommandResult {
  const { booths, refusals } = resolveBooths(doc, req.boothIds);
  const r = exhibitorRefusal(doc, req.exhibitorId);
  if (r) refusals.push(r);
  for (const r of [contextRefusal(ctx), checkUntil(req.until ?? null, null), noteRefusal(req.note)]) if (r) refusals.push(r);
  const b = operation(doc, OP_LABELS.reserve, { count: booths.length, booths: boothList(booths), ...exhibitorArgs(doc, req.exhibitorId) });
  for (const booth of booths) {
    const o = occupancyOf(b, booth);
    if (isFree(o, ctx) || ((o.kind === 'hold' || o.kind === 'reserved') && o.claim.exhibitorId === req.exhibitorId)) continue;
    refusals.push(holderRefusal(doc, booth, o));
  }
  if (refusals.length) return { ok: false, refusals };
  for (const booth of booths) {
    const prev = booth.claim;
    const claim = { exhibitorId: req.exhibitorId, until: req.until ?? (booth.status === 'reserved' ? (prev?.until ?? null) : null), note: req.note ?? prev?.note ?? '' };
    setOccupancy(b, booth.id, { kind: 'reserved', claim }, ctx);
  }
  return { ok: true, op: b.build() };
}

/** Releases holds and reservations; the booths become available. Assigned booths are refused (unassign them). */
export function releaseBooths(doc: Project, req: { boothIds: readonly string[] }): CommandResult {
  const { booths, refusals } = resolveBooths(doc, req.boothIds);
  const b = operation(doc, OP_LABELS.release, { count: booths.length, booths: boothList(booths) });
  for (const booth of booths) {
    if (booth.status === 'hold' || booth.status === 'reserved') continue;
    if (booth.status === 'assigned') refusals.push(holderRefusal(doc, booth, occupancyOf(b, booth)));
    else refusals.push(boothRefusal('booth-not-claimed', booth, `Booth ${booth.number} is neither held nor reserved`));
  }
  if (refusals.length) return { ok: false, refusals };
  for (const booth of booths) setOccupancy(b, booth.id, { kind: 'available' }, null);
  return { ok: true, op: b.build() };
}

/** Takes available booths off sale (a column, a sight line, the organizer's office). */
export function blockBooths(doc: Project, req: { boothIds: readonly string[]; note?: string }): CommandResult {
  const { booths, refusals } = resolveBooths(doc, req.boothIds);
  const tooLong = noteRefusal(req.note);
  if (tooLong) refusals.push(tooLong);
  const b = operation(doc, OP_LABELS.block, { count: booths.length, booths: boothList(booths) });
  for (const booth of booths) {
    const o = occupancyOf(b, booth);
    if (o.kind !== 'available' && o.kind !== 'blocked') refusals.push(holderRefusal(doc, booth, o));
  }
  if (refusals.length) return { ok: false, refusals };
  const claim = req.note ? { exhibitorId: null, until: null, note: req.note } : null;
  for (const booth of booths) setOccupancy(b, booth.id, { kind: 'blocked', claim }, null);
  return { ok: true, op: b.build() };
}

export function unblockBooths(doc: Project, req: { boothIds: readonly string[] }): CommandResult {
  const { booths, refusals } = resolveBooths(doc, req.boothIds);
  const b = operation(doc, OP_LABELS.unblock, { count: booths.length, booths: boothList(booths) });
  for (const booth of booths) {
    if (booth.status !== 'blocked') refusals.push(boothRefusal('booth-not-blocked', booth, `Booth ${booth.number} is not blocked`));
  }
  if (refusals.length) return { ok: false, refusals };
  for (const booth of booths) setOccupancy(b, booth.id, { kind: 'available' }, null);
  return { ok: true, op: b.build() };
}

export interface ReleasedHold {
  boothId: string;
  boothNumber: string;
  exhibitorId: string | null;
  until: string;
}

/** Holds whose last day (`until`) is before `today` (YYYY-MM-DD, the user's local date), in booth-number order. */
export function expiredHolds(doc: Project, today: string): ReleasedHold[] {
  const expired: Booth[] = [];
  for (const booth of Object.values(doc.booths)) {
    if (booth.status === 'hold' && booth.claim?.until && booth.claim.until < today) expired.push(booth);
  }
  expired.sort((a, b) => compareNumeric(a.number, b.number));
  return expired.map((x) => ({ boothId: x.id, boothNumber: x.number, exhibitorId: x.claim?.exhibitorId ?? null, until: x.claim?.until ?? '' }));
}

/**
 * Releases the expired holds among `boothIds` (all expired holds when omitted) as one
 * operation. Reservations do not expire. The user decides: a show opened after weeks away
 * lists its expired holds, and staff release all, some, or extend them.
 */
export function expireHolds(doc: Project, today: string, boothIds?: readonly string[]): { op: Operation | null; released: ReleasedHold[] } {
  const only = boothIds ? new Set(boothIds) : null;
  const released = expiredHolds(doc, today).filter((h) => !only || only.has(h.boothId));
  if (released.length === 0) return { op: null, released: [] };
  const booths = released.map((h) => doc.booths[h.boothId]!);
  const b = operation(doc, OP_LABELS.expireHolds, { count: booths.length, booths: boothList(booths) });
  for (const booth of booths) setOccupancy(b, booth.id, { kind: 'available' }, null);
  return { op: b.build(), released };
}

/**
 * Moves the last day of holds (whoever they are for) to `until`, as one operation; booths
 * that are not on hold are refused by number, and so is a date in the past.
 */
export function extendHolds(doc: Project, req: { boothIds: readonly string[]; until: string }, ctx: ActionContext): CommandResult {
  const { booths, refusals } = resolveBooths(doc, req.boothIds);
  for (const r of [contextRefusal(ctx), checkUntil(req.until, ctx)]) if (r) refusals.push(r);
  for (const booth of booths) {
    if (booth.status !== 'hold') refusals.push(boothRefusal('booth-not-held', booth, `Booth ${booth.number} is not on hold`));
  }
  if (refusals.length) return { ok: false, refusals };
  const b = operation(doc, OP_LABELS.extendHolds, { count: booths.length, booths: boothList(booths), until: req.until });
  for (const booth of booths) {
    const claim = { exhibitorId: booth.claim?.exhibitorId ?? null, until: req.until, note: booth.claim?.note ?? '' };
    setOccupancy(b, booth.id, { kind: 'hold', claim }, ctx);
  }
  return { ok: true, op: b.build() };
}
