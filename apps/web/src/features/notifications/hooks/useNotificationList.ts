import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import type { NotificationFieldsFragment } from '../../../graphql/generated/graphql';
import { NotificationsQuery } from '../graphql/notifications';

export const NOTIFICATIONS_PAGE_SIZE = 20;

export type NotificationItem = NotificationFieldsFragment;

export interface NotificationList {
  items: NotificationItem[];
  hasNextPage: boolean;
  /** The first page is on its way (or on its way again after a change of filter). */
  loading: boolean;
  loadingMore: boolean;
  /** The first page did not arrive. */
  error: boolean;
  /** An older page did not arrive. */
  moreError: boolean;
  reload: () => void;
  loadMore: () => void;
  /** Something new arrived: asks for the newest page and puts what was not shown yet on top. */
  takeNewest: () => void;
  /** Shows these (or all, with `null`) as read, before the api confirms. */
  showRead: (ids: readonly string[] | null) => void;
}

interface State {
  items: NotificationItem[];
  endCursor: string | null;
  hasNextPage: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: boolean;
  moreError: boolean;
}

const INITIAL: State = {
  items: [],
  endCursor: null,
  hasNextPage: false,
  loading: true,
  loadingMore: false,
  error: false,
  moreError: false,
};

function newestFirst(a: NotificationItem, b: NotificationItem): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0;
}

/**
 * The member's notifications, newest first: the first page, then older pages on demand ("load
 * more", by cursor), new ones added on top as they arrive. Never from the cache: what the member
 * may see changes, and the api decides it on every read.
 */
export function useNotificationList(unreadOnly: boolean): NotificationList {
  const client = useClient();
  const [state, setState] = useState<State>(INITIAL);
  /** Bumped by each reload: answers to an older list are dropped. */
  const generation = useRef(0);

  const fetchPage = useCallback(
    (after: string | null) =>
      client
        .query(
          NotificationsQuery,
          { first: NOTIFICATIONS_PAGE_SIZE, after, unreadOnly },
          { requestPolicy: 'network-only' },
        )
        .toPromise(),
    [client, unreadOnly],
  );

  const load = useCallback(() => {
    const ticket = ++generation.current;
    void fetchPage(null).then((result) => {
      if (ticket !== generation.current) return;
      const page = result.data?.notifications;
      if (!page) {
        setState((s) => ({ ...s, loading: false, error: true }));
        return;
      }
      setState({
        ...INITIAL,
        items: page.items,
        endCursor: page.endCursor ?? null,
        hasNextPage: page.hasNextPage,
        loading: false,
      });
    });
  }, [fetchPage]);

  useEffect(() => {
    load();
  }, [load]);

  const reload = useCallback(() => {
    setState((s) => ({ ...s, loading: true, error: false }));
    load();
  }, [load]);

  const loadMore = useCallback(() => {
    const ticket = generation.current;
    const after = state.endCursor;
    if (!after || state.loadingMore) return;
    setState((s) => ({ ...s, loadingMore: true, moreError: false }));
    void fetchPage(after).then((result) => {
      if (ticket !== generation.current) return;
      const page = result.data?.notifications;
      if (!page) {
        setState((s) => ({ ...s, loadingMore: false, moreError: true }));
        return;
      }
      setState((s) => {
        const known = new Set(s.items.map((n) => n.id));
        return {
          ...s,
          items: [...s.items, ...page.items.filter((n) => !known.has(n.id))],
          endCursor: page.endCursor ?? null,
          hasNextPage: page.hasNextPage,
          loadingMore: false,
        };
      });
    });
  }, [fetchPage, state.endCursor, state.loadingMore]);

  const takeNewest = useCallback(() => {
    const ticket = generation.current;
    void fetchPage(null).then((result) => {
      if (ticket !== generation.current) return;
      const page = result.data?.notifications;
      if (!page) return;
      setState((s) => {
        if (s.items.length === 0) {
          return {
            ...s,
            items: page.items,
            endCursor: page.endCursor ?? null,
            hasNextPage: page.hasNextPage,
            error: false,
          };
        }
        const fresh = new Map(page.items.map((n) => [n.id, n]));
        const shown = new Set(s.items.map((n) => n.id));
        const added = page.items.filter((n) => !shown.has(n.id));
        // What is shown takes the api's word on being read (another tab may have read it).
        const kept = s.items.map((n) => fresh.get(n.id) ?? n);
        return { ...s, items: [...added, ...kept].sort(newestFirst) };
      });
    });
  }, [fetchPage]);

  const showRead = useCallback((ids: readonly string[] | null) => {
    setState((s) => ({
      ...s,
      items: s.items.map((n) => (ids === null || ids.includes(n.id) ? { ...n, read: true } : n)),
    }));
  }, []);

  return {
    items: state.items,
    hasNextPage: state.hasNextPage,
    loading: state.loading,
    loadingMore: state.loadingMore,
    error: state.error,
    moreError: state.moreError,
    reload,
    loadMore,
    takeNewest,
    showRead,
  };
}
