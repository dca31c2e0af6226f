import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';

/** Case law: the moderated digest of case records, commentary and good practices. Opens with membership. */
export function CaseLawPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('caseLaw.title')} lead={t('caseLaw.description')}>
      <EmptyState title={t('area.notOpenTitle')}>
        <p>{t('area.notOpenBody')}</p>
      </EmptyState>
    </Page>
  );
}
