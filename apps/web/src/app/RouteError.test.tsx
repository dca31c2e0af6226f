import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { createGraphqlClient } from '../graphql/client';
import { createI18n } from '../i18n/i18n';
import { neverAnswering } from '../test/graphql';
import { AppProviders } from './AppProviders';
import { RouteError } from './RouteError';

function ChunkThatNeverArrived(): never {
  throw new TypeError('Failed to fetch dynamically imported module: /assets/CaseLawPage-1a2b3c.js');
}

describe('a page that fails to load', () => {
  it('explains what happened and offers to reload', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const router = createMemoryRouter([
      { path: '/', element: <ChunkThatNeverArrived />, errorElement: <RouteError /> },
    ]);

    render(
      <AppProviders
        i18n={createI18n({ language: 'en' })}
        client={createGraphqlClient({ fetch: neverAnswering() })}
      >
        <RouterProvider router={router} />
      </AppProviders>,
    );

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This page could not be loaded' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/The connection may have dropped/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
