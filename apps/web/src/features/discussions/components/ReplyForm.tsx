import { useEffect, useImperativeHandle, useRef, useState, type FormEvent, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DISCUSSION_LIMITS } from '@cop/contracts';
import { Button } from '../../../ui/Button';
import { useToast } from '../../../ui/Toast';
import { FormError, type ErrorLike } from '../../identity/graphql/errors';
import { ReplyToDiscussionThreadMutation } from '../graphql/threads';
import { useDraft } from '../lib/drafts';
import { useDiscussionFieldErrors } from '../lib/errors';
import { quoteMarkdown, type Post } from '../lib/types';
import { Composer } from './Composer';

interface ReplyTarget {
  id: string;
  seq: number;
  name: string;
}

interface ReplyDraft {
  body: string;
  replyTo: ReplyTarget | null;
}

const EMPTY: ReplyDraft = { body: '', replyTo: null };

/** What the thread page asks of the reply form: answer a post, or quote it. */
export interface ReplyFormHandle {
  replyTo: (post: Post) => void;
  quote: (post: Post) => void;
}

export interface ReplyFormProps {
  threadId: string;
  /** The reply was posted. */
  onPosted: (post: Post) => void;
  ref?: Ref<ReplyFormHandle>;
}

/** The reply at the end of a thread; its draft is kept per thread until it is sent. */
export function ReplyForm({ threadId, onPosted, ref }: ReplyFormProps) {
  const { t } = useTranslation('discussions');
  const toast = useToast();
  const textarea = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft, discard] = useDraft<ReplyDraft>(
    `thread:${threadId}`,
    EMPTY,
    (value) => !value.body.trim() && !value.replyTo,
  );
  const [attachments, setAttachments] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [result, reply] = useMutation(ReplyToDiscussionThreadMutation);
  const serverErrors = useDiscussionFieldErrors(failure);
  const [focusTick, setFocusTick] = useState(0);

  // After "Reply" or "Quote": into the text, at its end.
  useEffect(() => {
    if (focusTick === 0) return;
    const element = textarea.current;
    if (!element) return;
    formRef.current?.scrollIntoView?.({ block: 'nearest' });
    element.focus();
    element.setSelectionRange(element.value.length, element.value.length);
  }, [focusTick]);

  function target(post: Post): ReplyTarget {
    return { id: post.id, seq: post.seq, name: post.author?.fullName ?? t('post.formerMember') };
  }

  useImperativeHandle(ref, () => ({
    replyTo(post) {
      setDraft((current) => ({ ...current, replyTo: target(post) }));
      setFocusTick((tick) => tick + 1);
    },
    quote(post) {
      const quoted = quoteMarkdown(post.body ?? '');
      setDraft((current) => ({
        body: current.body.trim() ? `${current.body.trimEnd()}\n\n${quoted}` : quoted,
        replyTo: target(post),
      }));
      setFocusTick((tick) => tick + 1);
    },
  }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = draft.body.trim();
    if (!body || body.length > DISCUSSION_LIMITS.bodyMax) {
      setProblem(body ? t('form.bodyTooLong') : t('form.bodyRequired'));
      textarea.current?.focus();
      return;
    }
    setProblem(null);
    const answer = await reply({
      input: {
        threadId,
        body,
        replyToPostId: draft.replyTo?.id ?? null,
        ...(attachments.length > 0 ? { attachmentIds: attachments } : {}),
      },
    });
    setFailure(answer.error ?? null);
    const posted = answer.data?.replyToDiscussionThread;
    if (answer.error || !posted) return;
    discard();
    setAttachments([]);
    toast.show(t('reply.posted'), { tone: 'success' });
    onPosted(posted);
  }

  return (
    <form
      ref={formRef}
      className="discussions-form discussions-reply"
      noValidate
      aria-label={t('reply.formLabel')}
      onSubmit={(event) => void submit(event)}
    >
      {draft.replyTo && (
        <p className="discussions-reply__to">
          <a href={`#post-${draft.replyTo.id}`}>
            {t('post.replyingTo', { n: draft.replyTo.seq, name: draft.replyTo.name })}
          </a>
          <Button
            variant="secondary"
            className="discussions-small-button"
            onClick={() => setDraft((current) => ({ ...current, replyTo: null }))}
          >
            {t('reply.cancelReplyTo')}
          </Button>
        </p>
      )}
      <Composer
        label={t('reply.label')}
        hint={t('reply.hint')}
        value={draft.body}
        onChange={(body) => setDraft((current) => ({ ...current, body }))}
        mentionScope={{ threadId }}
        error={problem ?? serverErrors.body}
        attachmentIds={attachments}
        onAttachmentsChange={setAttachments}
        onUploadingChange={setUploading}
        attachmentsError={serverErrors.attachments}
        textareaRef={textarea}
        rows={6}
      />
      <FormError error={failure} shownFields={['body', 'attachments']} />
      <div className="discussions-form__actions">
        <Button type="submit" busy={result.fetching} disabled={uploading}>
          {t('reply.submit')}
        </Button>
        {uploading && <p className="discussions-muted">{t('form.waitForUploads')}</p>}
      </div>
    </form>
  );
}
