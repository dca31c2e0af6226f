import { configure, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LanguageCode } from '@cop/contracts';
import { createMemoryRouter, Outlet, RouterProvider, type RouteObject } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { ViewerProvider } from '../features/identity/session/ViewerContext';
import { createGraphqlClient } from '../graphql/client';
import { createI18n } from '../i18n/i18n';
import { neverAnswering } from './graphql';

// A page's first render fetches its code chunk and translation files (lazy, as in the browser): on a
// busy test machine that can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 4000 });

export interface RenderRoutesOptions {
  /** The network under the GraphQL client; by default it never answers. */
  fetch?: typeof fetch;
  language?: LanguageCode;
}

/**
 * Renders some of the portal's pages at `path`, under the providers and the viewer (answer the
 * `Viewer` operation in `fetch`), without the shell: a page's own tests, free of the rest of the app.
 */
export function renderRoutes(pages: RouteObject[], path: string, options: RenderRoutesOptions = {}) {
  const { fetch = neverAnswering(), language = 'en' } = options;
  const i18n = createI18n({ language });
  const client = createGraphqlClient({ fetch });
  const router = createMemoryRouter(
    [
      {
        path: '/',
        element: (
          <ViewerProvider>
            <Outlet />
          </ViewerProvider>
        ),
        children: pages,
      },
    ],
    { initialEntries: [path] },
  );
  const user = userEvent.setup();
  const view = render(
    <AppProviders i18n={i18n} client={client}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { user, i18n, router, ...view };
}
