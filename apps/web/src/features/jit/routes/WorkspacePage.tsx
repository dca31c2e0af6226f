import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, NavLink, Route, Routes, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import type { JitArea, JitRole, JitStatus } from '@cop/contracts';
import { useToast } from '../../../ui/Toast';
import { CountryNames, JitNotFoundPage, QueryGate, RoleBadge, StatusBadge } from '../components/common';
import { JitWorkspaceQuery } from '../graphql/jit';
import { useJitLive } from '../hooks/useJitLive';
import { useWorkspace, WorkspaceProvider, type WorkspaceContextValue } from '../hooks/workspace';
import { useIntlNames } from '../../identity/lib/intl';

const OverviewTab = lazy(() => import('./OverviewTab').then((m) => ({ default: m.OverviewTab })));
const MembersTab = lazy(() => import('./MembersTab').then((m) => ({ default: m.MembersTab })));
const EvidenceTab = lazy(() => import('./EvidenceTab').then((m) => ({ default: m.EvidenceTab })));
const NewEvidencePage = lazy(() => import('./NewEvidencePage').then((m) => ({ default: m.NewEvidencePage })));
const EvidenceItemPage = lazy(() =>
  import('./EvidenceItemPage').then((m) => ({ default: m.EvidenceItemPage })),
);
const EvidencePrintPage = lazy(() =>
  import('./EvidencePrintPage').then((m) => ({ default: m.EvidencePrintPage })),
);
const RequestsTab = lazy(() => import('./RequestsTab').then((m) => ({ default: m.RequestsTab })));
const NewRequestPage = lazy(() => import('./NewRequestPage').then((m) => ({ default: m.NewRequestPage })));
const RequestPage = lazy(() => import('./RequestPage').then((m) => ({ default: m.RequestPage })));
const TasksTab = lazy(() => import('./TasksTab').then((m) => ({ default: m.TasksTab })));
const NotesTab = lazy(() => import('./NotesTab').then((m) => ({ default: m.NotesTab })));
const NotePage = lazy(() => import('./NotePage').then((m) => ({ default: m.NotePage })));
const ActivityTab = lazy(() => import('./ActivityTab').then((m) => ({ default: m.ActivityTab })));

export const TABS = ['overview', 'members', 'evidence', 'requests', 'tasks', 'notes', 'activity'] as const;

/**
 * One workspace, at /jit/:workspaceId/<tab>: its heading, banners (closed, observer, countries
 * without a leader), the tabs as links, and the tab. While open it follows the workspace's live
 * room; someone else's change refreshes the affected part; a removed member is sent back to /jit.
 */
export function WorkspacePage() {
  const { workspaceId = '' } = useParams();
  const { t } = useTranslation('jit');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const toast = useToast();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JitWorkspaceQuery,
    variables: { id: workspaceId },
    requestPolicy: 'cache-and-network',
  });
  const [listeners] = useState(() => new Set<(area: JitArea | 'all') => void>());
  const refresh = useMemo(() => () => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  const loaded = data?.jitWorkspace?.id === workspaceId;
  useJitLive(loaded ? workspaceId : null, (event) => {
    if (event.kind === 'gone') {
      toast.show(t('live.removed'), { tone: 'info' });
      void navigate('/jit', { replace: true });
      return;
    }
    refresh();
    const area = event.kind === 'changed' ? event.area : 'all';
    for (const listener of listeners) listener(area);
  });

  const workspace = data?.jitWorkspace;
  const context = useMemo<WorkspaceContextValue | null>(
    () => (workspace ? { workspace, refresh, listeners } : null),
    [workspace, refresh, listeners],
  );

  return (
    <QueryGate error={error} fetching={fetching} ready={!!context} onRetry={refresh}>
      {() =>
        context &&
        workspace && (
          <WorkspaceProvider value={context}>
            <div className="jit-workspace">
              <div className="jit-noprint">
                <p>
                  <Link to="/jit">{t('backToList')}</Link>
                </p>
                <header className="jit-workspace__header">
                  <h1 dir="auto">{workspace.name}</h1>
                  <p className="jit-card__badges">
                    <StatusBadge status={workspace.status as JitStatus} />
                    <RoleBadge role={workspace.myRole as JitRole} />
                    {workspace.reference && (
                      <span className="jit-muted" dir="auto">
                        {t('list.reference', { reference: workspace.reference })}
                      </span>
                    )}
                  </p>
                  <p className="jit-muted">
                    <CountryNames codes={workspace.countries} />
                  </p>
                </header>
                <Banners />
                <nav className="jit-tabs" aria-label={t('tabs.label')}>
                  <ul>
                    {TABS.map((tab) => (
                      <li key={tab}>
                        <NavLink to={`/jit/${workspace.id}/${tab}`} className="jit-tabs__link">
                          {t(`tabs.${tab}`)}
                        </NavLink>
                      </li>
                    ))}
                  </ul>
                </nav>
              </div>
              <Suspense
                fallback={
                  <p role="status" className="jit-muted">
                    {tc('app.loading')}
                  </p>
                }
              >
                <Routes>
                  <Route index element={<Navigate to="overview" replace />} />
                  <Route path="overview" element={<OverviewTab />} />
                  <Route path="members" element={<MembersTab />} />
                  <Route path="evidence" element={<EvidenceTab />} />
                  <Route path="evidence/new" element={<NewEvidencePage />} />
                  <Route path="evidence/print" element={<EvidencePrintPage />} />
                  <Route path="evidence/:itemId" element={<EvidenceItemPage />} />
                  <Route path="requests" element={<RequestsTab />} />
                  <Route path="requests/new" element={<NewRequestPage />} />
                  <Route path="requests/:requestId" element={<RequestPage />} />
                  <Route path="tasks" element={<TasksTab />} />
                  <Route path="notes" element={<NotesTab />} />
                  <Route path="notes/new" element={<NotePage />} />
                  <Route path="notes/:noteId" element={<NotePage />} />
                  <Route path="activity" element={<ActivityTab />} />
                  <Route path="*" element={<JitNotFoundPage />} />
                </Routes>
              </Suspense>
            </div>
          </WorkspaceProvider>
        )
      }
    </QueryGate>
  );
}

/** Closed, observer, and countries without a leader: said on every tab. */
function Banners() {
  const { t } = useTranslation('jit');
  const names = useIntlNames();
  const { workspace } = useWorkspace();
  return (
    <>
      {workspace.status === 'CLOSED' && (
        <p className="jit-banner" role="note">
          {t('banner.closed')}
        </p>
      )}
      {workspace.status !== 'CLOSED' && workspace.myRole === 'OBSERVER' && (
        <p className="jit-banner" role="note">
          {t('banner.observer')}
        </p>
      )}
      {workspace.missingLeaderCountries.length > 0 && (
        <p className="jit-banner jit-banner--warning" role="note">
          {t('banner.missingLeaders', {
            countries: names.list(workspace.missingLeaderCountries.map((code) => names.country(code))),
          })}
        </p>
      )}
    </>
  );
}
