import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { graphqlNetwork, requestsOf } from '../../../test/graphql';
import { renderWithProviders } from '../../../test/render';
import { amina, conversationFactory, kwame, lucia } from '../test/factory';
import { NewConversationDialog } from './NewConversationDialog';

function directoryAnswer() {
  return {
    data: {
      directory: {
        total: 3,
        items: [amina, kwame, lucia].map((person) => ({
          ...person,
          role: 'MEMBER',
          position: null,
          institution: 'Office of the Prosecutor',
          country: 'GH',
          languages: ['en'],
          focalPoints: [],
        })),
      },
    },
  };
}

function renderDialog() {
  const onStarted = vi.fn();
  const network = graphqlNetwork({
    DirectoryMembers: directoryAnswer(),
    StartDirectConversation: { data: { startDirectConversation: conversationFactory({ id: 'c-direct' }) } },
    CreateGroupConversation: {
      data: {
        createGroupConversation: conversationFactory({ id: 'c-group', kind: 'GROUP', title: 'Seizure 12' }),
      },
    },
  });
  const view = renderWithProviders(
    <NewConversationDialog open me={amina.id} onClose={() => undefined} onStarted={onStarted} />,
    { fetch: network },
  );
  return { ...view, network, onStarted };
}

describe('new conversation dialog', () => {
  it('starts a direct conversation with a member found in the directory (not oneself)', async () => {
    const { user, network, onStarted } = renderDialog();
    const dialog = await screen.findByRole('dialog', { name: 'New conversation' });
    await user.type(within(dialog).getByRole('searchbox', { name: 'Find a member' }), 'Gh');
    await within(dialog).findByRole('button', { name: 'Choose Kwame Mensah' });
    expect(within(dialog).queryByRole('button', { name: 'Choose Amina Diallo' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Choose Kwame Mensah' }));
    await user.click(screen.getByRole('button', { name: 'Start the conversation' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith('c-direct'));
    expect(requestsOf(network, 'StartDirectConversation')).toEqual([{ memberId: kwame.id }]);
  });

  it('creates a group with a name and at least two other members', async () => {
    const { user, network, onStarted } = renderDialog();
    const dialog = await screen.findByRole('dialog', { name: 'New conversation' });
    await user.click(within(dialog).getByRole('radio', { name: 'Group' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Name of the group' }), 'Seizure 12');
    const search = within(dialog).getByRole('searchbox', { name: 'Find a member' });
    await user.type(search, 'Gh');
    await user.click(await within(dialog).findByRole('button', { name: 'Choose Kwame Mensah' }));
    await user.click(screen.getByRole('button', { name: 'Create the group' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('at least 2 other members');

    await user.type(search, 'Gh');
    await user.click(await within(dialog).findByRole('button', { name: 'Choose Lucía Fernández' }));
    expect(within(dialog).getByRole('list', { name: 'Chosen members' })).toHaveTextContent(/Kwame.*Lucía/);
    await user.click(screen.getByRole('button', { name: 'Create the group' }));
    await waitFor(() => expect(onStarted).toHaveBeenCalledWith('c-group'));
    expect(requestsOf(network, 'CreateGroupConversation')).toEqual([
      { input: { title: 'Seizure 12', memberIds: [kwame.id, lucia.id] } },
    ]);
  });
});
