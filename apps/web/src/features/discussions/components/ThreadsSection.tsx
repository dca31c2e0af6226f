import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadError } from '../../identity/components/LoadError';
import { Pagination, useRangeText } from '../../identity/components/Pagination';
import { DiscussionThreadsQuery } from '../graphql/threads';
import { THREADS_PAGE_SIZE, readThreadListParams, threadFilter, useAddressParams } from '../lib/params';
import { ThreadFilters } from './ThreadFilters';
import { ThreadList } from './ThreadList';

export interface ThreadsSectionProps {
  title: string;
  /** The category's threads only; every visible category when omitted. */
  categoryId?: string;
  /** The page's path, for the tag chips' links (`/discussions`, `/discussions/c/<slug>`). */
  basePath: string;
}

/** A list of threads with its filters and pages, all of them in the address. */
export function ThreadsSection({ title, categoryId, basePath }: ThreadsSectionProps) {
  const { t } = useTranslation('discussions');
  const headingId = useId();
  const { params, set, setPage, clear } = useAddressParams(readThreadListParams);
  const offset = (params.page - 1) * THREADS_PAGE_SIZE;
  const variables = useMemo(
    () => ({ filter: threadFilter(params, categoryId), first: THREADS_PAGE_SIZE, offset }),
    [params, categoryId, offset],
  );
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DiscussionThreadsQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const page = data?.discussionThreads;
  const range = useRangeText(page?.total ?? 0, THREADS_PAGE_SIZE, offset);
  const filtered = Boolean(params.tag || params.country || params.unread || params.watching);

  let status = '';
  if (fetching && !page) status = t('threads.loading');
  else if (page && page.items.length === 0) status = t('threads.none');
  else if (page) status = range;

  return (
    <section className="discussions-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ThreadFilters params={params} set={set} clear={clear} />
      <p role="status" className="discussions-status">
        {status}
      </p>
      {error && !fetching && (
        <LoadError
          message={t('threads.error')}
          retryLabel={t('retry')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {page && page.items.length === 0 && (
        <EmptyState title={filtered ? t('threads.noneFiltered') : t('threads.none')} headingLevel={3}>
          {filtered ? (
            <Button variant="secondary" onClick={clear}>
              {t('filters.clear')}
            </Button>
          ) : (
            <p>{t('threads.noneBody')}</p>
          )}
        </EmptyState>
      )}
      {page && page.items.length > 0 && (
        <ThreadList
          threads={page.items}
          labelledBy={headingId}
          showCategory={!categoryId}
          busy={fetching}
          tagHref={(tag) => `${basePath}?tag=${encodeURIComponent(tag)}`}
        />
      )}
      {page && (
        <Pagination
          total={page.total}
          first={THREADS_PAGE_SIZE}
          offset={offset}
          label={t('threads.pages')}
          onChange={(next) => setPage(Math.floor(next / THREADS_PAGE_SIZE) + 1)}
        />
      )}
    </section>
  );
}
