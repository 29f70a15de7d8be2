import { describe, expect, it } from 'vitest';
import {
  appendHistory,
  assignBooths,
  blockBooths,
  expireHolds,
  historyEntriesFor,
  historyForBooth,
  historyForExhibitor,
  holdBooths,
  moveExhibitor,
  reserveBooths,
  swapBooths,
  unblockBooths,
} from '../../../shared/assignment';
import { deleteExhibitors } from '../../../shared/exhibitors';
import { HistoryEntry } from '../../../shared/model/entities';
import type { Project } from '../../../shared/model/project';
import { operation } from '../../../shared/ops/build';
import { applyOperation, invertOperation, type Operation } from '../../../shared/ops/operation';
import type { CommandResult } from '../../../shared/assignment/types';
import { CTX, addExhibitor, buildShow } from './support/show';

/** What the editor store does: apply, then append the history derived from the operation. */
function commit(doc: Project, op: Operation, by = CTX.by): Project {
  const next = applyOperation(doc, op);
  return appendHistory(next, historyEntriesFor(op, next, { by, at: CTX.at }));
}

function opOf(res: CommandResult): Operation {
  if (!res.ok) throw new Error(res.refusals[0]!.message);
  return res.op;
}

const summary = (doc: Project) => doc.history.map((h) => `${h.action} ${h.boothId} ${h.exhibitorId ?? '-'}`);

function show() {
  const doc = buildShow();
  addExhibitor(doc, { id: 'ex_a' });
  addExhibitor(doc, { id: 'ex_b' });
  return doc;
}

describe('historyEntriesFor', () => {
  it('records hold → reserve → assign as three steps, no releases in between', () => {
    let doc = show();
    doc = commit(doc, opOf(holdBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1'], until: '2026-10-01', note: 'deposit' }, CTX)));
    doc = commit(doc, opOf(reserveBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1'] }, CTX)));
    doc = commit(doc, opOf(assignBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1'] }, CTX)));
    expect(summary(doc)).toEqual(['hold b1 ex_a', 'reserve b1 ex_a', 'assign b1 ex_a']);
    expect(doc.history[0]).toMatchObject({ by: CTX.by, at: CTX.at, detail: 'A01 · until 2026-10-01 · deposit' });
    for (const h of doc.history) expect(HistoryEntry.safeParse(h).success).toBe(true);
  });

  it('appends an unassign when an assignment is undone, and keeps the earlier entries', () => {
    let doc = show();
    const op = opOf(assignBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1', 'b2'] }, CTX));
    doc = commit(doc, op);
    doc = commit(doc, invertOperation(op), 'Zhang');
    expect(summary(doc)).toEqual(['assign b1 ex_a', 'assign b2 ex_a', 'unassign b2 ex_a', 'unassign b1 ex_a']);
    expect(doc.history[3]!.by).toBe('Zhang');
    expect(doc.assignments).toEqual({});
    // Redo records the assignment again.
    doc = commit(doc, op);
    expect(summary(doc).slice(4)).toEqual(['assign b1 ex_a', 'assign b2 ex_a']);
  });

  it('undoing an assignment taken from a reservation restores the reservation in the log', () => {
    let doc = show();
    doc = commit(doc, opOf(reserveBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1'] }, CTX)));
    const op = opOf(assignBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1'] }, CTX));
    doc = commit(doc, op);
    doc = commit(doc, invertOperation(op));
    expect(summary(doc)).toEqual(['reserve b1 ex_a', 'assign b1 ex_a', 'unassign b1 ex_a', 'reserve b1 ex_a']);
  });

  it('records expiry as expire, and moves and swaps as unassign + assign', () => {
    let doc = show();
    doc = commit(doc, opOf(holdBooths(doc, { exhibitorId: 'ex_b', boothIds: ['b3'], until: '2026-09-05' }, CTX)));
    doc = commit(doc, expireHolds(doc, '2026-09-06').op!);
    expect(summary(doc).at(-1)).toBe('expire b3 ex_b');
    doc = commit(doc, opOf(assignBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1'] }, CTX)));
    doc = commit(doc, opOf(assignBooths(doc, { exhibitorId: 'ex_b', boothIds: ['b2'] }, CTX)));
    const start = doc.history.length;
    doc = commit(doc, opOf(moveExhibitor(doc, { exhibitorId: 'ex_a', from: 'b1', to: 'b5' }, CTX)));
    expect(summary(doc).slice(start)).toEqual(['unassign b1 ex_a', 'assign b5 ex_a']);
    const s2 = doc.history.length;
    doc = commit(doc, opOf(swapBooths(doc, { a: 'b5', b: 'b2' }, CTX)));
    expect(summary(doc).slice(s2)).toEqual(['unassign b5 ex_a', 'assign b5 ex_b', 'unassign b2 ex_b', 'assign b2 ex_a']);
  });

  it('records block, unblock and releases caused by deleting an exhibitor', () => {
    let doc = show();
    doc = commit(doc, opOf(blockBooths(doc, { boothIds: ['b9'], note: 'pillar' })));
    doc = commit(doc, opOf(unblockBooths(doc, { boothIds: ['b9'] })));
    doc = commit(doc, opOf(assignBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1'] }, CTX)));
    doc = commit(doc, opOf(holdBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b2'], until: null }, CTX)));
    doc = commit(doc, opOf(deleteExhibitors(doc, ['ex_a'])));
    expect(summary(doc)).toEqual(['block b9 -', 'unblock b9 -', 'assign b1 ex_a', 'hold b2 ex_a', 'unassign b1 ex_a', 'release b2 ex_a']);
    expect(doc.history[0]!.detail).toBe('A09 · pillar');
  });

  it('adds nothing for edits that do not touch status or assignment', () => {
    const doc = show();
    const op = operation(doc, 'ops.moveBooths').update('booths', 'b1', { shape: { type: 'rect', x: 50, y: 30, w: 3, h: 3, rotation: 0 } }).build();
    expect(historyEntriesFor(op, applyOperation(doc, op), CTX)).toEqual([]);
  });

  it('records the deletion of an assigned booth as unassign', () => {
    let doc = show();
    doc = commit(doc, opOf(assignBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1'] }, CTX)));
    const op = operation(doc, 'ops.deleteBooths').remove('assignments', 'b1').remove('booths', 'b1').build();
    expect(historyEntriesFor(op, doc, CTX).map((h) => h.action)).toEqual(['unassign']);
  });
});

describe('history queries', () => {
  it('filters by booth and by exhibitor, oldest first', () => {
    let doc = show();
    doc = commit(doc, opOf(assignBooths(doc, { exhibitorId: 'ex_a', boothIds: ['b1'] }, CTX)));
    doc = commit(doc, opOf(holdBooths(doc, { exhibitorId: 'ex_b', boothIds: ['b2'], until: null }, CTX)));
    doc = commit(doc, opOf(swapBooths(doc, { a: 'b1', b: 'b2' }, CTX)));
    expect(historyForBooth(doc, 'b1').map((h) => h.action)).toEqual(['assign', 'unassign', 'hold']);
    expect(historyForExhibitor(doc, 'ex_b').map((h) => `${h.action} ${h.boothId}`)).toEqual(['hold b2', 'hold b1', 'release b2']);
  });
});
