import {
  useEffect,
  useId,
  useRef,
  useState,
  type FormEvent,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { FILES_ENCRYPTED_PATH, MESSAGING_LIMITS, type E2eFileRef } from '@cop/contracts';
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { TextArea } from '../../../ui/TextArea';
import { encryptForUpload } from '../../e2e/lib/files';
import { AttachmentPicker } from '../../files/components/AttachmentPicker';
import { excerpt } from '../lib/conversation';
import type { ChatMessage } from '../lib/types';

/** A typing indicator is said again this often while typing goes on, and withdrawn after a pause. */
const TYPING_RENEW_MS = 3_000;
const TYPING_IDLE_MS = 4_000;

export interface MessageComposerProps {
  /** Sends a message; the composer is cleared at once (the message waits in the outbox if need be). */
  onSend: (message: {
    payload: string;
    attachmentIds: string[];
    /** End-to-end encrypted: how to open each uploaded file (same order as attachmentIds). */
    files: E2eFileRef[];
    replyToId: string | null;
  }) => void;
  onTyping: (typing: boolean) => void;
  /** The message replied to, its sender's name and its (decrypted) text. */
  replyTo: { message: ChatMessage; name: string; text: string } | null;
  /** Attachments are encrypted in the browser before they are uploaded. */
  encrypted?: boolean;
  onCancelReply: () => void;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

/**
 * Writing a message: plain text (Enter sends, Shift+Enter starts a new line), attachments uploaded
 * at once with their progress, and the message being replied to, which can be dropped.
 */
export function MessageComposer({
  onSend,
  onTyping,
  replyTo,
  onCancelReply,
  textareaRef,
  encrypted = false,
}: MessageComposerProps) {
  const { t, i18n } = useTranslation('messaging');
  const number = new Intl.NumberFormat(currentLanguage(i18n));
  const fieldId = useId();
  const hintId = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [attachmentIds, setAttachmentIds] = useState<string[]>([]);
  const [uploading, setUploading] = useState(false);
  // Encrypted uploads: the key of each file, by the File that was uploaded, then by upload id.
  const sealedFiles = useRef(new WeakMap<File, Omit<E2eFileRef, 'id'>>());
  const fileRefs = useRef(new Map<string, E2eFileRef>());
  const typingSince = useRef(0);
  const idle = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestTyping = useRef(onTyping);
  useEffect(() => {
    latestTyping.current = onTyping;
  });

  const tooLong = text.length > MESSAGING_LIMITS.bodyMax;
  const empty = !text.trim() && attachmentIds.length === 0;
  const problem = tooLong
    ? t('composer.tooLong', { max: number.format(MESSAGING_LIMITS.bodyMax) })
    : uploading
      ? t('composer.uploading')
      : '';

  function stopTyping() {
    if (idle.current) clearTimeout(idle.current);
    idle.current = null;
    if (typingSince.current) latestTyping.current(false);
    typingSince.current = 0;
  }

  useEffect(() => stopTyping, []);

  function typed(value: string) {
    setText(value);
    if (!value.trim()) {
      stopTyping();
      return;
    }
    const now = Date.now();
    if (now - typingSince.current > TYPING_RENEW_MS) {
      typingSince.current = now;
      latestTyping.current(true);
    }
    if (idle.current) clearTimeout(idle.current);
    idle.current = setTimeout(stopTyping, TYPING_IDLE_MS);
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (empty || tooLong || uploading) return;
    const files = encrypted
      ? attachmentIds.map((id) => fileRefs.current.get(id)).filter((ref) => ref !== undefined)
      : [];
    onSend({
      payload: text.trim() ? text : '',
      attachmentIds,
      files,
      replyToId: replyTo?.message.id ?? null,
    });
    stopTyping();
    setText('');
    setAttachmentIds([]);
    fileRefs.current.clear();
    textareaRef.current?.focus();
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    } else if (event.key === 'Escape' && replyTo) {
      event.preventDefault();
      onCancelReply();
    }
  }

  return (
    <form className="messaging-composer" onSubmit={submit}>
      {replyTo && (
        <div className="messaging-composer__reply">
          <p className="messaging-composer__reply-text">
            <span className="messaging-quote__name">{t('composer.replyingTo', { name: replyTo.name })}</span>{' '}
            <span dir="auto">
              {replyTo.message.deletedAt ? t('message.deleted') : excerpt(replyTo.text, 100)}
            </span>
          </p>
          <Button variant="secondary" className="messaging-composer__cancel" onClick={onCancelReply}>
            {t('composer.cancelReply')}
          </Button>
        </div>
      )}
      <label className="visually-hidden" htmlFor={fieldId}>
        {t('composer.label')}
      </label>
      <div className="messaging-composer__row">
        <TextArea
          ref={textareaRef}
          id={fieldId}
          name="message"
          dir="auto"
          rows={2}
          value={text}
          aria-describedby={[hintId, problem ? errorId : null].filter(Boolean).join(' ')}
          aria-invalid={tooLong || undefined}
          className="messaging-composer__text"
          onChange={(event) => typed(event.target.value)}
          onKeyDown={keyDown}
          onBlur={stopTyping}
        />
        <Button type="submit" className="messaging-composer__send" disabled={empty || tooLong || uploading}>
          {t('composer.send')}
        </Button>
      </div>
      <p id={hintId} className="messaging-composer__hint">
        {t('composer.hint')}
      </p>
      {problem && (
        <p id={errorId} className="ui-field__error" role="status">
          {problem}
        </p>
      )}
      <AttachmentPicker
        value={attachmentIds}
        onChange={setAttachmentIds}
        onBusyChange={setUploading}
        maxFiles={MESSAGING_LIMITS.attachmentsMax}
        {...(encrypted
          ? {
              uploadUrl: FILES_ENCRYPTED_PATH,
              transform: async (file: File) => {
                const { upload, ref } = await encryptForUpload(file);
                sealedFiles.current.set(upload, ref);
                return upload;
              },
              onUploaded: (uploaded: { id: string }, _chosen: File, sent: File) => {
                const ref = sealedFiles.current.get(sent);
                if (ref) fileRefs.current.set(uploaded.id, { id: uploaded.id, ...ref });
              },
            }
          : {})}
      />
    </form>
  );
}
