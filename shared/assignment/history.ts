import type { Assignment, Booth, BoothStatus, HistoryEntry } from '../model/entities';
import { newId } from '../model/ids';
import type { Project } from '../model/project';
import type { Operation } from '../ops/operation';
import { OP_LABELS } from './labels';
import type { ActionContext } from './types';
import { entryOf } from '../model/project';

interface BoothState {
  status: BoothStatus | null;
  /** Assigned exhibitor, or the claim's exhibitor for hold/reserved. */
  exhibitorId: string | null;
  until: string | null;
  note: string;
  number: string;
}

function stateOf(booth: Booth | null, assignment: Assignment | null): BoothState {
  if (!booth) return { status: null, exhibitorId: assignment?.exhibitorId ?? null, until: null, note: '', number: '' };
  const claimed = booth.status === 'hold' || booth.status === 'reserved';
  return {
    status: booth.status,
    exhibitorId: booth.status === 'assigned' ? (assignment?.exhibitorId ?? null) : claimed ? (booth.claim?.exhibitorId ?? null) : null,
    until: booth.claim?.until ?? null,
    note: booth.claim?.note ?? '',
    number: booth.number,
  };
}

function detail(number: string, until?: string | null, note?: string): string {
  const parts = [number];
  if (until) parts.push(`until ${until}`);
  if (note) parts.push(note);
  return parts.join(' · ').slice(0, 2000);
}

const isClaim = (s: BoothStatus | null): s is 'hold' | 'reserved' => s === 'hold' || s === 'reserved';

/**
 * The history entries an applied operation adds, derived from how each touched booth's
 * status and assignment changed (so undo and redo are recorded like any other change: undoing
 * an assignment appends an `unassign`). Booth geometry or fascia edits add nothing. Releases by
 * `expireHolds` are recorded as `expire`.
 *
 * `doc` is the project before or after the operation (only unchanged records are read from it).
 * The history is an audit log outside undo: append these with `appendHistory` after applying.
 */
export function historyEntriesFor(op: Operation, doc: Project, ctx: ActionContext): HistoryEntry[] {
  const boothChanges = new Map<string, { before: Booth | null; after: Booth | null }>();
  const assignmentChanges = new Map<string, { before: Assignment | null; after: Assignment | null }>();
  const order: string[] = [];
  const note = (id: string) => {
    if (!boothChanges.has(id) && !assignmentChanges.has(id)) order.push(id);
  };
  for (const ch of op.changes) {
    if (ch.c === 'booths') {
      note(ch.id);
      boothChanges.set(ch.id, { before: ch.before, after: ch.after });
    } else if (ch.c === 'assignments') {
      note(ch.id);
      assignmentChanges.set(ch.id, { before: ch.before, after: ch.after });
    }
  }
  const releaseAction = op.label === OP_LABELS.expireHolds ? 'expire' : 'release';
  const out: HistoryEntry[] = [];
  const push = (action: HistoryEntry['action'], boothId: string, exhibitorId: string | null, d: string) =>
    out.push({ id: newId('h'), at: ctx.at, by: ctx.by.slice(0, 200), action, boothId, exhibitorId, detail: d });

  for (const id of order) {
    const bc = boothChanges.get(id);
    const ac = assignmentChanges.get(id);
    const unchangedBooth = entryOf(doc.booths, id) ?? null;
    const unchangedAssignment = entryOf(doc.assignments, id) ?? null;
    const before = stateOf(bc ? bc.before : unchangedBooth, ac ? ac.before : unchangedAssignment);
    const after = stateOf(bc ? bc.after : unchangedBooth, ac ? ac.after : unchangedAssignment);
    const number = after.number || before.number || id;

    const wasAssigned = before.status === 'assigned' || (before.status === null && before.exhibitorId !== null);
    const isAssigned = after.status === 'assigned';
    if (wasAssigned && (!isAssigned || after.exhibitorId !== before.exhibitorId)) push('unassign', id, before.exhibitorId, detail(number));

    // A claim that ends without passing to the same exhibitor (hold → reserved → assigned) is a release.
    if (isClaim(before.status)) {
      const continues = (isClaim(after.status) || isAssigned) && after.exhibitorId === before.exhibitorId;
      if (!continues) push(releaseAction, id, before.exhibitorId, detail(number, before.until, before.note));
    }
    if (before.status === 'blocked' && after.status !== 'blocked') push('unblock', id, null, detail(number));
    if (after.status === 'blocked' && before.status !== 'blocked') push('block', id, null, detail(number, null, after.note));

    if (isClaim(after.status)) {
      const same =
        before.status === after.status &&
        before.exhibitorId === after.exhibitorId &&
        before.until === after.until &&
        before.note === after.note;
      if (!same) push(after.status === 'hold' ? 'hold' : 'reserve', id, after.exhibitorId, detail(number, after.until, after.note));
    }
    if (isAssigned && (!wasAssigned || after.exhibitorId !== before.exhibitorId)) push('assign', id, after.exhibitorId, detail(number));
  }
  return out;
}

/** The project with entries appended to its history (a new object; the input is not changed). */
export function appendHistory(doc: Project, entries: readonly HistoryEntry[]): Project {
  if (entries.length === 0) return doc;
  return { ...doc, history: [...doc.history, ...entries] };
}

/** A booth's history, oldest first. */
export function historyForBooth(doc: Project, boothId: string): HistoryEntry[] {
  return doc.history.filter((h) => h.boothId === boothId);
}

/** An exhibitor's history across all booths, oldest first. */
export function historyForExhibitor(doc: Project, exhibitorId: string): HistoryEntry[] {
  return doc.history.filter((h) => h.exhibitorId === exhibitorId);
}
