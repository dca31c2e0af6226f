import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';

/** Administration: vetting, roles, memberships and the audit log. Opens with membership. */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('admin.title')} lead={t('admin.description')}>
      <EmptyState title={t('area.notOpenTitle')}>
        <p>{t('area.notOpenBody')}</p>
      </EmptyState>
    </Page>
  );
}
