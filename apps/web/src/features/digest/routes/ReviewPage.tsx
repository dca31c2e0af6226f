import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { useIntlNames } from '../../identity/lib/intl';
import { CaseActions } from '../components/CaseActions';
import { BackToSearch, Day, DigestGate, Person, When } from '../components/common';
import { DigestReviewQueueQuery } from '../graphql/digest';

/** Moderators: the records waiting for review, oldest first, each to publish or return with a comment. */
export function ReviewPage() {
  const { t } = useTranslation('digest');
  const names = useIntlNames();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DigestReviewQueueQuery,
    requestPolicy: 'cache-and-network',
  });
  const queue = data?.digestReviewQueue;
  return (
    <DigestGate
      error={error}
      fetching={fetching}
      ready={!!queue}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {() => (
        <Page title={t('review.title')} lead={t('review.lead')}>
          <BackToSearch />
          {queue?.length === 0 ? (
            <EmptyState title={t('review.empty')} />
          ) : (
            <ol className="digest-results" aria-label={t('review.title')}>
              {queue?.map((record) => (
                <li key={record.id} className="digest-card">
                  <h2 className="digest-result__title">
                    <Link to={`/case-law/cases/${record.id}`} dir="auto">
                      {record.content.title}
                    </Link>
                  </h2>
                  <p className="digest-meta">
                    <span>{names.country(record.content.country)}</span>
                    <span dir="auto">{record.content.court}</span>
                    <Day value={record.content.decisionDate} />
                    <span>
                      {t('review.by')} <Person person={record.author} />
                    </span>
                    <span>
                      {t('review.submitted')} <When value={record.submittedAt} />
                    </span>
                  </p>
                  <CaseActions
                    id={record.id}
                    title={record.content.title}
                    status={record.status}
                    canEdit={false}
                    canSubmit={false}
                    canModerate
                    withEdit={false}
                  />
                </li>
              ))}
            </ol>
          )}
        </Page>
      )}
    </DigestGate>
  );
}
