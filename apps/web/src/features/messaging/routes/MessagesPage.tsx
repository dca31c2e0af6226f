import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { BackupPrompt } from '../../e2e/components/BackupPrompt';
import { MessageSearch } from '../../e2e/search/MessageSearch';
import { LoadError } from '../../identity/components/LoadError';
import { useViewer } from '../../identity/session/ViewerContext';
import { ConversationList } from '../components/ConversationList';
import { ConversationView } from '../components/ConversationView';
import { NewConversationDialog } from '../components/NewConversationDialog';
import { useConversations } from '../hooks/useConversations';
import { useEngineVersion, useMessagingEngine } from '../hooks/useMessagingEngine';
import { conversationTitle, type Conversation } from '../lib/conversation';
import '../components/messaging.css';

/** Messages, mounted at /messages/*: the conversation list, and a conversation at /messages/:id. */
export function MessagesPage() {
  return (
    <Routes>
      <Route index element={<MessagesArea />} />
      <Route path=":conversationId" element={<MessagesArea />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}

/**
 * The list beside the open conversation; on narrow screens (≤ 40rem) one or the other, the
 * conversation with a link back to the list.
 */
function MessagesArea() {
  const { conversationId } = useParams();
  const { t } = useTranslation('messaging');
  const { t: tc } = useTranslation();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const engine = useMessagingEngine();
  useEngineVersion(engine);
  const { conversations, fetching, error, retry, refresh } = useConversations(engine);
  const [creating, setCreating] = useState(false);
  const [searching, setSearching] = useState(false);
  const me = viewer?.id;
  // Names of everyone in the member's conversations, for search results.
  const people = useMemo(() => {
    const names = new Map<string, string>();
    for (const conversation of conversations)
      for (const entry of conversation.members) names.set(entry.member.id, entry.member.fullName);
    return names;
  }, [conversations]);

  /** A last message's text, decrypted by the engine ("…" while it opens). */
  function previewText(conversation: Conversation): string {
    const last = conversation.lastMessage;
    if (!last || !engine) return last?.payload ?? '';
    const opened = engine.openedOf({ ...last, conversationId: conversation.id });
    if (opened.kind === 'plain' || opened.kind === 'encrypted') return opened.text;
    return opened.kind === 'pending' ? '…' : t('e2e.unreadable');
  }

  return (
    <Page title={tc('messages.title')} lead={conversationId ? undefined : tc('messages.description')}>
      <div className="messaging" data-view={conversationId ? 'conversation' : 'list'}>
        <section className="messaging__list" aria-labelledby="messaging-list-heading">
          <div className="messaging__list-head">
            <h2 id="messaging-list-heading">{t('list.heading')}</h2>
            <div className="messaging__list-actions">
              {engine?.encrypted && (
                <Button variant="secondary" onClick={() => setSearching(true)}>
                  {t('list.search')}
                </Button>
              )}
              <Button onClick={() => setCreating(true)}>{t('list.new')}</Button>
            </div>
          </div>
          {me && engine?.encrypted && <BackupPrompt userId={me} />}
          {error ? (
            <LoadError message={t('list.loadError')} retryLabel={t('list.retry')} onRetry={retry} />
          ) : fetching ? (
            <p role="status" className="messaging-muted">
              {tc('app.loading')}
            </p>
          ) : conversations.length === 0 ? (
            <p className="messaging-muted">{t('list.empty')}</p>
          ) : (
            <ConversationList
              conversations={conversations}
              selectedId={conversationId}
              me={me}
              textOf={previewText}
            />
          )}
        </section>
        <div className="messaging__main">
          {conversationId && engine && me ? (
            <ConversationView
              key={conversationId}
              engine={engine}
              conversationId={conversationId}
              me={me}
              onGone={() => {
                refresh();
                void navigate('/messages');
              }}
            />
          ) : conversationId ? (
            <p role="status" className="messaging-muted">
              {tc('app.loading')}
            </p>
          ) : (
            <EmptyState title={t('view.pickTitle')}>
              <p>{t('view.pick')}</p>
            </EmptyState>
          )}
        </div>
      </div>
      {me && engine?.encrypted && (
        <MessageSearch
          userId={me}
          open={searching}
          onClose={() => setSearching(false)}
          conversationId={conversationId}
          onOpen={(id, messageId) => void navigate(`/messages/${id}#message-${messageId}`)}
          conversationTitle={(id) => {
            const found = conversations.find((conversation) => conversation.id === id);
            return found ? conversationTitle(found, me, t('list.formerMember')) : t('list.formerMember');
          }}
          memberName={(id) => (id === me ? t('message.you') : (people.get(id) ?? t('list.formerMember')))}
        />
      )}
      <NewConversationDialog
        open={creating}
        me={me}
        onClose={() => setCreating(false)}
        onStarted={(id) => {
          setCreating(false);
          refresh();
          void navigate(`/messages/${id}`);
        }}
      />
    </Page>
  );
}
