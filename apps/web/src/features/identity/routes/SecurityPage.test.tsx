import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { renderApp } from '../../../test/render';

const NOW = Date.now();
const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();

const SESSIONS = [
  {
    id: 's-here',
    current: true,
    device: 'Firefox on Linux',
    ip: '198.51.100.7',
    createdAt: ago(600),
    lastSeenAt: ago(0),
  },
  {
    id: 's-phone',
    current: false,
    device: 'Safari on iOS',
    ip: '203.0.113.20',
    createdAt: ago(3000),
    lastSeenAt: ago(180),
  },
  {
    id: 's-office',
    current: false,
    device: null,
    ip: null,
    createdAt: ago(9000),
    lastSeenAt: ago(2 * 24 * 60),
  },
];

function securityApi(extra: Record<string, unknown> = {}) {
  let sessions = SESSIONS;
  return graphqlNetwork({
    Viewer: viewerAnswer({ mfaEnabled: false }),
    MySessions: () => ({ data: { mySessions: sessions } }),
    EndSession: (variables) => {
      sessions = sessions.filter((session) => session.id !== variables.id);
      return { data: { endSession: true } };
    },
    EndOtherSessions: () => {
      const ended = sessions.filter((session) => !session.current).length;
      sessions = sessions.filter((session) => session.current);
      return { data: { endOtherSessions: ended } };
    },
    ...extra,
  });
}

describe('security page', () => {
  it('lists the open sessions: device, IP, last seen in words, this device marked', async () => {
    renderApp('/security', { fetch: securityApi() });

    const table = await screen.findByRole('table', { name: 'Your open sessions' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent('Firefox on LinuxThis device');
    expect(rows[0]).toHaveTextContent('now');
    expect(within(rows[0]!).queryByRole('button')).not.toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('203.0.113.20');
    expect(rows[1]).toHaveTextContent('3 hours ago');
    expect(rows[2]).toHaveTextContent('Unknown device');
    expect(rows[2]).toHaveTextContent('2 days ago');
  });

  it('ends one session with the mutation and shows the list again', async () => {
    const network = securityApi();
    const { user } = renderApp('/security', { fetch: network });

    await user.click(await screen.findByRole('button', { name: 'End session on Safari on iOS' }));

    expect(await screen.findByText('The session is ended.')).toBeInTheDocument();
    expect(requestsOf(network, 'EndSession')).toEqual([{ id: 's-phone' }]);
    await screen.findByRole('button', { name: 'End session on Unknown device' });
    expect(screen.queryByText('Safari on iOS')).not.toBeInTheDocument();
  });

  it('ends every other session at once', async () => {
    const network = securityApi();
    const { user } = renderApp('/security', { fetch: network });

    await user.click(await screen.findByRole('button', { name: 'End all other sessions' }));

    expect(await screen.findByText('Other sessions ended: 2.')).toBeInTheDocument();
    expect(requestsOf(network, 'EndOtherSessions')).toHaveLength(1);
  });

  it('changes the password, saying the other sessions end', async () => {
    const network = securityApi({ ChangePassword: { data: { changePassword: true } } });
    const { user } = renderApp('/security', { fetch: network });

    expect(
      await screen.findByText(
        'Changing your password ends every other session: you stay signed in here only.',
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText('Current password'));
    await user.paste('old passphrase here');
    await user.click(screen.getByLabelText('New password'));
    await user.paste('a much longer new passphrase');
    await user.click(screen.getByLabelText('Repeat the new password'));
    await user.paste('a much longer new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(
      await screen.findByText('Your password is changed. Your other sessions have ended.'),
    ).toBeInTheDocument();
    expect(requestsOf(network, 'ChangePassword')).toEqual([
      { input: { currentPassword: 'old passphrase here', newPassword: 'a much longer new passphrase' } },
    ]);
    expect(screen.getByLabelText('Current password')).toHaveValue('');
  });

  it('shows a wrong current password next to its field', async () => {
    const { user } = renderApp('/security', {
      fetch: securityApi({
        ChangePassword: errorAnswer('BAD_USER_INPUT', 'The current password is not correct.', {
          fields: [{ field: 'currentPassword', code: 'wrongPassword', message: 'Not correct.' }],
        }),
      }),
    });

    await user.click(await screen.findByLabelText('Current password'));

    await user.paste('not my password');
    await user.click(screen.getByLabelText('New password'));
    await user.paste('a much longer new passphrase');
    await user.click(screen.getByLabelText('Repeat the new password'));
    await user.paste('a much longer new passphrase');
    await user.click(screen.getByRole('button', { name: 'Change password' }));

    expect(await screen.findByText('The password is not correct.')).toBeInTheDocument();
    expect(screen.getByLabelText('Current password')).toHaveFocus();
  });

  it('links to the two-step verification set-up', async () => {
    renderApp('/security', { fetch: securityApi() });

    expect(await screen.findByRole('link', { name: 'Set up two-step verification' })).toHaveAttribute(
      'href',
      '/security/two-factor',
    );
  });
});
