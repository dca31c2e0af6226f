import { createContext, Suspense, useCallback, useContext, useState, type ReactNode } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Provider as GraphqlProvider, type Client } from 'urql';
import { ToastProvider } from '../ui/Toast';
import { clearPersonalStorage } from './personal-storage';

export interface AppProvidersProps {
  i18n: I18n;
  client: Client;
  /**
   * Makes a fresh GraphQL client. When given, `useForgetCachedData()` swaps the client for a new
   * one, so nothing one person loaded stays in memory for the next person on the same tab.
   */
  createClient?: () => Client;
  children: ReactNode;
}

const ForgetContext = createContext<() => void>(() => undefined);

/** Drops every cached GraphQL result and the person's drafts (on sign-out, or when the session ends). */
export function useForgetCachedData(): () => void {
  return useContext(ForgetContext);
}

/** Everything a page may rely on: translations, the GraphQL client, notifications. */
export function AppProviders({ i18n, client: initialClient, createClient, children }: AppProvidersProps) {
  const [client, setClient] = useState(initialClient);
  const forget = useCallback(() => {
    clearPersonalStorage();
    if (createClient) setClient(createClient());
  }, [createClient]);
  return (
    <I18nextProvider i18n={i18n}>
      {/* Waits for the first translations when the interface language is not the bundled English. */}
      <Suspense fallback={null}>
        <ForgetContext.Provider value={forget}>
          <GraphqlProvider value={client}>
            <ToastProvider>{children}</ToastProvider>
          </GraphqlProvider>
        </ForgetContext.Provider>
      </Suspense>
    </I18nextProvider>
  );
}
