import { useTranslation } from 'react-i18next';
import { useRouteError } from 'react-router';
import { Button } from '../ui/Button';
import { Page } from '../ui/Page';

/**
 * A page failed to load or to render. On a slow or dropped link this is most often its code chunk
 * not arriving, or a chunk of a build that a newer deployment replaced: reloading fixes both.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <Page title={t('routeError.title')} lead={t('routeError.body')}>
      <div>
        <Button onClick={() => window.location.reload()}>{t('routeError.reload')}</Button>
      </div>
    </Page>
  );
}
