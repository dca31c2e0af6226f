import { LANGUAGES, type LanguageCode } from '@cop/contracts';
import { describe, expect, it } from 'vitest';
import ar from './locales/ar/common.json';
import en from './locales/en/common.json';
import es from './locales/es/common.json';
import fr from './locales/fr/common.json';
import ru from './locales/ru/common.json';
import zh from './locales/zh/common.json';

const LOCALES: Record<LanguageCode, unknown> = { en, fr, es, ru, ar, zh };

/**
 * Texts a translation may legitimately share with English (same word in that language). Anything
 * else equal to the English text is an untranslated placeholder.
 */
const SAME_AS_ENGLISH: Partial<Record<LanguageCode, readonly string[]>> = {
  fr: [
    'nav.discussions',
    'discussions.title',
    'nav.messages',
    'messages.title',
    'admin.title',
    'shell.menu',
    'ui.notifications',
  ],
  es: ['ui.errorPrefix'],
};

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const entries = new Map<string, unknown>();
  if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of flatten(child, prefix ? `${prefix}.${key}` : key)) entries.set(path, leaf);
    }
  } else {
    entries.set(prefix, value);
  }
  return entries;
}

function placeholders(text: unknown): string[] {
  return typeof text === 'string' ? (text.match(/\{\{\s*[\w.]+\s*\}\}/g) ?? []).sort() : [];
}

const english = flatten(en);
const others = LANGUAGES.filter((language) => language.code !== 'en');

describe('translations', () => {
  it('cover every interface language', () => {
    expect(Object.keys(LOCALES).sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });

  it('have non-empty English texts', () => {
    for (const [key, text] of english) expect(typeof text === 'string' && text.trim(), key).toBeTruthy();
  });

  describe.each(others)('$nativeName ($code)', ({ code }) => {
    const translated = flatten(LOCALES[code]);

    it('has exactly the keys of English', () => {
      expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    });

    it('has a non-empty text for every key, keeping the placeholders', () => {
      for (const [key, englishText] of english) {
        const text = translated.get(key);
        expect(typeof text === 'string' && text.trim(), `${code}: ${key}`).toBeTruthy();
        expect(placeholders(text), `${code}: ${key}`).toEqual(placeholders(englishText));
      }
    });

    it('translates rather than copies the English text', () => {
      const allowed = new Set(SAME_AS_ENGLISH[code] ?? []);
      const copied = [...english].filter(([key, text]) => !allowed.has(key) && translated.get(key) === text);
      expect(copied.map(([key]) => key)).toEqual([]);
    });
  });
});
