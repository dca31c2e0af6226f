import { useForgetCachedData } from '../../../app/AppProviders';
import { createContext, use, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { useClient } from 'urql';
import type { Role } from '@cop/contracts';
import { NotFoundPage } from '../../../app/NotFoundPage';
import { PageLoading } from '../../../app/shell/PageLoading';
import type {
  ViewerFieldsFragment,
  ViewerQuery,
  ViewerQueryVariables,
} from '../../../graphql/generated/graphql';
import { Button } from '../../../ui/Button';
import { Page } from '../../../ui/Page';
import { claimPersonalStorage } from '../../../app/personal-storage';

/** What the web knows about the signed-in caller (the `ViewerFields` fragment). */
export type ViewerFields = ViewerFieldsFragment;

/** Why the sign-in page is shown, when it is not the reader's own choice. */
export type SignInNotice = 'signedOut' | 'sessionEnded' | 'passwordSet';

export interface ViewerState {
  /** The signed-in caller, or null when nobody is signed in (or not known yet). */
  viewer: ViewerFields | null;
  /** True until the first answer arrives, and while a refresh is on its way. */
  loading: boolean;
  /** The last check did not reach the api; `viewer` is then the last one known. */
  unreachable: boolean;
  /** Asks the api again who is signed in (network only). */
  refresh: () => Promise<void>;
  /** Takes a viewer the api has just returned (sign-in, second factor), saving a round trip. */
  setViewer: (viewer: ViewerFields | null) => void;
  /**
   * What the sign-in page should say (signed out, session ended elsewhere). Kept here rather than
   * in the address, so it survives the redirects of guarded pages; cleared by the next sign-in.
   */
  notice: SignInNotice | null;
  setNotice: (notice: SignInNotice | null) => void;
}

const ViewerContext = createContext<ViewerState | null>(null);

/**
 * The `Viewer` query of ../graphql/session.ts, as text. The shell needs it on first load, and any
 * import of a generated document would bring every operation of the app into the first-load bundle
 * (the generated module holds them all). urql parses the text with the parser it already has; the
 * generated types still type the answer, and session.test.ts checks the text is the same query.
 */
export const VIEWER_QUERY_TEXT = `
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }

  fragment ViewerFields on Viewer {
    id
    email
    fullName
    role
    status
    sessionState
    mfaEnabled
    mfaRequired
    locale
  }
`;

/** The signed-in caller. Needs a ViewerProvider above (the app's root route has one). */
export function useViewer(): ViewerState {
  const state = use(ViewerContext);
  if (!state) throw new Error('useViewer must be used inside a ViewerProvider');
  return state;
}

/**
 * Asks the api who is signed in (the `viewer` query, never from cache) when it mounts and whenever
 * `refresh()` is called, and shares the answer. A later answer always wins over an earlier one.
 */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const client = useClient();
  const [viewer, setViewerState] = useState<ViewerFields | null>(null);
  const [loading, setLoading] = useState(true);
  const [unreachable, setUnreachable] = useState(false);
  const [notice, setNotice] = useState<SignInNotice | null>(null);
  const latest = useRef(0);
  const forgetCachedData = useForgetCachedData();
  const shownId = useRef<string | null>(null);

  // When the person changes (signed out, session ended, someone else signed in), nothing the
  // previous one loaded may stay in the GraphQL cache.
  useEffect(() => {
    const id = viewer?.id ?? null;
    if (shownId.current !== null && shownId.current !== id) forgetCachedData();
    if (id) claimPersonalStorage(id);
    shownId.current = id;
  }, [viewer, forgetCachedData]);

  const fetchViewer = useCallback(() => {
    const ticket = ++latest.current;
    return client
      .query<ViewerQuery, ViewerQueryVariables>(VIEWER_QUERY_TEXT, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (ticket !== latest.current) return;
        if (result.error) {
          setUnreachable(true);
        } else {
          setViewerState(result.data?.viewer ?? null);
          setUnreachable(false);
        }
        setLoading(false);
      });
  }, [client]);

  const refresh = useCallback(async () => {
    setLoading(true);
    await fetchViewer();
  }, [fetchViewer]);

  const setViewer = useCallback((next: ViewerFields | null) => {
    latest.current++;
    setViewerState(next);
    if (next) setNotice(null);
    setUnreachable(false);
    setLoading(false);
  }, []);

  useEffect(() => {
    void fetchViewer();
  }, [fetchViewer]);

  const value = useMemo<ViewerState>(
    () => ({ viewer, loading, unreachable, refresh, setViewer, notice, setNotice }),
    [viewer, loading, unreachable, refresh, setViewer, notice],
  );
  return <ViewerContext value={value}>{children}</ViewerContext>;
}

export interface RequireSessionProps {
  /** Roles that may see the page; any role when omitted. Others get the not-found page. */
  roles?: readonly Role[];
  /** The two-factor set-up page: reachable while the session waits for a second factor to be set up. */
  allowMfaEnrollment?: boolean;
  children: ReactNode;
}

/** Paths a suspended member may still open. */
const SUSPENDED_ALLOWED = new Set(['/profile']);

/**
 * Shows `children` to a signed-in member only. Nobody signed in → the sign-in page, coming back
 * here afterwards; a second factor pending → its page; a suspended account → only its profile; a
 * role not in `roles` → the not-found page, exactly like a missing page (no existence leaks).
 */
export function RequireSession({ roles, allowMfaEnrollment = false, children }: RequireSessionProps) {
  const { viewer, loading, unreachable } = useViewer();
  const location = useLocation();

  if (!viewer) {
    if (loading) return <PageLoading />;
    if (unreachable) return <SessionUnreachable />;
    const next = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={`/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }
  if (viewer.sessionState === 'MFA_REQUIRED') return <Navigate to="/sign-in/verify" replace />;
  if (viewer.sessionState === 'MFA_ENROLLMENT_REQUIRED' && !allowMfaEnrollment) {
    return <Navigate to="/security/two-factor" replace />;
  }
  if (viewer.status === 'SUSPENDED' && !SUSPENDED_ALLOWED.has(location.pathname)) {
    return <AccountSuspended />;
  }
  if (roles && !roles.includes(viewer.role)) return <NotFoundPage />;
  return children;
}

function AccountSuspended() {
  const { t } = useTranslation('auth');
  return (
    <Page title={t('suspended.title')} lead={t('suspended.body')}>
      <p>
        <Link to="/profile">{t('suspended.profile')}</Link>
      </p>
    </Page>
  );
}

function SessionUnreachable() {
  const { t } = useTranslation('auth');
  const { refresh, loading } = useViewer();
  return (
    <Page title={t('unreachable.title')} lead={t('unreachable.body')}>
      <div>
        <Button busy={loading} onClick={() => void refresh()}>
          {t('unreachable.retry')}
        </Button>
      </div>
    </Page>
  );
}
