import type { Booth } from '../model/entities';
import type { Project } from '../model/project';
import { operation, type OperationBuilder } from '../ops/build';
import { OP_LABELS } from './labels';
import {
  boothList,
  boothRefusal,
  contextRefusal,
  holderRefusal,
  isFree,
  occupancyOf,
  occupantId,
  plainRefusal,
  setOccupancy,
  uniqueIds,
  type Occupancy,
} from './occupancy';
import type { ActionContext, CommandResult, Refusal } from './types';
import { entryOf } from '../model/project';

/** Looks the booths up, refusing unknown ids and an empty list. */
export function resolveBooths(doc: Project, ids: readonly string[]): { booths: Booth[]; refusals: Refusal[] } {
  const booths: Booth[] = [];
  const refusals: Refusal[] = [];
  const unique = uniqueIds(ids);
  if (unique.length === 0) refusals.push(plainRefusal('no-booths', 'No booth was given'));
  for (const id of unique) {
    const b = entryOf(doc.booths, id);
    if (b) booths.push(b);
    else refusals.push(plainRefusal('unknown-booth', `Booth ${id} does not exist`, { booth: id }));
  }
  return { booths, refusals };
}

export function exhibitorRefusal(doc: Project, exhibitorId: string): Refusal | null {
  return entryOf(doc.exhibitors, exhibitorId) ? null : plainRefusal('unknown-exhibitor', `Exhibitor ${exhibitorId} does not exist`, { exhibitor: exhibitorId });
}

export function exhibitorArgs(doc: Project, exhibitorId: string | null): Record<string, string> {
  const ex = exhibitorId ? entryOf(doc.exhibitors, exhibitorId) : undefined;
  return { exhibitorZh: ex?.name.zh ?? '', exhibitorEn: ex?.name.en ?? '' };
}

/**
 * Assigns booths to an exhibitor. A booth may be available (or on someone's hold that has
 * lapsed) or already held or reserved for this exhibitor; a booth assigned, held or reserved for anyone else, or blocked, refuses the
 * whole command, naming the holder.
 */
export function assignBooths(doc: Project, req: { exhibitorId: string; boothIds: readonly string[] }, ctx: ActionContext): CommandResult {
  const { booths, refusals } = resolveBooths(doc, req.boothIds);
  for (const r of [exhibitorRefusal(doc, req.exhibitorId), contextRefusal(ctx)]) if (r) refusals.push(r);
  const b = operation(doc, OP_LABELS.assign, { count: booths.length, booths: boothList(booths), ...exhibitorArgs(doc, req.exhibitorId) });
  for (const booth of booths) {
    const o = occupancyOf(b, booth);
    if (isFree(o, ctx) || ((o.kind === 'hold' || o.kind === 'reserved') && o.claim.exhibitorId === req.exhibitorId)) continue;
    if (o.kind === 'assigned' && o.exhibitorId === req.exhibitorId) continue;
    refusals.push(holderRefusal(doc, booth, o));
  }
  if (refusals.length) return { ok: false, refusals };
  for (const booth of booths) setOccupancy(b, booth.id, { kind: 'assigned', exhibitorId: req.exhibitorId }, ctx);
  return { ok: true, op: b.build() };
}

/** Takes booths away from whoever they are assigned to; they become available. */
export function unassignBooths(doc: Project, req: { boothIds: readonly string[] }): CommandResult {
  const { booths, refusals } = resolveBooths(doc, req.boothIds);
  const b = operation(doc, OP_LABELS.unassign, { count: booths.length, booths: boothList(booths) });
  for (const booth of booths) {
    if (booth.status !== 'assigned') refusals.push(boothRefusal('booth-not-assigned', booth, `Booth ${booth.number} is not assigned`));
  }
  if (refusals.length) return { ok: false, refusals };
  for (const booth of booths) setOccupancy(b, booth.id, { kind: 'available' }, null);
  return { ok: true, op: b.build() };
}

/** True when `to` may receive what an exhibitor has on another booth. */
function acceptsExhibitor(o: Occupancy, exhibitorId: string, ctx: ActionContext): boolean {
  if (isFree(o, ctx)) return true;
  return o.kind !== 'blocked' && occupantId(o) === exhibitorId;
}

/**
 * Moves an exhibitor from one booth to another: the target takes over what the exhibitor had
 * on the source (assignment, hold or reservation) and the source becomes available. The
 * target must be available or already held/reserved for the same exhibitor.
 */
export function moveExhibitor(
  doc: Project,
  req: { exhibitorId: string; from: string; to: string },
  ctx: ActionContext,
): CommandResult {
  const { booths, refusals } = resolveBooths(doc, [req.from, req.to]);
  for (const r of [exhibitorRefusal(doc, req.exhibitorId), contextRefusal(ctx)]) if (r) refusals.push(r);
  if (req.from === req.to) refusals.push(plainRefusal('same-booth', 'Source and target are the same booth', { booth: req.from }));
  if (refusals.length) return { ok: false, refusals };
  const [from, to] = booths as [Booth, Booth];
  const b = operation(doc, OP_LABELS.move, { from: from.number, to: to.number, ...exhibitorArgs(doc, req.exhibitorId) });
  const source = occupancyOf(b, from);
  const target = occupancyOf(b, to);
  if (occupantId(source) !== req.exhibitorId) {
    const r =
      source.kind === 'available' || source.kind === 'blocked' || occupantId(source) === null
        ? boothRefusal('booth-not-occupied-by-exhibitor', from, `Booth ${from.number} is not occupied by exhibitor ${req.exhibitorId}`)
        : { ...holderRefusal(doc, from, source), code: 'booth-not-occupied-by-exhibitor' as const };
    refusals.push(r);
  }
  if (!acceptsExhibitor(target, req.exhibitorId, ctx)) refusals.push(holderRefusal(doc, to, target));
  if (refusals.length) return { ok: false, refusals };
  setOccupancy(b, from.id, { kind: 'available' }, ctx);
  setOccupancy(b, to.id, source, ctx);
  return { ok: true, op: b.build() };
}

/**
 * Swaps what two booths hold (assignments, holds, reservations); an available booth swaps as
 * empty, which makes a swap with a free booth a move. Blocked booths cannot take part.
 */
export function swapBooths(doc: Project, req: { a: string; b: string }, ctx: ActionContext): CommandResult {
  const { booths, refusals } = resolveBooths(doc, [req.a, req.b]);
  if (req.a === req.b) refusals.push(plainRefusal('same-booth', 'A booth cannot be swapped with itself', { booth: req.a }));
  const ctxRefusal = contextRefusal(ctx);
  if (ctxRefusal) refusals.push(ctxRefusal);
  if (refusals.length) return { ok: false, refusals };
  const [ba, bb] = booths as [Booth, Booth];
  const b: OperationBuilder = operation(doc, OP_LABELS.swap, { from: ba.number, to: bb.number });
  const oa = occupancyOf(b, ba);
  const ob = occupancyOf(b, bb);
  for (const [booth, o] of [[ba, oa], [bb, ob]] as const) {
    if (o.kind === 'blocked') refusals.push(holderRefusal(doc, booth, o));
  }
  if (oa.kind === 'available' && ob.kind === 'available') {
    refusals.push(plainRefusal('nothing-to-swap', `Booths ${ba.number} and ${bb.number} are both available`, { booth: ba.number, other: bb.number }));
  }
  if (refusals.length) return { ok: false, refusals };
  setOccupancy(b, ba.id, ob, ctx);
  setOccupancy(b, bb.id, oa, ctx);
  return { ok: true, op: b.build() };
}
