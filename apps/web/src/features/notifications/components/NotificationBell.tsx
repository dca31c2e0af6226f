import { UNREAD_BADGE_MAX } from '@cop/contracts';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { currentLanguage } from '../../../i18n/i18n';
import { useViewer } from '../../identity/session/ViewerContext';
import { useUnreadCount } from './UnreadCount';
import './NotificationBell.css';

/**
 * The header's bell: a link to the notifications page whose badge shows the unread count (99+
 * beyond 99), named for screen readers with the count ("Notifications, unread: 3"). Shown to
 * signed-in active members only; kept live by UnreadCountProvider.
 */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const { viewer } = useViewer();
  const { count } = useUnreadCount();
  if (!viewer || viewer.sessionState !== 'ACTIVE' || viewer.status !== 'ACTIVE') return null;

  const numbers = new Intl.NumberFormat(currentLanguage(i18n));
  const many = count !== null && count > UNREAD_BADGE_MAX;
  const badge = !count ? null : many ? `${numbers.format(UNREAD_BADGE_MAX)}+` : numbers.format(count);
  const label = !count
    ? t('notificationBell.label')
    : many
      ? t('notificationBell.unreadMany', { number: numbers.format(UNREAD_BADGE_MAX) })
      : t('notificationBell.unread', { number: numbers.format(count) });

  return (
    <NavLink to="/notifications" className="notification-bell" aria-label={label}>
      <svg className="notification-bell__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {badge && (
        <span className="notification-bell__badge" aria-hidden="true">
          {badge}
        </span>
      )}
    </NavLink>
  );
}
