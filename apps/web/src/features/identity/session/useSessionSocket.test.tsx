import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';
import { openedSockets } from '../../../test/socket';

async function connectedSocket() {
  await waitFor(() => expect(openedSockets).toHaveLength(1));
  return openedSockets[0]!;
}

describe('session socket', () => {
  it('connects to /socket.io with the cookie once the session is complete', async () => {
    renderApp('/discussions', { fetch: graphqlNetwork({ Viewer: viewerAnswer() }) });

    const socket = await connectedSocket();
    expect(socket.options).toEqual({
      path: '/socket.io',
      withCredentials: true,
      transports: ['websocket', 'polling'],
    });
  });

  it('does not connect for a visitor or a session waiting for its second factor', async () => {
    renderApp('/sign-in/verify', {
      fetch: graphqlNetwork({ Viewer: viewerAnswer({ sessionState: 'MFA_REQUIRED' }) }),
    });

    await screen.findByRole('textbox', { name: 'Code from the app' });
    expect(openedSockets).toHaveLength(0);
  });

  it('when the server ends the session, checks it and sends the reader to sign in, told why', async () => {
    let signedIn = true;
    const network = graphqlNetwork({ Viewer: () => viewerAnswer(signedIn ? {} : null) });
    const { router } = renderApp('/case-law', { fetch: network });
    await screen.findByRole('heading', { level: 1, name: 'Case law' });
    const socket = await connectedSocket();

    signedIn = false;
    act(() => socket.serverDisconnect());

    expect(await screen.findByText('Your session was ended. Sign in again to continue.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(new URLSearchParams(router.state.location.search).get('next')).toBe('/case-law');
    expect(requestsOf(network, 'Viewer')).toHaveLength(2);
    expect(socket.connected).toBe(false);
  });

  it('on "auth.refused" checks the session too, and reconnects when it is still there', async () => {
    const network = graphqlNetwork({ Viewer: viewerAnswer() });
    renderApp('/case-law', { fetch: network });
    await screen.findByRole('heading', { level: 1, name: 'Case law' });
    const socket = await connectedSocket();

    act(() => {
      socket.connected = false;
      socket.serverEmit('auth.refused', { code: 'UNAUTHENTICATED' });
    });

    await waitFor(() => expect(socket.connects).toBe(2));
    expect(requestsOf(network, 'Viewer')).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 1, name: 'Case law' })).toBeInTheDocument();
  });

  it('closes the connection on signing out from the header', async () => {
    const { user, router } = renderApp('/case-law', {
      fetch: graphqlNetwork({ Viewer: viewerAnswer(), SignOut: { data: { signOut: true } } }),
    });
    const socket = await connectedSocket();

    await user.click(await screen.findByRole('button', { name: /Amina Diallo/ }));
    await user.click(screen.getByRole('button', { name: 'Sign out' }));

    expect(await screen.findByText('You are signed out.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(socket.connected).toBe(false);
    expect(screen.getByRole('link', { name: 'Sign in' })).toBeInTheDocument();
  });
});
