import { use, useEffect, useMemo, useRef, useSyncExternalStore } from 'react';
import { useClient } from 'urql';
import { SessionSocketContext } from '../../identity/session/useSessionSocket';
import { useViewer } from '../../identity/session/ViewerContext';
import { sessionEngine } from '../lib/sessionEngine';
import { engineGeneration, subscribeEngines, type EngineActivity, type MessagingEngine } from '../lib/engine';

/**
 * The messaging engine of the session (null until the socket is there), with end-to-end
 * encryption through this browser's device.
 */
export function useMessagingEngine(): MessagingEngine | null {
  const socket = use(SessionSocketContext);
  const client = useClient();
  const { viewer } = useViewer();
  const userId = viewer?.id ?? null;
  const generation = useSyncExternalStore(subscribeEngines, engineGeneration, engineGeneration);
  const engine = useMemo(
    () => (socket && userId && generation >= 0 ? sessionEngine(socket, userId, client) : null),
    [socket, userId, generation, client],
  );
  return engine;
}

const noEngine = () => () => undefined;

/** Re-renders the component whenever the engine changes (a message, a receipt, the outbox). */
export function useEngineVersion(engine: MessagingEngine | null): number {
  return useSyncExternalStore(
    engine ? engine.subscribe : noEngine,
    () => engine?.version ?? 0,
    () => 0,
  );
}

/** Calls the latest `handler` on each engine activity while mounted. */
export function useEngineActivity(
  engine: MessagingEngine | null,
  handler: (activity: EngineActivity) => void,
): void {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!engine) return;
    return engine.onActivity((activity) => latest.current(activity));
  }, [engine]);
}
