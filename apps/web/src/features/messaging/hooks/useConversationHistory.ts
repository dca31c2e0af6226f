import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useClient, useQuery } from 'urql';
import type { MessagesQuery as MessagesPage } from '../../../graphql/generated/graphql';
import type { ErrorLike } from '../../identity/graphql/errors';
import { MessagesQuery } from '../graphql/messaging';
import type { MessagingEngine } from '../lib/engine';
import { fromGraphql, type ChatMessage } from '../lib/types';

/** Messages per history page (the api allows up to MESSAGING_LIMITS.pageMax). */
export const HISTORY_PAGE_SIZE = 30;

type Page = MessagesPage['messages'];

/**
 * A conversation's history, newest first a page at a time: the newest page on opening, older
 * pages (before the oldest seq shown) on request. Pages go into the engine, which merges them with
 * what arrived live. Replies point to messages perhaps not loaded: those come along and are kept.
 */
export function useConversationHistory(engine: MessagingEngine | null, conversationId: string) {
  const client = useClient();
  const variables = useMemo(
    () => ({ conversationId, beforeSeq: null, first: HISTORY_PAGE_SIZE }),
    [conversationId],
  );
  const [first, reexecute] = useQuery({ query: MessagesQuery, variables, requestPolicy: 'network-only' });
  const [older, setOlder] = useState<Page[]>([]);
  const [loadingOlder, setLoadingOlder] = useState(false);
  const [olderError, setOlderError] = useState<ErrorLike>(null);
  const busy = useRef(false);

  const pages = useMemo(() => (first.data ? [first.data.messages, ...older] : older), [first.data, older]);

  useEffect(() => {
    if (!engine) return;
    for (const page of pages) engine.addHistory(page.items.map(fromGraphql));
  }, [engine, pages]);

  const quoted = useMemo(() => {
    const map = new Map<string, ChatMessage>();
    for (const page of pages)
      for (const item of page.items) if (item.replyTo) map.set(item.replyTo.id, fromGraphql(item.replyTo));
    return map;
  }, [pages]);

  const oldestSeq = pages.reduce<number | null>(
    (min, page) =>
      page.items.reduce<number | null>((m, item) => (m === null ? item.seq : Math.min(m, item.seq)), min),
    null,
  );
  const hasMore = pages.at(-1)?.hasMore ?? false;

  const loadOlder = useCallback(async () => {
    if (busy.current || oldestSeq === null) return;
    busy.current = true;
    setLoadingOlder(true);
    const result = await client
      .query(
        MessagesQuery,
        { conversationId, beforeSeq: oldestSeq, first: HISTORY_PAGE_SIZE },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    busy.current = false;
    setLoadingOlder(false);
    const page = result.data?.messages;
    if (result.error || !page) {
      setOlderError(result.error ?? null);
      return;
    }
    setOlderError(null);
    setOlder((current) => [...current, page]);
  }, [client, conversationId, oldestSeq]);

  return {
    hasMore,
    /** The oldest seq of the pages read; older messages known otherwise (a catch-up) wait for their page. */
    oldestSeq,
    loading: first.fetching || loadingOlder,
    error: first.data ? olderError : first.error,
    loadOlder,
    retry: () => (first.data ? void loadOlder() : reexecute({ requestPolicy: 'network-only' })),
    quoted,
  };
}
