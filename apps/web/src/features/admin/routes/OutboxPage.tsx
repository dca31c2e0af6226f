import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { LoadError } from '../../identity/components/LoadError';
import { Pagination, useRangeText } from '../../identity/components/Pagination';
import { useIntlNames } from '../../identity/lib/intl';
import { OutboxQuery } from '../graphql/outbox';

export const OUTBOX_PAGE_SIZE = 20;

/**
 * The local outbox: without a mail server the portal writes its e-mails to files, and this page
 * shows them, so a demonstration (apply, confirm, approve, set a password) works end to end.
 */
export function OutboxPage() {
  const { t } = useTranslation('admin');
  const names = useIntlNames();
  const [search, setSearch] = useSearchParams();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const offset = (page - 1) * OUTBOX_PAGE_SIZE;
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: OutboxQuery,
    variables: { first: OUTBOX_PAGE_SIZE, offset },
    requestPolicy: 'cache-and-network',
  });
  const outbox = data?.outbox;
  const range = useRangeText(outbox?.total ?? 0, OUTBOX_PAGE_SIZE, offset);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <Page title={t('outbox.title')} lead={t('outbox.lead')}>
      {fetching && !data && <p role="status">{t('loading')}</p>}
      {error && (
        <LoadError message={t('loadError')} retryLabel={t('retry')} busy={fetching} onRetry={refresh} />
      )}
      {outbox && !outbox.enabled && (
        <EmptyState title={t('outbox.disabledTitle')}>
          <p>{t('outbox.disabledBody')}</p>
        </EmptyState>
      )}
      {outbox?.enabled && (
        <>
          <div className="outbox__bar">
            <p role="status" className="admin-muted">
              {range}
            </p>
            <Button variant="secondary" busy={fetching} onClick={refresh}>
              {t('outbox.refresh')}
            </Button>
          </div>
          {outbox.items.length === 0 ? (
            <EmptyState title={t('outbox.empty')} />
          ) : (
            <ul className="outbox__list" aria-label={t('outbox.list')}>
              {outbox.items.map((message) => (
                <li key={message.id} className="outbox__item">
                  <Link
                    to={`/admin/outbox/${encodeURIComponent(message.id)}`}
                    className="outbox__subject"
                    dir="auto"
                  >
                    {message.subject}
                  </Link>
                  <span className="outbox__meta">
                    <span>
                      {t('outbox.to')}: {message.to}
                    </span>
                    <time dateTime={message.sentAt}>{names.dateTime(message.sentAt)}</time>
                  </span>
                </li>
              ))}
            </ul>
          )}
          <Pagination
            total={outbox.total}
            first={OUTBOX_PAGE_SIZE}
            offset={offset}
            onChange={(next) => {
              const nextPage = Math.floor(next / OUTBOX_PAGE_SIZE) + 1;
              setSearch(nextPage > 1 ? { page: String(nextPage) } : {});
            }}
          />
        </>
      )}
    </Page>
  );
}
