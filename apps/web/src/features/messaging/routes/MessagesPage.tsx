import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';

/** Messages: end-to-end encrypted conversations between members. Opens with membership. */
export function MessagesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('messages.title')} lead={t('messages.description')}>
      <EmptyState title={t('area.notOpenTitle')}>
        <p>{t('area.notOpenBody')}</p>
      </EmptyState>
    </Page>
  );
}
