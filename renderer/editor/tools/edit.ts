import type { Project } from '../../../shared/model/project';
import { isRefusal, type EditResult, type Refusal } from '../../../shared/editing/result';
import { editor } from '../instance';
import { refusalError, toUiError } from '../host-errors';
import { reportError } from '../../panels/common/notices';

/**
 * Runs an editing command on the current document and applies its one operation. A refusal
 * is reported in the user's language and returned; the document is then unchanged.
 */
export function runEdit(build: (doc: Project) => EditResult): Refusal | 'ok' | 'failed' {
  const doc = editor.store.getState().doc;
  if (!doc) return 'failed';
  let result: EditResult;
  try {
    result = build(doc);
  } catch (e) {
    reportError('errors.title.edit', toUiError(e));
    return 'failed';
  }
  if (isRefusal(result)) {
    reportError('errors.title.edit', refusalError(result));
    return result;
  }
  const err = editor.apply(result);
  if (err) {
    reportError('errors.title.edit', err);
    return 'failed';
  }
  return 'ok';
}
