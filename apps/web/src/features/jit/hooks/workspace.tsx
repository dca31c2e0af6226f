import { createContext, use, useEffect, useRef, type ReactNode } from 'react';
import type { JitArea } from '@cop/contracts';
import type { JitWorkspaceFieldsFragment } from '../../../graphql/generated/graphql';

export type JitWorkspace = JitWorkspaceFieldsFragment;

type Listener = (area: JitArea | 'all') => void;

export interface WorkspaceContextValue {
  workspace: JitWorkspace;
  /** Reads the workspace again (fields, members, counts). */
  refresh: () => void;
  /** Areas changed by someone (live), or everything after a reconnect. */
  listeners: Set<Listener>;
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export function WorkspaceProvider({
  value,
  children,
}: {
  value: WorkspaceContextValue;
  children: ReactNode;
}) {
  return <WorkspaceContext value={value}>{children}</WorkspaceContext>;
}

/** The open workspace (inside /jit/:id). */
export function useWorkspace(): WorkspaceContextValue {
  const value = use(WorkspaceContext);
  if (!value) throw new Error('useWorkspace must be used inside a workspace page');
  return value;
}

/**
 * Calls `refetch` when someone changed `area` of the open workspace ('any': whatever changed), and
 * after a reconnect.
 */
export function useAreaRefresh(area: JitArea | 'any', refetch: () => void): void {
  const { listeners } = useWorkspace();
  const latest = useRef(refetch);
  useEffect(() => {
    latest.current = refetch;
  });
  useEffect(() => {
    const listener: Listener = (changed) => {
      if (changed === 'all' || area === 'any' || changed === area) latest.current();
    };
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, [listeners, area]);
}
