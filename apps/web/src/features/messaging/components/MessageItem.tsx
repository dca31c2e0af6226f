import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MESSAGING_LIMITS } from '@cop/contracts';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatTime } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { cx } from '../../../ui/cx';
import { TextArea } from '../../../ui/TextArea';
import { EncryptedAttachmentList } from '../../e2e/components/EncryptedAttachmentList';
import type { Opened, OpenFailure } from '../../e2e/lib/messageCrypto';
import { AttachmentList } from '../../files/components/AttachmentList';
import { excerpt } from '../lib/conversation';
import type { OutboxItem } from '../lib/outbox';
import { receiptLabel, receiptTicks, type Receipt } from '../lib/receipts';
import type { ChatMessage } from '../lib/types';
import { ClockIcon } from './Icons';

export interface MessageItemProps {
  message: ChatMessage;
  /** What the message shows: plain or decrypted text, "opening", or why it cannot be opened. */
  opened: Opened;
  mine: boolean;
  /** The sender's name; shown above the text in groups (not on one's own messages). */
  senderName: string;
  showSender: boolean;
  group: boolean;
  /** One's own messages: who got and read it. */
  receipt: Receipt | null;
  /** The message replied to, when known, its sender's name and its text (decrypted). */
  quoted: { message: ChatMessage | null; name: string; text: string } | null;
  /** Absent where the reader cannot write (a READER of a JIT channel). */
  onReply?: (message: ChatMessage) => void;
  onEdit: (message: ChatMessage, payload: string) => Promise<boolean>;
  onDelete: (message: ChatMessage) => void;
  onShowReaders: (message: ChatMessage) => void;
}

/**
 * One message: the sender (groups), the quote it replies to, the text as plain text in its own
 * direction (never markup), attachments (images previewed), the time, "edited", and on one's own
 * messages the receipt and Edit/Delete. A message deleted for everyone is a placeholder.
 */
export function MessageItem({
  message,
  opened,
  mine,
  senderName,
  showSender,
  group,
  receipt,
  quoted,
  onReply,
  onEdit,
  onDelete,
  onShowReaders,
}: MessageItemProps) {
  const { t, i18n } = useTranslation('messaging');
  const locale = currentLanguage(i18n);
  const labelId = useId();
  const [editing, setEditing] = useState(false);
  const deleted = message.deletedAt !== null;
  const readable = opened.kind === 'plain' || opened.kind === 'encrypted';

  return (
    <article
      className={cx(
        'messaging-message',
        mine && 'messaging-message--mine',
        deleted && 'messaging-message--deleted',
      )}
      aria-labelledby={labelId}
      id={`message-${message.id}`}
    >
      <p id={labelId} className={cx('messaging-message__sender', !showSender && 'visually-hidden')}>
        {mine ? t('message.you') : senderName}
      </p>
      {quoted && !deleted && <Quote quoted={quoted} />}
      {deleted ? (
        <p className="messaging-message__deleted">{t('message.deleted')}</p>
      ) : opened.kind === 'pending' ? (
        <p className="messaging-message__opening" aria-busy="true">
          {t('e2e.opening')}
        </p>
      ) : opened.kind === 'failed' ? (
        <Unreadable reason={opened.reason} senderName={mine ? t('message.you') : senderName} />
      ) : editing ? (
        <EditForm
          initial={opened.text}
          onCancel={() => setEditing(false)}
          onSave={async (payload) => {
            const ok = await onEdit(message, payload);
            if (ok) setEditing(false);
            return ok;
          }}
        />
      ) : (
        opened.text && (
          <p className="messaging-message__text" dir="auto">
            {opened.text}
          </p>
        )
      )}
      {!deleted && opened.kind === 'encrypted' && opened.files.length > 0 && (
        <EncryptedAttachmentList files={opened.files} />
      )}
      {!deleted && opened.kind === 'plain' && message.attachments.length > 0 && (
        <AttachmentList attachments={message.attachments} />
      )}
      <p className="messaging-message__meta">
        <time dateTime={message.createdAt} title={formatDateTime(message.createdAt, locale)}>
          {formatTime(message.createdAt, locale)}
        </time>
        {message.editedAt && !deleted && (
          <span className="messaging-message__edited" title={formatDateTime(message.editedAt, locale)}>
            {t('message.edited')}
          </span>
        )}
        {opened.kind === 'plain' && !deleted && (
          <span className="messaging-message__plain" title={t('e2e.plainHint')}>
            {t('e2e.plain')}
          </span>
        )}
        {mine && receipt && !deleted && (
          <ReceiptMark receipt={receipt} group={group} onShowReaders={() => onShowReaders(message)} />
        )}
      </p>
      {!deleted && !editing && readable && (
        <div className="messaging-message__actions">
          {onReply && (
            <button type="button" className="messaging-action" onClick={() => onReply(message)}>
              {t('message.reply')}
            </button>
          )}
          {mine && (
            <>
              <button type="button" className="messaging-action" onClick={() => setEditing(true)}>
                {t('message.edit')}
              </button>
              <button
                type="button"
                className="messaging-action messaging-action--danger"
                onClick={() => onDelete(message)}
              >
                {t('message.delete')}
              </button>
            </>
          )}
        </div>
      )}
    </article>
  );
}

/**
 * Why a message is not shown: each reason in words a reader can act on. A message sealed before
 * this device existed is not an error (the key backup opens it); the others are warnings.
 */
function Unreadable({ reason, senderName }: { reason: OpenFailure; senderName: string }) {
  const { t } = useTranslation('messaging');
  if (reason === 'not-for-this-device' || reason === 'no-device') {
    return (
      <p className="messaging-message__locked" data-reason={reason}>
        <Trans
          t={t}
          i18nKey={reason === 'no-device' ? 'e2e.noDevice' : 'e2e.beforeThisDevice'}
          components={{ restore: <Link to="/security/encryption" /> }}
        />
      </p>
    );
  }
  return (
    <p className="messaging-message__warning" role="note" data-reason={reason}>
      <span aria-hidden="true">⚠ </span>
      {t(`e2e.reason.${reason}`, { name: senderName })}
    </p>
  );
}

function Quote({ quoted }: { quoted: { message: ChatMessage | null; name: string; text: string } }) {
  const { t } = useTranslation('messaging');
  const target = quoted.message;
  const text = !target
    ? t('message.quoteMissing')
    : target.deletedAt
      ? t('message.deleted')
      : excerpt(quoted.text, 120) || t('list.attachment');
  const body = (
    <>
      <span className="messaging-quote__name">{t('message.replyTo', { name: quoted.name })}</span>
      <span className="messaging-quote__text" dir="auto">
        {text}
      </span>
    </>
  );
  return target ? (
    <a className="messaging-quote" href={`#message-${target.id}`}>
      {body}
    </a>
  ) : (
    <p className="messaging-quote">{body}</p>
  );
}

function ReceiptMark({
  receipt,
  group,
  onShowReaders,
}: {
  receipt: Receipt;
  group: boolean;
  onShowReaders: () => void;
}) {
  const { t, i18n } = useTranslation('messaging');
  const { key, values } = receiptLabel(receipt, group, currentLanguage(i18n));
  const text = t(key, values);
  const content = (
    <>
      <span className="messaging-receipt__ticks" aria-hidden="true">
        {receiptTicks(receipt.status)}
      </span>{' '}
      {text}
    </>
  );
  const className = cx('messaging-receipt', `messaging-receipt--${receipt.status}`);
  // In a group, the names of the readers come on demand.
  return group && receipt.readCount > 0 ? (
    <button type="button" className={cx(className, 'messaging-receipt--button')} onClick={onShowReaders}>
      {content}
    </button>
  ) : (
    <span className={className}>{content}</span>
  );
}

function EditForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: string;
  onSave: (payload: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t } = useTranslation('messaging');
  const [text, setText] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const fieldId = useId();
  const trimmed = text.trim();
  const tooLong = text.length > MESSAGING_LIMITS.bodyMax;

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!trimmed || tooLong || busy) return;
    if (text === initial) {
      onCancel();
      return;
    }
    setBusy(true);
    const ok = await onSave(text);
    setBusy(false);
    setFailed(!ok);
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      void submit();
    }
  }

  return (
    <form className="messaging-edit" onSubmit={(event) => void submit(event)}>
      <label className="visually-hidden" htmlFor={fieldId}>
        {t('message.editLabel')}
      </label>
      <TextArea
        id={fieldId}
        dir="auto"
        rows={3}
        value={text}
        autoFocus
        onChange={(event) => setText(event.target.value)}
        onKeyDown={keyDown}
      />
      {failed && (
        <p className="ui-field__error" role="alert">
          {t('message.editError')}
        </p>
      )}
      <div className="messaging-edit__actions">
        <Button type="submit" busy={busy} disabled={!trimmed || tooLong}>
          {t('message.save')}
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          {t('message.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** Failures of a send the person can do something about, explained under the message. */
const FAILURE_KEYS: Record<
  string,
  | 'e2e.failure.tooManyDevices'
  | 'e2e.failure.unsupported'
  | 'e2e.failure.locked'
  | 'e2e.failure.encryptionRequired'
  | 'e2e.failure.attachments'
> = {
  TOO_MANY_DEVICES: 'e2e.failure.tooManyDevices',
  E2E_UNSUPPORTED: 'e2e.failure.unsupported',
  E2E_LOCKED: 'e2e.failure.locked',
  encryptionRequired: 'e2e.failure.encryptionRequired',
  attachmentScheme: 'e2e.failure.attachments',
};

export interface PendingItemProps {
  item: OutboxItem;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}

/** A message written but not yet stored by the server: waiting, sending, or failed (retry). */
export function PendingItem({ item, onRetry, onDiscard }: PendingItemProps) {
  const { t, i18n } = useTranslation('messaging');
  const locale = currentLanguage(i18n);
  const labelId = useId();
  const status =
    item.state === 'failed'
      ? t('message.failed')
      : item.state === 'sending'
        ? t('message.sending')
        : t('message.pending');
  return (
    <article
      className={cx('messaging-message', 'messaging-message--mine', 'messaging-message--pending')}
      aria-labelledby={labelId}
      data-state={item.state}
    >
      <p id={labelId} className="visually-hidden">
        {t('message.you')}
      </p>
      {item.locked ? (
        <p className="messaging-message__opening">{t('e2e.opening')}</p>
      ) : (
        item.payload && (
          <p className="messaging-message__text" dir="auto">
            {item.payload}
          </p>
        )
      )}
      {item.attachmentIds.length > 0 && (
        <p className="messaging-message__note">
          📎 {new Intl.NumberFormat(locale).format(item.attachmentIds.length)}
        </p>
      )}
      <p className="messaging-message__meta">
        <time dateTime={item.createdAt} title={formatDateTime(item.createdAt, locale)}>
          {formatTime(item.createdAt, locale)}
        </time>
        <span className={cx('messaging-receipt', `messaging-receipt--${item.state}`)}>
          {item.state !== 'failed' && <ClockIcon />} {status}
        </span>
      </p>
      {item.state === 'failed' && item.error && FAILURE_KEYS[item.error] && (
        <p className="messaging-message__warning" role="note">
          {t(FAILURE_KEYS[item.error])}
        </p>
      )}
      {item.state === 'failed' && (
        <div className="messaging-message__actions">
          <button type="button" className="messaging-action" onClick={() => onRetry(item.clientId)}>
            {t('message.retry')}
          </button>
          <button
            type="button"
            className="messaging-action messaging-action--danger"
            onClick={() => onDiscard(item.clientId)}
          >
            {t('message.discard')}
          </button>
        </div>
      )}
    </article>
  );
}
