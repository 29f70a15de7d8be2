import type { DocumentStore } from '../../editor/document-store';
import { reliabilityStore, showReliabilityDialog } from './reliability-state';

/**
 * Turns a commit the host refused because the file moved on (written by someone else, or by
 * another window) into the conflict dialog. Edits that merely do not fit any more stay an
 * ordinary save error. Returns the unsubscribe function.
 */
export function watchConflicts(ed: DocumentStore): () => void {
  return ed.store.subscribe((s, prev) => {
    const err = s.saveError;
    if (!err || err === prev.saveError || err.code !== 'conflict' || !s.handle) return;
    const info = err.conflict;
    if (!info || (info.reason !== 'changed-on-disk' && info.reason !== 'stale-base' && info.reason !== 'taken-over')) return;
    if (reliabilityStore.getState().dialog) return;
    showReliabilityDialog({ kind: 'conflict', handle: s.handle, info });
  });
}
