import { use, useEffect, useRef } from 'react';
import { JIT_EVENTS, type JitArea, type JitChangedEvent, type JitJoinAck } from '@cop/contracts';
import { SessionSocketContext, useSessionSocketEvent } from '../../identity/session/useSessionSocket';

export type JitLiveEvent =
  | { kind: 'changed'; area: JitArea }
  /** Reconnected: something may have been missed. */
  | { kind: 'resync' }
  /** The server refused the room, or says the caller was removed: the workspace is gone for them. */
  | { kind: 'gone' };

/**
 * Joins the workspace's room `jit:<id>` on the session's socket while the workspace is open (again
 * after a reconnect), leaves on the way out. Events carry ids only; the page reads again through
 * GraphQL, which checks membership. `workspaceId` is null until the workspace has loaded: a
 * workspace the caller cannot see is answered by the query ("not found"), never by the room, so
 * a copied URL cannot be told from a missing one.
 */
export function useJitLive(workspaceId: string | null, onEvent: (event: JitLiveEvent) => void): void {
  const socket = use(SessionSocketContext);
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });

  useSessionSocketEvent(JIT_EVENTS.removed, (payload) => {
    const event = payload as { workspaceId?: string } | null;
    if (workspaceId && event?.workspaceId === workspaceId) latest.current({ kind: 'gone' });
  });

  useEffect(() => {
    if (!socket || !workspaceId) return;
    let joinedOnce = false;
    const join = () => {
      socket.emit(JIT_EVENTS.join, { workspaceId }, (ack?: JitJoinAck) => {
        if (ack && !ack.ok && ack.error.code === 'NOT_FOUND') latest.current({ kind: 'gone' });
      });
    };
    const changed = (payload: unknown) => {
      const event = payload as Partial<JitChangedEvent> | null;
      if (event?.workspaceId !== workspaceId || !event.area) return;
      latest.current({ kind: 'changed', area: event.area });
    };
    const connected = () => {
      join();
      if (joinedOnce) latest.current({ kind: 'resync' });
      joinedOnce = true;
    };
    socket.on('connect', connected);
    socket.on(JIT_EVENTS.changed, changed);
    if (socket.connected) {
      joinedOnce = true;
      join();
    }
    return () => {
      socket.off('connect', connected);
      socket.off(JIT_EVENTS.changed, changed);
      if (socket.connected) socket.emit(JIT_EVENTS.leave, { workspaceId });
    };
  }, [socket, workspaceId]);
}
