import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatRelativeTime } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { cx } from '../../../ui/cx';
import { conversationTitle, excerpt, type Conversation } from '../lib/conversation';
import { MutedIcon } from './Icons';

export interface ConversationListProps {
  conversations: readonly Conversation[];
  selectedId: string | undefined;
  me: string | undefined;
  /** Seen while the page is open: the clock of "5 minutes ago". */
  now?: number;
  /**
   * The text of a last message (decrypted by the messaging engine); its payload as is by default
   * (plain messages).
   */
  textOf?: (conversation: Conversation) => string;
}

/**
 * The person's conversations by last activity: each a link with its name, the last message
 * (plain text; "Message deleted" once deleted), when, the unread count and a mark when muted.
 */
export function ConversationList({ conversations, selectedId, me, now, textOf }: ConversationListProps) {
  const { t, i18n } = useTranslation('messaging');
  const locale = currentLanguage(i18n);
  const number = new Intl.NumberFormat(locale);

  function preview(conversation: Conversation): string {
    const last = conversation.lastMessage;
    if (!last) return t('list.noMessages');
    const body = textOf ? textOf(conversation) : last.payload;
    const text = last.deletedAt
      ? t('list.deleted')
      : body.trim()
        ? excerpt(body)
        : last.attachments.length > 0
          ? t('list.attachment')
          : '';
    return last.senderId === me && !last.deletedAt ? t('list.you', { text }) : text;
  }

  return (
    <ul className="messaging-list">
      {conversations.map((conversation) => {
        const title = conversationTitle(conversation, me, t('list.formerMember'));
        const unread = conversation.unreadCount;
        const when = conversation.lastMessage?.createdAt ?? conversation.lastActivityAt;
        return (
          <li key={conversation.id}>
            <Link
              to={`/messages/${conversation.id}`}
              className={cx('messaging-list__item', unread > 0 && 'messaging-list__item--unread')}
              aria-current={conversation.id === selectedId ? 'page' : undefined}
            >
              <span className="messaging-list__top">
                <span className="messaging-list__title" dir="auto">
                  {title}
                </span>
                <time className="messaging-list__time" dateTime={when} title={formatDateTime(when, locale)}>
                  {formatRelativeTime(when, locale, now)}
                </time>
              </span>
              <span className="messaging-list__bottom">
                <span
                  className={cx(
                    'messaging-list__preview',
                    conversation.lastMessage?.deletedAt && 'messaging-list__preview--deleted',
                  )}
                  dir="auto"
                >
                  {preview(conversation)}
                </span>
                {conversation.muted && (
                  <span className="messaging-list__muted" title={t('list.muted')}>
                    <MutedIcon />
                    <span className="visually-hidden">{t('list.muted')}</span>
                  </span>
                )}
                {unread > 0 && (
                  <span className="messaging-list__unread">
                    <span aria-hidden="true">{number.format(unread)}</span>
                    <span className="visually-hidden">
                      {t('list.unread', { number: number.format(unread) })}
                    </span>
                  </span>
                )}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
