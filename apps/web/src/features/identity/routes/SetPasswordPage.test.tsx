import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';

const STRONG = 'lantern orchard quietly 42';

function linkAnswer(valid: boolean, kind: string | null = 'SET_PASSWORD') {
  return { data: { passwordLink: { valid, kind: valid ? kind : null } } };
}

describe('set-password page', () => {
  it('explains an invalid or expired link and offers a new one', async () => {
    const network = graphqlNetwork({ Viewer: viewerAnswer(null), PasswordLink: linkAnswer(false) });
    renderApp('/set-password?token=used-token', { fetch: network });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'This link is not valid any more' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Get a new link' })).toHaveAttribute('href', '/reset-password');
    expect(requestsOf(network, 'PasswordLink')).toEqual([{ token: 'used-token' }]);
  });

  it('shows the rules and refuses two different passwords before asking the api', async () => {
    const network = graphqlNetwork({ Viewer: viewerAnswer(null), PasswordLink: linkAnswer(true) });
    const { user } = renderApp('/set-password?token=t0k3n', { fetch: network });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Choose your password' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Your password' })).toHaveTextContent(/At least 12 characters/);
    await user.click(screen.getByLabelText('New password'));
    await user.paste(STRONG);
    await user.click(screen.getByLabelText('Repeat the new password'));
    await user.paste(`${STRONG}!`);
    await user.click(screen.getByRole('button', { name: 'Save password' }));

    const confirmation = screen.getByLabelText('Repeat the new password');
    expect(confirmation).toHaveAccessibleDescription('Error: The two passwords are not the same.');
    expect(confirmation).toHaveFocus();
    expect(requestsOf(network, 'SetPassword')).toEqual([]);
  });

  it('refuses a short password before asking the api', async () => {
    const network = graphqlNetwork({ Viewer: viewerAnswer(null), PasswordLink: linkAnswer(true) });
    const { user } = renderApp('/set-password?token=t0k3n', { fetch: network });

    await user.type(await screen.findByLabelText('New password'), 'short');
    await user.type(screen.getByLabelText('Repeat the new password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Save password' }));

    expect(screen.getByLabelText('New password')).toHaveAccessibleDescription(
      /Error: Use at least 12 characters.$/,
    );
    expect(requestsOf(network, 'SetPassword')).toEqual([]);
  });

  it('shows the api’s verdict on a common password next to the field', async () => {
    const { user } = renderApp('/set-password?token=t0k3n', {
      fetch: graphqlNetwork({
        Viewer: viewerAnswer(null),
        PasswordLink: linkAnswer(true),
        SetPassword: errorAnswer('BAD_USER_INPUT', 'Some fields need attention.', {
          fields: [{ field: 'password', code: 'passwordTooCommon', message: 'Too common.' }],
        }),
      }),
    });

    await user.click(await screen.findByLabelText('New password'));

    await user.paste('passwordpassword');
    await user.click(screen.getByLabelText('Repeat the new password'));
    await user.paste('passwordpassword');
    await user.click(screen.getByRole('button', { name: 'Save password' }));

    expect(await screen.findByText(/This password is too common or too easy to guess/)).toBeInTheDocument();
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true');
  });

  it('saves the password and leads to the sign-in page, which says so', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer(null),
      PasswordLink: linkAnswer(true, 'INVITATION'),
      SetPassword: { data: { setPassword: true } },
    });
    const { user, router } = renderApp('/set-password?token=t0k3n', { fetch: network });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome: choose your password' }),
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText('New password'));
    await user.paste(STRONG);
    await user.click(screen.getByLabelText('Repeat the new password'));
    await user.paste(STRONG);
    await user.click(screen.getByRole('button', { name: 'Save password' }));

    expect(await screen.findByText('Your password is saved. Sign in with it.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
    expect(requestsOf(network, 'SetPassword')).toEqual([{ input: { token: 't0k3n', password: STRONG } }]);
  });

  it('is also the second half of a password reset', async () => {
    renderApp('/reset-password?token=r3set', {
      fetch: graphqlNetwork({ Viewer: viewerAnswer(null), PasswordLink: linkAnswer(true, 'PASSWORD_RESET') }),
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Choose a new password' }),
    ).toBeInTheDocument();
  });
});

describe('reset-password page', () => {
  it('answers the same whatever the address', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer(null),
      RequestPasswordReset: { data: { requestPasswordReset: true } },
    });
    const { user } = renderApp('/reset-password', { fetch: network });

    await user.click(await screen.findByRole('textbox', { name: 'E-mail' }));

    await user.paste('who@where.example');
    await user.click(screen.getByRole('button', { name: 'Send the link' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Check your e-mail' })).toBeInTheDocument();
    expect(screen.getByText(/If who@where.example belongs to an account/)).toBeInTheDocument();
    expect(requestsOf(network, 'RequestPasswordReset')).toEqual([{ input: { email: 'who@where.example' } }]);
  });
});
