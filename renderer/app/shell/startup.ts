import type { AppSettings, Language } from '../../../shared/ipc/contract';
import { toUiError } from '../../editor/host-errors';
import { reportError } from '../../editor/notices';
import { api } from '../api/client';
import { startLanguage } from '../i18n';
import { applyLanguage } from '../i18n/language';
import { appStateStore } from '../../panels/project/app-state';
import { showUserNameDialog } from '../../panels/project/dialog-state';
import { openProjectAt, openSample } from '../../panels/project/project-actions';

/**
 * First moments of a window: settings, language, then what to show — the last project if
 * there is one (its failure is shown and we fall back), the sample on a first start (no
 * recent files), otherwise the empty state.
 */
export async function startApp(navigatorLanguage: string | undefined = navigator.language): Promise<void> {
  let settings: AppSettings | null = null;
  try {
    settings = await api().getSettings();
  } catch (e) {
    reportError('errors.title.settings', toUiError(e));
  }
  await applyLanguage(startLanguage(settings?.language, navigatorLanguage));
  // History says who did what: ask once for a real name rather than record the OS login.
  if (settings && !settings.userNameConfirmed) showUserNameDialog(true);
  try {
    if (settings?.lastProject && (await openProjectAt(settings.lastProject, 'errors.title.lastProject'))) return;
    if (settings && settings.recentFiles.length === 0) await openSample();
  } finally {
    appStateStore.setState({ phase: 'running' });
  }
}

/** Switches the language at once and remembers it for the next start. */
export async function changeLanguage(lng: Language): Promise<void> {
  await applyLanguage(lng);
  try {
    await api().updateSettings({ language: lng });
  } catch (e) {
    reportError('errors.title.settings', toUiError(e));
  }
}
