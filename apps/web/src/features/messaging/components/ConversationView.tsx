import { Fragment, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useQuery } from 'urql';
import { dayKey, formatDay } from '../../../i18n/format';
import { currentLanguage } from '../../../i18n/i18n';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { EmptyState } from '../../../ui/EmptyState';
import { LoadError } from '../../identity/components/LoadError';
import { errorCode } from '../../identity/graphql/errors';
import { ConversationQuery } from '../graphql/messaging';
import { useConversationHistory } from '../hooks/useConversationHistory';
import { useEngineActivity, useEngineVersion } from '../hooks/useMessagingEngine';
import { conversationTitle, namesOf, type Conversation } from '../lib/conversation';
import type { MessagingEngine } from '../lib/engine';
import { receiptOf } from '../lib/receipts';
import type { ChatMessage } from '../lib/types';
import { ConversationDetailsDialog } from './ConversationDetailsDialog';
import { ConversationSecurity } from './ConversationSecurity';
import { MessageComposer } from './MessageComposer';
import { MessageItem, PendingItem } from './MessageItem';
import { ReadersDialog } from './ReadersDialog';

/** Within this many pixels of the end, the log follows new messages. */
const STICK_PX = 80;
/** Older messages are asked for when the reader scrolls this close to the top. */
const LOAD_OLDER_PX = 120;

export interface ConversationViewProps {
  engine: MessagingEngine;
  conversationId: string;
  me: string;
  /** After leaving or losing the conversation. */
  onGone: () => void;
}

/**
 * One conversation: its header (name, details), the messages as a log (older pages loaded when
 * scrolling up, keeping the place; day separators; pending messages at the end), who is typing,
 * and the composer. Receipts: messages of others are marked read while the conversation is on
 * screen and the window has the focus.
 */
export function ConversationView({ engine, conversationId, me, onGone }: ConversationViewProps) {
  const { t, i18n } = useTranslation('messaging');
  const locale = currentLanguage(i18n);
  useEngineVersion(engine);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ConversationQuery,
    variables: { id: conversationId },
    requestPolicy: 'cache-and-network',
  });
  const conversation: Conversation | undefined = data?.conversation;
  const history = useConversationHistory(engine, conversationId);
  const [removed, setRemoved] = useState(false);
  const [devicesRevision, setDevicesRevision] = useState(0);

  useEngineActivity(engine, (activity) => {
    if (activity.kind === 'devices') setDevicesRevision((value) => value + 1);
    if (activity.kind === 'conversation' && activity.conversationId === conversationId) {
      if (activity.removed) setRemoved(true);
      else reexecute({ requestPolicy: 'network-only' });
    }
  });

  useEffect(() => engine.join(conversationId), [engine, conversationId]);

  useEffect(() => {
    if (!conversation) return;
    engine.setMembers(
      conversation.id,
      conversation.members.map((entry) => ({
        userId: entry.member.id,
        deliveredSeq: entry.deliveredSeq,
        readSeq: entry.readSeq,
      })),
    );
  }, [engine, conversation]);

  const known = engine.messagesOf(conversationId);
  // An old message changed while away (a catch-up) shows once its page is read, not alone above a gap.
  const oldestShown = history.hasMore ? history.oldestSeq : null;
  const messages = useMemo(
    () => (oldestShown === null ? known : known.filter((message) => message.seq >= oldestShown)),
    [known, oldestShown],
  );
  const pending = engine.pendingOf(conversationId);
  const watermarks = engine.watermarksOf(conversationId);
  const names = useMemo(() => namesOf(conversation), [conversation]);
  const jit = conversation?.kind === 'JIT';
  /** Several members, senders named on their messages: groups and JIT workspace channels. */
  const group = conversation?.kind === 'GROUP' || jit;
  /** A READER (a JIT observer, or everyone once the workspace is closed) reads but does not write. */
  const reader = conversation?.myRole === 'READER';
  const title = conversation ? conversationTitle(conversation, me, t('list.formerMember')) : '';
  const nameOf = (id: string) => names.get(id) ?? t('list.formerMember');
  const others = useMemo(
    () =>
      (conversation?.members ?? [])
        .filter((entry) => entry.member.id !== me)
        .map((entry) => ({ id: entry.member.id, name: entry.member.fullName })),
    [conversation, me],
  );

  // Read receipts: while this conversation is on screen and the window has the focus.
  const newestSeq = messages.at(-1)?.seq ?? 0;
  const myRead = watermarks.get(me)?.readSeq ?? 0;
  const linkUp = engine.linkUp;
  useEffect(() => {
    if (newestSeq <= myRead) return;
    const mark = () => {
      if (document.visibilityState !== 'visible' || !document.hasFocus()) return;
      engine.markRead(conversationId, newestSeq);
    };
    mark();
    document.addEventListener('visibilitychange', mark);
    window.addEventListener('focus', mark);
    return () => {
      document.removeEventListener('visibilitychange', mark);
      window.removeEventListener('focus', mark);
    };
  }, [engine, conversationId, newestSeq, myRead, linkUp]);

  // The log's scrolling: at the end on arrival, following new messages when at the end, and
  // keeping the place when older messages come in above.
  const logRef = useRef<HTMLDivElement>(null);
  const fromBottom = useRef(0);
  const firstShown = useRef<string | null>(null);
  const countShown = useRef(0);
  const itemCount = messages.length + pending.length;
  useLayoutEffect(() => {
    const log = logRef.current;
    if (!log) return;
    const first = messages[0]?.id ?? null;
    const prepended = firstShown.current !== null && first !== firstShown.current && countShown.current > 0;
    if (prepended) log.scrollTop = log.scrollHeight - log.clientHeight - fromBottom.current;
    else if (fromBottom.current <= STICK_PX) log.scrollTop = log.scrollHeight;
    firstShown.current = first;
    countShown.current = itemCount;
    fromBottom.current = log.scrollHeight - log.clientHeight - log.scrollTop;
  }, [messages, itemCount]);

  // A link to one message (a search result): older pages are read until it is there, then it is
  // brought into view and marked (at most 20 pages back).
  const { hash } = useLocation();
  const target = /^#message-([\w-]+)$/.exec(hash)?.[1] ?? null;
  const reached = useRef<string | null>(null);
  const pagesRead = useRef(0);
  useEffect(() => {
    if (!target || reached.current === target) return;
    const element = document.getElementById(`message-${target}`);
    if (element) {
      element.scrollIntoView?.({ block: 'center' });
      element.classList.add('messaging-message--target');
      reached.current = target;
    } else if (history.hasMore && !history.loading && pagesRead.current < 20) {
      pagesRead.current += 1;
      void history.loadOlder();
    }
  }, [target, messages, history]);

  function scrolled() {
    const log = logRef.current;
    if (!log) return;
    fromBottom.current = log.scrollHeight - log.clientHeight - log.scrollTop;
    if (log.scrollTop < LOAD_OLDER_PX && history.hasMore && !history.loading) void history.loadOlder();
  }

  const [replyTo, setReplyTo] = useState<ChatMessage | null>(null);
  const [deleting, setDeleting] = useState<ChatMessage | null>(null);
  const [deleteFailed, setDeleteFailed] = useState(false);
  const [readersOf, setReadersOf] = useState<string | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const composerRef = useRef<HTMLTextAreaElement>(null);

  const typingNames = engine.typingIn(conversationId).map(nameOf);
  const typingText =
    typingNames.length === 0
      ? ''
      : typingNames.length === 1
        ? t('typing.one', { name: typingNames[0] })
        : typingNames.length === 2
          ? t('typing.two', { first: typingNames[0], second: typingNames[1] })
          : t('typing.many');

  const notFound = removed || errorCode(error) === 'NOT_FOUND' || errorCode(history.error) === 'NOT_FOUND';
  if (notFound) {
    return (
      <div className="messaging-view">
        <BackLink />
        <EmptyState title={t('view.pickTitle')}>
          <p>{t('view.notFound')}</p>
        </EmptyState>
      </div>
    );
  }

  function quotedOf(message: ChatMessage) {
    if (!message.replyToId) return null;
    const target =
      engine.message(conversationId, message.replyToId) ?? history.quoted.get(message.replyToId) ?? null;
    return {
      message: target,
      name: target ? (target.senderId === me ? t('message.you') : nameOf(target.senderId)) : '',
      text: target ? textOf(target) : '',
    };
  }

  /** A message's text for a quote or a reply: decrypted, or a word on why there is none. */
  function textOf(message: ChatMessage): string {
    const opened = engine.openedOf(message);
    if (opened.kind === 'plain' || opened.kind === 'encrypted') return opened.text;
    return opened.kind === 'pending' ? t('e2e.opening') : t('e2e.unreadable');
  }

  // A day separator before the first message of each of the reader's calendar days.
  const newDay = messages.map(
    (message, index) =>
      index === 0 || dayKey(message.createdAt) !== dayKey(messages[index - 1]?.createdAt ?? ''),
  );
  return (
    <div className="messaging-view">
      <header className="messaging-view__header">
        <BackLink />
        <div className="messaging-view__title">
          <h2 dir="auto">{title || '\u00a0'}</h2>
          {group && conversation && (
            <p className="messaging-muted">
              {t('view.members', {
                number: new Intl.NumberFormat(locale).format(conversation.members.length),
              })}
            </p>
          )}
          {jit && conversation?.jitWorkspaceId && (
            <p>
              <Link to={`/jit/${conversation.jitWorkspaceId}`}>{t('view.jitWorkspace')}</Link>
            </p>
          )}
          {conversation && engine.encrypted && (
            <ConversationSecurity
              me={me}
              others={others}
              direct={conversation.kind === 'DIRECT'}
              revision={devicesRevision}
            />
          )}
        </div>
        {conversation && (
          <Button variant="secondary" onClick={() => setDetailsOpen(true)}>
            {t('view.details')}
          </Button>
        )}
      </header>
      {error && !conversation && !fetching && (
        <LoadError
          message={t('view.loadError')}
          retryLabel={t('list.retry')}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      )}
      {!linkUp && (
        <p className="messaging-offline" role="status">
          {t('view.offline')}
        </p>
      )}
      <div
        ref={logRef}
        className="messaging-log"
        role="log"
        aria-live="polite"
        aria-label={t('view.log', { title })}
        aria-busy={history.loading || undefined}
        tabIndex={0}
        onScroll={scrolled}
      >
        <div className="messaging-log__top">
          {history.error && errorCode(history.error) !== 'NOT_FOUND' ? (
            <LoadError message={t('view.loadError')} retryLabel={t('list.retry')} onRetry={history.retry} />
          ) : history.hasMore ? (
            <Button variant="secondary" busy={history.loading} onClick={() => void history.loadOlder()}>
              {history.loading ? t('view.loadingOlder') : t('view.older')}
            </Button>
          ) : (
            !history.loading && <p className="messaging-muted">{t('view.start')}</p>
          )}
        </div>
        {messages.map((message, index) => {
          const separator = newDay[index];
          const mine = message.senderId === me;
          return (
            <Fragment key={message.id}>
              {separator && (
                <p className="messaging-day">
                  <time dateTime={message.createdAt.slice(0, 10)}>
                    {formatDay(message.createdAt, locale)}
                  </time>
                </p>
              )}
              <MessageItem
                message={message}
                opened={engine.openedOf(message)}
                mine={mine}
                senderName={nameOf(message.senderId)}
                showSender={group && !mine}
                group={group}
                receipt={mine ? receiptOf(message.seq, me, watermarks) : null}
                quoted={quotedOf(message)}
                onReply={
                  reader
                    ? undefined
                    : (target) => {
                        setReplyTo(target);
                        composerRef.current?.focus();
                      }
                }
                onEdit={async (target, payload) => (await engine.edit(target.id, payload)).ok}
                onDelete={(target) => {
                  setDeleteFailed(false);
                  setDeleting(target);
                }}
                onShowReaders={(target) => setReadersOf(target.id)}
              />
            </Fragment>
          );
        })}
        {pending.map((item) => (
          <PendingItem
            key={item.clientId}
            item={item}
            onRetry={(clientId) => engine.retry(clientId)}
            onDiscard={(clientId) => engine.discard(clientId)}
          />
        ))}
      </div>
      <p className="messaging-typing" aria-live="polite">
        {typingText}
      </p>
      {reader ? (
        <p className="messaging-readonly" role="note">
          {t('view.readOnly')}
        </p>
      ) : (
        <MessageComposer
          textareaRef={composerRef}
          replyTo={
            replyTo
              ? {
                  message: replyTo,
                  name: replyTo.senderId === me ? t('message.you') : nameOf(replyTo.senderId),
                  text: textOf(replyTo),
                }
              : null
          }
          onCancelReply={() => {
            setReplyTo(null);
            composerRef.current?.focus();
          }}
          onTyping={(typing) => engine.setTyping(conversationId, typing)}
          encrypted={engine.encrypted}
          onSend={({ payload, attachmentIds, files, replyToId }) => {
            fromBottom.current = 0;
            engine.send({ conversationId, payload, attachmentIds, files, replyToId });
            setReplyTo(null);
          }}
        />
      )}
      <Dialog
        open={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('message.deleteTitle')}
        footer={
          <>
            <Button
              variant="danger"
              onClick={() => {
                const target = deleting;
                if (!target) return;
                void engine.remove(target.id).then((ack) => {
                  if (ack.ok) setDeleting(null);
                  else setDeleteFailed(true);
                });
              }}
            >
              {t('message.deleteConfirm')}
            </Button>
            <Button variant="secondary" onClick={() => setDeleting(null)}>
              {t('message.cancel')}
            </Button>
          </>
        }
      >
        <p>{t('message.deleteBody')}</p>
        {deleteFailed && (
          <p className="ui-field__error" role="alert">
            {t('message.deleteError')}
          </p>
        )}
      </Dialog>
      <ReadersDialog messageId={readersOf} onClose={() => setReadersOf(null)} />
      {conversation && detailsOpen && (
        <ConversationDetailsDialog
          open={detailsOpen}
          onClose={() => setDetailsOpen(false)}
          conversation={conversation}
          me={me}
          onLeft={() => {
            setDetailsOpen(false);
            onGone();
          }}
        />
      )}
    </div>
  );
}

/** Back to the list: shown on narrow screens, where the list and a conversation are separate views. */
function BackLink() {
  const { t } = useTranslation('messaging');
  return (
    <Link to="/messages" className="messaging-back">
      <span aria-hidden="true" className="messaging-back__arrow">
        ←
      </span>{' '}
      {t('view.back')}
    </Link>
  );
}
