import { acceptProposal, withoutPlacements, type AcceptSelection } from '../../../shared/allocation/accept';
import type { AllocationMethod, Proposal } from '../../../shared/allocation/types';
import { actionContext } from '../../editor/assignment/user';
import { runEdit } from '../../editor/edit-runner';
import { editor } from '../../editor/instance';
import { patchAllocation, sessionStore } from '../../editor/session-store';
import { AllocationCancelled, runAllocation, type AllocationRun } from './run-allocation';

/**
 * What the allocation commands and the panel's buttons do. The proposal lives in the session
 * store (never saved, never undone); accepting goes through `runEdit` like every other change,
 * as one operation, so one undo takes a whole accept back.
 */

/** The worker of the proposal being made, if any (a handle, not state: nothing renders it). */
let current: AllocationRun | null = null;

const state = () => sessionStore.getState().allocation;

// A project switch resets the session; a run still going for the old show is stopped.
sessionStore.subscribe((s) => {
  if (current && !s.allocation.running) {
    const run = current;
    current = null;
    run.cancel();
  }
});

export function isRunning(): boolean {
  return state().running !== null;
}

export function hasProposal(): boolean {
  return state().proposal !== null;
}

/** Starts a proposal for the exhibitors without space, in a worker; progress and the result land in the session store. */
export function startAllocation(method: AllocationMethod): void {
  const doc = editor.store.getState().doc;
  if (!doc || current) return;
  const { hallId, seconds } = state();
  const run = runAllocation({ doc, method, hallId, seconds, seed: 1 }, (done, phase) => {
    if (current === run) patchAllocation({ running: { method, done, phase } });
  });
  current = run;
  patchAllocation({ running: { method, done: 0, phase: 'prepare' }, proposal: null, note: null });
  run.result.then(
    (proposal) => {
      if (current !== run) return;
      current = null;
      patchAllocation({ running: null, proposal });
    },
    (e: unknown) => {
      if (current !== run) return;
      current = null;
      const note = e instanceof AllocationCancelled ? { kind: 'cancelled' as const, count: 0 } : { kind: 'failed' as const, count: 0, message: (e as Error).message };
      patchAllocation({ running: null, note });
    },
  );
}

export function cancelAllocation(): void {
  current?.cancel();
}

/**
 * Assigns the proposal's placements chosen by `sel` (all, one hall, some exhibitors) in one
 * operation. Placements whose booths or exhibitor changed since the proposal are skipped and
 * counted; what was accepted or skipped leaves the proposal.
 */
export function acceptPlacements(sel: AcceptSelection): void {
  const proposal = state().proposal;
  if (!proposal) return;
  let accepted: string[] = [];
  let stale: string[] = [];
  const outcome = runEdit((doc) => {
    const res = acceptProposal(doc, proposal, sel, actionContext());
    accepted = res.accepted.map((p) => p.exhibitorId);
    stale = res.stale.map((p) => p.exhibitorId);
    // Nothing left to accept: an empty operation, so nothing reaches the document or the undo stack.
    return res.op ?? { id: 'op_none', label: 'ops.acceptAllocation', labelArgs: { count: 0 }, changes: [] };
  });
  if (!outcome.ok) return; // reported by the runner; the proposal stays as it was
  const gone = new Set([...accepted, ...stale]);
  const rest: Proposal = withoutPlacements(proposal, gone);
  patchAllocation({
    proposal: rest.placements.length || rest.leftOut.length ? rest : null,
    note: accepted.length ? { kind: 'accepted', count: accepted.length } : { kind: 'stale', count: stale.length },
  });
}

export function rejectProposal(): void {
  if (!hasProposal()) return;
  patchAllocation({ proposal: null, note: { kind: 'rejected', count: 0 } });
}

export function setAllocationScope(patch: { hallId?: string | null; seconds?: number }): void {
  patchAllocation(patch);
}
