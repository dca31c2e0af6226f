import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useMutation } from 'urql';
import type { WatchLevel } from '@cop/contracts';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { LoadError } from '../../identity/components/LoadError';
import { errorCode } from '../../identity/graphql/errors';
import { useIntlNames } from '../../identity/lib/intl';
import { useViewer } from '../../identity/session/ViewerContext';
import { LockIcon, PinIcon } from '../components/Icons';
import { usePostDialogs } from '../components/PostDialogs';
import { PostItem } from '../components/PostItem';
import { ReplyForm, type ReplyFormHandle } from '../components/ReplyForm';
import { ThreadTools } from '../components/ThreadTools';
import { WatchSelect } from '../components/WatchSelect';
import { MarkDiscussionThreadReadMutation, WatchDiscussionThreadMutation } from '../graphql/threads';
import { useThreadLive, type ThreadLiveEvent } from '../hooks/useThreadLive';
import { useThreadPosts } from '../hooks/useThreadPosts';
import { useCategoryText } from '../lib/localized';
import { isModeratorRole } from '../lib/roles';
import type { Post } from '../lib/types';
import '../../../ui/Button.css';
import '../components/discussions.css';

/** A thread, at /discussions/t/:id. Everything resets when another thread is opened. */
export function ThreadPage() {
  const { id = '' } = useParams();
  return <ThreadView key={id} threadId={id} />;
}

/** Pages followed at most when a link points further than the first page. */
const MAX_PAGES_FOR_LINK = 20;
/** Live events within this long are read together. */
const LIVE_REFRESH_DELAY_MS = 250;

function ThreadView({ threadId }: { threadId: string }) {
  const { t } = useTranslation('discussions');
  const { t: tc } = useTranslation();
  const names = useIntlNames();
  const category = useCategoryText();
  const { viewer } = useViewer();
  const moderator = isModeratorRole(viewer?.role);
  const { hash } = useLocation();
  const postsHeading = useId();
  const replyHeading = useId();
  const replyForm = useRef<ReplyFormHandle>(null);
  const { thread, posts, fetching, error, hasMore, loadingMore, moreError, loadMore, refresh, retry } =
    useThreadPosts(threadId);
  const [, markRead] = useMutation(MarkDiscussionThreadReadMutation);
  const [, watch] = useMutation(WatchDiscussionThreadMutation);

  // Where the reader stood when they opened the thread: the divider stays there for the visit. On
  // a first visit everything is new, and there is no divider.
  const [visit, setVisit] = useState<{ firstUnreadSeq: number | null } | null>(null);
  if (thread && visit === null) {
    const { unread, firstUnreadSeq, lastReadSeq } = thread.readState;
    setVisit({ firstUnreadSeq: unread && lastReadSeq > 0 ? (firstUnreadSeq ?? null) : null });
  }
  const dividerSeq = visit?.firstUnreadSeq ?? null;
  const dividerBefore = dividerSeq === null ? undefined : posts.find((post) => post.seq >= dividerSeq)?.id;

  // Live: new posts, edits and hides appear without a reload; new replies are announced.
  const [liveIds, setLiveIds] = useState<string[]>([]);
  const [gone, setGone] = useState(false);
  // Events arriving together (a moderator hiding several posts) cause one read, not one each.
  const pendingRefresh = useRef<{ timer: number; follow: boolean } | null>(null);
  useEffect(
    () => () => {
      if (pendingRefresh.current) window.clearTimeout(pendingRefresh.current.timer);
    },
    [],
  );
  function refreshSoon(follow: boolean) {
    if (pendingRefresh.current) {
      pendingRefresh.current.follow ||= follow;
      return;
    }
    const timer = window.setTimeout(() => {
      const followNew = pendingRefresh.current?.follow ?? follow;
      pendingRefresh.current = null;
      void refresh({ follow: followNew });
    }, LIVE_REFRESH_DELAY_MS);
    pendingRefresh.current = { timer, follow };
  }
  useThreadLive(threadId, (event: ThreadLiveEvent) => {
    if (event.kind === 'denied') {
      setGone(true);
      void refresh();
      return;
    }
    if (event.kind === 'created' && event.postId) {
      const postId = event.postId;
      setLiveIds((current) => [...current, postId]);
    }
    refreshSoon(event.kind === 'created' || event.kind === 'resync');
  });
  const announced = [...liveIds]
    .reverse()
    .map((id) => posts.find((post) => post.id === id))
    .find((post) => post !== undefined && post.author?.id !== viewer?.id);
  const announcement = announced
    ? t('live.newReply', { name: announced.author?.fullName ?? t('post.formerMember') })
    : '';

  // Marks the thread read up to the last post shown, while the tab is in view.
  const lastSeq = posts.at(-1)?.seq ?? 0;
  const lastReadSeq = thread?.readState.lastReadSeq ?? 0;
  const marked = useRef(0);
  useEffect(() => {
    if (!thread || lastSeq === 0) return;
    const mark = () => {
      if (document.visibilityState === 'hidden') return;
      if (lastSeq <= Math.max(marked.current, lastReadSeq)) return;
      marked.current = lastSeq;
      void markRead({ threadId, seq: lastSeq });
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    return () => document.removeEventListener('visibilitychange', mark);
  }, [thread, lastSeq, lastReadSeq, threadId, markRead]);

  // On arrival: to the post in the address (#post-<id> or #post-<number>), else to the first
  // unread post. A post further than the first page is followed a few pages at most.
  const arrived = useRef(false);
  const followed = useRef(0);
  const pendingScroll = useRef<string | null>(null);
  useEffect(() => {
    if (!thread || posts.length === 0) return;
    if (pendingScroll.current) {
      const element = document.getElementById(`post-${pendingScroll.current}`);
      if (element) {
        pendingScroll.current = null;
        element.scrollIntoView?.({ block: 'start' });
        element.focus({ preventScroll: true });
      }
    }
    if (arrived.current) return;
    const wanted = /^#post-(.+)$/.exec(hash)?.[1];
    let element: HTMLElement | null = null;
    if (wanted) {
      const bySeq = /^\d+$/.test(wanted) ? posts.find((post) => post.seq === Number(wanted)) : undefined;
      element = document.getElementById(`post-${bySeq?.id ?? wanted}`);
      if (!element && hasMore && !loadingMore && followed.current < MAX_PAGES_FOR_LINK) {
        followed.current += 1;
        void loadMore(lastSeq);
        return;
      }
    } else if (dividerBefore) {
      element = document.getElementById('discussions-new-posts');
    }
    arrived.current = true;
    if (element) element.scrollIntoView?.({ block: 'start' });
  }, [thread, posts, hash, hasMore, loadingMore, loadMore, lastSeq, dividerBefore]);

  const { openFor, dialogs } = usePostDialogs({ viewerId: viewer?.id, onChanged: () => void refresh() });

  if (!threadId || errorCode(error) === 'NOT_FOUND' || (gone && !thread)) {
    return (
      <Page title={tc('notFound.title')} lead={t('thread.notFound')}>
        <p>
          <Link to="/discussions">{t('backToDiscussions')}</Link>
        </p>
      </Page>
    );
  }

  if (!thread) {
    return (
      <div className="discussions-page">
        <Breadcrumbs />
        {error && !fetching ? (
          <LoadError message={t('thread.error')} retryLabel={t('retry')} busy={fetching} onRetry={retry} />
        ) : (
          <p role="status">{t('thread.loading')}</p>
        )}
      </div>
    );
  }

  const canReply = !thread.locked || moderator;
  const categoryName = category.name(thread.category);

  function posted(post: Post) {
    pendingScroll.current = post.id;
    void refresh({ follow: true });
  }

  return (
    <div className="discussions-page">
      <Breadcrumbs category={{ slug: thread.category.slug, name: categoryName }} />
      <Page title={thread.title}>
        <div className="discussions-thread-head">
          {(thread.pinned || thread.locked) && (
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
            </p>
          )}
          <dl className="discussions-facts">
            <div>
              <dt>{t('thread.category')}</dt>
              <dd>
                <Link to={`/discussions/c/${thread.category.slug}`}>{categoryName}</Link>
              </dd>
            </div>
            {thread.tags.length > 0 && (
              <div>
                <dt>{t('thread.tags')}</dt>
                <dd>
                  <ul className="discussions-tags">
                    {thread.tags.map((tag) => (
                      <li key={tag}>
                        <Link
                          className="discussions-tag"
                          to={`/discussions?tag=${encodeURIComponent(tag)}`}
                          dir="auto"
                        >
                          {tag}
                        </Link>
                      </li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
            {thread.countries.length > 0 && (
              <div>
                <dt>{t('thread.countries')}</dt>
                <dd>{names.list(thread.countries.map((code) => names.country(code)))}</dd>
              </div>
            )}
            {thread.caseReference && (
              <div>
                <dt>{t('thread.caseReference')}</dt>
                <dd dir="auto">{thread.caseReference}</dd>
              </div>
            )}
            <div>
              <dt>{t('thread.language')}</dt>
              <dd>{names.language(thread.language)}</dd>
            </div>
          </dl>
          <WatchSelect
            kind="thread"
            level={thread.watchLevel as WatchLevel}
            label={t('watch.threadLabel')}
            onChange={async (level) => {
              const result = await watch({ threadId: thread.id, level });
              return !result.error;
            }}
          />
          {moderator && <ThreadTools thread={thread} onChanged={() => void refresh()} />}
        </div>

        {thread.locked && (
          <p className="discussions-banner" role="note">
            <LockIcon />
            {moderator ? t('thread.lockedModerator') : t('thread.lockedBanner')}
          </p>
        )}

        <section aria-labelledby={postsHeading} className="discussions-posts-section">
          <h2 id={postsHeading} className="visually-hidden">
            {t('thread.posts')}
          </h2>
          <ol className="discussions-posts">
            {posts.map((post) => (
              <Fragment key={post.id}>
                {post.id === dividerBefore && (
                  <li className="discussions-divider" id="discussions-new-posts">
                    <span>{t('thread.newSinceVisit')}</span>
                  </li>
                )}
                <li id={`post-${post.seq}`}>
                  <PostItem
                    post={post}
                    thread={thread}
                    viewerId={viewer?.id}
                    moderator={moderator}
                    canReply={canReply}
                    onReply={(target) => replyForm.current?.replyTo(target)}
                    onQuote={(target) => replyForm.current?.quote(target)}
                    onAction={openFor}
                    onChanged={() => void refresh()}
                  />
                </li>
              </Fragment>
            ))}
          </ol>
          {moreError && !loadingMore && (
            <LoadError
              message={t('thread.moreError')}
              retryLabel={t('retry')}
              onRetry={() => void loadMore(lastSeq)}
            />
          )}
          {hasMore && (
            <Button variant="secondary" busy={loadingMore} onClick={() => void loadMore(lastSeq)}>
              {t('thread.loadMore')}
            </Button>
          )}
          <p className="visually-hidden" role="status" aria-live="polite">
            {announcement}
          </p>
        </section>

        <section aria-labelledby={replyHeading} className="discussions-reply-section">
          <h2 id={replyHeading}>{t('reply.title')}</h2>
          {canReply ? (
            <ReplyForm ref={replyForm} threadId={thread.id} onPosted={posted} />
          ) : (
            <p className="discussions-muted">{t('thread.lockedNoReply')}</p>
          )}
        </section>
      </Page>
      {dialogs}
    </div>
  );
}

/** Discussions › Category: where the thread sits. */
function Breadcrumbs({ category }: { category?: { slug: string; name: string } }) {
  const { t } = useTranslation('discussions');
  return (
    <nav aria-label={t('breadcrumbs')} className="discussions-breadcrumbs">
      <ol>
        <li>
          <Link to="/discussions">{t('home.title')}</Link>
        </li>
        {category && (
          <li>
            <Link to={`/discussions/c/${category.slug}`}>{category.name}</Link>
          </li>
        )}
      </ol>
    </nav>
  );
}
