import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';

const CODES = Array.from({ length: 10 }, (_, i) => `k7p${i}-x2m${i}`);
const QR = 'data:image/png;base64,iVBORw0KGgo=';

function enrollmentApi(extra: Record<string, unknown> = {}) {
  let enrolled = false;
  return graphqlNetwork({
    Viewer: () =>
      viewerAnswer(
        enrolled
          ? { role: 'MODERATOR', mfaRequired: true, mfaEnabled: true }
          : { role: 'MODERATOR', mfaRequired: true, sessionState: 'MFA_ENROLLMENT_REQUIRED' },
      ),
    StartTotpEnrollment: {
      data: {
        startTotpEnrollment: {
          secret: 'JBSWY3DPEHPK3PXP',
          qrCodeDataUrl: QR,
          otpauthUri: 'otpauth://totp/CoP%20Portal:mod@x?secret=JBSWY3DPEHPK3PXP',
        },
      },
    },
    ConfirmTotpEnrollment: () => {
      enrolled = true;
      return { data: { confirmTotpEnrollment: { codes: CODES } } };
    },
    ...extra,
  });
}

describe('two-step verification set-up', () => {
  it('shows the QR code and the key, confirms with a code, then the recovery codes once', async () => {
    const network = enrollmentApi();
    const { user, router } = renderApp('/security/two-factor', { fetch: network });

    await user.click(await screen.findByRole('button', { name: 'Set up two-step verification' }));

    expect(
      await screen.findByRole('img', {
        name: 'QR code that adds your CoP Portal account to an authenticator app',
      }),
    ).toHaveAttribute('src', QR);
    expect(screen.getByRole('textbox', { name: 'Setup key' })).toHaveValue('JBSWY3DPEHPK3PXP');
    const code = screen.getByRole('textbox', { name: 'Code from the app' });
    expect(code).toHaveAttribute('inputmode', 'numeric');
    expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await user.type(code, '123 456');
    await user.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));

    const list = await screen.findByRole('list', { name: 'Recovery codes' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(CODES);
    expect(requestsOf(network, 'ConfirmTotpEnrollment')).toEqual([{ code: '123456' }]);

    const continueButton = screen.getByRole('button', { name: 'Continue' });
    expect(continueButton).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'I have stored my recovery codes' }));
    expect(continueButton).toBeEnabled();
    await user.click(continueButton);

    // The session is complete now: on to the portal.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to the CoP Portal' }),
    ).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/');
  });

  it('shows a rejected code next to the code field', async () => {
    const { user } = renderApp('/security/two-factor', {
      fetch: enrollmentApi({
        ConfirmTotpEnrollment: errorAnswer('BAD_USER_INPUT', 'That code is not valid.', {
          fields: [{ field: 'code', code: 'codeRejected', message: 'That code is not valid.' }],
        }),
      }),
    });

    await user.click(await screen.findByRole('button', { name: 'Set up two-step verification' }));
    await user.type(await screen.findByRole('textbox', { name: 'Code from the app' }), '000000');
    await user.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));

    expect(await screen.findByRole('textbox', { name: 'Code from the app' })).toHaveAccessibleDescription(
      'Error: That code is not valid. Try the current code from your app.',
    );
  });

  it('offers the recovery codes as a text file and to copy', async () => {
    // jsdom has no object URLs.
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:codes');
    Object.defineProperty(URL, 'createObjectURL', { value: createObjectURL, configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const { user } = renderApp('/security/two-factor', { fetch: enrollmentApi() });
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();

    await user.click(await screen.findByRole('button', { name: 'Set up two-step verification' }));
    await user.type(await screen.findByRole('textbox', { name: 'Code from the app' }), '123456');
    await user.click(screen.getByRole('button', { name: 'Turn on two-step verification' }));
    await user.click(await screen.findByRole('button', { name: 'Download (.txt)' }));

    expect(click).toHaveBeenCalledTimes(1);
    const blob = createObjectURL.mock.calls[0]?.[0];
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob as Blob);
    });
    expect(text).toContain('CoP Portal — recovery codes for amina.diallo@justice.example');
    for (const code of CODES) expect(text).toContain(code);

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    expect(writeText).toHaveBeenCalledWith(CODES.join('\n'));
    expect(await screen.findByText('The codes are copied.')).toBeInTheDocument();
  });

  it('when already on, shows so and makes new recovery codes for the password', async () => {
    const network = graphqlNetwork({
      Viewer: viewerAnswer({ mfaEnabled: true }),
      RegenerateRecoveryCodes: { data: { regenerateRecoveryCodes: { codes: CODES } } },
    });
    const { user } = renderApp('/security/two-factor', { fetch: network });

    expect(await screen.findByText('Two-step verification is on')).toBeInTheDocument();
    await user.click(screen.getByLabelText('Your password'));
    await user.paste('my long passphrase');
    await user.click(screen.getByRole('button', { name: 'Make new recovery codes' }));

    expect(await screen.findByRole('list', { name: 'Recovery codes' })).toBeInTheDocument();
    expect(requestsOf(network, 'RegenerateRecoveryCodes')).toEqual([{ password: 'my long passphrase' }]);
  });
});
