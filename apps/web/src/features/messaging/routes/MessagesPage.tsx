import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Route, Routes, useNavigate, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Page } from '../../../ui/Page';
import { LoadError } from '../../identity/components/LoadError';
import { useViewer } from '../../identity/session/ViewerContext';
import { ConversationList } from '../components/ConversationList';
import { ConversationView } from '../components/ConversationView';
import { NewConversationDialog } from '../components/NewConversationDialog';
import { useConversations } from '../hooks/useConversations';
import { useMessagingEngine } from '../hooks/useMessagingEngine';
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
  const { conversations, fetching, error, retry, refresh } = useConversations(engine);
  const [creating, setCreating] = useState(false);
  const me = viewer?.id;

  return (
    <Page title={tc('messages.title')} lead={conversationId ? undefined : tc('messages.description')}>
      <div className="messaging" data-view={conversationId ? 'conversation' : 'list'}>
        <section className="messaging__list" aria-labelledby="messaging-list-heading">
          <div className="messaging__list-head">
            <h2 id="messaging-list-heading">{t('list.heading')}</h2>
            <Button onClick={() => setCreating(true)}>{t('list.new')}</Button>
          </div>
          {error ? (
            <LoadError message={t('list.loadError')} retryLabel={t('list.retry')} onRetry={retry} />
          ) : fetching ? (
            <p role="status" className="messaging-muted">
              {tc('app.loading')}
            </p>
          ) : conversations.length === 0 ? (
            <p className="messaging-muted">{t('list.empty')}</p>
          ) : (
            <ConversationList conversations={conversations} selectedId={conversationId} me={me} />
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
