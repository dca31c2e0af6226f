import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, isLanguageCode, type LanguageCode } from '@cop/contracts';
import { currentLanguage, rememberLanguage } from '../../i18n/i18n';

/** Lists the interface languages by their own names; the choice is remembered on this device. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const id = useId();
  // A language other than English is fetched on first use: show the choice while it loads.
  const [pending, setPending] = useState<LanguageCode | null>(null);

  function handleChange(event: ChangeEvent<HTMLSelectElement>) {
    const next = event.target.value;
    if (!isLanguageCode(next)) return;
    rememberLanguage(next);
    setPending(next);
    void i18n.changeLanguage(next).finally(() => setPending(null));
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id} className="language-switcher__label">
        <svg className="language-switcher__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm6.9 6h-3a15.7 15.7 0 0 0-1.3-3.9A8 8 0 0 1 18.9 8ZM12 4c.8 1.1 1.5 2.5 1.9 4h-3.8c.4-1.5 1.1-2.9 1.9-4ZM4.3 14a8.2 8.2 0 0 1 0-4h3.4a16.5 16.5 0 0 0 0 4H4.3Zm.8 2h3c.3 1.4.8 2.7 1.3 3.9A8 8 0 0 1 5.1 16Zm3-8h-3a8 8 0 0 1 4.3-3.9C8.9 5.3 8.4 6.6 8.1 8ZM12 20c-.8-1.1-1.5-2.5-1.9-4h3.8c-.4 1.5-1.1 2.9-1.9 4Zm2.3-6H9.7a14.7 14.7 0 0 1 0-4h4.6a14.7 14.7 0 0 1 0 4Zm.3 5.9c.5-1.2 1-2.5 1.3-3.9h3a8 8 0 0 1-4.3 3.9Zm1.7-5.9a16.5 16.5 0 0 0 0-4h3.4a8.2 8.2 0 0 1 0 4h-3.4Z"
          />
        </svg>
        <span className="language-switcher__text">{t('shell.language')}</span>
      </label>
      <select
        id={id}
        className="language-switcher__select"
        value={pending ?? currentLanguage(i18n)}
        aria-busy={pending !== null || undefined}
        onChange={handleChange}
      >
        {LANGUAGES.map((language) => (
          <option key={language.code} value={language.code} lang={language.code} dir={language.dir}>
            {language.nativeName}
          </option>
        ))}
      </select>
    </div>
  );
}
