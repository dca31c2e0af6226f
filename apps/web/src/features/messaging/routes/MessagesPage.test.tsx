import 'fake-indexeddb/auto';
import { act, screen, waitFor, within } from '@testing-library/react';
import { MESSAGING_EVENTS, type SendMessageRequest } from '@cop/contracts';
import { IDBFactory } from 'fake-indexeddb';
import type { Socket } from 'socket.io-client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDeviceWorld } from '../../../test/e2e.factory';
import { graphqlNetwork, viewerAnswer } from '../../../test/graphql';
import { renderRoutes } from '../../../test/renderRoutes';
import { SessionSocketContext } from '../../identity/session/useSessionSocket';
import { resetEngine } from '../lib/engine';
import {
  amina,
  conversationFactory,
  kwame,
  lucia,
  member,
  messageDto,
  messageFields,
  MessagingSocket,
} from '../test/factory';
import { MessagesPage } from './MessagesPage';

const direct = conversationFactory({
  unreadCount: 2,
  members: [member(amina, 12), member(kwame, 12)],
  lastMessage: {
    id: 'm-last',
    clientId: 'c1a2b3c4-0000-4000-8000-000000000001',
    senderId: kwame.id,
    seq: 12,
    changeSeq: 12,
    payload: 'Did the lab restore the serial number?',
    scheme: 'plain',
    deletedAt: null,
    createdAt: '2026-12-07T09:30:00.000Z',
    attachments: [],
  },
});
const group = conversationFactory({
  id: 'c0000000-0000-4000-8000-000000000002',
  kind: 'GROUP',
  title: 'Balkan route JIT',
  muted: true,
  lastActivityAt: '2026-12-06T09:30:00.000Z',
  members: [member(amina), member(kwame), member(lucia)],
  lastMessage: {
    id: 'm-gone',
    clientId: 'c1a2b3c4-0000-4000-8000-000000000002',
    senderId: lucia.id,
    seq: 8,
    changeSeq: 9,
    payload: '',
    scheme: 'plain',
    deletedAt: '2026-12-06T09:40:00.000Z',
    createdAt: '2026-12-06T09:30:00.000Z',
    attachments: [],
  },
});

/** The client id of one's own message in the history (an edit is sealed for the same one). */
const MINE_CLIENT_ID = 'c1a2b3c4-0000-4000-8000-00000000a11e';

function renderMessages(path: string, extra: Parameters<typeof graphqlNetwork>[0] = {}) {
  const socket = new MessagingSocket();
  socket.answer = (event) => (event === MESSAGING_EVENTS.send ? undefined : { ok: true });
  // The browser's device is made and registered for real (keys in fake IndexedDB).
  const world = fakeDeviceWorld();
  const network = graphqlNetwork({
    ...world.answersFor(amina.id),
    Viewer: viewerAnswer(),
    Conversations: { data: { conversations: [group, direct] } },
    Conversation: (variables) => ({
      data: { conversation: variables.id === group.id ? group : direct },
    }),
    Messages: (variables) => ({
      data: {
        messages: {
          hasMore: false,
          items: [
            messageFields({
              id: 'm-last',
              seq: 12,
              changeSeq: 12,
              senderId: kwame.id,
              payload: '<b>not bold</b>\nsecond line',
              createdAt: '2026-12-07T09:30:00.000Z',
            }),
            messageFields({
              id: 'm-mine',
              clientId: MINE_CLIENT_ID,
              seq: 11,
              changeSeq: 11,
              senderId: amina.id,
              payload: 'Sent you the ballistics report.',
              createdAt: '2026-12-06T09:30:00.000Z',
              editedAt: '2026-12-06T09:35:00.000Z',
            }),
          ].map((item) => ({ ...item, conversationId: String(variables.conversationId) })),
        },
      },
    }),
    ...extra,
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
    path,
    { fetch: network },
  );
  return { ...view, socket, network };
}

describe('messages page', () => {
  beforeEach(() => {
    vi.stubGlobal('indexedDB', new IDBFactory());
  });
  afterEach(() => resetEngine());

  it('lists conversations by last activity: names, previews, unread counts, muted', async () => {
    renderMessages('/messages');
    const list = await screen.findByRole('list');
    const links = await within(list).findAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      expect.stringMatching(/^Kwame Mensah.*Did the lab restore the serial number\?.*Unread messages: 2/),
      expect.stringMatching(/^Balkan route JIT.*Message deleted.*Muted/),
    ]);
    expect(links[0]).toHaveAttribute('href', `/messages/${direct.id}`);
  });

  it('shows a conversation as a log of plain text, with days, edits and receipts', async () => {
    renderMessages(`/messages/${direct.id}`);
    const log = await screen.findByRole('log', { name: 'Messages in Kwame Mensah' });
    expect(log).toHaveAttribute('aria-live', 'polite');
    const theirs = await within(log).findByRole('article', { name: 'Kwame Mensah' });
    // Text, never markup.
    expect(within(theirs).getByText(/<b>not bold<\/b>/)).toHaveAttribute('dir', 'auto');
    expect(theirs.querySelector('b')).toBeNull();
    const mine = within(log).getByRole('article', { name: 'You' });
    expect(within(mine).getByText('edited')).toBeInTheDocument();
    expect(within(mine).getByText('Read')).toBeInTheDocument();
    expect(log.querySelectorAll('.messaging-day')).toHaveLength(2);
    // Older messages sent before encryption are labelled.
    expect(within(theirs).getByText('Not end-to-end encrypted')).toBeInTheDocument();
    expect(screen.getByText('End-to-end encrypted')).toBeInTheDocument();
    expect(screen.getByText('This is the start of the conversation.')).toBeInTheDocument();
  });

  it('sends with Enter (Shift+Enter is a new line), shows it pending, then as sent once acknowledged', async () => {
    const { user, socket } = renderMessages(`/messages/${direct.id}`);
    const box = await screen.findByRole('textbox', { name: 'Message' });
    await user.type(box, 'Yes, two digits.{Shift>}{Enter}{/Shift}The rest is gone.{Enter}');
    await waitFor(() => expect(socket.sentOf(MESSAGING_EVENTS.send)).toHaveLength(1));
    const request = socket.sentOf(MESSAGING_EVENTS.send)[0] as SendMessageRequest;
    // Sealed in the browser: the text never goes to the server.
    expect(request).toMatchObject({ conversationId: direct.id, scheme: 'e2e-v1' });
    expect(request.payload).not.toContain('two digits');
    expect(JSON.parse(request.payload)).toMatchObject({ v: 1, keys: [expect.anything()] });
    expect(box).toHaveValue('');
    const log = screen.getByRole('log');
    expect(within(log).getByText('Sending…')).toBeInTheDocument();

    const ack = socket.sent.find((entry) => entry.event === MESSAGING_EVENTS.send)?.ack;
    act(() =>
      ack?.({
        ok: true,
        message: messageDto({
          conversationId: direct.id,
          clientId: request.clientId,
          senderId: amina.id,
          scheme: 'e2e-v1',
          payload: request.payload,
          seq: 13,
          changeSeq: 13,
        }),
      }),
    );
    await waitFor(() => expect(within(log).queryByText('Sending…')).toBeNull());
    expect(within(log).getAllByText('Sent').length).toBeGreaterThan(0);
    // The stored message is opened again in the browser and shown as text.
    expect(await within(log).findByText(/Yes, two digits\.\s+The rest is gone\./)).toBeInTheDocument();
  });

  it('keeps a message written while disconnected in the outbox, pending, until the socket is back', async () => {
    const { user, socket } = renderMessages(`/messages/${direct.id}`);
    const box = await screen.findByRole('textbox', { name: 'Message' });
    act(() => socket.drop());
    expect(await screen.findByText(/You are offline/)).toBeInTheDocument();
    await user.type(box, 'Written in the tunnel{Enter}');
    expect(await screen.findByText('Waiting to send')).toBeInTheDocument();
    expect(socket.sentOf(MESSAGING_EVENTS.send)).toEqual([]);
    // Kept across a reload, sealed: storage never holds the text.
    await waitFor(() => expect(localStorage.getItem(`cop.messaging.outbox:${amina.id}`)).toContain('sealed'));
    expect(localStorage.getItem(`cop.messaging.outbox:${amina.id}`)).not.toContain('tunnel');

    act(() => socket.reconnect());
    await waitFor(() => expect(socket.sentOf(MESSAGING_EVENTS.send)).toHaveLength(1));
  });

  it('shows live messages of others and says who is typing', async () => {
    const { socket } = renderMessages(`/messages/${direct.id}`);
    const log = await screen.findByRole('log');
    await within(log).findByRole('article', { name: 'Kwame Mensah' });
    act(() => {
      socket.serverEmit(MESSAGING_EVENTS.typingUpdated, {
        conversationId: direct.id,
        userId: kwame.id,
        typing: true,
      });
    });
    expect(await screen.findByText('Kwame Mensah is typing…')).toBeInTheDocument();
    act(() => {
      socket.serverEmit(MESSAGING_EVENTS.created, {
        message: messageDto({ conversationId: direct.id, payload: 'Arriving live', seq: 14, changeSeq: 14 }),
      });
    });
    expect(await within(log).findByText('Arriving live')).toBeInTheDocument();
  });

  it('edits and deletes one’s own message for everyone', async () => {
    const { user, socket } = renderMessages(`/messages/${direct.id}`);
    const log = await screen.findByRole('log');
    const mine = await within(log).findByRole('article', { name: 'You' });
    const original = messageDto({
      id: 'm-mine',
      clientId: MINE_CLIENT_ID,
      conversationId: direct.id,
      senderId: amina.id,
      seq: 11,
      changeSeq: 11,
      createdAt: '2026-12-06T09:30:00.000Z',
    });
    socket.answer = (event, payload) => {
      if (event === MESSAGING_EVENTS.edit)
        return {
          ok: true,
          message: {
            ...original,
            changeSeq: 20,
            scheme: 'e2e-v1',
            payload: (payload as { payload: string }).payload,
            editedAt: '2026-12-07T10:00:00.000Z',
          },
        };
      if (event === MESSAGING_EVENTS.delete)
        return {
          ok: true,
          message: { ...original, changeSeq: 21, payload: '', deletedAt: '2026-12-07T10:05:00.000Z' },
        };
      return { ok: true };
    };

    await user.click(within(mine).getByRole('button', { name: 'Edit' }));
    const field = within(mine).getByRole('textbox', { name: 'Edit your message' });
    await user.clear(field);
    await user.type(field, 'Sent you the corrected report.{Enter}');
    await waitFor(() => expect(socket.sentOf(MESSAGING_EVENTS.edit)).toHaveLength(1));
    const edit = socket.sentOf(MESSAGING_EVENTS.edit)[0] as {
      messageId: string;
      scheme: string;
      payload: string;
    };
    expect(edit).toMatchObject({ messageId: 'm-mine', scheme: 'e2e-v1' });
    expect(edit.payload).not.toContain('corrected');
    expect(await within(mine).findByText('Sent you the corrected report.')).toBeInTheDocument();

    await user.click(within(mine).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete this message for everyone?' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete for everyone' }));
    expect(socket.sentOf(MESSAGING_EVENTS.delete)).toEqual([{ messageId: 'm-mine' }]);
    expect(await within(mine).findByText('This message was deleted.')).toBeInTheDocument();
    expect(within(mine).queryByText('Sent you the corrected report.')).toBeNull();
  });

  it('says “read by 1 of 2” in a group, and names the readers on demand', async () => {
    const { user } = renderMessages(`/messages/${group.id}`, {
      Conversation: {
        data: {
          conversation: { ...group, members: [member(amina, 12), member(kwame, 12), member(lucia, 5)] },
        },
      },
      MessageReaders: {
        data: {
          messageReaders: [
            { readAt: '2026-12-07T09:00:00.000Z', member: { id: kwame.id, fullName: kwame.fullName } },
          ],
        },
      },
    });
    const log = await screen.findByRole('log', { name: 'Messages in Balkan route JIT' });
    // In a group, others' messages name their sender.
    const theirs = await within(log).findByRole('article', { name: 'Kwame Mensah' });
    expect(within(theirs).getByText('Kwame Mensah')).not.toHaveClass('visually-hidden');
    const mine = within(log).getByRole('article', { name: 'You' });
    await user.click(await within(mine).findByRole('button', { name: /Read by 1 of 2/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Read by' });
    expect(await within(dialog).findByText('Kwame Mensah')).toBeInTheDocument();
  });
});
