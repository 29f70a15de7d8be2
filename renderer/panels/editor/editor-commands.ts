import type { AppCommand } from '../../app/shell/commands';
import { alignItems, distributeItems, type AlignMode } from '../../../shared/editing/arrange';
import { copyItems, duplicateItems, pasteItems } from '../../../shared/editing/clipboard';
import { deleteItems } from '../../../shared/editing/delete';
import { mergeBooths, splitBooth } from '../../../shared/editing/merge-split';
import { nudge, rotateItems, type NudgeDirection } from '../../../shared/editing/move';
import { checkLayout } from '../../../shared/editing/checks';
import { NUDGE_LARGE, NUDGE_SMALL } from '../../../shared/editing/limits';
import { isRefusal } from '../../../shared/editing/result';
import { editor } from '../../editor/instance';
import { refusalError } from '../../editor/host-errors';
import { clearSelection, select, sessionStore } from '../../editor/session-store';
import { selectionNow } from '../../editor/tools/controller';
import { runEdit } from '../../editor/tools/edit';
import { openEditorDialog, setTool, toolStore, type EditorTool } from '../../editor/tools/tool-store';
import { reportError } from '../common/notices';

export type EditorCommandId =
  | 'tool.select'
  | 'tool.pan'
  | 'tool.hall'
  | 'tool.booth'
  | 'tool.polygonBooth'
  | 'tool.block'
  | 'tool.facility'
  | 'tool.background'
  | 'edit.delete'
  | 'edit.copy'
  | 'edit.paste'
  | 'edit.duplicate'
  | 'edit.selectAll'
  | 'edit.nudgeLeft'
  | 'edit.nudgeRight'
  | 'edit.nudgeUp'
  | 'edit.nudgeDown'
  | 'edit.rotate'
  | 'edit.alignLeft'
  | 'edit.alignCentre'
  | 'edit.alignRight'
  | 'edit.alignTop'
  | 'edit.alignMiddle'
  | 'edit.alignBottom'
  | 'edit.distributeH'
  | 'edit.distributeV'
  | 'edit.merge'
  | 'edit.split'
  | 'edit.renumber'
  | 'layout.check'
  | 'help.shortcuts';

/** Shift held on the last key press: Shift+arrow nudges by 1 m (shortcuts match arrows either way). */
let shiftHeld = false;
if (typeof window !== 'undefined') {
  window.addEventListener('keydown', (e) => (shiftHeld = e.shiftKey), true);
  window.addEventListener('keyup', (e) => (shiftHeld = e.shiftKey), true);
}

/** Editor commands wait while an editor dialog or a pending name/distance prompt is open. */
function guarded(run: () => void): () => void {
  return () => {
    const s = toolStore.getState();
    if (s.dialog || s.pendingHall || s.pendingCalibration) return;
    run();
  };
}

const tool = (id: EditorCommandId, t: EditorTool, key: string | null): AppCommand => ({
  id,
  labelKey: `editor.commands.${id}`,
  shortcuts: key ? [{ key }] : [],
  needsProject: true,
  inTextFields: false,
  run: guarded(() => setTool(t)),
});

const edit = (id: EditorCommandId, shortcuts: AppCommand['shortcuts'], run: () => void): AppCommand => ({ id, labelKey: `editor.commands.${id}`, shortcuts, needsProject: true, inTextFields: false, run: guarded(run) });

const nudgeBy = (d: NudgeDirection) => () => runEdit((doc) => nudge(doc, selectionNow(), d, shiftHeld ? NUDGE_LARGE : NUDGE_SMALL));
const align = (m: AlignMode) => () => runEdit((doc) => alignItems(doc, selectionNow(), m));

/** Places the clipboard 1 m right and down of where it was copied (again for each paste). */
let pasteCount = 0;

export function runLayoutCheck(): void {
  const doc = editor.store.getState().doc;
  if (!doc) return;
  toolStore.setState({ problems: checkLayout(doc, { minAisle: toolStore.getState().minAisle }), focusedProblem: null });
}

/** The editor's commands, registered with the app's (toolbar, shortcuts, help). */
export const EDITOR_COMMANDS: AppCommand[] = [
  tool('tool.select', 'select', 'v'),
  tool('tool.pan', 'pan', 'h'),
  tool('tool.hall', 'hall', 'l'),
  tool('tool.booth', 'booth', 'b'),
  tool('tool.polygonBooth', 'polygon-booth', 'p'),
  { ...tool('tool.block', 'block', 'k'), run: guarded(() => openEditorDialog('block')) },
  tool('tool.facility', 'facility', 'f'),
  edit('tool.background', [], () => openEditorDialog('background')),
  edit('edit.delete', [{ key: 'Delete' }, { key: 'Backspace' }], () => {
    if (runEdit((doc) => deleteItems(doc, selectionNow())) === 'ok') {
      clearSelection();
      toolStore.setState({ facilitySelection: [] });
    }
  }),
  edit('edit.copy', [{ key: 'c', mod: true }], () => {
    const doc = editor.store.getState().doc;
    if (!doc) return;
    const clip = copyItems(doc, selectionNow());
    if (isRefusal(clip)) reportError('errors.title.edit', refusalError(clip));
    else {
      pasteCount = 0;
      toolStore.setState({ clipboard: clip });
    }
  }),
  edit('edit.paste', [{ key: 'v', mod: true }], () => {
    const clip = toolStore.getState().clipboard;
    if (!clip) return;
    pasteCount++;
    if (runEdit((doc) => pasteItems(doc, clip, { dx: pasteCount, dy: pasteCount })) === 'ok') selectCreated();
  }),
  edit('edit.duplicate', [{ key: 'd', mod: true }], () => {
    if (runEdit((doc) => duplicateItems(doc, selectionNow())) === 'ok') selectCreated();
  }),
  edit('edit.selectAll', [{ key: 'a', mod: true }], () => {
    const doc = editor.store.getState().doc;
    if (doc) select(Object.keys(doc.booths));
  }),
  edit('edit.nudgeLeft', [{ key: 'ArrowLeft' }], nudgeBy('left')),
  edit('edit.nudgeRight', [{ key: 'ArrowRight' }], nudgeBy('right')),
  edit('edit.nudgeUp', [{ key: 'ArrowUp' }], nudgeBy('up')),
  edit('edit.nudgeDown', [{ key: 'ArrowDown' }], nudgeBy('down')),
  edit('edit.rotate', [{ key: 'r' }], () => runEdit((doc) => rotateItems(doc, selectionNow(), 90))),
  edit('edit.alignLeft', [], align('left')),
  edit('edit.alignCentre', [], align('centre')),
  edit('edit.alignRight', [], align('right')),
  edit('edit.alignTop', [], align('top')),
  edit('edit.alignMiddle', [], align('middle')),
  edit('edit.alignBottom', [], align('bottom')),
  edit('edit.distributeH', [], () => runEdit((doc) => distributeItems(doc, selectionNow(), 'horizontal'))),
  edit('edit.distributeV', [], () => runEdit((doc) => distributeItems(doc, selectionNow(), 'vertical'))),
  edit('edit.merge', [{ key: 'm' }], () => {
    if (runEdit((doc) => mergeBooths(doc, sessionStore.getState().selection)) === 'ok') selectCreated();
  }),
  edit('edit.split', [], () => {
    const id = sessionStore.getState().selection[0];
    if (!id) return reportError('errors.title.edit', refusalError({ ok: false, reason: 'nothing-selected' }));
    if (runEdit((doc) => splitBooth(doc, id, 1, 2)) === 'ok') selectCreated();
  }),
  edit('edit.renumber', [], () => openEditorDialog('renumber')),
  edit('layout.check', [{ key: 'l', mod: true, shift: true }], runLayoutCheck),
  edit('help.shortcuts', [{ key: '?' }, { key: 'F1' }], () => openEditorDialog('shortcuts')),
];

function selectCreated(): void {
  const op = editor.store.getState().undoStack.at(-1);
  if (op) select(op.changes.flatMap((c) => (c.c === 'booths' && c.before === null ? [c.id] : [])));
}
