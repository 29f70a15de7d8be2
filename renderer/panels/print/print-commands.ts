import type { AppCommand } from '../../app/shell/commands';
import { i18next } from '../../app/i18n';
import { publishMap } from './print-actions';
import { showPrintDialog } from './print-dialog-store';
import { printNotice } from './print-notices';

export type PrintCommandId = 'file.print' | 'file.publishMap';

function publish(): void {
  const language = i18next.language === 'en' ? 'en' : 'zh-CN';
  const out = publishMap(language);
  if (out.kind === 'downloaded') printNotice('success', i18next.t('print.publish.done', { file: out.fileName }));
}

/** Print / export and publishing, registered with the app's commands. */
export const PRINT_COMMANDS: readonly AppCommand[] = [
  { id: 'file.print', labelKey: 'print.command.print', shortcuts: [{ key: 'p', mod: true }], needsProject: true, inTextFields: true, run: () => showPrintDialog(true) },
  { id: 'file.publishMap', labelKey: 'print.command.publish', shortcuts: [], needsProject: true, inTextFields: true, run: publish },
];
