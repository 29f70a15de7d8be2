import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/ipc/contract';
import { COMMAND_CATALOG } from '../../../shared/commands/catalog';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';

export const LANGUAGES: readonly Language[] = ['zh-CN', 'en'];

type Messages = { [key: string]: string | Messages };

/**
 * Features keep their words in `locales/features/<feature>.<lang>.json`, each file holding one
 * top-level key named after the feature, so features can grow without touching one another's
 * files. They are merged over the core files here.
 */
const FEATURE_FILES = import.meta.glob<Messages>('./locales/features/*.json', { eager: true, import: 'default' });

function withFeatures(core: Messages, lang: Language): Messages {
  const merged: Messages = { ...core };
  for (const [file, messages] of Object.entries(FEATURE_FILES)) {
    if (!file.endsWith(`.${lang}.json`)) continue;
    for (const [key, value] of Object.entries(messages)) {
      if (key in merged) throw new Error(`locale key "${key}" from ${file} is already defined`);
      merged[key] = value;
    }
  }
  return merged;
}

/** Command names come from the command catalog (the desktop menu reads the same words): `commands.<id>`. */
function withCommands(messages: Messages, lang: Language): Messages {
  const commands: Messages = {};
  for (const c of COMMAND_CATALOG) {
    const path = c.id.split('.');
    let node = commands;
    for (const part of path.slice(0, -1)) node = (node[part] ??= {}) as Messages;
    node[path.at(-1)!] = c.label[lang];
  }
  if ('commands' in messages) throw new Error('locale key "commands" is reserved for the command catalog');
  return { ...messages, commands };
}

export const MESSAGES: Record<Language, Messages> = {
  en: withCommands(withFeatures(en as Messages, 'en'), 'en'),
  'zh-CN': withCommands(withFeatures(zhCN as Messages, 'zh-CN'), 'zh-CN'),
};

export const RESOURCES = {
  en: { translation: MESSAGES.en },
  'zh-CN': { translation: MESSAGES['zh-CN'] },
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
