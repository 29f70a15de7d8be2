import type { Assignment, Booth, BoothClaim, BoothStatus } from '../model/entities';
import { IsoDateTime, type Bilingual } from '../model/primitives';
import type { Project } from '../model/project';
import type { OperationBuilder } from '../ops/build';
import type { ActionContext, Holder, Refusal, RefusalCode } from './types';
import { entryOf } from '../model/project';

/**
 * What occupies a booth, in one value that can be read from one booth and written onto
 * another (move and swap carry it across).
 */
export type Occupancy =
  | { kind: 'available' }
  | { kind: 'assigned'; exhibitorId: string }
  | { kind: 'hold' | 'reserved'; claim: BoothClaim }
  | { kind: 'blocked'; claim: BoothClaim | null };

/** The rank of each step of available → hold → reserved → assigned. */
export const STATUS_RANK: Record<BoothStatus, number> = { available: 0, hold: 1, reserved: 2, assigned: 3, blocked: -1 };

/** Reads the booth's occupancy as it stands in the builder (changes so far included). */
export function occupancyOf(b: OperationBuilder, booth: Booth): Occupancy {
  switch (booth.status) {
    case 'assigned': {
      const a = b.get('assignments', booth.id);
      // A booth marked assigned without a record breaks checkIntegrity; treat the organizer as holder.
      return a ? { kind: 'assigned', exhibitorId: a.exhibitorId } : { kind: 'hold', claim: { exhibitorId: null, until: null, note: '' } };
    }
    case 'hold':
    case 'reserved':
      return { kind: booth.status, claim: booth.claim ?? { exhibitorId: null, until: null, note: '' } };
    case 'blocked':
      return { kind: 'blocked', claim: booth.claim };
    default:
      return { kind: 'available' };
  }
}

/**
 * True when a booth can be given to anyone: available, or on a hold whose last day has passed
 * (by the action's UTC date, as the sharing server reckons it). A lapsed hold stays on the
 * booth until someone releases it or takes the booth; it no longer keeps the booth from sale.
 */
export function isFree(o: Occupancy, ctx: ActionContext | null): boolean {
  if (o.kind === 'available') return true;
  if (o.kind !== 'hold' || !ctx || !o.claim.until) return false;
  return o.claim.until < ctx.at.slice(0, 10);
}

/** The exhibitor an occupancy belongs to (null for available, blocked and organizer holds). */
export function occupantId(o: Occupancy): string | null {
  if (o.kind === 'assigned') return o.exhibitorId;
  if (o.kind === 'hold' || o.kind === 'reserved') return o.claim.exhibitorId;
  return null;
}

/** Writes an occupancy onto a booth, keeping status, claim and the assignment record in step. */
export function setOccupancy(b: OperationBuilder, boothId: string, o: Occupancy, ctx: ActionContext | null): void {
  const existing = b.get('assignments', boothId);
  if (o.kind === 'assigned') {
    b.update('booths', boothId, { status: 'assigned', claim: null });
    if (!existing || existing.exhibitorId !== o.exhibitorId) {
      const record: Assignment = {
        id: boothId,
        boothId,
        exhibitorId: o.exhibitorId,
        at: ctx?.at ?? new Date().toISOString(),
        by: (ctx?.by ?? '').slice(0, 200),
      };
      b.put('assignments', record);
    }
    return;
  }
  if (existing) b.remove('assignments', boothId);
  if (o.kind === 'available') b.update('booths', boothId, { status: 'available', claim: null });
  else b.update('booths', boothId, { status: o.kind, claim: o.claim });
}

export function exhibitorName(doc: Project, id: string | null): Bilingual {
  if (!id) return { zh: '', en: '' };
  return entryOf(doc.exhibitors, id)?.name ?? { zh: '', en: '' };
}

export function holderOf(doc: Project, exhibitorId: string | null): Holder {
  return { exhibitorId, name: exhibitorName(doc, exhibitorId) };
}

/** "广西科技 (Guangxi Tech)", or whichever name exists; "the organizer" for an anonymous hold. */
export function displayName(name: Bilingual, fallback = 'the organizer'): string {
  if (name.zh && name.en && name.zh !== name.en) return `${name.zh} (${name.en})`;
  return name.zh || name.en || fallback;
}

const STATE_PHRASE: Record<'booth-assigned' | 'booth-held' | 'booth-reserved', string> = {
  'booth-assigned': 'is already assigned to',
  'booth-held': 'is on hold for',
  'booth-reserved': 'is reserved for',
};

/** A refusal because someone holds the booth; the message names the holder. */
export function holderRefusal(doc: Project, booth: Booth, o: Occupancy): Refusal {
  if (o.kind === 'blocked') return boothRefusal('booth-blocked', booth, `Booth ${booth.number} is blocked`);
  const code = o.kind === 'assigned' ? 'booth-assigned' : o.kind === 'hold' ? 'booth-held' : 'booth-reserved';
  const holder = holderOf(doc, occupantId(o));
  const who = displayName(holder.name, holder.exhibitorId ?? 'the organizer');
  return {
    code,
    boothId: booth.id,
    boothNumber: booth.number,
    status: booth.status,
    holder,
    args: { booth: booth.number, holderZh: holder.name.zh, holderEn: holder.name.en, holderId: holder.exhibitorId ?? '' },
    message: `Booth ${booth.number} ${STATE_PHRASE[code as keyof typeof STATE_PHRASE]} ${who}`,
  };
}

export function boothRefusal(code: RefusalCode, booth: Pick<Booth, 'id' | 'number' | 'status'>, message: string): Refusal {
  return { code, boothId: booth.id, boothNumber: booth.number, status: booth.status, args: { booth: booth.number }, message };
}

export function plainRefusal(code: RefusalCode, message: string, args: Record<string, string> = {}): Refusal {
  return { code, args, message };
}

/** Booth ids without repeats, in the order given. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

/** Booth numbers for an undo label: the first few, then an ellipsis. */
export function boothList(booths: readonly Booth[], max = 4): string {
  const nums = booths.slice(0, max).map((b) => b.number);
  return booths.length > max ? `${nums.join(', ')}, …` : nums.join(', ');
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Refuses a context whose time would make the saved assignment record invalid. */
export function contextRefusal(ctx: ActionContext): Refusal | null {
  return IsoDateTime.safeParse(ctx.at).success ? null : plainRefusal('invalid-date', `"${ctx.at}" is not an ISO date-time`, { date: ctx.at });
}

/** Refuses a claim note longer than the schema allows. */
export function noteRefusal(note: string | undefined): Refusal | null {
  return note !== undefined && note.length > 2000 ? { ...plainRefusal('invalid', 'The note is longer than 2,000 characters'), problems: ['note: at most 2000 characters'] } : null;
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(s: string): boolean {
  const m = ISO_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}
