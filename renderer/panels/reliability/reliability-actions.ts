import type { ReapplyResult, Result } from '../../../shared/ipc/contract';
import type { Operation } from '../../../shared/ops/operation';
import { api } from '../../app/api/client';
import { fileNameFor, resolvePathChoice, switchTo } from '../project/project-actions';
import { editor } from '../../editor/instance';
import { toUiError, type UiError } from '../../editor/host-errors';
import { reportError } from '../../editor/notices';
import { reliabilityStore, showReliabilityDialog, type LeftOutChange } from './reliability-state';

/** Runs a dialog's action with its buttons marked busy; failures are reported under `titleKey`. */
async function running<T>(titleKey: string, work: () => Promise<Result<T>>): Promise<{ value: T } | null> {
  reliabilityStore.setState({ busy: true });
  try {
    const res = await work();
    if (res.ok) return { value: res.value };
    reportError(titleKey, res.error);
  } catch (e) {
    reportError(titleKey, toUiError(e));
  } finally {
    reliabilityStore.setState({ busy: false });
  }
  return null;
}

/** Takes the host's reloaded show and tells the user what did not fit, if anything. */
function adopt(result: ReapplyResult, sent: readonly string[]): void {
  const dropped = editor.adoptReapplied(result, sent);
  const leftOut: LeftOutChange[] = [
    ...result.rejected.map((r) => ({ id: r.opId, label: r.label, labelArgs: r.labelArgs, details: r.details })),
    ...dropped.map((op: Operation) => ({ id: op.id, label: op.label, labelArgs: op.labelArgs, details: [] })),
  ];
  showReliabilityDialog(leftOut.length > 0 ? { kind: 'left-out', changes: leftOut } : null);
}

/** Applies the unsaved changes of an earlier session to the show and saves it. */
export async function restoreUnsaved(handle: string): Promise<void> {
  // Whatever no longer fits is left out and listed, rather than refusing all of it.
  const result = await running('reliability.errors.restore', () => api().restoreUnsaved({ handle, partial: true }));
  if (result && editor.store.getState().handle === handle) adopt(result.value, []);
}

export async function discardUnsaved(handle: string): Promise<void> {
  const done = await running('reliability.errors.discard', () => api().discardUnsaved({ handle }));
  if (done) showReliabilityDialog(null);
}

/** After a conflict: the show as it is on disk now, with this window's pending edits on top. */
export async function reloadAndReapply(): Promise<void> {
  // Let a commit on its way finish first, so the queue read here is all that is pending.
  await editor.flush();
  const s = editor.store.getState();
  if (!s.handle) return;
  const handle = s.handle;
  const ops = [...s.queue];
  const result = await running('reliability.errors.reload', () => api().reloadAndReapply({ handle, ops }));
  if (result && editor.store.getState().handle === handle) adopt(result.value, ops.map((op) => op.id));
}

/**
 * After a conflict: this window's version goes to a new file (the other person's stays where
 * it is), then the pending edits are written there.
 */
export async function saveMyVersionAsCopy(fallbackName: string): Promise<void> {
  const s = editor.store.getState();
  if (!s.handle || !s.doc) return;
  const handle = s.handle;
  const current = s.path ? (s.path.split(/[\\/]/).pop() ?? '') : '';
  const suggestedName = current ? current.replace(/(\.pavilion\.json)$/i, '-copy$1') : fileNameFor(s.doc.settings.name, fallbackName);
  reliabilityStore.setState({ busy: true });
  let path: string | null = null;
  try {
    path = await resolvePathChoice(await api().chooseProjectSaveLocation({ suggestedName }), 'save', suggestedName);
  } catch (e) {
    reportError('errors.title.saveAs', toUiError(e));
  }
  reliabilityStore.setState({ busy: false });
  if (!path) return;
  const target = path;
  const saved = await running('errors.title.saveAs', () => api().saveProjectAs({ handle, path: target }));
  if (!saved) return;
  editor.rebind(saved.value);
  if (saved.value.handle !== handle) void api().closeProject({ handle }).catch(() => undefined);
  showReliabilityDialog(null);
  if (!(await editor.flush())) {
    const e: UiError = editor.store.getState().saveError ?? { code: 'unexpected' };
    reportError('errors.title.save', e);
  }
}

/** Opens a show someone else holds, without the right to save. */
export async function openReadOnly(path: string): Promise<void> {
  showReliabilityDialog(null);
  await switchTo(() => api().openProject({ path, readOnly: true }), 'errors.title.open');
}

/** Opens a show for editing although someone else's marker says they have it open. */
export async function openAnyway(path: string): Promise<void> {
  showReliabilityDialog(null);
  await switchTo(() => api().openProject({ path, takeOver: true }), 'errors.title.open');
}

export async function openBackup(backupPath: string): Promise<void> {
  showReliabilityDialog(null);
  await switchTo(() => api().openBackup({ path: backupPath }), 'reliability.errors.openBackup');
}

/** Puts the backup in place of the show; the host keeps the replaced file beside it. */
export async function restoreBackup(path: string, backupPath: string): Promise<void> {
  showReliabilityDialog(null);
  await switchTo(() => api().restoreBackup({ path, backup: backupPath }), 'reliability.errors.restoreBackup');
}
