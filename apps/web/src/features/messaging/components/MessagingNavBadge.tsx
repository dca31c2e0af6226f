import { use, useCallback, useEffect, useRef, useState } from 'react';
import { MESSAGING_EVENTS, UNREAD_BADGE_MAX } from '@cop/contracts';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import type {
  MessagingUnreadCountQuery,
  MessagingUnreadCountQueryVariables,
} from '../../../graphql/generated/graphql';
import { currentLanguage } from '../../../i18n/i18n';
import { SessionSocketContext, useSessionSocketEvent } from '../../identity/session/useSessionSocket';
import { useViewer } from '../../identity/session/ViewerContext';
import './MessagingNavBadge.css';

/**
 * The `MessagingUnreadCount` query of ../graphql/messaging.ts, as text: the navigation needs it on
 * every page, and importing a generated document would bring every operation of the app into the
 * first-load bundle (see VIEWER_QUERY_TEXT). messaging.test.ts checks it is the same query.
 */
export const MESSAGING_UNREAD_QUERY_TEXT = `
  query MessagingUnreadCount {
    messagingUnreadCount
  }
`;

/** Events arriving together (a burst of messages) are counted once. */
const REFRESH_DELAY_MS = 400;

/**
 * The unread message count on the navigation's Messages link (unmuted conversations; 99+ beyond
 * 99), read again shortly after a message or a read receipt arrives on the session's socket, and
 * after a reconnect. Screen readers hear it with the link's name ("Messages unread: 3").
 */
export function MessagingNavBadge() {
  const { t, i18n } = useTranslation();
  const client = useClient();
  const { viewer } = useViewer();
  const member = viewer?.sessionState === 'ACTIVE' && viewer.status === 'ACTIVE' ? viewer.id : null;
  const [known, setKnown] = useState<{ member: string; count: number } | null>(null);
  const latest = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const dropped = useRef(false);
  const socket = use(SessionSocketContext);

  // The messaging engine runs for the whole session, not only on the messages pages: it says
  // "delivered" as messages reach this device, catches up after reconnects and sends what waits
  // in the outbox (after a reload too). Its code is a chunk of its own, fetched after sign-in.
  useEffect(() => {
    if (!socket || !member) return;
    const engine = import('../lib/sessionEngine');
    void engine.then(({ sessionEngine }) => sessionEngine(socket, member, client));
    return () => {
      void engine.then(({ releaseEngine }) => releaseEngine(socket));
    };
  }, [socket, member, client]);

  const refresh = useCallback(() => {
    if (!member) return;
    const ticket = ++latest.current;
    void client
      .query<MessagingUnreadCountQuery, MessagingUnreadCountQueryVariables>(
        MESSAGING_UNREAD_QUERY_TEXT,
        {},
        { requestPolicy: 'network-only' },
      )
      .toPromise()
      .then((result) => {
        const count = result.data?.messagingUnreadCount;
        if (ticket === latest.current && typeof count === 'number') setKnown({ member, count });
      });
  }, [client, member]);

  useEffect(() => {
    refresh();
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [refresh]);

  const soon = () => {
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      refresh();
    }, REFRESH_DELAY_MS);
  };
  useSessionSocketEvent(MESSAGING_EVENTS.created, soon);
  useSessionSocketEvent(MESSAGING_EVENTS.updated, soon);
  useSessionSocketEvent(MESSAGING_EVENTS.receiptUpdated, (payload) => {
    // Only one's own reading changes one's count.
    if ((payload as { userId?: unknown } | null)?.userId === member) soon();
  });
  useSessionSocketEvent(MESSAGING_EVENTS.conversationUpdated, soon);
  useSessionSocketEvent(MESSAGING_EVENTS.conversationRemoved, soon);
  useSessionSocketEvent('disconnect', () => {
    dropped.current = true;
  });
  useSessionSocketEvent('connect', () => {
    if (!dropped.current) return;
    dropped.current = false;
    soon();
  });

  const count = known && known.member === member ? known.count : 0;
  if (!count) return null;
  const numbers = new Intl.NumberFormat(currentLanguage(i18n));
  const shown = count > UNREAD_BADGE_MAX ? `${numbers.format(UNREAD_BADGE_MAX)}+` : numbers.format(count);
  return (
    <>
      <span className="messaging-nav-badge" aria-hidden="true">
        {shown}
      </span>
      <span className="visually-hidden"> {t('messages.unread', { number: shown })}</span>
    </>
  );
}
