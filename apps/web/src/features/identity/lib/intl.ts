import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '@cop/contracts';
import { currentLanguage } from '../../../i18n/i18n';

/** Names and dates in the reader's language, from the browser's Intl data (nothing downloaded). */
export interface IntlNames {
  locale: LanguageCode;
  /** A country or territory from its ISO 3166-1 alpha-2 code; the code when unknown. */
  country: (code: string) => string;
  /** A language from its ISO 639-1 code; the code when unknown. */
  language: (code: string) => string;
  /** "A, B and C" in the reader's language. */
  list: (items: readonly string[]) => string;
  /** A day, e.g. 22 November 2026. */
  date: (iso: string) => string;
  /** A day and a time, the time zone named (members sit in many). */
  dateTime: (iso: string) => string;
  /** Sorts texts as the reader's language does. */
  compare: (a: string, b: string) => number;
}

function displayNames(locale: string, type: 'region' | 'language'): Intl.DisplayNames | null {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'code' });
  } catch {
    return null; // a browser without DisplayNames shows codes
  }
}

function formatter(locale: string, options: Intl.DateTimeFormatOptions) {
  const format = new Intl.DateTimeFormat(locale, options);
  return (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}

export function intlNames(locale: LanguageCode): IntlNames {
  const regions = displayNames(locale, 'region');
  const languages = displayNames(locale, 'language');
  const lists = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' });
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const safe = (names: Intl.DisplayNames | null, code: string) => {
    try {
      return names?.of(code) ?? code;
    } catch {
      return code; // not a well-formed code
    }
  };
  return {
    locale,
    country: (code) => safe(regions, code),
    language: (code) => safe(languages, code),
    list: (items) => lists.format(items),
    date: formatter(locale, { dateStyle: 'long' }),
    dateTime: formatter(locale, { dateStyle: 'medium', timeStyle: 'short' }),
    compare: collator.compare,
  };
}

/** Intl names in the interface language, remade only when the language changes. */
export function useIntlNames(): IntlNames {
  const { i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  return useMemo(() => intlNames(locale), [locale]);
}
