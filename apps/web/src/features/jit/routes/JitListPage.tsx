import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { JitRole, JitStatus } from '@cop/contracts';
import { currentLanguage } from '../../../i18n/i18n';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { CountryNames, QueryGate, RoleBadge, StatusBadge } from '../components/common';
import { JitWorkspacesQuery } from '../graphql/jit';

/** The caller's JIT workspaces, newest activity first, at /jit. */
export function JitListPage() {
  const { t, i18n } = useTranslation('jit');
  const { t: tc } = useTranslation();
  const number = new Intl.NumberFormat(currentLanguage(i18n));
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JitWorkspacesQuery,
    requestPolicy: 'cache-and-network',
  });
  const workspaces = data?.jitWorkspaces;

  return (
    <QueryGate
      error={error}
      fetching={fetching}
      ready={!!workspaces}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {() => (
        <Page title={tc('jit.title')} lead={tc('jit.description')}>
          <div className="jit-actions">
            <Link className="ui-button ui-button--primary" to="/jit/new">
              {t('list.new')}
            </Link>
          </div>
          {workspaces?.length === 0 ? (
            <EmptyState title={t('list.emptyTitle')}>
              <p>{t('list.emptyBody')}</p>
              <p>{t('list.emptyHow')}</p>
            </EmptyState>
          ) : (
            <ul className="jit-cards" aria-label={t('list.heading')}>
              {workspaces?.map((workspace) => (
                <li key={workspace.id} className="jit-card">
                  <h2 className="jit-card__title">
                    <Link to={`/jit/${workspace.id}`} dir="auto">
                      {workspace.name}
                    </Link>
                  </h2>
                  {workspace.reference && (
                    <p className="jit-muted" dir="auto">
                      {t('list.reference', { reference: workspace.reference })}
                    </p>
                  )}
                  <p className="jit-card__badges">
                    <StatusBadge status={workspace.status as JitStatus} />
                    <RoleBadge role={workspace.myRole as JitRole} />
                  </p>
                  <p>
                    <CountryNames codes={workspace.countries} />
                  </p>
                  <ul className="jit-card__counts">
                    <li>{t('list.members', { n: number.format(workspace.counts.members) })}</li>
                    <li>{t('list.evidence', { n: number.format(workspace.counts.evidence) })}</li>
                    <li>{t('list.openRequests', { n: number.format(workspace.counts.openRequests) })}</li>
                    {workspace.counts.overdueRequests > 0 && (
                      <li className="jit-overdue">
                        {t('list.overdue', { n: number.format(workspace.counts.overdueRequests) })}
                      </li>
                    )}
                    <li>{t('list.openTasks', { n: number.format(workspace.counts.openTasks) })}</li>
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </Page>
      )}
    </QueryGate>
  );
}
