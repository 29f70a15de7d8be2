import type { Language } from '../../../shared/ipc/contract';
import { sessionStore } from '../../editor/session-store';
import { i18next } from './index';

/**
 * Switches every visible string at once: i18next (React re-renders), the page's `lang`
 * (fonts, screen readers, hyphenation) and the language the plan labels use.
 */
export async function applyLanguage(lng: Language): Promise<void> {
  await i18next.changeLanguage(lng);
  document.documentElement.lang = lng;
  sessionStore.setState({ language: lng });
}
