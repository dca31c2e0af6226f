import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router';
import type { Role } from '@cop/contracts';
import { RequireSession, ViewerProvider } from '../features/identity/session/ViewerContext';
import { AREAS, STAFF_ROLES } from './areas';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { AppShell } from './shell/AppShell';

/** A page's component, loaded as its own chunk on first visit; React keeps the loaded module. */
function lazyPage<M>(load: () => Promise<M>, pick: (module: M) => ComponentType) {
  return lazy(() => load().then((module) => ({ default: pick(module) })));
}

interface Guard {
  /** Signed-in members only (of these roles, when given). */
  session?: boolean;
  roles?: readonly Role[];
  /** Reachable while a second factor still has to be set up. */
  allowMfaEnrollment?: boolean;
}

function route(path: string, Page: ComponentType, guard: Guard = {}): RouteObject {
  const element = guard.session ? (
    <RequireSession roles={guard.roles} allowMfaEnrollment={guard.allowMfaEnrollment}>
      <Page />
    </RequireSession>
  ) : (
    <Page />
  );
  return path === '' ? { index: true, element } : { path, element };
}

const areaRoutes: RouteObject[] = AREAS.map((area) =>
  route(area.nested ? `${area.path}/*` : area.path, lazy(area.load), {
    session: area.access === 'session',
    roles: area.roles,
  }),
);

/** Member pages that are not areas of the navigation. */
const memberRoutes: RouteObject[] = [
  route(
    'members/:id',
    lazyPage(
      () => import('../features/identity/routes/MemberPage'),
      (m) => m.MemberPage,
    ),
    { session: true },
  ),
  route(
    'focal-points',
    lazyPage(
      () => import('../features/identity/routes/FocalPointsPage'),
      (m) => m.FocalPointsPage,
    ),
    { session: true },
  ),
  route(
    'profile',
    lazyPage(
      () => import('../features/identity/routes/ProfilePage'),
      (m) => m.ProfilePage,
    ),
    { session: true },
  ),
  route(
    'security',
    lazyPage(
      () => import('../features/identity/routes/SecurityPage'),
      (m) => m.SecurityPage,
    ),
    { session: true },
  ),
  route(
    'security/encryption',
    lazyPage(
      () => import('../features/e2e/routes/EncryptionPage'),
      (m) => m.EncryptionPage,
    ),
    { session: true },
  ),
  route(
    'notifications',
    lazyPage(
      () => import('../features/notifications/routes/NotificationsPage'),
      (m) => m.NotificationsPage,
    ),
    { session: true },
  ),
  route(
    'security/two-factor',
    lazyPage(
      () => import('../features/identity/routes/TwoFactorPage'),
      (m) => m.TwoFactorPage,
    ),
    { session: true, allowMfaEnrollment: true },
  ),
];

/** Membership pages anyone can open: applying, e-mail links, signing in. */
const publicRoutes: RouteObject[] = [
  route(
    'apply',
    lazyPage(
      () => import('../features/identity/routes/ApplyPage'),
      (m) => m.ApplyPage,
    ),
  ),
  route(
    'confirm-email',
    lazyPage(
      () => import('../features/identity/routes/ConfirmEmailPage'),
      (m) => m.ConfirmEmailPage,
    ),
  ),
  route(
    'sign-in',
    lazyPage(
      () => import('../features/identity/routes/SignInPage'),
      (m) => m.SignInPage,
    ),
  ),
  route(
    'sign-in/verify',
    lazyPage(
      () => import('../features/identity/routes/VerifyPage'),
      (m) => m.VerifyPage,
    ),
  ),
  route(
    'set-password',
    lazyPage(
      () => import('../features/identity/routes/SetPasswordPage'),
      (m) => m.SetPasswordPage,
    ),
  ),
  route(
    'reset-password',
    lazyPage(
      () => import('../features/identity/routes/ResetPasswordPage'),
      (m) => m.ResetPasswordPage,
    ),
  ),
];

export { STAFF_ROLES };

export const routes: RouteObject[] = [
  {
    path: '/',
    element: (
      <ViewerProvider>
        <AppShell />
      </ViewerProvider>
    ),
    children: [
      {
        // Errors of a page show inside the shell, so the navigation stays usable.
        errorElement: <RouteError />,
        children: [...areaRoutes, ...memberRoutes, ...publicRoutes, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];
