import { screen, within } from '@testing-library/react';
import { MESSAGING_EVENTS } from '@cop/contracts';
import type { Socket } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { graphqlNetwork, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { SessionSocketContext } from '../../identity/session/useSessionSocket';
import { resetEngine } from '../lib/engine';
import { amina, conversationFactory, kwame, member, messageFields, MessagingSocket } from '../test/factory';
import { MessagesPage } from './MessagesPage';

const WORKSPACE_ID = 'a0000000-0000-4000-8000-0000000000a1';

function channel(myRole: 'MEMBER' | 'READER') {
  return conversationFactory({
    id: 'c0000000-0000-4000-8000-0000000000c1',
    kind: 'JIT',
    title: 'Operation Northern Corridor',
    jitWorkspaceId: WORKSPACE_ID,
    myRole,
    members: [{ ...member(amina), role: myRole }, member(kwame)],
    lastMessage: null,
  });
}

function renderChannel(myRole: 'MEMBER' | 'READER') {
  const conversation = channel(myRole);
  const socket = new MessagingSocket();
  socket.answer = (event) => (event === MESSAGING_EVENTS.send ? undefined : { ok: true });
  const network = graphqlNetwork({
    Viewer: viewerAnswer(),
    Conversations: { data: { conversations: [conversation] } },
    Conversation: { data: { conversation } },
    Messages: {
      data: {
        messages: {
          hasMore: false,
          items: [
            {
              ...messageFields({
                id: 'm1',
                seq: 1,
                changeSeq: 1,
                senderId: kwame.id,
                payload: 'Lab results are in.',
              }),
              conversationId: conversation.id,
            },
          ],
        },
      },
    },
  });
  const view = renderRoutes(
    [
      {
        path: 'messages/*',
        element: (
          <SessionSocketContext value={socket as unknown as Socket}>
            <MessagesPage />
          </SessionSocketContext>
        ),
      },
    ],
    `/messages/${conversation.id}`,
    { fetch: network },
  );
  return { ...view, socket };
}

describe('a JIT workspace channel', () => {
  afterEach(() => resetEngine());

  it('is named after the workspace and links to it', async () => {
    renderChannel('MEMBER');

    expect(await screen.findByRole('heading', { name: 'Operation Northern Corridor' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the JIT workspace' })).toHaveAttribute(
      'href',
      `/jit/${WORKSPACE_ID}`,
    );
    expect(screen.getByRole('textbox', { name: 'Message' })).toBeInTheDocument();
  });

  it('gives a reader a read-only notice instead of the composer, and no reply', async () => {
    renderChannel('READER');

    expect(await screen.findByText('You can read this channel but not write in it.')).toBeInTheDocument();
    const log = await screen.findByRole('log');
    await within(log).findByText('Lab results are in.');
    expect(within(log).queryByRole('button', { name: 'Reply' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Message' })).not.toBeInTheDocument();
  });

  it('offers no group management: no rename, add, remove or leave', async () => {
    const { user } = renderChannel('MEMBER');

    await user.click(await screen.findByRole('button', { name: 'Details' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/its members are managed in the workspace/)).toBeInTheDocument();
    expect(within(dialog).queryByRole('textbox')).not.toBeInTheDocument();
    expect(within(dialog).queryByRole('button', { name: /Remove|Leave/ })).not.toBeInTheDocument();
  });
});
