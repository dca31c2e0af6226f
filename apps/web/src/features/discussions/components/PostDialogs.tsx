import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useToast } from '../../../ui/Toast';
import { HideDiscussionPostMutation, RestoreDiscussionPostMutation } from '../graphql/moderation';
import { DeleteDiscussionPostMutation, FlagDiscussionPostMutation } from '../graphql/threads';
import type { Post } from '../lib/types';
import { EditHistoryDialog } from './EditHistoryDialog';
import { ReasonDialog } from './ReasonDialog';

export type PostAction = 'delete' | 'flag' | 'hide' | 'restore' | 'history';

export interface PostDialogsTarget {
  post: Post;
  action: PostAction;
}

/**
 * The dialogs of a thread's post actions, once per page rather than once per post: deleting
 * (the author confirms; a moderator removing someone else's post gives a reason), flagging,
 * hiding and restoring (with a reason), and the edit history.
 */
export function usePostDialogs({
  viewerId,
  onChanged,
}: {
  viewerId: string | undefined;
  onChanged: (post: Post) => void;
}) {
  const { t } = useTranslation('discussions');
  const toast = useToast();
  const [target, setTarget] = useState<PostDialogsTarget | null>(null);
  const [open, setOpen] = useState(false);
  const [, remove] = useMutation(DeleteDiscussionPostMutation);
  const [, flag] = useMutation(FlagDiscussionPostMutation);
  const [, hide] = useMutation(HideDiscussionPostMutation);
  const [, restore] = useMutation(RestoreDiscussionPostMutation);

  function openFor(post: Post, action: PostAction) {
    setTarget({ post, action });
    setOpen(true);
  }

  const close = () => setOpen(false);
  const post = target?.post;
  const action = open ? target?.action : undefined;
  const own = Boolean(post && viewerId && post.author?.id === viewerId);
  const n = post?.seq ?? 0;

  function done(message: string) {
    toast.show(message, { tone: 'success' });
    if (post) onChanged(post);
  }

  const dialogs = post ? (
    <>
      <ReasonDialog
        open={action === 'delete'}
        onClose={close}
        title={t('post.deleteTitle', { n })}
        body={<p>{own ? t('post.deleteBody') : t('post.deleteBodyModerator')}</p>}
        withReason={!own}
        confirmLabel={t('post.deleteConfirm')}
        danger
        onConfirm={async (reason) => {
          const answer = await remove({ postId: post.id, input: own ? null : { reason } });
          if (!answer.error) done(t('post.deleted'));
          return answer.error ?? null;
        }}
      />
      <ReasonDialog
        open={action === 'flag'}
        onClose={close}
        title={t('flag.title')}
        body={<p>{t('flag.body')}</p>}
        reasonHint={t('flag.hint')}
        confirmLabel={t('flag.confirm')}
        onConfirm={async (reason) => {
          const answer = await flag({ input: { postId: post.id, reason } });
          if (!answer.error) done(t('flag.sent'));
          return answer.error ?? null;
        }}
      />
      <ReasonDialog
        open={action === 'hide'}
        onClose={close}
        title={t('moderation.hideTitle', { n })}
        body={<p>{t('moderation.hideBody')}</p>}
        confirmLabel={t('moderation.hideConfirm')}
        danger
        onConfirm={async (reason) => {
          const answer = await hide({ input: { postId: post.id, reason } });
          if (!answer.error) done(t('moderation.hidden'));
          return answer.error ?? null;
        }}
      />
      <ReasonDialog
        open={action === 'restore'}
        onClose={close}
        title={t('moderation.restoreTitle', { n })}
        body={<p>{t('moderation.restoreBody')}</p>}
        confirmLabel={t('moderation.restoreConfirm')}
        onConfirm={async (reason) => {
          const answer = await restore({ input: { postId: post.id, reason } });
          if (!answer.error) done(t('moderation.restored'));
          return answer.error ?? null;
        }}
      />
      {post.canSeeHistory && (
        <EditHistoryDialog postId={post.id} seq={post.seq} open={action === 'history'} onClose={close} />
      )}
    </>
  ) : null;

  return { openFor, dialogs };
}
