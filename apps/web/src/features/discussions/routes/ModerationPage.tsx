import { useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { ModerationQueueQuery as ModerationData } from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { useToast } from '../../../ui/Toast';
import { Avatar } from '../../identity/components/Avatar';
import { LoadError } from '../../identity/components/LoadError';
import { Pagination } from '../../identity/components/Pagination';
import { EyeOffIcon } from '../components/Icons';
import { ReasonDialog } from '../components/ReasonDialog';
import { RelativeTime } from '../components/RelativeTime';
import {
  DismissDiscussionFlagsMutation,
  HideDiscussionPostMutation,
  ModerationQueueQuery,
} from '../graphql/moderation';
import { useCategoryText } from '../lib/localized';
import '../components/discussions.css';

type Item = ModerationData['moderationQueue']['items'][number];

const PAGE_SIZE = 20;

/** Moderators: flagged posts, oldest first, with each flag's reporter and reason; hide or dismiss. */
export function ModerationPage() {
  const { t } = useTranslation('discussions');
  const toast = useToast();
  const [offset, setOffset] = useState(0);
  const variables = useMemo(() => ({ first: PAGE_SIZE, offset }), [offset]);
  const context = useMemo(() => ({ additionalTypenames: ['ModerationItem', 'DiscussionPost'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ModerationQueueQuery,
    variables,
    requestPolicy: 'cache-and-network',
    context,
  });
  const [, hide] = useMutation(HideDiscussionPostMutation);
  const [, dismiss] = useMutation(DismissDiscussionFlagsMutation);
  const [target, setTarget] = useState<{ item: Item; action: 'hide' | 'dismiss' } | null>(null);
  const [open, setOpen] = useState(false);
  const queue = data?.moderationQueue;
  const refresh = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  function act(item: Item, action: 'hide' | 'dismiss') {
    setTarget({ item, action });
    setOpen(true);
  }

  const n = target?.item.post.seq ?? 0;

  return (
    <div className="discussions-page">
      <nav aria-label={t('breadcrumbs')} className="discussions-breadcrumbs">
        <ol>
          <li>
            <Link to="/discussions">{t('home.title')}</Link>
          </li>
        </ol>
      </nav>
      <Page title={t('queue.title')} lead={t('queue.lead')}>
        {fetching && !queue && <p role="status">{t('queue.loading')}</p>}
        {error && !fetching && (
          <LoadError message={t('queue.error')} retryLabel={t('retry')} onRetry={refresh} />
        )}
        {queue && queue.items.length === 0 && (
          <EmptyState title={t('queue.empty')}>
            <p>{t('queue.emptyBody')}</p>
          </EmptyState>
        )}
        {queue && queue.items.length > 0 && (
          <ul className="discussions-queue" aria-label={t('queue.list')}>
            {queue.items.map((item) => (
              <li key={item.post.id}>
                <QueueItem item={item} onAct={act} />
              </li>
            ))}
          </ul>
        )}
        {queue && (
          <Pagination
            total={queue.total}
            first={PAGE_SIZE}
            offset={offset}
            onChange={setOffset}
            label={t('queue.pages')}
          />
        )}
      </Page>
      <ReasonDialog
        open={open && target?.action === 'hide'}
        onClose={() => setOpen(false)}
        title={t('moderation.hideTitle', { n })}
        body={<p>{t('moderation.hideBody')}</p>}
        confirmLabel={t('moderation.hideConfirm')}
        danger
        onConfirm={async (reason) => {
          if (!target) return null;
          const answer = await hide({ input: { postId: target.item.post.id, reason } });
          if (!answer.error) {
            toast.show(t('moderation.hidden'), { tone: 'success' });
            refresh();
          }
          return answer.error ?? null;
        }}
      />
      <ReasonDialog
        open={open && target?.action === 'dismiss'}
        onClose={() => setOpen(false)}
        title={t('queue.dismissTitle', { n })}
        body={<p>{t('queue.dismissBody')}</p>}
        confirmLabel={t('queue.dismissConfirm')}
        onConfirm={async (reason) => {
          if (!target) return null;
          const answer = await dismiss({ input: { postId: target.item.post.id, reason } });
          if (!answer.error) {
            toast.show(t('queue.dismissed'), { tone: 'success' });
            refresh();
          }
          return answer.error ?? null;
        }}
      />
    </div>
  );
}

function QueueItem({ item, onAct }: { item: Item; onAct: (item: Item, action: 'hide' | 'dismiss') => void }) {
  const { t } = useTranslation('discussions');
  const category = useCategoryText();
  const labelId = useId();
  const { post, thread } = item;
  const author = post.author?.fullName ?? t('post.formerMember');

  return (
    <article className="discussions-queue-item" aria-labelledby={labelId}>
      <h2 id={labelId} className="discussions-queue-item__title">
        <Link to={`/discussions/t/${thread.id}#post-${post.id}`} dir="auto">
          {t('queue.postIn', { n: post.seq, title: thread.title })}
        </Link>
      </h2>
      <p className="discussions-thread__meta">
        <span>{category.name(thread.category)}</span>
        <span className="discussions-queue-item__author">
          <Avatar name={author} photoUrl={post.author?.photoUrl} />
          {author}
        </span>
        <RelativeTime iso={post.createdAt} />
      </p>
      {post.hidden && (
        <p className="discussions-marker">
          <EyeOffIcon />
          {t('post.hiddenByModerator')}
          {post.hiddenReason && <> — {post.hiddenReason}</>}
        </p>
      )}
      {post.deletedBy ? (
        <p className="discussions-notice">
          {post.deletedBy === 'MODERATOR' ? t('post.removedByModerator') : t('post.deletedByAuthor')}
        </p>
      ) : (
        post.bodyHtml && (
          // Sanitized by the server when it was stored.
          <div
            className="discussions-prose discussions-queue-item__body"
            dir="auto"
            dangerouslySetInnerHTML={{ __html: post.bodyHtml }}
          />
        )
      )}
      <h3 className="discussions-queue-item__flags-title">{t('queue.flags')}</h3>
      <ul className="discussions-flags">
        {item.flags.map((flag) => (
          <li key={flag.id} className="discussions-flag">
            <p className="discussions-flag__who">
              {flag.reporter?.fullName ?? t('post.formerMember')} · <RelativeTime iso={flag.createdAt} />
            </p>
            <p className="discussions-flag__reason" dir="auto">
              {flag.reason}
            </p>
          </li>
        ))}
      </ul>
      <div className="discussions-post__actions">
        {!post.hidden && !post.deletedBy && (
          <Button variant="danger" aria-describedby={labelId} onClick={() => onAct(item, 'hide')}>
            {t('queue.hide')}
          </Button>
        )}
        <Button variant="secondary" aria-describedby={labelId} onClick={() => onAct(item, 'dismiss')}>
          {t('queue.dismiss')}
        </Button>
      </div>
    </article>
  );
}
