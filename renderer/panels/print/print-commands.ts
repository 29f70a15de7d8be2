import { i18next } from '../../app/i18n';
import { registerCommands } from '../../editor/commands/registry';
import { publishMap } from './print-actions';
import { showPrintDialog } from './print-dialog-store';
import { printNotice } from './print-notices';

function publish(): void {
  const language = i18next.language === 'en' ? 'en' : 'zh-CN';
  const out = publishMap(language);
  if (out.kind === 'downloaded') printNotice('success', i18next.t('print.publish.done', { file: out.fileName }));
}

// Print / export and publishing, registered with the app's commands.
registerCommands({
  'file.print': { run: () => showPrintDialog(true) },
  'file.publishMap': { run: publish },
});
