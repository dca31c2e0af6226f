import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { JIT_ACTIVITY_ACTIONS, type JitActivityAction } from '@cop/contracts';
import type { JitActivityQuery as ActivityResult } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { Person, Problem, QueryGate, When } from '../components/common';
import { JitActivityQuery } from '../graphql/jit';
import { useAreaRefresh, useWorkspace } from '../hooks/workspace';

const PAGE = 50;
type Entry = ActivityResult['jitActivity']['items'][number];

/** `evidence.added` → `evidence_added` (dots in a key would nest it). */
export function activityKey(action: string): string {
  return action.replace(/\./g, '_');
}

function isKnown(action: string): action is JitActivityAction {
  return (JIT_ACTIVITY_ACTIONS as readonly string[]).includes(action);
}

/** Everything done in the workspace, newest first, older entries on demand. */
export function ActivityTab() {
  const { t } = useTranslation('jit');
  const client = useClient();
  const { workspace } = useWorkspace();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: JitActivityQuery,
    variables: { workspaceId: workspace.id, first: PAGE },
    requestPolicy: 'cache-and-network',
  });
  const [older, setOlder] = useState<{ items: Entry[]; hasMore: boolean } | null>(null);
  const [loading, setLoading] = useState(false);
  const [moreFailed, setMoreFailed] = useState(false);
  const refetch = () => {
    setOlder(null);
    reexecute({ requestPolicy: 'network-only' });
  };
  useAreaRefresh('any', refetch);
  const items = [...(data?.jitActivity.items ?? []), ...(older?.items ?? [])];
  const hasMore = older ? older.hasMore : (data?.jitActivity.hasMore ?? false);

  async function loadMore() {
    const last = items.at(-1);
    if (!last) return;
    setLoading(true);
    const result = await client
      .query(
        JitActivityQuery,
        { workspaceId: workspace.id, before: last.id, first: PAGE },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setLoading(false);
    const page = result.data?.jitActivity;
    setMoreFailed(!page);
    if (page)
      setOlder((current) => ({ items: [...(current?.items ?? []), ...page.items], hasMore: page.hasMore }));
  }

  const label = (action: string) =>
    isKnown(action) ? t(`activity.${activityKey(action) as 'workspace_created'}`) : action;

  return (
    <section aria-labelledby="jit-activity-heading" className="jit-section">
      <h2 id="jit-activity-heading">{t('tabs.activity')}</h2>
      <QueryGate error={error} fetching={fetching} ready={!!data} onRetry={refetch}>
        {() =>
          items.length === 0 ? (
            <p className="jit-muted">{t('activity.empty')}</p>
          ) : (
            <>
              <ol className="jit-timeline" aria-label={t('activity.label')}>
                {items.map((entry) => (
                  <li key={entry.id} className="jit-timeline__item">
                    <p>
                      <When value={entry.at} /> · <Person person={entry.actor} />
                    </p>
                    <p>
                      <strong>{label(entry.action)}</strong>
                      {entry.summary && (
                        <>
                          {': '}
                          <bdi>{entry.summary}</bdi>
                        </>
                      )}
                    </p>
                  </li>
                ))}
              </ol>
              {moreFailed && <Problem>{t('error.load')}</Problem>}
              {hasMore && (
                <Button variant="secondary" busy={loading} onClick={() => void loadMore()}>
                  {t('activity.more')}
                </Button>
              )}
            </>
          )
        }
      </QueryGate>
    </section>
  );
}
