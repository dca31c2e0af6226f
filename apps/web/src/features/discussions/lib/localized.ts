import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';

export interface LocalizedText {
  language: string;
  text: string;
}

/** The text in `language` when there is one, else the base (English) text. */
export function localizedText(base: string, texts: readonly LocalizedText[], language: string): string {
  const match = texts.find((entry) => entry.language === language && entry.text.trim());
  return match ? match.text : base;
}

interface Named {
  name: string;
  names?: readonly LocalizedText[];
}

interface Described {
  description: string;
  descriptions?: readonly LocalizedText[];
}

/** A category's name and description in the interface language (English when not translated). */
export function useCategoryText() {
  const { i18n } = useTranslation();
  const language = currentLanguage(i18n);
  const name = useCallback(
    (category: Named) => localizedText(category.name, category.names ?? [], language),
    [language],
  );
  const description = useCallback(
    (category: Described) => localizedText(category.description, category.descriptions ?? [], language),
    [language],
  );
  return { name, description, language };
}
