import { useTranslation } from 'react-i18next';
import { Page } from '../../../ui/Page';
import { SystemStatusPanel } from '../components/SystemStatusPanel';

/** Landing page: what the community is, where membership stands, and whether the portal is up. */
export function HomePage() {
  const { t } = useTranslation();
  return (
    <Page title={t('home.title')} lead={t('home.intro')}>
      <p>{t('home.purpose')}</p>
      <p>{t('home.membership')}</p>
      <SystemStatusPanel />
    </Page>
  );
}
