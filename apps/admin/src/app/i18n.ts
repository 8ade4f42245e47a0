import { createInstance, type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';

import { en } from './locales/en';
import { nb } from './locales/nb';

export const supportedLanguages = ['nb', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'nb';

export const languageStorageKey = 'helsefellesskap.language';

export const resources = {
  nb: { translation: nb },
  en: { translation: en },
};

export function isLanguage(value: unknown): value is Language {
  return supportedLanguages.some((language) => language === value);
}

type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function readStoredLanguage(storage: KeyValueStorage | undefined): Language {
  try {
    const stored = storage?.getItem(languageStorageKey);
    return isLanguage(stored) ? stored : defaultLanguage;
  } catch {
    // Storage can throw when the browser blocks it (privacy modes); fall back to the default.
    return defaultLanguage;
  }
}

function storeLanguage(storage: KeyValueStorage | undefined, language: Language): void {
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // Not persisting the choice is acceptable; the switch still works for this visit.
  }
}

function browserStorage(): KeyValueStorage | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

/**
 * One i18next instance per app (and per test), with the language restored from
 * localStorage and mirrored on <html lang> so assistive technology reads the right language.
 */
export function createI18n(storage: KeyValueStorage | undefined = browserStorage()): i18n {
  const instance = createInstance();
  const initialLanguage = readStoredLanguage(storage);
  instance.on('languageChanged', (language) => {
    if (!isLanguage(language)) return;
    if (typeof document !== 'undefined') document.documentElement.lang = language;
    storeLanguage(storage, language);
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: initialLanguage,
    fallbackLng: defaultLanguage,
    supportedLngs: [...supportedLanguages],
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}
