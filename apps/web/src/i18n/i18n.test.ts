import { afterEach, describe, expect, it, vi } from 'vitest';
import { LANGUAGE_STORAGE_KEY, createI18n, currentLanguage } from './i18n';

function browserLanguages(languages: string[]) {
  vi.spyOn(window.navigator, 'languages', 'get').mockReturnValue(languages);
  vi.spyOn(window.navigator, 'language', 'get').mockReturnValue(languages[0] ?? '');
}

async function settled(i18n: ReturnType<typeof createI18n>) {
  await vi.waitFor(() => expect(i18n.isInitialized && i18n.hasLoadedNamespace('common')).toBe(true));
  return i18n;
}

describe('interface language', () => {
  afterEach(() => vi.restoreAllMocks());

  it('uses the language the user chose before, over the browser language', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'zh');
    browserLanguages(['fr-FR', 'fr']);

    const i18n = await settled(createI18n());

    expect(currentLanguage(i18n)).toBe('zh');
    expect(i18n.t('nav.caseLaw')).toBe('判例');
    expect(document.documentElement).toHaveAttribute('lang', 'zh');
  });

  it('otherwise follows the browser, matching a regional variant to its language', async () => {
    browserLanguages(['es-MX', 'en']);

    const i18n = await settled(createI18n());

    expect(currentLanguage(i18n)).toBe('es');
    expect(i18n.t('status.title')).toBe('Estado del sistema');
    // Only an explicit choice is remembered.
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBeNull();
  });

  it('falls back to English for a language the portal does not offer', async () => {
    browserLanguages(['de-DE', 'de']);

    const i18n = await settled(createI18n());

    expect(currentLanguage(i18n)).toBe('en');
    expect(i18n.t('nav.home')).toBe('Home');
    expect(document.documentElement).toHaveAttribute('dir', 'ltr');
  });

  it('ignores a stored value that is not an interface language', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'xx');
    browserLanguages(['ru-RU']);

    const i18n = await settled(createI18n());

    expect(currentLanguage(i18n)).toBe('ru');
  });

  it('sets the page right to left for Arabic', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'ar');

    await settled(createI18n());

    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
    expect(document.documentElement).toHaveAttribute('lang', 'ar');
  });

  it('fetches a feature namespace only when a page asks for it, in any language', async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    const i18n = await settled(createI18n());
    expect(i18n.hasLoadedNamespace('auth')).toBe(false);

    await i18n.loadNamespaces('auth');

    expect(i18n.t('auth:signIn.title')).toBe('Connexion');
    // English, the fallback, is fetched with it.
    expect(i18n.getResource('en', 'auth', 'signIn.title')).toBe('Sign in');
  });
});
