import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../ui/Button';
import { cx } from '../../../ui/cx';
import { AttachmentList } from '../../files/components/AttachmentList';
import { Avatar } from '../../identity/components/Avatar';
import type { Post, Thread } from '../lib/types';
import { EditPostForm } from './EditPostForm';
import { EyeOffIcon } from './Icons';
import type { PostAction } from './PostDialogs';
import { RelativeTime } from './RelativeTime';

export interface PostItemProps {
  post: Post;
  thread: Thread;
  viewerId: string | undefined;
  moderator: boolean;
  /** Replies are open to the reader (the thread is not locked, or they moderate). */
  canReply: boolean;
  onReply: (post: Post) => void;
  onQuote: (post: Post) => void;
  /** Opens the dialog of an action (delete, flag, hide, restore, the edit history). */
  onAction: (post: Post, action: PostAction) => void;
  /** The post was edited: read it again. */
  onChanged: (post: Post) => void;
}

/**
 * One post: author, number, time, "edited", the reply it answers, its text (sanitized HTML from the
 * server), attachments, and what the reader may do with it. Removed and hidden posts show a notice;
 * moderators still read a hidden post, marked, with the reason.
 */
export function PostItem({
  post,
  thread,
  viewerId,
  moderator,
  canReply,
  onReply,
  onQuote,
  onAction,
  onChanged,
}: PostItemProps) {
  const { t } = useTranslation('discussions');
  const labelId = useId();
  const [editing, setEditing] = useState(false);

  const author = post.author?.fullName ?? t('post.formerMember');
  const own = Boolean(viewerId && post.author?.id === viewerId);
  const deleted = Boolean(post.deletedBy);
  const readable = !deleted && post.bodyHtml !== null && post.bodyHtml !== undefined;
  const setAction = (action: PostAction) => onAction(post, action);

  return (
    <article
      id={`post-${post.id}`}
      className={cx(
        'discussions-post',
        post.hidden && 'discussions-post--hidden',
        deleted && 'discussions-post--deleted',
      )}
      aria-labelledby={labelId}
      tabIndex={-1}
    >
      <span id={labelId} className="visually-hidden">
        {post.opening
          ? t('post.openingLabel', { name: author })
          : t('post.label', { n: post.seq, name: author })}
      </span>
      <header className="discussions-post__header">
        <Avatar name={author} photoUrl={post.author?.photoUrl} />
        <div className="discussions-post__who">
          {post.author ? (
            <Link className="discussions-post__author" to={`/members/${post.author.id}`}>
              {author}
            </Link>
          ) : (
            <span className="discussions-post__author">{author}</span>
          )}
          <span className="discussions-post__when">
            <a
              href={`#post-${post.id}`}
              className="discussions-post__number"
              aria-label={t('post.permalink', { n: post.seq })}
            >
              #{post.seq}
            </a>{' '}
            · <RelativeTime iso={post.createdAt} />
            {post.editedAt && (
              <>
                {' · '}
                {post.canSeeHistory ? (
                  <button
                    type="button"
                    className="discussions-link-button"
                    aria-haspopup="dialog"
                    aria-label={t('post.editedHistory')}
                    onClick={() => setAction('history')}
                  >
                    {t('post.edited')}
                  </button>
                ) : (
                  <span title={post.editedAt}>{t('post.edited')}</span>
                )}
              </>
            )}
          </span>
        </div>
      </header>

      {post.replyTo && !deleted && (
        <p className="discussions-post__reply-to">
          <a href={`#post-${post.replyTo.id}`}>
            {t('post.replyingTo', {
              n: post.replyTo.seq,
              name: post.replyTo.author?.fullName ?? t('post.formerMember'),
            })}
          </a>
          {post.replyTo.excerpt && (
            <span className="discussions-post__excerpt" dir="auto">
              {post.replyTo.excerpt}
            </span>
          )}
        </p>
      )}

      {deleted ? (
        <p className="discussions-notice">
          {post.deletedBy === 'MODERATOR' ? t('post.removedByModerator') : t('post.deletedByAuthor')}
        </p>
      ) : editing ? (
        <EditPostForm
          post={post}
          thread={thread}
          onDone={(saved) => {
            setEditing(false);
            if (saved) onChanged(post);
          }}
        />
      ) : (
        <>
          {post.hidden && (
            <div className="discussions-notice discussions-notice--hidden">
              <p className="discussions-marker">
                <EyeOffIcon />
                {t('post.hiddenByModerator')}
              </p>
              {post.hiddenReason && (
                <p className="discussions-notice__reason" dir="auto">
                  {t('post.hiddenReason', { reason: post.hiddenReason })}
                </p>
              )}
            </div>
          )}
          {readable && (
            // bodyHtml is rendered and sanitized by the server (an allow-list of tags and URL schemes).
            <div
              className="discussions-prose discussions-post__body"
              dir="auto"
              dangerouslySetInnerHTML={{ __html: post.bodyHtml ?? '' }}
            />
          )}
          <AttachmentList attachments={post.attachments} />
        </>
      )}

      {!deleted && !editing && (
        <div className="discussions-post__actions">
          {canReply && readable && (
            <>
              <Button variant="secondary" aria-describedby={labelId} onClick={() => onReply(post)}>
                {t('post.reply')}
              </Button>
              {post.body && (
                <Button variant="secondary" aria-describedby={labelId} onClick={() => onQuote(post)}>
                  {t('post.quote')}
                </Button>
              )}
            </>
          )}
          {post.canEdit && post.body !== null && (
            <Button variant="secondary" aria-describedby={labelId} onClick={() => setEditing(true)}>
              {t('post.edit')}
            </Button>
          )}
          {post.canDelete && (
            <Button variant="secondary" aria-describedby={labelId} onClick={() => setAction('delete')}>
              {t('post.delete')}
            </Button>
          )}
          {!own &&
            readable &&
            !post.hidden &&
            (post.flaggedByMe ? (
              <span className="discussions-muted">{t('post.flagged')}</span>
            ) : (
              <Button variant="secondary" aria-describedby={labelId} onClick={() => setAction('flag')}>
                {t('post.flag')}
              </Button>
            ))}
          {moderator && !post.hidden && (
            <Button variant="secondary" aria-describedby={labelId} onClick={() => setAction('hide')}>
              {t('post.hide')}
            </Button>
          )}
          {moderator && post.hidden && (
            <Button variant="secondary" aria-describedby={labelId} onClick={() => setAction('restore')}>
              {t('post.restore')}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
