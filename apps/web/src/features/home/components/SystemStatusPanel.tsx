import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { HealthStatus } from '../../../graphql/generated/graphql';
import { formatDateTime } from '../../../i18n/format';
import { Button } from '../../../ui/Button';
import { cx } from '../../../ui/cx';
import { HealthQuery } from '../graphql/health';
import './SystemStatusPanel.css';

type Shown = 'checking' | 'ok' | 'degraded' | 'unreachable';

const SHOWN_BY_STATUS: Record<HealthStatus, Shown> = { OK: 'ok', DEGRADED: 'degraded' };

/** Asks the api whether it and its database are up, and shows the answer with the server's clock. */
export function SystemStatusPanel() {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: HealthQuery,
    requestPolicy: 'cache-and-network',
  });

  const shown: Shown = error ? 'unreachable' : data ? SHOWN_BY_STATUS[data.health.status] : 'checking';
  const label = {
    checking: t('status.checking'),
    ok: t('status.ok'),
    degraded: t('status.degraded'),
    unreachable: t('status.unreachable'),
  }[shown];
  const detail = {
    checking: null,
    ok: t('status.okDetail'),
    degraded: t('status.degradedDetail'),
    unreachable: t('status.unreachableDetail'),
  }[shown];
  const serverTime = !error && data ? data.health.serverTime : null;

  return (
    <section className="system-status" aria-labelledby={headingId}>
      <h2 id={headingId} className="system-status__title">
        {t('status.title')}
      </h2>
      <div role="status" className="system-status__live">
        <dl className="system-status__facts">
          <div>
            <dt>{t('status.label')}</dt>
            <dd>
              <span className={cx('system-status__badge', `system-status__badge--${shown}`)}>{label}</span>
              {detail && <span className="system-status__detail">{detail}</span>}
            </dd>
          </div>
          {serverTime && (
            <div>
              <dt>{t('status.serverTime')}</dt>
              <dd>
                <time dateTime={serverTime}>
                  {formatDateTime(serverTime, i18n.resolvedLanguage ?? i18n.language)}
                </time>
              </dd>
            </div>
          )}
        </dl>
      </div>
      <Button
        variant="secondary"
        busy={fetching}
        onClick={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {t('status.checkAgain')}
      </Button>
    </section>
  );
}
