import { useTranslation } from 'react-i18next';

/** Shown in the main area while a page's code arrives. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <p className="shell__loading" role="status">
      {t('app.loading')}
    </p>
  );
}
