import { useTranslation } from 'react-i18next';
import { formatDateTime, formatRelativeTime } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';

/** "5 minutes ago" in the reader's language; the full date and time on hover and for machines. */
export function RelativeTime({ iso }: { iso: string }) {
  const { i18n } = useTranslation();
  const locale = currentLanguage(i18n);
  return (
    <time dateTime={iso} title={formatDateTime(iso, locale)}>
      {formatRelativeTime(iso, locale)}
    </time>
  );
}
