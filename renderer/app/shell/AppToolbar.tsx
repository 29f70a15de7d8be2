import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/ipc/contract';
import { useDocument } from '../../editor/instance';
import { Toolbar, type ToolbarItem } from '../../panels/toolbar/Toolbar';
import { LANGUAGES } from '../i18n';
import { command, type CommandId } from './commands';
import { COMMAND_ICONS } from '../../panels/toolbar/command-icons';
import { useEnabledCommands } from '../../editor/commands/use-enabled';
import { changeLanguage } from './startup';
import { RecentProjectsMenu } from './RecentProjectsMenu';
import { AppMenu } from './AppMenu';
import { SharingControls } from '../../panels/sharing/SharingControls';

type ToolbarCommand = 'file.new' | 'file.open' | 'file.openSample' | 'file.saveAs' | 'file.saveCopy' | 'file.print' | 'file.publishMap' | 'edit.undo' | 'edit.redo' | 'view.zoomIn' | 'view.zoomOut' | 'view.zoomToFit';

const GROUPS: ToolbarCommand[][] = [
  ['file.new', 'file.open', 'file.openSample', 'file.saveAs', 'file.saveCopy'],
  ['file.print', 'file.publishMap'],
  ['edit.undo', 'edit.redo'],
  ['view.zoomIn', 'view.zoomOut', 'view.zoomToFit'],
];

const WITH_LABEL = new Set<CommandId>(['file.new', 'file.open', 'file.openSample', 'file.saveAs', 'file.print', 'file.publishMap']);

/** The toolbar wired to the command registry and the document's state. */
export function AppToolbar() {
  const { t, i18n } = useTranslation();
  const enabled = useEnabledCommands(GROUPS.flat());
  const nextUndo = useDocument((s) => s.undoStack.at(-1));
  const nextRedo = useDocument((s) => s.redoStack.at(-1));

  const tooltip = (id: CommandId): string | undefined => {
    if (id === 'edit.undo' && nextUndo) return t('toolbar.undoWhat', { what: t(nextUndo.label, nextUndo.labelArgs ?? {}) });
    if (id === 'edit.redo' && nextRedo) return t('toolbar.redoWhat', { what: t(nextRedo.label, nextRedo.labelArgs ?? {}) });
    return undefined;
  };
  const groups: ToolbarItem[][] = GROUPS.map((g) =>
    g.map((id) => {
      const c = command(id);
      return {
        key: id,
        label: t(c.labelKey),
        icon: COMMAND_ICONS[id],
        onClick: () => c.run({ via: 'toolbar' }),
        disabled: !enabled.has(id),
        tooltip: tooltip(id),
        showLabel: WITH_LABEL.has(id),
      };
    }),
  );
  const language: Language = i18n.language === 'zh-CN' ? 'zh-CN' : 'en';
  return (
    <Toolbar
      groups={groups}
      language={language}
      languages={LANGUAGES}
      onLanguageChange={(l) => void changeLanguage(l)}
      extra={
        <>
          <AppMenu />
          <RecentProjectsMenu />
          <SharingControls />
        </>
      }
    />
  );
}
