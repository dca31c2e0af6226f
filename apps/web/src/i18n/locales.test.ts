import { LANGUAGES, type LanguageCode } from '@cop/contracts';
import { describe, expect, it } from 'vitest';
import typings from './i18next.d.ts?raw';

/** Every translation file, `./locales/<lng>/<ns>.json`: the namespaces are whatever files exist. */
const FILES = import.meta.glob<Record<string, unknown>>('./locales/*/*.json', {
  eager: true,
  import: 'default',
});

const LOCALES = new Map<string, Map<string, unknown>>();
for (const [path, resources] of Object.entries(FILES)) {
  const [, language = '', namespace = ''] = /^\.\/locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (!LOCALES.has(language)) LOCALES.set(language, new Map());
  LOCALES.get(language)?.set(namespace, resources);
}
const NAMESPACES = [...(LOCALES.get('en')?.keys() ?? [])].sort();

/**
 * Texts a translation may legitimately share with English (same word in that language), as
 * `<namespace>:<key>`. Anything else equal to the English text is an untranslated placeholder.
 */
const SAME_AS_ENGLISH: Partial<Record<LanguageCode, readonly string[]>> = {
  fr: [
    'common:nav.discussions',
    'common:discussions.title',
    'common:nav.messages',
    'common:messages.title',
    'common:admin.title',
    'common:shell.menu',
    'common:ui.notifications',
    'auth:field.institution',
    'auth:security.actions',
    'auth:profile.photo',
    'members:expertise.extradition',
    'admin:nav.invitations',
    'admin:invitations.title',
    'common:notificationBell.label',
    'notifications:title',
    'discussions:home.title',
    'messaging:list.heading',
    'jit:tabs.notes',
    'jit:members.actions',
    'jit:evidence.description',
    'jit:evidence.type',
    'jit:evidence.classification',
    'jit:evidenceType.DOCUMENT',
    'jit:evidenceType.IMAGE',
    'jit:custody.action',
    'jit:custody.session',
    'jit:requests.type',
    'jit:requestType.EXTRADITION',
    'jit:trace.calibre',
    'jit:tasks.description',
    'jit:notes.version',
    'digest:article',
    'digest:legalSystem.COMMON_LAW',
    'digest:defendant.verdict',
    'digest:facet.option',
    'digest:facet.yearOption',
    'digest:reader.routeStop',
    'digest:history.note',
    'digest:translate.original',
    'digest:export.format.csv',
    'digest:export.format.json',
    'digest:export.format.csl-json',
    'digest:export.format.ris',
    'e2e:devices.actions',
  ],
  es: [
    'common:ui.errorPrefix',
    'jit:no',
    'jit:trace.calibre',
    'jit:noteKind.GENERAL',
    'digest:errorPrefix',
    'digest:field.modusOperandi',
    'digest:facet.modus',
    'digest:facet.option',
    'digest:facet.yearOption',
    'digest:reader.routeStop',
    'digest:export.format.csv',
    'digest:export.format.json',
    'digest:export.format.csl-json',
    'digest:export.format.ris',
  ],
  // File formats are named alike in every language.
  ru: [
    'digest:export.format.csv',
    'digest:export.format.json',
    'digest:export.format.csl-json',
    'digest:export.format.ris',
  ],
  ar: [
    'digest:export.format.csv',
    'digest:export.format.json',
    'digest:export.format.csl-json',
    'digest:export.format.ris',
  ],
  zh: [
    'digest:export.format.csv',
    'digest:export.format.json',
    'digest:export.format.csl-json',
    'digest:export.format.ris',
  ],
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

const others = LANGUAGES.filter((language) => language.code !== 'en');

describe('translations', () => {
  it('cover every interface language, and only those', () => {
    expect([...LOCALES.keys()].sort()).toEqual(LANGUAGES.map((language) => language.code).sort());
  });

  it('include the shell’s common texts and the membership pages', () => {
    expect(NAMESPACES).toEqual(expect.arrayContaining(['common', 'auth']));
  });

  it('have every namespace typed in i18next.d.ts', () => {
    for (const namespace of NAMESPACES) {
      expect(typings, `${namespace} missing from i18next.d.ts`).toMatch(
        new RegExp(`\\b${namespace}: typeof ${namespace}\\b`),
      );
    }
  });

  describe.each(NAMESPACES)('English %s', (namespace) => {
    it('has non-empty texts', () => {
      for (const [key, text] of flatten(LOCALES.get('en')?.get(namespace))) {
        expect(typeof text === 'string' && text.trim(), `${namespace}:${key}`).toBeTruthy();
      }
    });
  });

  describe.each(others)('$nativeName ($code)', ({ code }) => {
    it('has a file for every namespace of English, and no other', () => {
      expect([...(LOCALES.get(code)?.keys() ?? [])].sort()).toEqual(NAMESPACES);
    });

    describe.each(NAMESPACES)('%s', (namespace) => {
      const english = flatten(LOCALES.get('en')?.get(namespace));
      const translated = flatten(LOCALES.get(code)?.get(namespace));

      it('has exactly the keys of English', () => {
        expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it('has a non-empty text for every key, keeping the placeholders', () => {
        for (const [key, englishText] of english) {
          const text = translated.get(key);
          expect(typeof text === 'string' && text.trim(), `${code} ${namespace}:${key}`).toBeTruthy();
          expect(placeholders(text), `${code} ${namespace}:${key}`).toEqual(placeholders(englishText));
        }
      });

      it('translates rather than copies the English text', () => {
        const allowed = new Set(SAME_AS_ENGLISH[code] ?? []);
        const copied = [...english].filter(
          ([key, text]) => !allowed.has(`${namespace}:${key}`) && translated.get(key) === text,
        );
        expect(copied.map(([key]) => `${namespace}:${key}`)).toEqual([]);
      });
    });
  });
});
