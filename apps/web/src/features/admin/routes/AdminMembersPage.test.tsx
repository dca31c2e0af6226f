import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FocalPointAuthority } from '../../../graphql/generated/graphql';
import { fakeViewer, graphqlNetwork, requestsOf, viewerAnswer } from '../../../test/graphql';
import { adminMemberFactory, focalPointFactory } from '../../../test/identity.factory';
import { renderRoutes } from '../../../test/renderRoutes';
import { AdminPage } from './AdminPage';

type Variables = Record<string, unknown>;

const admin = fakeViewer({ role: 'ADMIN', fullName: 'Amina Diallo', mfaEnabled: true, mfaRequired: true });
const self = adminMemberFactory({
  id: admin.id,
  fullName: 'Amina Diallo',
  email: admin.email,
  role: 'ADMIN',
  mfaEnabled: true,
});
const jorge = adminMemberFactory({
  fullName: 'Jorge Salazar',
  email: 'jorge.salazar@policia.example',
  country: 'CO',
  lockedUntil: '2026-11-22T11:00:00.000Z',
  focalPoints: [focalPointFactory({ country: 'CO', authority: 'TRACING_CONTACT_POINT', contactHours: '' })],
});
const suspended = adminMemberFactory({
  fullName: 'Sara Haddad',
  status: 'SUSPENDED',
  email: 'sara@customs.example',
});

function renderMembers(path = '/admin/members') {
  let members = [self, jorge, suspended];
  const update = (id: unknown, change: Record<string, unknown>) => {
    members = members.map((member) => (member.id === id ? { ...member, ...change } : member));
    return members.find((member) => member.id === id);
  };
  const network = graphqlNetwork({
    Viewer: viewerAnswer(admin),
    AdminMembers: () => ({ data: { adminMembers: { total: members.length, items: members } } }),
    SuspendMember: (v: Variables) => ({
      data: { suspendMember: update(v.memberId, { status: 'SUSPENDED' }) },
    }),
    ReactivateMember: (v: Variables) => ({
      data: { reactivateMember: update(v.memberId, { status: 'ACTIVE' }) },
    }),
    DeactivateMember: (v: Variables) => ({
      data: { deactivateMember: update(v.memberId, { status: 'DEACTIVATED' }) },
    }),
    SetMemberRole: (v: Variables) => ({ data: { setMemberRole: update(v.memberId, { role: v.role }) } }),
    AddFocalPoint: (v: Variables) => {
      const input = v.input as {
        memberId: string;
        country: string;
        authority: FocalPointAuthority;
        contactHours: string;
      };
      const focal = focalPointFactory({
        country: input.country,
        authority: input.authority,
        contactHours: input.contactHours,
      });
      const member = members.find((m) => m.id === input.memberId);
      update(input.memberId, { focalPoints: [...(member?.focalPoints ?? []), focal] });
      return { data: { addFocalPoint: focal } };
    },
    RemoveFocalPoint: (v: Variables) => {
      members = members.map((member) => ({
        ...member,
        focalPoints: member.focalPoints.filter((focal) => focal.id !== v.id),
      }));
      return { data: { removeFocalPoint: true } };
    },
  });
  const view = renderRoutes([{ path: 'admin/*', element: <AdminPage /> }], path, { fetch: network });
  return { ...view, network };
}

function card(name: string) {
  return screen.getByRole('article', { name: new RegExp(`^${name}`) });
}

describe('administering members', () => {
  it('shows each member’s status, role, lock and second factor', async () => {
    renderMembers();

    await screen.findByRole('article', { name: /Jorge Salazar/ });
    const jorgeCard = card('Jorge Salazar');
    expect(within(jorgeCard).getByText('Active')).toBeInTheDocument();
    expect(within(jorgeCard).getByText('Two-step sign-in off')).toBeInTheDocument();
    expect(within(jorgeCard).getByText(/^Locked until .* after failed sign-ins$/)).toBeInTheDocument();
    expect(within(card('Sara Haddad')).getByText('Suspended')).toBeInTheDocument();
    expect(within(card('Amina Diallo')).getByText('Two-step sign-in on')).toBeInTheDocument();
    expect(within(card('Amina Diallo')).getByText('You')).toBeInTheDocument();
  });

  it('does not let an administrator change their own role or status, and says why', async () => {
    renderMembers();

    const mine = await screen.findByRole('article', { name: /^Amina Diallo/ });
    const role = within(mine).getByRole('combobox', { name: 'Role' });
    expect(role).toBeDisabled();
    expect(role).toHaveAccessibleDescription('You cannot change your own role or status.');
    expect(within(mine).getByRole('button', { name: 'Suspend' })).toBeDisabled();
    expect(within(mine).getByRole('button', { name: 'Deactivate' })).toBeDisabled();
    expect(within(card('Jorge Salazar')).getByRole('combobox', { name: 'Role' })).toBeEnabled();
  });

  it('suspends a member only after a confirmation that explains the effect', async () => {
    const { user, network } = renderMembers();
    await screen.findByRole('article', { name: /Jorge Salazar/ });

    await user.click(within(card('Jorge Salazar')).getByRole('button', { name: 'Suspend' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend Jorge Salazar?' });
    expect(dialog).toHaveTextContent('reaches only their own profile');
    expect(requestsOf(network, 'SuspendMember')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(requestsOf(network, 'SuspendMember')).toEqual([]);

    await user.click(within(card('Jorge Salazar')).getByRole('button', { name: 'Suspend' }));
    await user.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Suspend member' }),
    );

    await waitFor(() => expect(requestsOf(network, 'SuspendMember')).toEqual([{ memberId: jorge.id }]));
    await waitFor(() => expect(within(card('Jorge Salazar')).getByText('Suspended')).toBeInTheDocument());
    expect(within(card('Jorge Salazar')).getByRole('button', { name: 'Reactivate' })).toBeInTheDocument();
  });

  it('explains deactivation before doing it', async () => {
    const { user, network } = renderMembers();
    await screen.findByRole('article', { name: /Sara Haddad/ });

    await user.click(within(card('Sara Haddad')).getByRole('button', { name: 'Deactivate' }));
    const dialog = await screen.findByRole('dialog', { name: 'Deactivate Sara Haddad?' });
    expect(dialog).toHaveTextContent('they cannot sign in any more. What they wrote is kept.');
    await user.click(within(dialog).getByRole('button', { name: 'Deactivate account' }));

    await waitFor(() =>
      expect(requestsOf(network, 'DeactivateMember')).toEqual([{ memberId: suspended.id }]),
    );
  });

  it('changes a role after confirmation', async () => {
    const { user, network } = renderMembers();
    await screen.findByRole('article', { name: /Jorge Salazar/ });
    const jorgeCard = card('Jorge Salazar');
    expect(within(jorgeCard).getByRole('button', { name: 'Change role' })).toBeDisabled();

    await user.selectOptions(within(jorgeCard).getByRole('combobox', { name: 'Role' }), 'Moderator');
    await user.click(within(jorgeCard).getByRole('button', { name: 'Change role' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Change the role of Jorge Salazar to Moderator?',
    });
    expect(dialog).toHaveTextContent('they will be asked to set it up');
    await user.click(within(dialog).getByRole('button', { name: 'Change role' }));

    await waitFor(() =>
      expect(requestsOf(network, 'SetMemberRole')).toEqual([{ memberId: jorge.id, role: 'MODERATOR' }]),
    );
  });

  it('filters by search, status and role through the address', async () => {
    const { user, router, network } = renderMembers();
    await screen.findByRole('article', { name: /Jorge Salazar/ });
    expect(requestsOf(network, 'AdminMembers')[0]).toEqual({ filter: {}, first: 20, offset: 0 });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Suspended');
    await user.selectOptions(
      screen.getAllByRole('combobox', { name: 'Role' })[0] as HTMLElement,
      'Moderator',
    );
    await user.type(screen.getByRole('searchbox', { name: 'Name, institution or position' }), 'sara');

    await waitFor(() =>
      expect(requestsOf(network, 'AdminMembers').at(-1)).toEqual({
        filter: { search: 'sara', statuses: ['SUSPENDED'], role: 'MODERATOR' },
        first: 20,
        offset: 0,
      }),
    );
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      status: 'SUSPENDED',
      role: 'MODERATOR',
      q: 'sara',
    });
  });

  it('names a member focal point for an authority, and removes it', async () => {
    const { user, network } = renderMembers();
    await screen.findByRole('article', { name: /Jorge Salazar/ });
    const jorgeCard = card('Jorge Salazar');

    await user.click(within(jorgeCard).getByText('National focal points'));
    expect(within(jorgeCard).getByText(/Tracing contact point — Colombia/)).toBeInTheDocument();
    await user.selectOptions(
      within(jorgeCard).getByRole('combobox', { name: 'Authority' }),
      'Extradition authority',
    );
    await user.type(within(jorgeCard).getByRole('textbox', { name: 'Contact hours' }), 'Lun–vie 8–17 COT');
    await user.click(within(jorgeCard).getByRole('button', { name: 'Add focal point' }));

    await waitFor(() =>
      expect(requestsOf(network, 'AddFocalPoint')).toEqual([
        {
          input: {
            memberId: jorge.id,
            country: 'CO',
            authority: 'EXTRADITION_AUTHORITY',
            contactHours: 'Lun–vie 8–17 COT',
          },
        },
      ]),
    );
    expect(
      await within(card('Jorge Salazar')).findByText(/Extradition authority — Colombia/),
    ).toBeInTheDocument();

    await user.click(
      within(card('Jorge Salazar')).getByRole('button', { name: 'Remove: Tracing contact point, Colombia' }),
    );
    await waitFor(() => expect(requestsOf(network, 'RemoveFocalPoint')).toHaveLength(1));
    await waitFor(() =>
      expect(
        within(card('Jorge Salazar')).queryByText(/Tracing contact point — Colombia/),
      ).not.toBeInTheDocument(),
    );
  });
});
