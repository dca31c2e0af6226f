import { Suspense, useEffect, useRef, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { SessionSocketContext, useSessionSocket } from '../../features/identity/session/useSessionSocket';
import { NotificationBell } from '../../features/notifications/components/NotificationBell';
import { UnreadCountProvider } from '../../features/notifications/components/UnreadCount';
import { AccountMenu } from './AccountMenu';
import { LanguageSwitcher } from './LanguageSwitcher';
import { PageLoading } from './PageLoading';
import { PrimaryNav } from './PrimaryNav';
import './shell.css';

/**
 * Header, navigation and the main landmark around every page, with the session's socket (shared
 * with the pages through SessionSocketContext) and the unread notification count.
 */
export function AppShell() {
  const socket = useSessionSocket();
  return (
    <SessionSocketContext value={socket}>
      <UnreadCountProvider>
        <ShellLayout />
      </UnreadCountProvider>
    </SessionSocketContext>
  );
}

function ShellLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // After moving to another page, start keyboard and screen-reader users at its content.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    mainRef.current?.focus({ preventScroll: true });
  }, [pathname]);

  function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    mainRef.current?.focus();
  }

  // One loading boundary per area: entering an area whose code is not here yet shows "Loading…"
  // at once instead of leaving the previous page on screen.
  const area = pathname.split('/')[1] ?? '';

  return (
    <div className="shell">
      <a className="shell__skip-link" href="#main" onClick={skipToMain}>
        {t('shell.skipToContent')}
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <Link to="/" className="shell__brand" aria-label={t('shell.home')}>
            <img className="shell__logo" src="/favicon.svg" alt="" width="32" height="32" />
            <span>{t('app.name')}</span>
          </Link>
          <LanguageSwitcher />
          <NotificationBell />
          <AccountMenu />
          <PrimaryNav />
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="shell__main">
        <Suspense key={area} fallback={<PageLoading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="shell__footer">
        <p>{t('app.community')}</p>
      </footer>
      <ScrollRestoration />
    </div>
  );
}
