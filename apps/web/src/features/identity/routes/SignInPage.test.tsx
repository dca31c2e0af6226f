import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, fakeViewer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';

async function fillIn(user: ReturnType<typeof renderApp>['user']) {
  await user.click(await screen.findByRole('textbox', { name: 'E-mail' }));
  await user.paste('amina.diallo@justice.example');
  await user.click(screen.getByLabelText('Password'));
  await user.paste('correct horse battery staple');
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('sign-in page', () => {
  it('signs in and goes back to the page that asked for it', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer(null),
      SignIn: { data: { signIn: { state: 'ACTIVE', viewer: fakeViewer() } } },
    });
    const { user, router } = renderApp('/sign-in?next=%2Fcase-law', { fetch: network });

    await fillIn(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Case law' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/case-law');
    expect(requestsOf(network, 'SignIn')).toEqual([
      { input: { email: 'amina.diallo@justice.example', password: 'correct horse battery staple' } },
    ]);
    expect(screen.getByRole('button', { name: /Amina Diallo/ })).toBeInTheDocument();
  });

  it('asks for the second factor next when the account has one', async () => {
    const { user, router } = renderApp('/sign-in?next=%2Fjit', {
      fetch: graphqlNetwork({
        Viewer: viewerAnswer(null),
        SignIn: {
          data: { signIn: { state: 'MFA_REQUIRED', viewer: fakeViewer({ sessionState: 'MFA_REQUIRED' }) } },
        },
      }),
    });

    await fillIn(user);

    expect(await screen.findByRole('textbox', { name: 'Code from the app' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in/verify');
    expect(router.state.location.search).toBe('?next=%2Fjit');
  });

  it('shows the one generic message of a failed sign-in, as an alert', async () => {
    const { user } = renderApp('/sign-in', {
      fetch: graphqlNetwork({
        Viewer: viewerAnswer(null),
        SignIn: errorAnswer('UNAUTHENTICATED', 'E-mail or password is incorrect.', {
          reason: 'signInFailed',
        }),
      }),
    });

    await fillIn(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'E-mail or password is incorrect, or the account is temporarily locked.',
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
  });

  it('says how long to wait after too many attempts', async () => {
    const { user } = renderApp('/sign-in', {
      fetch: graphqlNetwork({
        Viewer: viewerAnswer(null),
        SignIn: errorAnswer('RATE_LIMITED', 'Too many attempts.', { retryAfterSeconds: 42 }),
      }),
    });

    await fillIn(user);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attempts. Wait 42 seconds, then try again.',
    );
  });

  it('checks for empty fields without asking the api, focusing the first', async () => {
    const network = graphqlNetwork({ Viewer: viewerAnswer(null) });
    const { user } = renderApp('/sign-in', { fetch: network });

    await user.click(await screen.findByRole('button', { name: 'Sign in' }));

    const email = screen.getByRole('textbox', { name: 'E-mail' });
    expect(email).toHaveAccessibleDescription('Error: Fill in this field.');
    expect(email).toHaveFocus();
    expect(requestsOf(network, 'SignIn')).toEqual([]);
  });

  it('says why the reader is here after signing out or a session ended elsewhere', async () => {
    const { router } = renderApp('/', { fetch: graphqlNetwork({ Viewer: viewerAnswer(null) }) });
    await router.navigate('/sign-in', { state: { notice: 'sessionEnded' } });

    expect(await screen.findByText('Your session was ended. Sign in again to continue.')).toBeInTheDocument();
  });

  it('links to a password reset and to applying', async () => {
    renderApp('/sign-in', { fetch: graphqlNetwork({ Viewer: viewerAnswer(null) }) });

    const main = within(await screen.findByRole('main'));
    expect(await main.findByRole('link', { name: 'Forgot your password?' })).toHaveAttribute(
      'href',
      '/reset-password',
    );
    expect(main.getByRole('link', { name: 'Not a member yet? Apply for membership' })).toHaveAttribute(
      'href',
      '/apply',
    );
  });

  it('reads right to left in Arabic', async () => {
    renderApp('/sign-in', { language: 'ar', fetch: graphqlNetwork({ Viewer: viewerAnswer(null) }) });

    expect(await screen.findByRole('heading', { level: 1, name: 'تسجيل الدخول' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'البريد الإلكتروني' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'دخول' })).toBeInTheDocument();
    expect(document.documentElement).toHaveAttribute('dir', 'rtl');
  });
});
