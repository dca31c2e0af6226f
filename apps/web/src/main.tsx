import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { AppProviders } from './app/AppProviders';
import { routes } from './app/routes';
import { createGraphqlClient } from './graphql/client';
import { createI18n } from './i18n/i18n';
import './ui/tokens.css';
import './ui/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const router = createBrowserRouter(routes);

createRoot(container).render(
  <StrictMode>
    <AppProviders i18n={createI18n()} client={createGraphqlClient()} createClient={createGraphqlClient}>
      <RouterProvider router={router} />
    </AppProviders>
  </StrictMode>,
);
