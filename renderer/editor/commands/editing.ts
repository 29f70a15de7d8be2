import { expiredHolds } from '../../../shared/assignment/claims';
import { alignItems, distributeItems, type AlignMode } from '../../../shared/editing/arrange';
import { checkLayout } from '../../../shared/editing/checks';
import { copyItems } from '../../../shared/editing/clipboard';
import { deleteItems } from '../../../shared/editing/delete';
import { hallContents } from '../../../shared/editing/hall-contents';
import { deleteHall } from '../../../shared/editing/site';
import { NUDGE_LARGE, NUDGE_SMALL } from '../../../shared/editing/limits';
import { mergeBooths, splitBooth } from '../../../shared/editing/merge-split';
import { nudge, rotateItems, type NudgeDirection } from '../../../shared/editing/move';
import { pasteAt, pasteBeside } from '../../../shared/editing/paste-place';
import { isRefusal } from '../../../shared/editing/result';
import { boothsInHall } from '../../../shared/editing/scene';
import type { CommandId } from '../../../shared/commands/catalog';
import { localToday } from '../assignment/user';
import { runEdit, type EditRun } from '../edit-runner';
import { refusalError } from '../host-errors';
import { editor } from '../instance';
import { reportError } from '../notices';
import { askConfirm, clearSelection, openEditorDialog, select, selectionNow, sessionStore } from '../session-store';
import { setTool, startAlign, toolStore, type EditorTool } from '../tools/tool-store';
import { hallsWithVectorDrawing, openConvertDialog } from '../../cad/convert-store';
import { registerCommands, type CommandBehaviour, type CommandContext } from './registry';

const hasSelection = (): boolean => {
  const s = sessionStore.getState();
  return s.selection.length + s.facilities.length > 0;
};
const writable = (): boolean => !editor.store.getState().readOnly;
const selected = (min: number) => (): boolean => writable() && selectionNow().boothIds.length + selectionNow().facilityIds.length >= min;

/** Selects what a command created (a paste, a merge, a split), else keeps the selection. */
function selectCreated(r: EditRun): void {
  if (r.ok && (r.created.booths.length || r.created.facilities.length)) select(r.created.booths, r.created.facilities);
}

/** Editor tools wait while a drawn hall or a calibration waits for its dialog. */
const toolFree = (): boolean => {
  const s = toolStore.getState();
  return !s.pendingHall && !s.pendingCalibration;
};

/** Some venue drawing (a hall's or the site's) that is not locked. */
const hasUnlockedDrawing = (): boolean => {
  const doc = editor.store.getState().doc;
  if (!doc) return false;
  if (doc.settings.site.drawing && !doc.settings.site.drawing.locked) return true;
  return Object.values(doc.halls).some((h) => h.background && !h.background.locked);
};

const tool = (t: EditorTool): CommandBehaviour => ({ enabled: () => toolFree() && (t === 'select' || t === 'pan' || writable()), run: () => setTool(t) });
const edit = (run: (ctx: CommandContext) => void, enabled: () => boolean = () => writable() && hasSelection()): CommandBehaviour => ({ enabled, run });

const nudgeBy = (d: NudgeDirection) => edit((ctx) => runEdit((doc) => nudge(doc, selectionNow(), d, ctx.shift ? NUDGE_LARGE : NUDGE_SMALL)));
const align = (m: AlignMode) => edit(() => runEdit((doc) => alignItems(doc, selectionNow(), m)), selected(2));
const distribute = (axis: 'horizontal' | 'vertical') => edit(() => runEdit((doc) => distributeItems(doc, selectionNow(), axis)), selected(3));

export function runLayoutCheck(): void {
  const doc = editor.store.getState().doc;
  if (!doc) return;
  toolStore.setState({ problems: checkLayout(doc, { minAisle: toolStore.getState().minAisle }), focusedProblem: null });
}

/** Booths among the selection that someone holds: deleting them frees those exhibitors. */
function claimedAmong(boothIds: readonly string[]): number {
  const doc = editor.store.getState().doc;
  if (!doc) return 0;
  return boothIds.filter((id) => doc.booths[id]?.claim || doc.assignments[id]).length;
}

/** The hall a hall-wide command means: the one right-clicked, else the selection's, else the one on screen. */
export function subjectHall(ctx: CommandContext): string | null {
  if (ctx.target?.hallId) return ctx.target.hallId;
  const doc = editor.store.getState().doc;
  const s = sessionStore.getState();
  const first = s.selection[0] ? doc?.booths[s.selection[0]] : undefined;
  if (first) return first.hallId;
  const fac = s.facilities[0] ? doc?.facilities[s.facilities[0]] : undefined;
  if (fac) return fac.hallId;
  return s.viewHall;
}

/** Runs at once, or first asks (and returns) when `ask` opened a confirmation; re-run with `confirmed`. */
const confirmThen = (ctx: CommandContext, ask: () => boolean, run: () => void): void => {
  if (!ctx.confirmed && ask()) return;
  askConfirm(null);
  run();
};

const EDITING: Partial<Record<CommandId, CommandBehaviour>> = {
  'tool.select': tool('select'),
  'tool.pan': tool('pan'),
  'tool.hall': tool('hall'),
  'tool.booth': tool('booth'),
  'tool.polygonBooth': tool('polygon-booth'),
  'tool.block': { enabled: () => toolFree() && writable(), run: () => openEditorDialog('block') },
  'tool.facility': tool('facility'),
  'tool.background': { enabled: () => toolFree() && writable(), run: () => openEditorDialog('background') },
  'tool.convertDrawing': { enabled: () => toolFree() && writable() && hallsWithVectorDrawing(editor.store.getState().doc).length > 0, run: (ctx) => openConvertDialog(subjectHall(ctx)) },
  // The first click picks the drawing: the hall's under the pointer, else the site drawing.
  'tool.alignDrawing': { enabled: () => toolFree() && writable() && hasUnlockedDrawing(), run: () => startAlign(undefined) },
  'edit.delete': edit((ctx) =>
    confirmThen(
      ctx,
      () => {
        const n = claimedAmong(selectionNow().boothIds);
        if (n === 0) return false;
        askConfirm({ commandId: 'edit.delete', titleKey: 'editor.confirm.deleteClaimedTitle', bodyKey: 'editor.confirm.deleteClaimed', args: { count: n } });
        return true;
      },
      () => {
        if (runEdit((doc) => deleteItems(doc, selectionNow())).ok) clearSelection();
      },
    ),
  ),
  'edit.copy': edit(() => {
    const doc = editor.store.getState().doc;
    if (!doc) return;
    const clip = copyItems(doc, selectionNow());
    if (isRefusal(clip)) reportError('errors.title.edit', refusalError(clip));
    else toolStore.setState({ clipboard: clip, pastes: 0 });
  }, hasSelection),
  'edit.paste': edit(
    (ctx) => {
      const clip = toolStore.getState().clipboard;
      if (!clip) return;
      const target = ctx.target;
      if (target?.hallId && target.at) {
        const hallId = target.hallId;
        const at = target.at;
        selectCreated(runEdit((doc) => pasteAt(doc, clip, hallId, at)));
        return;
      }
      const nth = toolStore.getState().pastes + 1;
      const r = runEdit((doc) => pasteBeside(doc, clip, nth));
      if (r.ok) toolStore.setState({ pastes: nth });
      selectCreated(r);
    },
    () => writable() && toolStore.getState().clipboard !== null,
  ),
  'edit.duplicate': edit(() => {
    const doc = editor.store.getState().doc;
    if (!doc) return;
    const clip = copyItems(doc, selectionNow());
    if (isRefusal(clip)) return reportError('errors.title.edit', refusalError(clip));
    selectCreated(runEdit((d) => pasteBeside(d, clip, 1, 'ops.duplicate')));
  }),
  'edit.expiredHolds': {
    enabled: () => {
      const s = editor.store.getState();
      return !!s.doc && !s.readOnly && expiredHolds(s.doc, localToday()).length > 0;
    },
    run: () => openEditorDialog('expiredHolds'),
  },
  'edit.selectAll': {
    run: (ctx) => {
      const doc = editor.store.getState().doc;
      const hallId = subjectHall(ctx);
      if (doc && hallId) select(boothsInHall(doc, hallId).map((b) => b.id));
    },
  },
  'edit.clearSelection': { run: clearSelection },
  'edit.nudgeLeft': nudgeBy('left'),
  'edit.nudgeRight': nudgeBy('right'),
  'edit.nudgeUp': nudgeBy('up'),
  'edit.nudgeDown': nudgeBy('down'),
  'edit.rotate': edit(() => runEdit((doc) => rotateItems(doc, selectionNow(), 90))),
  'edit.alignLeft': align('left'),
  'edit.alignCentre': align('centre'),
  'edit.alignRight': align('right'),
  'edit.alignTop': align('top'),
  'edit.alignMiddle': align('middle'),
  'edit.alignBottom': align('bottom'),
  'edit.distributeH': distribute('horizontal'),
  'edit.distributeV': distribute('vertical'),
  'edit.merge': edit(() => selectCreated(runEdit((doc) => mergeBooths(doc, sessionStore.getState().selection))), () => writable() && sessionStore.getState().selection.length >= 2),
  'edit.split': edit(
    (ctx) => {
      const id = ctx.target?.kind === 'booth' && ctx.target.id ? ctx.target.id : sessionStore.getState().selection[0];
      if (!id) return;
      selectCreated(runEdit((doc) => splitBooth(doc, id, 1, 2)));
    },
    () => writable() && sessionStore.getState().selection.length === 1,
  ),
  'edit.renumber': edit(() => openEditorDialog('renumber'), () => writable() && sessionStore.getState().selection.length > 0),
  'hall.delete': {
    enabled: (ctx) => writable() && subjectHall(ctx) !== null,
    run: (ctx) => {
      const hallId = ctx.target?.hallId ?? (ctx.confirmed ? sessionStore.getState().confirm?.payload : null) ?? subjectHall(ctx);
      const doc = editor.store.getState().doc;
      const hall = hallId ? doc?.halls[hallId] : undefined;
      if (!doc || !hall || !hallId) return;
      if (!ctx.confirmed) {
        const c = hallContents(doc, hallId);
        askConfirm({ commandId: 'hall.delete', titleKey: 'editor.confirm.deleteHallTitle', bodyKey: 'editor.confirm.deleteHall', args: { code: hall.code, booths: c.booths, facilities: c.facilities, claimed: c.claimed }, payload: hallId });
        return;
      }
      askConfirm(null);
      if (runEdit((d) => deleteHall(d, hallId)).ok) clearSelection();
    },
  },
  'layout.check': { run: runLayoutCheck },
  'help.shortcuts': { run: () => openEditorDialog('shortcuts') },
};

registerCommands(EDITING);
