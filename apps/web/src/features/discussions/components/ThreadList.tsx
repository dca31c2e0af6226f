import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ThreadSummaryFieldsFragment } from '../../../graphql/generated/graphql';
import { cx } from '../../../ui/cx';
import { Avatar } from '../../identity/components/Avatar';
import { useIntlNames } from '../../identity/lib/intl';
import { useCategoryText } from '../lib/localized';
import { LockIcon, PinIcon } from './Icons';
import { RelativeTime } from './RelativeTime';

export type ThreadSummary = ThreadSummaryFieldsFragment;

export interface ThreadListProps {
  threads: readonly ThreadSummary[];
  /** Id of the heading that names the list. */
  labelledBy: string;
  /** Where a tag chip leads: the same list, filtered by the tag. */
  tagHref: (tag: string) => string;
  /** Lists across categories name each thread's category. */
  showCategory?: boolean;
  busy?: boolean;
}

/** Threads, pinned first (the api orders them), with what a reader scans for. */
export function ThreadList({
  threads,
  labelledBy,
  tagHref,
  showCategory = true,
  busy = false,
}: ThreadListProps) {
  return (
    <ul className="discussions-threads" aria-labelledby={labelledBy} aria-busy={busy || undefined}>
      {threads.map((thread) => (
        <li key={thread.id}>
          <ThreadRow thread={thread} tagHref={tagHref} showCategory={showCategory} />
        </li>
      ))}
    </ul>
  );
}

function ThreadRow({
  thread,
  tagHref,
  showCategory,
}: {
  thread: ThreadSummary;
  tagHref: (tag: string) => string;
  showCategory: boolean;
}) {
  const { t } = useTranslation('discussions');
  const names = useIntlNames();
  const category = useCategoryText();
  const titleId = useId();
  const unread = thread.readState.unread;
  const firstUnread = thread.readState.firstUnreadSeq;
  const number = new Intl.NumberFormat(names.locale);
  const author = thread.author?.fullName ?? t('post.formerMember');

  return (
    <article
      className={cx('discussions-thread', unread && 'discussions-thread--unread')}
      aria-labelledby={titleId}
    >
      <Avatar name={author} photoUrl={thread.author?.photoUrl} />
      <div className="discussions-thread__main">
        <h3 className="discussions-thread__title" id={titleId}>
          <Link to={`/discussions/t/${thread.id}`} dir="auto">
            {thread.title}
          </Link>
          {unread && <span className="visually-hidden"> {t('thread.unread')}</span>}
        </h3>
        <p className="discussions-markers">
          {thread.pinned && (
            <span className="discussions-marker">
              <PinIcon />
              {t('thread.pinned')}
            </span>
          )}
          {thread.locked && (
            <span className="discussions-marker">
              <LockIcon />
              {t('thread.locked')}
            </span>
          )}
          {unread && firstUnread !== null && firstUnread !== undefined && (
            <Link
              className="discussions-badge discussions-badge--new"
              to={`/discussions/t/${thread.id}#post-${firstUnread}`}
            >
              {t('thread.new')}
              <span className="visually-hidden"> — {t('thread.firstUnread', { title: thread.title })}</span>
            </Link>
          )}
        </p>
        <p className="discussions-thread__meta">
          <span>{t('thread.startedBy', { name: author })}</span>
          {showCategory && (
            <span>
              {t('thread.inCategory')}{' '}
              <Link to={`/discussions/c/${thread.category.slug}`}>{category.name(thread.category)}</Link>
            </span>
          )}
          {thread.countries.length > 0 && (
            <span>{names.list(thread.countries.map((code) => names.country(code)))}</span>
          )}
        </p>
        {thread.tags.length > 0 && (
          <ul className="discussions-tags" aria-label={t('thread.tags')}>
            {thread.tags.map((tag) => (
              <li key={tag}>
                <Link className="discussions-tag" to={tagHref(tag)} dir="auto">
                  {tag}
                </Link>
              </li>
            ))}
          </ul>
        )}
        <p className="discussions-thread__activity">
          <span>{t('thread.replies', { n: number.format(thread.replyCount) })}</span>
          <span>
            {t('thread.lastPost')} <RelativeTime iso={thread.lastPostAt} />
            {thread.lastPostAuthor && <> · {thread.lastPostAuthor.fullName}</>}
          </span>
        </p>
      </div>
    </article>
  );
}
