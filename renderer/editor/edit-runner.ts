import type { CommandResult, Refusal as AssignmentRefusal } from '../../shared/assignment/types';
import { isRefusal, type Refusal } from '../../shared/editing/result';
import type { Project } from '../../shared/model/project';
import type { Operation } from '../../shared/ops/operation';
import { refusalError, toUiError, type UiError } from './host-errors';
import { editor } from './instance';
import { reportError } from './notices';

/** What a command built: an operation, an editing refusal, or an assignment command's result. */
export type Built = Operation | Refusal | CommandResult;

/** Entities an applied operation created, by kind: the selection a command leaves behind. */
export interface Created {
  booths: string[];
  facilities: string[];
  halls: string[];
}

export type EditRun =
  | { ok: true; op: Operation; created: Created }
  /** An assignment command declined: every booth that stood in the way (shown as a list). */
  | { ok: false; refusals: AssignmentRefusal[] }
  /** An editing command declined (reported already unless `quiet`). */
  | { ok: false; refusal: Refusal }
  | { ok: false; error: UiError };

export interface RunOptions {
  /** Leave reporting to the caller (panels that show refusals inline). */
  quiet?: boolean;
}

/** Ids the operation brought into being (before null, after set). */
export function createdBy(op: Operation): Created {
  const out: Created = { booths: [], facilities: [], halls: [] };
  for (const ch of op.changes) {
    if (ch.c === 'settings' || ch.before !== null || ch.after === null) continue;
    if (ch.c === 'booths' || ch.c === 'facilities' || ch.c === 'halls') out[ch.c].push(ch.id);
  }
  return out;
}

/**
 * The one way a change reaches the document: the toolbar, context menu, shortcuts, canvas
 * gestures, inspector forms, dialogs and the import wizard all build an operation (or a
 * refusal) from the current document and hand it here. One operation = one undo step, one
 * commit to the host; a refusal or an error changes nothing and is said in the user's language.
 */
export function runEdit(build: (doc: Project) => Built, opts: RunOptions = {}): EditRun {
  const s = editor.store.getState();
  const fail = (error: UiError): EditRun => {
    if (!opts.quiet) reportError('errors.title.edit', error);
    return { ok: false, error };
  };
  if (!s.doc) return fail({ code: 'unexpected', details: ['no project is open'] });
  if (s.readOnly) return fail({ code: 'read-only' });
  let built: Built;
  try {
    built = build(s.doc);
  } catch (e) {
    return fail(toUiError(e));
  }
  let op: Operation;
  if (isRefusal(built)) {
    if (!opts.quiet) reportError('errors.title.edit', refusalError(built));
    return { ok: false, refusal: built };
  }
  if ('ok' in built) {
    if (!built.ok) return { ok: false, refusals: built.refusals };
    op = built.op;
  } else op = built;
  const err = editor.apply(op);
  if (err) return fail(err);
  return { ok: true, op, created: createdBy(op) };
}
