import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { AREAS } from './areas';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';
import { AppShell } from './shell/AppShell';

/** One lazy component per area, made once: React keeps the loaded module. */
const areaRoutes: RouteObject[] = AREAS.map((area) => {
  const Page = lazy(area.load);
  return area.path === '' ? { index: true, element: <Page /> } : { path: area.path, element: <Page /> };
});

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      {
        // Errors of a page show inside the shell, so the navigation stays usable.
        errorElement: <RouteError />,
        children: [...areaRoutes, { path: '*', element: <NotFoundPage /> }],
      },
    ],
  },
];
