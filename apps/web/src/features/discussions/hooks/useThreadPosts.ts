import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { ErrorLike } from '../../identity/graphql/errors';
import { DiscussionThreadPostsQuery, DiscussionThreadQuery } from '../graphql/threads';
import type { Post } from '../lib/types';

/**
 * Posts per page: the thread's first page comes with it, later ones on request. The api refuses a
 * query costing more than 2,000 (each field of each post counts): 40 posts stay well below.
 */
export const POSTS_PAGE_SIZE = 40;

interface Page {
  afterSeq: number;
  items: Post[];
  hasMore: boolean;
}

/**
 * A thread and its posts: the first page with the thread, later pages (after the last post shown)
 * when asked. `refresh` reads everything shown again, from the network (a live event, an action).
 */
export function useThreadPosts(threadId: string) {
  const client = useClient();
  const variables = useMemo(() => ({ id: threadId, first: POSTS_PAGE_SIZE }), [threadId]);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: DiscussionThreadQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const [pages, setPages] = useState<Page[]>([]);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ErrorLike>(null);
  const pagesRef = useRef(pages);
  useLayoutEffect(() => {
    pagesRef.current = pages;
  }, [pages]);

  const thread = data?.discussionThread;
  const first = thread?.posts;

  const posts = useMemo(() => {
    const bySeq = new Map<number, Post>();
    for (const post of first?.items ?? []) bySeq.set(post.seq, post);
    for (const page of pages) for (const post of page.items) bySeq.set(post.seq, post);
    return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
  }, [first, pages]);

  const hasMore = (pages.at(-1) ?? first)?.hasMore ?? false;

  const fetchPage = useCallback(
    async (afterSeq: number): Promise<Page | ErrorLike> => {
      const result = await client
        .query(
          DiscussionThreadPostsQuery,
          { id: threadId, afterSeq, first: POSTS_PAGE_SIZE },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      const page = result.data?.discussionThread.posts;
      if (result.error || !page) return result.error ?? null;
      return { afterSeq, items: page.items, hasMore: page.hasMore };
    },
    [client, threadId],
  );

  /** Loads the page after `afterSeq` (the last post shown). */
  const loadMore = useCallback(
    async (afterSeq: number) => {
      setLoadingMore(true);
      const page = await fetchPage(afterSeq);
      setLoadingMore(false);
      if (!page || !('items' in page)) {
        setMoreError(page);
        return;
      }
      setMoreError(null);
      setPages((current) => [...current.filter((other) => other.afterSeq < afterSeq), page]);
    },
    [fetchPage],
  );

  /**
   * Reads the thread and every page shown again. With `follow`, a page that now has more (new
   * posts arrived) is followed by the next one, so live posts appear at the end.
   */
  const refresh = useCallback(
    async ({ follow = false }: { follow?: boolean } = {}) => {
      const main = await client
        .query(DiscussionThreadQuery, variables, { requestPolicy: 'network-only' })
        .toPromise();
      const shown = pagesRef.current;
      const fresh = await Promise.all(shown.map((page) => fetchPage(page.afterSeq)));
      const next = shown.map((page, index) => {
        const again = fresh[index];
        return again && 'items' in again ? again : page;
      });
      setPages(next);
      const last = next.at(-1) ?? main.data?.discussionThread.posts;
      const lastSeq = last?.items.at(-1)?.seq;
      if (follow && last?.hasMore && lastSeq !== undefined) await loadMore(lastSeq);
    },
    [client, variables, fetchPage, loadMore],
  );

  return {
    thread,
    posts,
    fetching,
    error,
    hasMore,
    loadingMore,
    moreError,
    loadMore,
    refresh,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
