import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { errorAnswer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { invitationFactory } from '../../../test/identity.factory';
import { renderRoutes } from '../../../test/renderRoutes';
import { AdminPage } from './AdminPage';

type Variables = Record<string, unknown>;

const pending = invitationFactory({ fullName: 'Aigerim Nurlanovna' });
const accepted = invitationFactory({
  fullName: 'Carlos Rojas',
  email: 'carlos.rojas@policia.example',
  role: 'MODERATOR',
  acceptedAt: '2026-11-21T10:00:00.000Z',
});
const revoked = invitationFactory({ fullName: 'Nadia Benali', revokedAt: '2026-11-21T11:00:00.000Z' });
const expired = invitationFactory({ fullName: 'Tom Okello', expiresAt: '2026-01-01T00:00:00.000Z' });

function renderInvitations(role: 'MODERATOR' | 'ADMIN', invite?: (variables: Variables) => unknown) {
  let invitations = [pending, accepted, revoked, expired];
  const network = graphqlNetwork({
    Viewer: viewerAnswer({ role, locale: 'fr', mfaEnabled: true, mfaRequired: true }),
    Invitations: () => ({ data: { invitations } }),
    Invite: (variables: Variables) => {
      const answer = invite?.(variables);
      if (answer) return answer;
      const input = variables.input as {
        email: string;
        fullName: string;
        role: 'MEMBER' | 'MODERATOR' | 'ADMIN';
      };
      const created = invitationFactory({ ...input, invitedBy: 'Amina Diallo' });
      invitations = [created, ...invitations];
      return { data: { invite: created } };
    },
    RevokeInvitation: (variables: Variables) => {
      invitations = invitations.map((invitation) =>
        invitation.id === variables.id
          ? { ...invitation, revokedAt: '2026-11-22T10:00:00.000Z' }
          : invitation,
      );
      return { data: { revokeInvitation: { id: variables.id, revokedAt: '2026-11-22T10:00:00.000Z' } } };
    },
  });
  const view = renderRoutes([{ path: 'admin/*', element: <AdminPage /> }], '/admin/invitations', {
    fetch: network,
  });
  return { ...view, network };
}

function roleOptions() {
  return within(screen.getByRole('combobox', { name: 'Role' }))
    .getAllByRole('option')
    .map((option) => option.textContent);
}

describe('invitations', () => {
  it('lets moderators invite members and moderators, not administrators', async () => {
    renderInvitations('MODERATOR');

    await screen.findByRole('heading', { level: 1, name: 'Invitations' });
    expect(roleOptions()).toEqual(['Member', 'Moderator']);
  });

  it('lets administrators invite administrators too', async () => {
    renderInvitations('ADMIN');

    await screen.findByRole('heading', { level: 1, name: 'Invitations' });
    expect(roleOptions()).toEqual(['Member', 'Moderator', 'Administrator']);
  });

  it('lists invitations with their state', async () => {
    renderInvitations('ADMIN');

    const table = await screen.findByRole('table', { name: 'Invitations sent' });
    const row = (name: string) =>
      within(table)
        .getByRole('rowheader', { name: new RegExp(name) })
        .closest('tr');
    expect(within(row('Aigerim Nurlanovna') as HTMLElement).getByText('Pending')).toBeInTheDocument();
    expect(within(row('Carlos Rojas') as HTMLElement).getByText('Accepted')).toBeInTheDocument();
    expect(within(row('Carlos Rojas') as HTMLElement).getByText('Moderator')).toBeInTheDocument();
    expect(within(row('Nadia Benali') as HTMLElement).getByText('Revoked')).toBeInTheDocument();
    expect(within(row('Tom Okello') as HTMLElement).getByText('Expired')).toBeInTheDocument();
    // Only a pending invitation can be revoked.
    expect(within(table).getAllByRole('button', { name: /^Revoke the invitation of/ })).toHaveLength(1);
  });

  it('sends an invitation with the chosen role and e-mail language, then lists it', async () => {
    const { user, network } = renderInvitations('ADMIN');
    await screen.findByRole('table', { name: 'Invitations sent' });
    expect(screen.getByRole('combobox', { name: 'Language of the e-mail' })).toHaveValue('fr');

    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'g.ivanova@prokuratura.example');
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Galina Ivanova');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'Moderator');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language of the e-mail' }), 'Русский');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    await waitFor(() =>
      expect(requestsOf(network, 'Invite')).toEqual([
        {
          input: {
            email: 'g.ivanova@prokuratura.example',
            fullName: 'Galina Ivanova',
            role: 'MODERATOR',
            locale: 'ru',
          },
        },
      ]),
    );
    expect(await screen.findByRole('rowheader', { name: /Galina Ivanova/ })).toBeInTheDocument();
    expect(
      within(screen.getByRole('status', { name: 'Notifications' })).getByText(
        'Invitation sent to g.ivanova@prokuratura.example.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveValue('');
  });

  it('asks for the e-mail and name before sending, and shows the api’s field errors', async () => {
    const { user, network } = renderInvitations('MODERATOR', () =>
      errorAnswer('BAD_USER_INPUT', 'Invalid input', {
        fields: [{ field: 'input.email', code: 'isEmail', message: 'Enter a valid e-mail address.' }],
      }),
    );
    await screen.findByRole('table', { name: 'Invitations sent' });

    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveAccessibleDescription(
      'Error: Enter the e-mail address.',
    );
    expect(screen.getByRole('textbox', { name: 'Full name' })).toHaveAttribute('aria-invalid', 'true');
    expect(requestsOf(network, 'Invite')).toEqual([]);

    await user.type(screen.getByRole('textbox', { name: 'E-mail' }), 'not-an-address@');
    await user.type(screen.getByRole('textbox', { name: 'Full name' }), 'Someone');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));

    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'E-mail' })).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(requestsOf(network, 'Invite')).toHaveLength(1);
  });

  it('revokes a pending invitation after confirmation', async () => {
    const { user, network } = renderInvitations('MODERATOR');
    await screen.findByRole('table', { name: 'Invitations sent' });

    await user.click(screen.getByRole('button', { name: 'Revoke the invitation of Aigerim Nurlanovna' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Revoke the invitation of Aigerim Nurlanovna?',
    });
    expect(dialog).toHaveTextContent('aigerim.nurlanovna@customs.example stops working at once');
    await user.click(within(dialog).getByRole('button', { name: 'Keep it' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(network, 'RevokeInvitation')).toEqual([]);

    await user.click(screen.getByRole('button', { name: 'Revoke the invitation of Aigerim Nurlanovna' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Revoke invitation' }),
    );

    await waitFor(() => expect(requestsOf(network, 'RevokeInvitation')).toEqual([{ id: pending.id }]));
    const row = (await screen.findByRole('rowheader', { name: /Aigerim Nurlanovna/ })).closest(
      'tr',
    ) as HTMLElement;
    await waitFor(() => expect(within(row).getByText('Revoked')).toBeInTheDocument());
  });
});
