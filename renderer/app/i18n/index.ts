import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/ipc/contract';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

export const RESOURCES = {
  en: { translation: en },
  'zh-CN': { translation: zhCN },
} as const;

/** Chinese for any `zh*` system language (zh, zh-CN, zh-TW, zh-Hans-SG…), English otherwise. */
export function systemLanguage(navigatorLanguage: string | undefined): Language {
  return navigatorLanguage?.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** The user's saved choice wins; the first start follows the system. */
export function startLanguage(saved: Language | null | undefined, navigatorLanguage: string | undefined): Language {
  return saved ?? systemLanguage(navigatorLanguage);
}

/** Initialises the shared i18next instance synchronously (resources are bundled). */
export function initI18n(lng: Language): I18n {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      resources: RESOURCES,
      lng,
      fallbackLng: 'en',
      supportedLngs: [...LANGUAGES],
      load: 'currentOnly',
      interpolation: { escapeValue: false },
      returnNull: false,
      initAsync: false,
    });
  }
  return i18next;
}

export { i18next };
