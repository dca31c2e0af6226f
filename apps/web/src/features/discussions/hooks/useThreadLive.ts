import { use, useEffect, useRef } from 'react';
import { THREAD_EVENTS, type ThreadEventPayload } from '@cop/contracts';
import { SessionSocketContext } from '../../identity/session/useSessionSocket';

export type ThreadLiveEvent =
  | { kind: 'created' | 'updated'; postId?: string; seq?: number }
  | { kind: 'thread' }
  /** Reconnected, or access changed: something may have been missed. */
  | { kind: 'resync' }
  /** The server refused the room: the thread is gone, or no longer visible. */
  | { kind: 'denied' };

type JoinAck = { ok: true } | { ok: false; code: string; message: string };

/**
 * Joins the thread's live room on the session's socket while the page is open: joins again after
 * a reconnect and when the server says access changed, leaves on the way out. Events carry ids
 * only; the page reads the content again through GraphQL (which applies visibility).
 */
export function useThreadLive(threadId: string, onEvent: (event: ThreadLiveEvent) => void): void {
  const socket = use(SessionSocketContext);
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });

  useEffect(() => {
    if (!socket) return;
    let joinedOnce = false;
    const join = () => {
      socket.emit(THREAD_EVENTS.join, { threadId }, (ack?: JoinAck) => {
        if (ack && !ack.ok) latest.current({ kind: 'denied' });
      });
    };
    const forThread = (kind: 'created' | 'updated' | 'thread') => (payload: unknown) => {
      const event = payload as Partial<ThreadEventPayload> | null;
      if (event?.threadId !== threadId) return;
      latest.current(kind === 'thread' ? { kind } : { kind, postId: event.postId, seq: event.seq });
    };
    const created = forThread('created');
    const updated = forThread('updated');
    const threadUpdated = forThread('thread');
    const connected = () => {
      join();
      if (joinedOnce) latest.current({ kind: 'resync' });
      joinedOnce = true;
    };
    const accessChanged = () => {
      join();
      latest.current({ kind: 'resync' });
    };

    socket.on('connect', connected);
    socket.on(THREAD_EVENTS.postCreated, created);
    socket.on(THREAD_EVENTS.postUpdated, updated);
    socket.on(THREAD_EVENTS.threadUpdated, threadUpdated);
    socket.on(THREAD_EVENTS.accessChanged, accessChanged);
    if (socket.connected) {
      joinedOnce = true;
      join();
    }
    return () => {
      socket.off('connect', connected);
      socket.off(THREAD_EVENTS.postCreated, created);
      socket.off(THREAD_EVENTS.postUpdated, updated);
      socket.off(THREAD_EVENTS.threadUpdated, threadUpdated);
      socket.off(THREAD_EVENTS.accessChanged, accessChanged);
      if (socket.connected) socket.emit(THREAD_EVENTS.leave, { threadId });
    };
  }, [socket, threadId]);
}
