import type { CommandResult, Refusal } from '../../../shared/assignment/types';
import type { Project } from '../../../shared/model/project';
import type { UiError } from '../host-errors';
import { toUiError } from '../host-errors';
import { editor } from '../instance';

export type CommandOutcome = { ok: true } | { ok: false; refusals: Refusal[] } | { ok: false; error: UiError };

/**
 * Runs an assignment or exhibitor command on the current document and applies its one
 * operation (one undo step). A refusal changes nothing and comes back for the caller to show.
 */
export function runCommand(build: (doc: Project) => CommandResult): CommandOutcome {
  const doc = editor.store.getState().doc;
  if (!doc) return { ok: false, error: { code: 'unexpected', details: ['no project is open'] } };
  if (editor.store.getState().readOnly) return { ok: false, error: { code: 'read-only' } };
  let result: CommandResult;
  try {
    result = build(doc);
  } catch (e) {
    return { ok: false, error: toUiError(e) };
  }
  if (!result.ok) return { ok: false, refusals: result.refusals };
  const err = editor.apply(result.op);
  return err ? { ok: false, error: err } : { ok: true };
}
