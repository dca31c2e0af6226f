import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { LegalRequestStatus, LegalRequestType } from '@cop/contracts';
import type { LegalRequestFieldsFragment } from '../../../graphql/generated/graphql';
import { Table } from '../../../ui/Table';
import { useIntlNames } from '../../identity/lib/intl';
import { Day, QueryGate } from '../components/common';
import { JitRequestsQuery } from '../graphql/jit';
import { useAreaRefresh, useWorkspace } from '../hooks/workspace';

export function OverdueBadge({ overdue }: { overdue: boolean }) {
  const { t } = useTranslation('jit');
  return overdue ? <span className="jit-badge jit-badge--overdue">{t('requests.overdue')}</span> : null;
}

export function RequestStatusBadge({ status }: { status: LegalRequestStatus }) {
  const { t } = useTranslation('jit');
  return (
    <span className={`jit-badge jit-badge--request-${status.toLowerCase()}`}>
      {t(`requestStatus.${status}`)}
    </span>
  );
}

/** The workspace's legal requests: overdue first, then by due date. */
export function RequestsTab() {
  const { t } = useTranslation('jit');
  const names = useIntlNames();
  const { workspace } = useWorkspace();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JitRequestsQuery,
    variables: { workspaceId: workspace.id },
    requestPolicy: 'cache-and-network',
  });
  const refetch = () => reexecute({ requestPolicy: 'network-only' });
  useAreaRefresh('requests', refetch);
  const base = `/jit/${workspace.id}/requests`;

  return (
    <section aria-labelledby="jit-requests-heading" className="jit-section">
      <h2 id="jit-requests-heading">{t('tabs.requests')}</h2>
      {workspace.canWrite && (
        <div className="jit-actions">
          <Link className="ui-button ui-button--primary" to={`${base}/new`}>
            {t('requests.new')}
          </Link>
        </div>
      )}
      <QueryGate error={error} fetching={fetching} ready={!!data} onRetry={refetch}>
        {() => (
          <Table<LegalRequestFieldsFragment>
            caption={t('requests.caption')}
            captionHidden
            rows={data?.jitRequests ?? []}
            rowKey={(request) => request.id}
            emptyText={t('requests.empty')}
            columns={[
              {
                key: 'type',
                header: t('requests.type'),
                cell: (r) => t(`requestType.${r.type as LegalRequestType}`),
              },
              {
                key: 'subject',
                header: t('requests.subject'),
                rowHeader: true,
                cell: (r) => (
                  <Link to={`${base}/${r.id}`} dir="auto">
                    {r.subject}
                  </Link>
                ),
              },
              {
                key: 'countries',
                header: t('requests.route'),
                cell: (r) =>
                  t('requests.routeValue', {
                    from: names.country(r.requestingCountry),
                    to: names.country(r.requestedCountry),
                  }),
              },
              {
                key: 'status',
                header: t('requests.status'),
                cell: (r) => <RequestStatusBadge status={r.status as LegalRequestStatus} />,
              },
              {
                key: 'due',
                header: t('requests.dueOn'),
                cell: (r) => (
                  <>
                    <Day value={r.dueOn} /> <OverdueBadge overdue={r.overdue} />
                  </>
                ),
              },
            ]}
          />
        )}
      </QueryGate>
    </section>
  );
}
