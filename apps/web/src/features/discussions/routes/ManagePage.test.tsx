import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { graphqlNetwork, requestsOf, viewerAnswer, type FakeViewer } from '../../../test/graphql';
import { memberFactory } from '../../../test/identity.factory';
import { renderRoutes } from '../../../test/renderRoutes';
import { lucia } from '../test/factory';
import { ManagePage } from './ManagePage';

const group = {
  id: '88888888-8888-4888-8888-888888888888',
  slug: 'west-central-africa',
  kind: 'REGIONAL',
  name: 'West and Central Africa',
  description: 'Prosecutors and investigators of the region.',
  memberCount: 1,
  isMember: false,
};
const newcomer = memberFactory({
  fullName: 'Issoufou Garba',
  country: 'NE',
  institution: 'Tribunal de Niamey',
});

function renderManage(viewer: Partial<FakeViewer>, path = '/discussions/manage') {
  const network = graphqlNetwork({
    Viewer: viewerAnswer(viewer),
    DiscussionGroups: { data: { discussionGroups: [group] } },
    DiscussionGroupMembers: {
      data: {
        discussionGroupMembers: {
          total: 1,
          items: [
            {
              addedAt: '2026-09-08T10:00:00.000Z',
              member: { ...lucia, institution: 'Fiscalía General', country: 'PY' },
            },
          ],
        },
      },
    },
    DirectoryMembers: { data: { directory: { total: 1, items: [newcomer] } } },
    AddDiscussionGroupMembers: { data: { addDiscussionGroupMembers: { ...group, memberCount: 2 } } },
    AdminDiscussionCategories: { data: { adminDiscussionCategories: [] } },
  });
  const view = renderRoutes([{ path: 'discussions/manage', element: <ManagePage /> }], path, {
    fetch: network,
  });
  return { ...view, network };
}

describe('groups and categories', () => {
  it('lets a moderator add a member to a group, found in the directory; categories are for administrators', async () => {
    const { user, network } = renderManage({ role: 'MODERATOR' }, `/discussions/manage?group=${group.id}`);

    const members = await screen.findByRole('region', { name: 'Members of West and Central Africa' });
    expect(await within(members).findByRole('link', { name: 'Lucía Fernández' })).toBeInTheDocument();
    await user.type(within(members).getByRole('searchbox', { name: 'Add a member' }), 'Issou');
    await user.click(await within(members).findByRole('button', { name: 'Choose Issoufou Garba' }));

    await waitFor(() =>
      expect(requestsOf(network, 'AddDiscussionGroupMembers')).toEqual([
        { groupId: group.id, userIds: [newcomer.id] },
      ]),
    );
    expect(screen.queryByRole('heading', { name: 'Categories' })).not.toBeInTheDocument();
    expect(requestsOf(network, 'AdminDiscussionCategories')).toEqual([]);
  });

  it('shows administrators the categories too', async () => {
    renderManage({ role: 'ADMIN' });

    expect(await screen.findByRole('heading', { name: 'Categories' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New category' })).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Edit the group West and Central Africa' }),
    ).toBeInTheDocument();
  });
});
