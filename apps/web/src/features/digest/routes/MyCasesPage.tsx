import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { useIntlNames } from '../../identity/lib/intl';
import { BackToSearch, Day, DigestGate, StatusBadge, When } from '../components/common';
import { DigestMyCasesQuery } from '../graphql/digest';

/** The caller's records with their status, newest change first. */
export function MyCasesPage() {
  const { t } = useTranslation('digest');
  const names = useIntlNames();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DigestMyCasesQuery,
    requestPolicy: 'cache-and-network',
  });
  const cases = data?.digestMyCases;
  return (
    <DigestGate
      error={error}
      fetching={fetching}
      ready={!!cases}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {() => (
        <Page title={t('mine.title')} lead={t('mine.lead')}>
          <BackToSearch />
          <p>
            <Link className="ui-button ui-button--primary" to="/case-law/new">
              {t('links.propose')}
            </Link>
          </p>
          {cases?.length === 0 ? (
            <EmptyState title={t('mine.empty')}>
              <p>{t('mine.emptyBody')}</p>
            </EmptyState>
          ) : (
            <ul className="digest-results" aria-label={t('mine.title')}>
              {cases?.map((record) => (
                <li key={record.id} className="digest-card">
                  <h2 className="digest-result__title">
                    <Link to={`/case-law/cases/${record.id}`} dir="auto">
                      {record.content.title || t('mine.untitled')}
                    </Link>
                  </h2>
                  <p className="digest-meta">
                    <StatusBadge status={record.status} />
                    <span>{names.country(record.content.country)}</span>
                    <span dir="auto">{record.content.court}</span>
                    <Day value={record.content.decisionDate} />
                    <span>
                      {t('mine.updated')} <When value={record.updatedAt} />
                    </span>
                  </p>
                  {record.reviewComment && record.status === 'DRAFT' && (
                    <div className="digest-banner digest-banner--warning">
                      <p>
                        <strong>{t('reader.reviewComment')}</strong>
                      </p>
                      <p className="digest-text" dir="auto">
                        {record.reviewComment}
                      </p>
                    </div>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Page>
      )}
    </DigestGate>
  );
}
