import { exhibitorIndex } from '../assignment/by-exhibitor';
import { exhibitorArgs } from '../assignment/commands';
import { contextRefusal, isCalendarDate, plainRefusal, setOccupancy } from '../assignment/occupancy';
import type { ActionContext, CommandResult, Refusal } from '../assignment/types';
import { Sale, SALES_STAGES, type SalesStage } from '../model/entities';
import type { Project } from '../model/project';
import { operation } from '../ops/build';
import { isSigned } from './stages';
import { entryOf } from '../model/project';

export const SALE_LABELS = {
  stage: 'sales.ops.stage',
  edit: 'sales.ops.edit',
} as const;

/** Where a cancelled exhibitor's booths go: back on sale, or held by the organizer for the waitlist. */
export type ReleaseTo = 'available' | 'waitlist';

/** The note on a booth held for the waitlist (the history and the inspector show it). */
export const WAITLIST_NOTE = 'waitlist';

export interface StageRequest {
  exhibitorIds: readonly string[];
  stage: SalesStage;
  /** The day the stage was reached, YYYY-MM-DD (recorded unless the stage already has a date). */
  date: string;
  /** Needed when cancelling exhibitors that hold booths; without it the command asks by refusing. */
  release?: ReleaseTo;
}

/**
 * Moves exhibitors' sales to a stage, keeping their booths in agreement with it, in one
 * operation: cancelling releases the booths (to available or held for the waitlist — the
 * caller must say which, else `booths-to-release` names the booths so the user can be asked);
 * a signed contract turns the exhibitor's holds and reservations into assignments.
 */
export function setSalesStage(doc: Project, req: StageRequest, ctx: ActionContext): CommandResult {
  const ids = [...new Set(req.exhibitorIds)];
  const refusals: Refusal[] = [];
  if (!ids.length) refusals.push(plainRefusal('unknown-exhibitor', 'No exhibitor was given'));
  for (const id of ids) if (!entryOf(doc.exhibitors, id)) refusals.push(plainRefusal('unknown-exhibitor', `Exhibitor ${id} does not exist`, { exhibitor: id }));
  if (!SALES_STAGES.includes(req.stage)) refusals.push({ ...plainRefusal('invalid', `Unknown sales stage ${String(req.stage)}`), problems: ['stage'] });
  if (!isCalendarDate(req.date)) refusals.push(plainRefusal('invalid-date', `"${req.date}" is not a date`, { date: req.date }));
  const c = contextRefusal(ctx);
  if (c) refusals.push(c);
  if (refusals.length) return { ok: false, refusals };

  const index = exhibitorIndex(doc);
  const first = doc.exhibitors[ids[0]!]!;
  const b = operation(doc, SALE_LABELS.stage, { count: ids.length, stage: req.stage, ...exhibitorArgs(doc, first.id) });
  const toRelease: string[] = [];
  for (const id of ids) {
    const ex = doc.exhibitors[id]!;
    const mine = index.byExhibitor.get(id);
    const booths = [...(mine?.assigned ?? []), ...(mine?.claimed ?? [])];
    if (req.stage === 'cancelled' && booths.length) {
      if (!req.release) {
        toRelease.push(...booths.map((x) => x.number));
        continue;
      }
      for (const booth of booths) {
        if (req.release === 'available') setOccupancy(b, booth.id, { kind: 'available' }, ctx);
        else setOccupancy(b, booth.id, { kind: 'hold', claim: { exhibitorId: null, until: null, note: WAITLIST_NOTE } }, ctx);
      }
    }
    if (isSigned(req.stage)) for (const booth of mine?.claimed ?? []) setOccupancy(b, booth.id, { kind: 'assigned', exhibitorId: id }, ctx);
    const dates = { ...ex.sale.dates };
    if (!dates[req.stage]) dates[req.stage] = req.date;
    b.update('exhibitors', id, { sale: { ...ex.sale, stage: req.stage, dates } });
  }
  if (toRelease.length) {
    return {
      ok: false,
      refusals: [{ code: 'booths-to-release', args: { count: String(toRelease.length), booths: toRelease.slice(0, 8).join(', ') }, message: `Cancelling releases booths ${toRelease.join(', ')}: say where they go` }],
    };
  }
  return { ok: true, op: b.build() };
}

/** Changes the money, reference or dates of one exhibitor's sale (the stage goes through `setSalesStage`). */
export function editSale(doc: Project, id: string, patch: Partial<Omit<Sale, 'stage'>>): CommandResult {
  const ex = entryOf(doc.exhibitors, id);
  if (!ex) return { ok: false, refusals: [plainRefusal('unknown-exhibitor', `Exhibitor ${id} does not exist`, { exhibitor: id })] };
  const parsed = Sale.safeParse({ ...ex.sale, ...patch, stage: ex.sale.stage });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'sale'}: ${i.message}`);
    return { ok: false, refusals: [{ ...plainRefusal('invalid', `Invalid sale: ${problems.join('; ')}`), problems }] };
  }
  return { ok: true, op: operation(doc, SALE_LABELS.edit, exhibitorArgs(doc, id)).update('exhibitors', id, { sale: parsed.data }).build() };
}
