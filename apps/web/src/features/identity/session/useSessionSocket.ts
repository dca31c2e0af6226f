import { createContext, use, useCallback, useEffect, useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Socket } from 'socket.io-client';
import { useViewer } from './ViewerContext';

/** Path of the api's socket.io endpoint (same origin; the dev server proxies it). */
export const SOCKET_PATH = '/socket.io';

/**
 * Keeps a socket.io connection open while a member is fully signed in (the session cookie
 * authenticates it). When the server ends the session — signed out elsewhere, ended from another
 * device, suspended, timed out — it refuses or disconnects the socket: the viewer is checked again,
 * and if the session is gone the reader lands on the sign-in page, told why. socket.io-client is
 * loaded only then, so visitors never download it.
 *
 * Returns the socket while there is one (the shell shares it through SessionSocketContext, and
 * features listen with useSessionSocketEvent).
 */
export function useSessionSocket(): Socket | null {
  const { viewer, loading, refresh, setNotice } = useViewer();
  const navigate = useNavigate();
  const { pathname, search } = useLocation();
  const here = `${pathname}${search}`;
  const socketRef = useRef<Socket | null>(null);
  const [shared, setShared] = useState<Socket | null>(null);
  /** The server dropped the socket; waiting for the viewer check that follows. */
  const checking = useRef(false);
  const connected = viewer?.sessionState === 'ACTIVE' ? viewer.id : null;

  const onDropped = useCallback(() => {
    checking.current = true;
    void refresh();
  }, [refresh]);

  useEffect(() => {
    if (!connected) return;
    let cancelled = false;
    let socket: Socket | null = null;
    void import('socket.io-client').then(({ io }) => {
      if (cancelled) return;
      socket = io({ path: SOCKET_PATH, withCredentials: true, transports: ['websocket', 'polling'] });
      socket.on('disconnect', (reason) => {
        if (reason === 'io server disconnect') onDropped();
      });
      socket.on('auth.refused', onDropped);
      // Refused at the handshake (the session ended meanwhile): check the viewer again.
      socket.on('connect_error', (error) => {
        if (error.message === 'UNAUTHENTICATED') onDropped();
      });
      socketRef.current = socket;
      setShared(socket);
    });
    return () => {
      cancelled = true;
      socket?.removeAllListeners();
      socket?.disconnect();
      socketRef.current = null;
      setShared(null);
    };
  }, [connected, onDropped]);

  useEffect(() => {
    if (!checking.current || loading) return;
    checking.current = false;
    if (!viewer) {
      setNotice('sessionEnded');
      // Back here after signing in again (a guarded page would send the reader the same way).
      const next = here.startsWith('/sign-in') ? '' : `?next=${encodeURIComponent(here)}`;
      void navigate(`/sign-in${next}`, { replace: true });
    } else if (viewer.sessionState === 'ACTIVE' && socketRef.current && !socketRef.current.connected) {
      // Still signed in (the server only dropped this connection): connect again.
      socketRef.current.connect();
    }
  }, [viewer, loading, navigate, here, setNotice]);

  return shared;
}

/** The session's socket, for the pages and components inside the shell (null while there is none). */
export const SessionSocketContext = createContext<Socket | null>(null);

/**
 * Calls `handler` whenever the server sends `event` on the session's socket (the member's own
 * room), for as long as the component is mounted. The latest `handler` is used; no need to memoise.
 */
export function useSessionSocketEvent(event: string, handler: (payload: unknown) => void): void {
  const socket = use(SessionSocketContext);
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!socket) return;
    const listener = (payload: unknown) => latest.current(payload);
    socket.on(event, listener);
    return () => {
      socket.off(event, listener);
    };
  }, [socket, event]);
}
