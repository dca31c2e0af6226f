import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';

/** Discussions: threads by topic and regional group. Opens with membership. */
export function DiscussionsPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('discussions.title')} lead={t('discussions.description')}>
      <EmptyState title={t('area.notOpenTitle')}>
        <p>{t('area.notOpenBody')}</p>
      </EmptyState>
    </Page>
  );
}
