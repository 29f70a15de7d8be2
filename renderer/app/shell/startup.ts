import type { AppSettings, Language } from '../../../shared/ipc/contract';
import { toUiError } from '../../editor/host-errors';
import { reportError } from '../../editor/notices';
import { api } from '../api/client';
import { takeEarlyOpen, takeEarlySettings } from '../api/early-start';
import { startLanguage } from '../i18n';
import { applyLanguage } from '../i18n/language';
import { appStateStore } from '../../panels/project/app-state';
import { showUserNameDialog } from '../../panels/project/dialog-state';
import { openProjectAt, openSample } from '../../panels/project/project-actions';

/** What a starting window is doing: `asked` once the show to open has been asked for. */
export interface Starting {
  /**
   * Resolves as soon as the host has been asked for the show to open (the last project or
   * the sample), or once it is clear there is none: the window's first render waits for it,
   * so that the host reads and sends the show while the page renders instead of after.
   */
  asked: Promise<void>;
  /** Resolves when start-up has decided what to show (and shown it). */
  done: Promise<void>;
}

/**
 * First moments of a window: settings, language, then what to show — the last project if
 * there is one (its failure is shown and we fall back), the sample on a first start (no
 * recent files), otherwise the empty state.
 */
export function startApp(navigatorLanguage: string | undefined = navigator.language): Starting {
  let markAsked = () => undefined as void;
  const asked = new Promise<void>((resolve) => (markAsked = resolve));
  const done = (async () => {
    let settings: AppSettings | null = null;
    try {
      settings = await (takeEarlySettings() ?? api().getSettings());
    } catch (e) {
      reportError('errors.title.settings', toUiError(e));
    }
    await applyLanguage(startLanguage(settings?.language, navigatorLanguage));
    // History says who did what: ask once for a real name rather than record the OS login.
    if (settings && !settings.userNameConfirmed) showUserNameDialog(true);
    try {
      if (settings?.lastProject) {
        const opening = openProjectAt(settings.lastProject, 'errors.title.lastProject', takeEarlyOpen(settings.lastProject));
        markAsked();
        if (await opening) return;
      }
      if (settings && settings.recentFiles.length === 0) {
        const opening = openSample();
        markAsked();
        await opening;
      }
    } finally {
      markAsked();
      appStateStore.setState({ phase: 'running' });
    }
  })();
  return { asked, done };
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
