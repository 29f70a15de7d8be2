import type { MenuCommand } from '../../../shared/ipc/contract';
import { editor } from '../../editor/instance';
import { clearSelection } from '../../editor/session-store';
import { requestView } from '../../editor/view-requests';
import { reportError } from '../../panels/common/notices';
import { i18next } from '../i18n';
import { showAboutDialog, showNewProjectDialog } from './dialog-state';
import { openProjectWithDialog, openSample, saveNow, saveProjectAsWithDialog } from './project-actions';
import { changeLanguage } from './startup';
import type { Shortcut } from './shortcut';
import { EDITOR_COMMANDS, type EditorCommandId } from '../../panels/editor/editor-commands';
import { PRINT_COMMANDS, type PrintCommandId } from '../../panels/print/print-commands';

export type CommandId = EditorCommandId | PrintCommandId | 'file.new' | 'file.open' | 'file.openSample' | 'file.save' | 'file.saveAs' | 'edit.undo' | 'edit.redo' | 'edit.clearSelection' | 'view.zoomIn' | 'view.zoomOut' | 'view.zoomToFit';

export interface AppCommand {
  id: CommandId;
  /** Locale key of the label (also the accessible name). */
  labelKey: string;
  shortcuts: Shortcut[];
  /** Whether the command works with no project open. */
  needsProject: boolean;
  /** Still applies while the focus is in a text field (Ctrl+S yes, Ctrl+Z no: the field undoes). */
  inTextFields: boolean;
  run(): void;
}

const zoomStep = 1.25;

const undo = () => {
  const err = editor.undo();
  if (err) reportError('errors.title.edit', err);
};
const redo = () => {
  const err = editor.redo();
  if (err) reportError('errors.title.edit', err);
};

/**
 * Every user command, registered once: the toolbar, keyboard shortcuts and the desktop
 * menu all run these, so a command behaves the same wherever it is invoked.
 */
export const COMMANDS: readonly AppCommand[] = [
  { id: 'file.new', labelKey: 'toolbar.new', shortcuts: [{ key: 'n', mod: true }], needsProject: false, inTextFields: true, run: () => showNewProjectDialog(true) },
  { id: 'file.open', labelKey: 'toolbar.open', shortcuts: [{ key: 'o', mod: true }], needsProject: false, inTextFields: true, run: () => void openProjectWithDialog() },
  { id: 'file.openSample', labelKey: 'toolbar.openSample', shortcuts: [], needsProject: false, inTextFields: true, run: () => void openSample() },
  { id: 'file.save', labelKey: 'toolbar.save', shortcuts: [{ key: 's', mod: true }], needsProject: true, inTextFields: true, run: () => void saveNow() },
  {
    id: 'file.saveAs',
    labelKey: 'toolbar.saveAs',
    shortcuts: [{ key: 's', mod: true, shift: true }],
    needsProject: true,
    inTextFields: true,
    run: () => void saveProjectAsWithDialog(i18next.t('newProject.defaultFileName')),
  },
  { id: 'edit.undo', labelKey: 'toolbar.undo', shortcuts: [{ key: 'z', mod: true }], needsProject: true, inTextFields: false, run: undo },
  {
    id: 'edit.redo',
    labelKey: 'toolbar.redo',
    shortcuts: [
      { key: 'z', mod: true, shift: true },
      { key: 'y', mod: true },
    ],
    needsProject: true,
    inTextFields: false,
    run: redo,
  },
  { id: 'edit.clearSelection', labelKey: 'toolbar.clearSelection', shortcuts: [{ key: 'Escape' }], needsProject: true, inTextFields: false, run: clearSelection },
  {
    id: 'view.zoomIn',
    labelKey: 'toolbar.zoomIn',
    shortcuts: [{ key: '=', mod: true }, { key: '+', mod: true }, { key: '+' }, { key: '=' }],
    needsProject: true,
    inTextFields: false,
    run: () => requestView({ kind: 'zoom', factor: zoomStep }),
  },
  {
    id: 'view.zoomOut',
    labelKey: 'toolbar.zoomOut',
    shortcuts: [{ key: '-', mod: true }, { key: '-' }],
    needsProject: true,
    inTextFields: false,
    run: () => requestView({ kind: 'zoom', factor: 1 / zoomStep }),
  },
  { id: 'view.zoomToFit', labelKey: 'toolbar.zoomToFit', shortcuts: [{ key: '0', mod: true }], needsProject: true, inTextFields: false, run: () => requestView({ kind: 'fit-all' }) },
  ...EDITOR_COMMANDS,
  ...PRINT_COMMANDS,
];

export function command(id: CommandId): AppCommand {
  const c = COMMANDS.find((x) => x.id === id);
  if (!c) throw new Error(`unknown command ${id}`);
  return c;
}

/** Runs what the desktop menu asked for. */
export function runMenuCommand(cmd: MenuCommand): void {
  switch (cmd) {
    case 'view.language.zh-CN':
      void changeLanguage('zh-CN');
      return;
    case 'view.language.en':
      void changeLanguage('en');
      return;
    case 'help.about':
      showAboutDialog(true);
      return;
    default: {
      const c = COMMANDS.find((x) => x.id === cmd);
      if (c && (!c.needsProject || editor.store.getState().doc)) c.run();
    }
  }
}
