import { createInstance, type BackendModule, type i18n as I18n } from 'i18next';
import LanguageDetector from 'i18next-browser-languagedetector';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, directionOf, isLanguageCode, type LanguageCode } from '@cop/contracts';
import en from './locales/en/common.json';

/** Where the user's explicit choice of interface language is kept. */
export const LANGUAGE_STORAGE_KEY = 'cop.lang';
export const NAMESPACE = 'common';

/**
 * English `common` (the shell's texts) is bundled with the app (English is also the fallback). Every
 * other file `locales/<lng>/<ns>.json` — the other languages, and the namespaces of features such as
 * `auth` — is its own small chunk, fetched only when a page needs it, so the first load stays small
 * on slow links. A new namespace needs only its six files and a line in i18next.d.ts.
 */
const otherLocales = import.meta.glob<Record<string, unknown>>(
  ['./locales/*/*.json', '!./locales/en/common.json'],
  { import: 'default' },
);

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = otherLocales[`./locales/${language}/${namespace}.json`];
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (resources) => callback(null, resources),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

/** The interface language in effect, narrowed to the portal's six. */
export function currentLanguage(i18n: I18n): LanguageCode {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguageCode(language) ? language : DEFAULT_LANGUAGE;
}

function applyToDocument(language: LanguageCode): void {
  const root = document.documentElement;
  root.lang = language;
  root.dir = directionOf(language);
}

/** Keeps the user's explicit choice; storage may be unavailable (private mode, policy). */
export function rememberLanguage(language: LanguageCode): void {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // The choice then lasts for this page only.
  }
}

export interface CreateI18nOptions {
  /** Force a language (tests); otherwise detected from storage, then the browser. */
  language?: LanguageCode;
}

export function createI18n(options: CreateI18nOptions = {}): I18n {
  const i18n = createInstance();
  i18n.on('languageChanged', () => applyToDocument(currentLanguage(i18n)));
  if (!options.language) i18n.use(LanguageDetector);
  void i18n
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: options.language,
      resources: { en: { [NAMESPACE]: en } },
      partialBundledLanguages: true,
      initAsync: false, // English is bundled: render it without waiting a tick
      ns: [NAMESPACE],
      defaultNS: NAMESPACE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES.map((l) => l.code),
      load: 'languageOnly',
      interpolation: { escapeValue: false }, // React escapes what it renders
      detection: {
        order: ['localStorage', 'navigator'],
        lookupLocalStorage: LANGUAGE_STORAGE_KEY,
        caches: [], // only an explicit choice is remembered, see rememberLanguage
      },
      react: { useSuspense: true },
    });
  return i18n;
}
