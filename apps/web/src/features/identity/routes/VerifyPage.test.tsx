import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, fakeViewer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';

const WAITING = { sessionState: 'MFA_REQUIRED', mfaEnabled: true } as const;
const signedIn = { state: 'ACTIVE', viewer: fakeViewer({ mfaEnabled: true }) };

describe('second-factor page', () => {
  it('takes the 6-digit code from the app, then goes on', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer(WAITING),
      VerifyTotp: { data: { verifyTotp: signedIn } },
    });
    const { user, router } = renderApp('/sign-in/verify?next=%2Fmessages', { fetch: network });

    const code = await screen.findByRole('textbox', { name: 'Code from the app' });
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, '654321');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Messages' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/messages');
    expect(requestsOf(network, 'VerifyTotp')).toEqual([{ code: '654321' }]);
  });

  it('says what is wrong with a code that is not 6 digits, without asking the api', async () => {
    const network = graphqlNetwork({ Viewer: viewerAnswer(WAITING) });
    const { user } = renderApp('/sign-in/verify', { fetch: network });

    await user.type(await screen.findByRole('textbox', { name: 'Code from the app' }), '12a');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(screen.getByRole('textbox', { name: 'Code from the app' })).toHaveAccessibleDescription(
      /Error: Enter the 6 digits the app shows.$/,
    );
    expect(requestsOf(network, 'VerifyTotp')).toEqual([]);
  });

  it('shows a rejected code next to the field', async () => {
    const { user } = renderApp('/sign-in/verify', {
      fetch: graphqlNetwork({
        Viewer: viewerAnswer(WAITING),
        VerifyTotp: errorAnswer('BAD_USER_INPUT', 'That code is not valid.', {
          fields: [{ field: 'code', code: 'codeRejected', message: 'That code is not valid.' }],
        }),
      }),
    });

    await user.type(await screen.findByRole('textbox', { name: 'Code from the app' }), '000000');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(
      await screen.findByText('That code is not valid. Try the current code from your app.'),
    ).toBeInTheDocument();
  });

  it('accepts a recovery code instead', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer(WAITING),
      UseRecoveryCode: { data: { useRecoveryCode: signedIn } },
    });
    const { user, router } = renderApp('/sign-in/verify', { fetch: network });

    await user.click(await screen.findByRole('button', { name: 'Use a recovery code instead' }));
    await user.type(screen.getByRole('textbox', { name: 'Recovery code' }), 'k7p3-x2m9');
    await user.click(screen.getByRole('button', { name: 'Verify' }));

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to the CoP Portal' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
    expect(requestsOf(network, 'UseRecoveryCode')).toEqual([{ code: 'k7p3-x2m9' }]);
    expect(requestsOf(network, 'VerifyTotp')).toEqual([]);
  });

  it('sends someone without a pending sign-in to the sign-in page', async () => {
    const { router } = renderApp('/sign-in/verify', {
      fetch: graphqlNetwork({ Viewer: viewerAnswer(null) }),
    });

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/sign-in');
  });
});
