import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { NotificationEvent } from '@cop/contracts';
import { useClient } from 'urql';
import type {
  UnreadNotificationCountQuery,
  UnreadNotificationCountQueryVariables,
} from '../../../graphql/generated/graphql';
import { useSessionSocketEvent } from '../../identity/session/useSessionSocket';
import { useViewer } from '../../identity/session/ViewerContext';

/**
 * The `UnreadNotificationCount` query of ../graphql/notifications.ts, as text: the header needs it
 * on every page, and importing a generated document would bring every operation of the app into the
 * first-load bundle (see VIEWER_QUERY_TEXT). notifications.test.ts checks it is the same query.
 */
export const UNREAD_COUNT_QUERY_TEXT = `
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`;

export interface UnreadCountState {
  /** Unread notifications the member may see; null until known (or nobody signed in). */
  count: number | null;
  /** Asks the api again (after marking notifications read, say). */
  refresh: () => void;
}

const UnreadCountContext = createContext<UnreadCountState>({ count: null, refresh: () => undefined });

export function useUnreadCount(): UnreadCountState {
  return use(UnreadCountContext);
}

/**
 * Keeps the signed-in member's unread count: asked when they sign in, and again whenever the
 * session socket says a notification arrived, was read (in any tab or device) or was withdrawn, and
 * after the socket reconnects (events may have been missed meanwhile). The events carry no count
 * to trust blindly: the api answers, applying visibility.
 */
export function UnreadCountProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const { viewer } = useViewer();
  const member = viewer?.sessionState === 'ACTIVE' && viewer.status === 'ACTIVE' ? viewer.id : null;
  const [known, setKnown] = useState<{ member: string; count: number } | null>(null);
  const latest = useRef(0);
  const dropped = useRef(false);

  const refresh = useCallback(() => {
    if (!member) return;
    const ticket = ++latest.current;
    void client
      .query<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>(
        UNREAD_COUNT_QUERY_TEXT,
        {},
        { requestPolicy: 'network-only' },
      )
      .toPromise()
      .then((result) => {
        const count = result.data?.unreadNotificationCount;
        if (ticket === latest.current && typeof count === 'number') setKnown({ member, count });
      });
  }, [client, member]);

  useEffect(() => {
    refresh();
  }, [refresh]);

  useSessionSocketEvent(NotificationEvent.CREATED, refresh);
  useSessionSocketEvent(NotificationEvent.READ, refresh);
  useSessionSocketEvent(NotificationEvent.WITHDRAWN, refresh);
  useSessionSocketEvent('disconnect', () => {
    dropped.current = true;
  });
  useSessionSocketEvent('connect', () => {
    if (!dropped.current) return;
    dropped.current = false;
    refresh();
  });

  // A count belongs to the member it was asked for: never show one person's count to the next.
  const count = known && known.member === member ? known.count : null;
  const value = useMemo<UnreadCountState>(() => ({ count, refresh }), [count, refresh]);
  return <UnreadCountContext value={value}>{children}</UnreadCountContext>;
}
