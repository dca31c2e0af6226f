import { useEffect, useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import { ConversationsQuery } from '../graphql/messaging';
import type { MessagingEngine } from '../lib/engine';
import { useEngineActivity } from './useMessagingEngine';

/**
 * Conversations listed, the most recently active first. The api refuses a query costing more than
 * 2,000 (each field of each conversation counts, members included): 50 stay below it.
 */
export const CONVERSATIONS_FIRST = 50;
/** Live events within this long are read together. */
const REFRESH_DELAY_MS = 300;

/**
 * The person's conversations by last activity, read again (from the network) shortly after a
 * message, a receipt of their own, or a change to a conversation arrives. The first answer also
 * tells the engine where to start catching up if this browser never has.
 */
export function useConversations(engine: MessagingEngine | null) {
  const variables = useMemo(() => ({ first: CONVERSATIONS_FIRST, offset: 0 }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ConversationsQuery,
    variables,
    requestPolicy: 'cache-and-network',
  });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  useEngineActivity(engine, (activity) => {
    if (activity.kind === 'receipt' && activity.userId !== engine?.userId) return;
    if (timer.current) return;
    timer.current = setTimeout(() => {
      timer.current = null;
      reexecute({ requestPolicy: 'network-only' });
    }, REFRESH_DELAY_MS);
  });

  const conversations = useMemo(
    () =>
      [...(data?.conversations ?? [])].sort(
        (a, b) => new Date(b.lastActivityAt).getTime() - new Date(a.lastActivityAt).getTime(),
      ),
    [data],
  );

  useEffect(() => {
    if (!engine || !data) return;
    const newest = data.conversations.reduce((max, c) => Math.max(max, c.lastMessage?.changeSeq ?? 0), 0);
    engine.seedCursor(newest);
  }, [engine, data]);

  return {
    conversations,
    fetching: fetching && !data,
    error: data ? null : error,
    retry: () => reexecute({ requestPolicy: 'network-only' }),
    refresh: () => reexecute({ requestPolicy: 'network-only' }),
  };
}
