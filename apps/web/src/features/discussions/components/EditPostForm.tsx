import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DISCUSSION_LIMITS } from '@cop/contracts';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { TextInput } from '../../../ui/TextInput';
import { useToast } from '../../../ui/Toast';
import { FormError, type ErrorLike } from '../../identity/graphql/errors';
import { EditDiscussionPostMutation } from '../graphql/threads';
import { useDraft } from '../lib/drafts';
import { useDiscussionFieldErrors } from '../lib/errors';
import type { Post, Thread } from '../lib/types';
import { Composer } from './Composer';
import { ThreadMetaFields } from './ThreadMetaFields';

interface EditDraft {
  body: string;
  title: string;
  tags: string[];
  countries: string[];
  caseReference: string;
}

export interface EditPostFormProps {
  post: Post;
  thread: Thread;
  /** Called when the edit is saved (true) or cancelled (false). */
  onDone: (saved: boolean) => void;
}

/** Edits a post in place; the opening post also edits the thread's title, tags, countries, case reference. */
export function EditPostForm({ post, thread, onDone }: EditPostFormProps) {
  const { t } = useTranslation('discussions');
  const toast = useToast();
  const formId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const opening = post.opening;
  const [original] = useState<EditDraft>(() => ({
    body: post.body ?? '',
    title: thread.title,
    tags: [...thread.tags],
    countries: [...thread.countries],
    caseReference: thread.caseReference ?? '',
  }));
  const [draft, setDraft, discard] = useDraft<EditDraft>(
    `edit:${post.id}`,
    original,
    (value) => JSON.stringify(value) === JSON.stringify(original),
  );
  const [attachments, setAttachments] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<'body' | 'title', string>>>({});
  const [failure, setFailure] = useState<ErrorLike>(null);
  const [result, edit] = useMutation(EditDiscussionPostMutation);
  const serverErrors = useDiscussionFieldErrors(failure);

  function update<K extends keyof EditDraft>(key: K, value: EditDraft[K]) {
    setDraft((current) => ({ ...current, [key]: value }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const body = draft.body.trim();
    const title = draft.title.trim();
    const found: Partial<Record<'body' | 'title', string>> = {};
    if (!body) found.body = t('form.bodyRequired');
    else if (body.length > DISCUSSION_LIMITS.bodyMax) found.body = t('form.bodyTooLong');
    if (opening && (title.length < DISCUSSION_LIMITS.titleMin || title.length > DISCUSSION_LIMITS.titleMax)) {
      found.title = t('form.titleLength', {
        min: DISCUSSION_LIMITS.titleMin,
        max: DISCUSSION_LIMITS.titleMax,
      });
    }
    setProblems(found);
    if (found.title) return titleRef.current?.focus();
    if (found.body) return bodyRef.current?.focus();
    const answer = await edit({
      input: {
        postId: post.id,
        body,
        ...(attachments.length > 0 ? { attachmentIds: attachments } : {}),
        ...(opening
          ? {
              title,
              tags: draft.tags,
              countries: draft.countries,
              caseReference: draft.caseReference.trim() || null,
            }
          : {}),
      },
    });
    setFailure(answer.error ?? null);
    if (answer.error) return;
    discard();
    toast.show(t('post.saved'), { tone: 'success' });
    onDone(true);
  }

  const shown = ['body', 'title', 'tags', 'countries', 'caseReference', 'attachments'];

  return (
    <form
      id={formId}
      className="discussions-form discussions-edit"
      noValidate
      aria-label={t('post.editLabel', { n: post.seq })}
      onSubmit={(event) => void submit(event)}
    >
      {opening && (
        <FormField label={t('form.title')} error={problems.title ?? serverErrors.title}>
          <TextInput
            ref={titleRef}
            name="title"
            dir="auto"
            required
            maxLength={DISCUSSION_LIMITS.titleMax}
            value={draft.title}
            onChange={(event) => update('title', event.target.value)}
          />
        </FormField>
      )}
      <Composer
        label={t('form.body')}
        value={draft.body}
        onChange={(body) => update('body', body)}
        mentionScope={{ threadId: thread.id }}
        error={problems.body ?? serverErrors.body}
        attachmentIds={attachments}
        onAttachmentsChange={setAttachments}
        onUploadingChange={setUploading}
        attachmentsError={serverErrors.attachments}
        textareaRef={bodyRef}
      />
      {opening && (
        <>
          <ThreadMetaFields
            value={draft}
            onChange={(change) => update(change.key, change.value)}
            errors={serverErrors}
          />
        </>
      )}
      <FormError error={failure} shownFields={shown} />
      <div className="discussions-form__actions">
        <Button type="submit" busy={result.fetching} disabled={uploading}>
          {t('post.saveEdit')}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            discard();
            onDone(false);
          }}
        >
          {t('cancel')}
        </Button>
        {uploading && <p className="discussions-muted">{t('form.waitForUploads')}</p>}
      </div>
    </form>
  );
}
