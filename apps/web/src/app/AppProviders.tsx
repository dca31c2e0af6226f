import { Suspense, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Provider as GraphqlProvider, type Client } from 'urql';
import { ToastProvider } from '../ui/Toast';

export interface AppProvidersProps {
  i18n: I18n;
  client: Client;
  children: ReactNode;
}

/** Everything a page may rely on: translations, the GraphQL client, notifications. */
export function AppProviders({ i18n, client, children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      {/* Waits for the first translations when the interface language is not the bundled English. */}
      <Suspense fallback={null}>
        <GraphqlProvider value={client}>
          <ToastProvider>{children}</ToastProvider>
        </GraphqlProvider>
      </Suspense>
    </I18nextProvider>
  );
}
