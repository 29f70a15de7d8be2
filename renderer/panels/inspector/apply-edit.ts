import type { Operation } from '../../../shared/ops/operation';
import type { Project } from '../../../shared/model/project';
import { isRefusal, type EditResult } from '../../../shared/editing/result';
import { editor } from '../../editor/instance';
import { refusalError, toUiError } from '../../editor/host-errors';
import { reportError } from '../common/notices';

/**
 * Runs an editing command against the current document and applies its operation; a
 * refusal (or a refused apply) is reported in the user's language and changes nothing.
 */
export function applyEdit(build: (doc: Project) => EditResult): boolean {
  const doc = editor.store.getState().doc;
  if (!doc) return false;
  let op: Operation;
  try {
    const result = build(doc);
    if (isRefusal(result)) {
      reportError('errors.title.edit', refusalError(result));
      return false;
    }
    op = result;
  } catch (e) {
    reportError('errors.title.edit', toUiError(e));
    return false;
  }
  const err = editor.apply(op);
  if (err) {
    reportError('errors.title.edit', err);
    return false;
  }
  return true;
}
