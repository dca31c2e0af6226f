import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';

/** JIT workspaces: closed spaces of joint investigation teams. Opens with membership. */
export function JitWorkspacesPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('jit.title')} lead={t('jit.description')}>
      <EmptyState title={t('area.notOpenTitle')}>
        <p>{t('area.notOpenBody')}</p>
      </EmptyState>
    </Page>
  );
}
