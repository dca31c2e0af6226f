import { useState } from 'react';
import { NotificationEvent } from '@cop/contracts';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button } from '../../../ui/Button';
import { Checkbox } from '../../../ui/CheckboxGroup';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { useToast } from '../../../ui/Toast';
import { LoadError } from '../../identity/components/LoadError';
import { useSessionSocketEvent } from '../../identity/session/useSessionSocket';
import { EmailPreference } from '../components/EmailPreference';
import { NotificationListItem } from '../components/NotificationListItem';
import { useUnreadCount } from '../components/UnreadCount';
import { MarkAllNotificationsReadMutation, MarkNotificationsReadMutation } from '../graphql/notifications';
import { type NotificationItem, useNotificationList } from '../hooks/useNotificationList';
import './NotificationsPage.css';

/**
 * The member's notifications, newest first, kept live over the session socket; following one marks
 * it read. Below the list, how often they want e-mail about them.
 */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const toast = useToast();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useNotificationList(unreadOnly);
  const unread = useUnreadCount();
  const [markAll, markAllRead] = useMutation(MarkAllNotificationsReadMutation);
  const [, markRead] = useMutation(MarkNotificationsReadMutation);

  useSessionSocketEvent(NotificationEvent.CREATED, list.takeNewest);
  useSessionSocketEvent(NotificationEvent.WITHDRAWN, list.reload);
  useSessionSocketEvent(NotificationEvent.READ, (payload) => {
    const ids = (payload as { ids?: unknown } | null)?.ids;
    list.showRead(Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : null);
  });

  function open(notification: NotificationItem) {
    if (notification.read) return;
    list.showRead([notification.id]);
    // The page is left at once: the mark goes on in the background, and the bell follows.
    void markRead({ ids: [notification.id] }).then(() => unread.refresh());
  }

  async function handleMarkAll() {
    const result = await markAllRead({});
    if (result.error) {
      toast.show(t('markFailed'), { tone: 'error' });
      return;
    }
    list.showRead(null);
    unread.refresh();
    toast.show(t('allRead'), { tone: 'success' });
  }

  const anyUnread = list.items.some((n) => !n.read) || (unread.count ?? 0) > 0;

  return (
    <Page title={t('title')} lead={t('lead')}>
      <div className="notifications__bar">
        <Checkbox label={t('unreadOnly')} checked={unreadOnly} onChange={setUnreadOnly} name="unreadOnly" />
        <Button
          variant="secondary"
          busy={markAll.fetching}
          aria-disabled={!anyUnread || markAll.fetching || undefined}
          onClick={() => void (anyUnread ? handleMarkAll() : undefined)}
        >
          {t('markAllRead')}
        </Button>
      </div>

      {list.loading && list.items.length === 0 && !list.error && <p role="status">{t('loading')}</p>}
      {list.error && (
        <LoadError
          message={t('loadError')}
          retryLabel={t('retry')}
          busy={list.loading}
          onRetry={list.reload}
        />
      )}
      {!list.loading && !list.error && list.items.length === 0 && (
        <EmptyState title={unreadOnly ? t('emptyUnread') : t('empty')}>
          {!unreadOnly && <p>{t('emptyBody')}</p>}
        </EmptyState>
      )}
      {list.items.length > 0 && (
        <ul className="notifications__list" aria-label={t('list')}>
          {list.items.map((notification) => (
            <NotificationListItem key={notification.id} notification={notification} onOpen={open} />
          ))}
        </ul>
      )}
      {list.moreError && <p role="alert">{t('loadMoreError')}</p>}
      {list.hasNextPage && (
        <div>
          <Button variant="secondary" busy={list.loadingMore} onClick={list.loadMore}>
            {t('loadMore')}
          </Button>
        </div>
      )}

      <EmailPreference />
    </Page>
  );
}
