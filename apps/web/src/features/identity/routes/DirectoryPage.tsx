import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';

/** Member directory: vetted colleagues and national focal points. Opens with membership. */
export function DirectoryPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('directory.title')} lead={t('directory.description')}>
      <EmptyState title={t('area.notOpenTitle')}>
        <p>{t('area.notOpenBody')}</p>
      </EmptyState>
    </Page>
  );
}
