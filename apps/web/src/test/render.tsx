import { StrictMode, type ReactElement, type ReactNode } from 'react';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { LanguageCode } from '@cop/contracts';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../app/AppProviders';
import { routes } from '../app/routes';
import { createGraphqlClient } from '../graphql/client';
import { createI18n } from '../i18n/i18n';
import { neverAnswering } from './graphql';

export interface TestOptions {
  /** The network under the GraphQL client; by default it never answers. */
  fetch?: typeof fetch;
  language?: LanguageCode;
  /** Render in React's StrictMode, as the app does: effects run twice in development. */
  strict?: boolean;
}

function providers({ fetch = neverAnswering(), language = 'en', strict = false }: TestOptions) {
  const i18n = createI18n({ language });
  const client = createGraphqlClient({ fetch });
  function Wrapper({ children }: { children: ReactNode }) {
    const app = (
      <AppProviders i18n={i18n} client={client}>
        {children}
      </AppProviders>
    );
    return strict ? <StrictMode>{app}</StrictMode> : app;
  }
  return { i18n, Wrapper };
}

/** Renders a component with translations, the GraphQL client and notifications. */
export function renderWithProviders(ui: ReactElement, options: TestOptions = {}) {
  const { i18n, Wrapper } = providers(options);
  const user = userEvent.setup();
  return { user, i18n, ...render(ui, { wrapper: Wrapper }) };
}

/** Renders the whole portal at `path`, as a visitor would see it. */
export function renderApp(path = '/', options: TestOptions = {}) {
  const { i18n, Wrapper } = providers(options);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const user = userEvent.setup();
  return { user, i18n, router, ...render(<RouterProvider router={router} />, { wrapper: Wrapper }) };
}
