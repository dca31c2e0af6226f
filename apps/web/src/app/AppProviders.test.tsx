import { act, render, screen } from '@testing-library/react';
import { createInstance } from 'i18next';
import { describe, expect, it, vi } from 'vitest';
import { useClient, type Client } from 'urql';
import { createGraphqlClient } from '../graphql/client';
import { AppProviders, useForgetCachedData } from './AppProviders';

describe('AppProviders', () => {
  it('swaps the GraphQL client for a fresh one when cached data must be forgotten', async () => {
    const i18n = createInstance();
    await i18n.init({ lng: 'en', resources: {} });
    const first = createGraphqlClient();
    const second = createGraphqlClient();
    const createClient = vi.fn<() => Client>(() => second);
    const seen: Client[] = [];
    let forget: () => void = () => undefined;
    function Probe() {
      seen.push(useClient());
      forget = useForgetCachedData();
      return <p>probe</p>;
    }
    render(
      <AppProviders i18n={i18n} client={first} createClient={createClient}>
        <Probe />
      </AppProviders>,
    );
    await screen.findByText('probe');
    expect(seen.at(-1)).toBe(first);
    act(() => forget());
    expect(createClient).toHaveBeenCalledTimes(1);
    expect(seen.at(-1)).toBe(second);
  });
});
