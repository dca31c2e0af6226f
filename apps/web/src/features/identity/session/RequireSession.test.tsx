import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, unreachable, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';
import { safeNext } from './next';

function api(viewer: Parameters<typeof viewerAnswer>[0]) {
  return { fetch: graphqlNetwork({ Viewer: viewerAnswer(viewer) }) };
}

describe('pages that need a session', () => {
  it('say "Loading…" while the session is checked', async () => {
    renderApp('/discussions');

    expect(await screen.findByText('Loading…')).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('heading', { name: 'Discussions' })).not.toBeInTheDocument();
  });

  it('send a visitor to sign in, coming back to the page afterwards', async () => {
    const { router } = renderApp('/members/42?tab=cases', api(null));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/members/42?tab=cases');
  });

  it('send a session waiting for its second factor to the code page', async () => {
    const { router } = renderApp('/discussions', api({ sessionState: 'MFA_REQUIRED', mfaEnabled: true }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Two-step verification' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in/verify');
    expect(screen.getByRole('textbox', { name: 'Code from the app' })).toBeInTheDocument();
  });

  it('send a session that must set up a second factor to its set-up page', async () => {
    const { router } = renderApp(
      '/directory',
      api({ role: 'MODERATOR', sessionState: 'MFA_ENROLLMENT_REQUIRED', mfaRequired: true }),
    );

    expect(
      await screen.findByText('Your role requires two-step verification. Set it up to continue.'),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/security/two-factor');
  });

  it('answer a role that may not open the page exactly like a missing page', async () => {
    const { router } = renderApp('/admin/vetting', api({ role: 'MEMBER' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/admin/vetting');
  });

  it('show a suspended member that their account is suspended, their profile still open', async () => {
    const { user } = renderApp('/directory', api({ status: 'SUSPENDED' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Account suspended' })).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Go to my profile' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'My profile' })).toBeInTheDocument();
  });

  it('offer to try again when the portal cannot be reached, rather than asking to sign in', async () => {
    renderApp('/discussions', { fetch: unreachable() });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'The portal could not be reached' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('open for a signed-in member', async () => {
    renderApp('/discussions', api({}));

    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1, name: 'Discussions' })).toBeInTheDocument(),
    );
  });
});

describe('where to go after signing in', () => {
  it.each([
    ['/directory?country=GH', '/directory?country=GH'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['/sign-in?next=/x', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
