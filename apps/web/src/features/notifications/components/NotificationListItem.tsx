import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../../i18n/i18n';
import { formatRelativeTime } from '../../../i18n/format';
import { cx } from '../../../ui/cx';
import { useIntlNames } from '../../identity/lib/intl';
import type { NotificationItem } from '../hooks/useNotificationList';

/** A small sign for each kind (decorative: the text says what happened). */
const KIND_SIGN: Record<NotificationItem['kind'], string> = {
  MENTION: '@',
  THREAD_REPLY: '↩',
  NEW_THREAD: '+',
  POST_HIDDEN: '⊘',
  POST_RESTORED: '✓',
  JIT_REQUEST_DUE: '⏰',
  DIGEST_RETURNED: '↺',
  DIGEST_PUBLISHED: '✓',
};

export interface NotificationListItemProps {
  notification: NotificationItem;
  /** Called as the reader follows the notification's link (to mark it read). */
  onOpen: (notification: NotificationItem) => void;
  /** "Now", for relative times (tests pin it). */
  now?: number;
}

/**
 * One notification: what happened and who did it, the subject's title as a link to it, its
 * excerpt, and when. Unread ones stand out (bar, weight, and the word "Unread" for screen readers).
 */
export function NotificationListItem({ notification, onOpen, now }: NotificationListItemProps) {
  const { t, i18n } = useTranslation('notifications');
  const names = useIntlNames();
  const { kind, actor, read } = notification;
  const what =
    actor && (kind === 'MENTION' || kind === 'THREAD_REPLY' || kind === 'NEW_THREAD')
      ? t(`byActor.${kind}`, { actor: actor.fullName })
      : t(`kind.${kind}`);

  return (
    <li className={cx('notification', !read && 'notification--unread')}>
      <span
        className={cx('notification__sign', `notification__sign--${kind.toLowerCase()}`)}
        aria-hidden="true"
      >
        {KIND_SIGN[kind]}
      </span>
      <div className="notification__body">
        <p className="notification__what">
          {!read && <span className="visually-hidden">{t('unread')}: </span>}
          <bdi>{what}</bdi>
        </p>
        <Link
          to={notification.link}
          className="notification__title"
          dir="auto"
          onClick={() => onOpen(notification)}
        >
          {notification.title}
        </Link>
        {notification.excerpt && (
          <p className="notification__excerpt" dir="auto">
            {notification.excerpt}
          </p>
        )}
        <time
          className="notification__time"
          dateTime={notification.createdAt}
          title={names.dateTime(notification.createdAt)}
        >
          {formatRelativeTime(notification.createdAt, currentLanguage(i18n), now)}
        </time>
      </div>
    </li>
  );
}
