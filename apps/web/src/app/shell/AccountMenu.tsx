import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useClient } from 'urql';
import { useViewer, type SignInNotice } from '../../features/identity/session/ViewerContext';
import { useToast } from '../../ui/Toast';

/** A notice for the sign-in page passed in the router state (after setting a password). */
export interface SignInNoticeState {
  notice?: SignInNotice;
}

/**
 * The header's end: "Sign in" and "Apply" for visitors; for a signed-in member, their name opening
 * a small menu (My profile, Security & sessions, Sign out). A disclosure, not an ARIA menu: Tab
 * moves through it, Escape closes it and returns to the button, so does leaving it.
 */
export function AccountMenu() {
  const { t } = useTranslation();
  const { viewer, loading, setViewer, setNotice } = useViewer();
  const navigate = useNavigate();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const client = useClient();
  const [fetching, setFetching] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    function closeOnOutsidePointer(event: PointerEvent) {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    }
    document.addEventListener('pointerdown', closeOnOutsidePointer);
    return () => document.removeEventListener('pointerdown', closeOnOutsidePointer);
  }, [open]);

  if (!viewer) {
    // While the session is being checked, keep the place empty rather than flash "Sign in".
    if (loading) return <div className="account" aria-hidden="true" />;
    return (
      <div className="account account--visitor">
        <Link to="/sign-in" className="account__link">
          {t('account.signIn')}
        </Link>
        <Link to="/apply" className="account__link account__link--apply">
          {t('account.apply')}
        </Link>
      </div>
    );
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
    }
  }

  function handleBlur(event: FocusEvent<HTMLDivElement>) {
    const next = event.relatedTarget;
    if (next instanceof Node && !event.currentTarget.contains(next)) setOpen(false);
  }

  async function handleSignOut() {
    setFetching(true);
    // Fetched on use: the generated documents stay out of the first-load bundle.
    const { SignOutDocument } = await import('../../graphql/generated/graphql');
    const result = await client.mutation(SignOutDocument, {}).toPromise();
    setFetching(false);
    // UNAUTHENTICATED means the session had already ended: signed out all the same.
    if (result.error?.networkError && result.error.graphQLErrors.length === 0) {
      toast.show(t('account.signOutFailed'), { tone: 'error' });
      return;
    }
    setOpen(false);
    setViewer(null);
    setNotice('signedOut');
    // A guarded page redirects to sign-in by itself; a public one is left here.
    void navigate('/sign-in');
  }

  const complete = viewer.sessionState === 'ACTIVE';

  return (
    <div ref={containerRef} className="account" onKeyDown={handleKeyDown} onBlur={handleBlur}>
      <button
        ref={buttonRef}
        type="button"
        className="account__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <svg className="account__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 12a5 5 0 1 0 0-10 5 5 0 0 0 0 10Zm0 2c-4.4 0-8 2.2-8 5v3h16v-3c0-2.8-3.6-5-8-5Z"
          />
        </svg>
        <span className="visually-hidden">{t('account.menu')}: </span>
        <span className="account__name">{viewer.fullName}</span>
      </button>
      <ul id={panelId} className="account__panel" hidden={!open}>
        {/* On narrow screens the button shows only an icon: the panel names who is signed in. */}
        <li className="account__who" aria-hidden="true">
          {viewer.fullName}
        </li>
        {complete && (
          <>
            <li>
              <Link to="/profile" className="account__item" onClick={() => setOpen(false)}>
                {t('account.profile')}
              </Link>
            </li>
            <li>
              <Link to="/security" className="account__item" onClick={() => setOpen(false)}>
                {t('account.security')}
              </Link>
            </li>
          </>
        )}
        <li>
          <button
            type="button"
            className="account__item"
            aria-disabled={fetching || undefined}
            onClick={() => void (fetching ? undefined : handleSignOut())}
          >
            {t('account.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
