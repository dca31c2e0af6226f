import { COUNTRY_CODES, EXPERTISE_AREAS, type ExpertiseArea } from '@cop/contracts';
import type { IntlNames } from './intl';

/**
 * Working languages members pick from (ISO 639-1): the six UN languages first, then national
 * languages of the regions the community works in. Names come from Intl in the reader's language.
 */
export const WORKING_LANGUAGE_CODES = [
  'en',
  'fr',
  'es',
  'ru',
  'ar',
  'zh',
  'pt',
  'de',
  'it',
  'nl',
  'sq',
  'bs',
  'hr',
  'mk',
  'sr',
  'sl',
  'ro',
  'uk',
  'ka',
  'hy',
  'az',
  'kk',
  'ky',
  'tg',
  'tk',
  'uz',
  'tr',
  'fa',
  'ps',
  'ur',
  'hi',
  'ku',
  'he',
  'ha',
  'wo',
  'bm',
  'ff',
  'yo',
  'sw',
  'am',
  'so',
  'qu',
  'gn',
] as const;

export function isExpertiseArea(value: string): value is ExpertiseArea {
  return (EXPERTISE_AREAS as readonly string[]).includes(value);
}

export interface Option {
  value: string;
  label: string;
}

/** Every country, by name in the reader's language. */
export function countryOptions(names: IntlNames): Option[] {
  return COUNTRY_CODES.map((code) => ({ value: code, label: names.country(code) })).sort((a, b) =>
    names.compare(a.label, b.label),
  );
}

/** The working languages, by name in the reader's language; `extra` adds codes not in the list. */
export function languageOptions(names: IntlNames, extra: readonly string[] = []): Option[] {
  const codes = new Set<string>([...WORKING_LANGUAGE_CODES, ...extra.filter(Boolean)]);
  return [...codes]
    .map((code) => ({ value: code, label: names.language(code) }))
    .sort((a, b) => names.compare(a.label, b.label));
}
