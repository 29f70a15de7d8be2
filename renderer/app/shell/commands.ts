import type { MenuCommand } from '../../../shared/ipc/contract';
import { editor } from '../../editor/instance';
import { requestView } from '../../editor/view-requests';
import { reportError } from '../../editor/notices';
import { allCommands, command, registerCommands } from '../../editor/commands/registry';
import '../../editor/commands/editing';
import '../../panels/print/print-commands';
import '../../panels/allocation/allocation-commands';
import '../../panels/sharing/sharing-commands';
import { i18next } from '../i18n';
import { showAboutDialog, showNewEditionDialog, showNewProjectDialog, showUserNameDialog } from '../../panels/project/dialog-state';
import { openProjectWithDialog, openSample, saveCopyWithDialog, saveNow, saveProjectAsWithDialog } from '../../panels/project/project-actions';
import { changeLanguage } from './startup';

export { allCommands, command };
export type { CommandId } from '../../../shared/commands/catalog';
import { showView } from '../../panels/workspace/workspace-state';

const zoomStep = 1.25;
const isShared = () => editor.store.getState().handle?.startsWith('shared:') ?? false;
const canUndo = () => editor.store.getState().undoStack.length > 0 && !editor.store.getState().readOnly;
const canRedo = () => editor.store.getState().redoStack.length > 0 && !editor.store.getState().readOnly;

// The app's own commands; the editor's and printing's register themselves (imported above).
registerCommands({
  'file.new': { run: () => showNewProjectDialog(true) },
  'file.open': { run: () => void openProjectWithDialog() },
  'file.openSample': { run: () => void openSample() },
  'file.save': { run: () => void saveNow() },
  'file.newEdition': { run: () => showNewEditionDialog(true) },
  // A shared show has no file of its own to move to a new name: Save a copy… writes one.
  'file.saveAs': { enabled: () => !isShared(), run: () => void saveProjectAsWithDialog(i18next.t('newProject.defaultFileName')) },
  'file.saveCopy': { run: () => void saveCopyWithDialog(i18next.t('newProject.defaultFileName')) },
  'edit.undo': {
    enabled: canUndo,
    run: () => {
      const err = editor.undo();
      if (err) reportError('errors.title.edit', err);
    },
  },
  'edit.redo': {
    enabled: canRedo,
    run: () => {
      const err = editor.redo();
      if (err) reportError('errors.title.edit', err);
    },
  },
  'view.zoomIn': { run: () => requestView({ kind: 'zoom', factor: zoomStep }) },
  'view.zoomOut': { run: () => requestView({ kind: 'zoom', factor: 1 / zoomStep }) },
  'view.zoomToFit': {
    run: (ctx) => (ctx.via === 'context' && ctx.target?.hallId ? requestView({ kind: 'fit-hall', hallId: ctx.target.hallId }) : requestView({ kind: 'fit-all' })),
  },
  'view.plan': { run: () => showView('plan') },
  'view.exhibitors': { run: () => showView('exhibitors') },
  'view.dashboard': { run: () => showView('dashboard') },
  'view.history': { run: () => showView('history') },
  'help.about': { run: () => showAboutDialog(true) },
  'help.userName': { run: () => showUserNameDialog(true) },
});

/** Runs what the desktop menu asked for. */
export function runMenuCommand(cmd: MenuCommand): void {
  if (cmd === 'view.language.zh-CN' || cmd === 'view.language.en') {
    void changeLanguage(cmd === 'view.language.en' ? 'en' : 'zh-CN');
    return;
  }
  const c = allCommands().find((x) => x.id === cmd);
  c?.run({ via: 'menu' });
}
